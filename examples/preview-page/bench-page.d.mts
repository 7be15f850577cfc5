/** The page against the command line on one file: medians, compared with the goal. */
export interface PageFileBench {
  /** Medians: the page from the file picked to its plan shown; the command line from start to exit. */
  readonly pageMillis: number;
  readonly cliMillis: number;
  /** pageMillis / cliMillis, to two decimals. */
  readonly ratio: number;
  readonly goal: number;
  readonly holds: boolean;
  /** The file's size. */
  readonly bytes: number;
}

/**
 * What one comparison of the page with the command line measured: the figures of the file
 * without quotes, under `quoted` those of the same users with every cell quoted (unless
 * `quoted: false` was asked), and under `controlHub` those of the same users as Control Hub's
 * user export (unless `controlHub: false` was asked).
 */
export interface PageBench extends PageFileBench {
  readonly rows: number;
  readonly runs: number;
  /** The 1, 5 and 15 minute load averages before and after the runs. */
  readonly load: { readonly before: readonly number[]; readonly after: readonly number[] };
  readonly quoted?: PageFileBench;
  readonly controlHub?: PageFileBench;
}

export declare const PAGE_GOAL: number;

export declare function benchPage(options?: {
  readonly rows?: number;
  readonly runs?: number;
  /** Whether to time the file with every cell quoted too (true by default). */
  readonly quoted?: boolean;
  /** Whether to time the same users as Control Hub's user export too (true by default). */
  readonly controlHub?: boolean;
  readonly log?: (line: string) => void;
}): Promise<PageBench>;
