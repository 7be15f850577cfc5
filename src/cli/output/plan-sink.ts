import type { InvalidItem, Decision, ManualTrigger, OutcomeKind } from '../../index';

/** How many users got each outcome, for the closing summary. */
export interface PlanCounts {
  readonly decided: number;
  readonly invalid: number;
  readonly byKind: { readonly [K in OutcomeKind]: number };
  readonly byTrigger: { readonly [T in ManualTrigger]: number };
}

/**
 * Where a plan goes, one decision at a time, so that a million-user file is printed as it is
 * read. Invalid rows go to standard error elsewhere; the JSON output also lists them, as
 * `planActivation` does.
 */
export interface PlanSink {
  /**
   * One decision; `email` is the user's address when the input gives it (see `emailOf`). Returns
   * what to wait for before the next one (a batch of output being written), if anything.
   */
  decision(decision: Decision, email?: string): Promise<void> | undefined;
  invalid(item: InvalidItem): void;
  end(counts: PlanCounts): Promise<void>;
}

export const PLAN_FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];
