// What the page and its worker say to each other. The worker holds the users and their plan
// (a million users would take seconds to copy across); the page asks it for what it shows.
import type { AdvisoryCode, Decision, KindChange, ManualTrigger, OrgSettings, OutcomeKind } from 'activation-email-policy';
import type { UnreadableItem } from './load-users';

/** Which users the list shows: all of them, or those of one outcome. */
export type Filter = 'all' | OutcomeKind;

/** A request; `job` comes back with the answer, so the page can drop answers it no longer wants. */
export type Request =
  | { readonly type: 'sample'; readonly job: number; readonly settings: OrgSettings }
  | {
      readonly type: 'load';
      readonly job: number;
      readonly settings: OrgSettings;
      readonly bytes: ArrayBuffer;
      readonly licenses: ArrayBuffer | undefined;
    }
  | { readonly type: 'settings'; readonly job: number; readonly settings: OrgSettings }
  | { readonly type: 'page'; readonly job: number; readonly filter: Filter; readonly page: number; readonly size: number };

/**
 * Where the work stands: the file being decoded, `done` of `total` lines read, the changes of a
 * new setting found for `total` users (no count of how far), `done` of `total` users planned.
 */
export type Phase = 'decode' | 'read' | 'change' | 'plan';

/** A user the page may compose the manual email for. */
export interface ManualUser {
  readonly userId: string;
  readonly trigger: ManualTrigger;
  /** The snapshot's `email`, when it has one. */
  readonly email: string | undefined;
}

/** The most items of a list the worker sends; the counts say how many there are. */
export const LIST_LIMIT = 200;

/** A plan, as far as the page shows it. */
export interface PlanSummary {
  readonly users: number;
  readonly counts: { readonly [K in OutcomeKind]: number };
  /** The first {@link LIST_LIMIT} items that could not be read or decided, and how many there are. */
  readonly invalid: readonly UnreadableItem[];
  readonly invalidCount: number;
  /** The first {@link LIST_LIMIT} users who need a manual email. */
  readonly manual: readonly ManualUser[];
  /** What the last settings change did, when the plan follows one. */
  readonly change: ChangeSummary | undefined;
}

export interface ChangeSummary {
  readonly advisories: readonly AdvisoryCode[];
  /** The first {@link CHANGES_SENT} changes, and how many there are. */
  readonly changes: readonly KindChange[];
  readonly changeCount: number;
}

/** The most changes the worker sends: the page shows fifty. */
export const CHANGES_SENT = 50;

export type Answer =
  | { readonly type: 'progress'; readonly job: number; readonly phase: Phase; readonly done: number; readonly total: number }
  | { readonly type: 'planned'; readonly job: number; readonly millis: number; readonly plan: PlanSummary }
  | { readonly type: 'failed'; readonly job: number; readonly message: string }
  | {
      readonly type: 'page';
      readonly job: number;
      readonly decisions: readonly Decision[];
      /** How many users the filter keeps, and where this page starts among them (0-based). */
      readonly total: number;
      readonly first: number;
    };
