/** What one comparison of the page with the command line measured. */
export interface PageBench {
  readonly rows: number;
  readonly runs: number;
  /** Medians: the page from the file picked to its plan shown; the command line from start to exit. */
  readonly pageMillis: number;
  readonly cliMillis: number;
  /** pageMillis / cliMillis, to two decimals. */
  readonly ratio: number;
  readonly goal: number;
  readonly holds: boolean;
  /** The 1, 5 and 15 minute load averages before and after the runs. */
  readonly load: { readonly before: readonly number[]; readonly after: readonly number[] };
}

export declare const PAGE_GOAL: number;

export declare function benchPage(options?: {
  readonly rows?: number;
  readonly runs?: number;
  readonly log?: (line: string) => void;
}): Promise<PageBench>;
