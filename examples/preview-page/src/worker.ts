// The page's worker: it decodes the picked file, reads the users and plans them off the page's
// thread, saying how far it is, and keeps them, so that flipping a setting or turning the pages
// of a million users never freezes the page.
import {
  OUTCOME_KINDS,
  planActivation,
  previewSettingsChange,
  type ActivationPlan,
  type Decision,
  type OrgSettings,
  type SettingsChangePreview,
} from 'activation-email-policy';
import { describeLocation, duplicateIssue, SAMPLE_USERS } from 'activation-email-policy/formats';
import { issuesText, loadUsers, type LoadedUsers, type UnreadableItem } from './load-users';
import { CHANGES_SENT, LIST_LIMIT, type Answer, type Filter, type ManualUser, type Phase, type PlanSummary, type Request } from './protocol';

interface Held {
  readonly source: LoadedUsers;
  settings: OrgSettings;
  plan: ActivationPlan;
  /** The decisions of each outcome, filtered once per plan when the page first asks. */
  readonly byFilter: Map<Filter, readonly Decision[]>;
}

let held: Held | undefined;

/** No users: what the worker holds when the first file it was given could not be read. */
function nothingHeld(settings: OrgSettings): Held {
  const source: LoadedUsers = { users: [], locations: [], unreadable: [] };
  return { source, settings, plan: planActivation(settings, []), byFilter: new Map() };
}

function answer(message: Answer): void {
  postMessage(message);
}

function progress(job: number, phase: Phase, done = 0, total = 0): void {
  answer({ type: 'progress', job, phase, done, total });
}

function invalidItems(source: LoadedUsers, plan: ActivationPlan): { items: UnreadableItem[]; count: number } {
  const items = source.unreadable.slice(0, LIST_LIMIT);
  for (const item of plan.invalid) {
    if (items.length === LIST_LIMIT) break;
    const location = source.locations[item.index] ?? { kind: 'index', index: item.index };
    const earlier = item.duplicateOf === undefined ? undefined : source.locations[item.duplicateOf];
    // A repeated id names the earlier user where the file names it, as the command line does.
    items.push({ where: describeLocation(location), message: issuesText(earlier === undefined ? item.issues : [duplicateIssue(earlier)]) });
  }
  return { items, count: source.unreadable.length + plan.invalid.length };
}

/** The first users who need a manual email, with the address their snapshot gives. */
function manualUsers(source: LoadedUsers, plan: ActivationPlan): ManualUser[] {
  const chosen: Decision[] = [];
  for (const decision of plan.decisions) {
    if (decision.kind !== 'manual-required') continue;
    chosen.push(decision);
    if (chosen.length === LIST_LIMIT) break;
  }
  const emails = new Map<string, string | undefined>(chosen.map((decision) => [decision.userId, undefined]));
  let left = emails.size;
  for (const user of source.users) {
    if (left === 0) break;
    const { id, email } = user as { id?: unknown; email?: unknown };
    if (typeof id !== 'string' || !emails.has(id) || emails.get(id) !== undefined) continue;
    emails.set(id, typeof email === 'string' ? email : '');
    left -= 1;
  }
  return chosen.map((decision) => ({
    userId: decision.userId,
    trigger: decision.kind === 'manual-required' ? decision.trigger : 'new-user',
    email: emails.get(decision.userId) || undefined,
  }));
}

function summary(state: Held, change: SettingsChangePreview | undefined): PlanSummary {
  const { plan, source } = state;
  const counts = Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, plan.byKind[kind].length])) as PlanSummary['counts'];
  const invalid = invalidItems(source, plan);
  return {
    users: source.users.length,
    counts,
    invalid: invalid.items,
    invalidCount: invalid.count,
    manual: manualUsers(source, plan),
    change:
      change === undefined
        ? undefined
        : { advisories: change.advisories, changes: change.changes.slice(0, CHANGES_SENT), changeCount: change.changes.length },
  };
}

/**
 * The users, read one by one as `planActivation` reads any iterable, saying every so often how
 * many it has read (the plan is the same as for the array: the order and the items are).
 */
function reporting(job: number, users: readonly unknown[]): Iterable<unknown> {
  const total = users.length;
  return {
    [Symbol.iterator]: () => {
      let index = 0;
      return {
        next: (): IteratorResult<unknown> => {
          if (index % PLAN_REPORT_EVERY === 0) progress(job, 'plan', index, total);
          return index < total ? { value: users[index++], done: false } : { value: undefined, done: true };
        },
      };
    },
  };
}

/** How many users are planned between two progress reports. */
const PLAN_REPORT_EVERY = 1 << 15;

function plan(job: number, source: LoadedUsers, settings: OrgSettings, started: number, change?: SettingsChangePreview): void {
  const state: Held = { source, settings, plan: planActivation(settings, reporting(job, source.users)), byFilter: new Map() };
  held = state;
  answer({ type: 'planned', job, millis: Math.round(performance.now() - started), plan: summary(state, change) });
}

function decisionsOf(state: Held, filter: Filter): readonly Decision[] {
  if (filter === 'all') return state.plan.decisions;
  let decisions = state.byFilter.get(filter);
  if (decisions === undefined) {
    decisions = state.plan.decisions.filter((decision) => decision.kind === filter);
    state.byFilter.set(filter, decisions);
  }
  return decisions;
}

function handle(request: Request): void {
  const started = performance.now();
  switch (request.type) {
    case 'sample': {
      const source: LoadedUsers = {
        users: SAMPLE_USERS,
        locations: SAMPLE_USERS.map((_, index) => ({ kind: 'index', index }) as const),
        unreadable: [],
      };
      plan(request.job, source, request.settings, started);
      return;
    }
    case 'load': {
      progress(request.job, 'decode');
      const loaded = loadUsers(
        new Uint8Array(request.bytes),
        request.licenses === undefined ? undefined : new Uint8Array(request.licenses),
        (done, total) => progress(request.job, 'read', done, total),
      );
      if (!loaded.ok) {
        // The users read before stay (the page still shows them); a new worker has none.
        held ??= nothingHeld(request.settings);
        answer({ type: 'failed', job: request.job, message: loaded.message });
        return;
      }
      plan(request.job, loaded, request.settings, started);
      return;
    }
    case 'settings': {
      held ??= nothingHeld(request.settings);
      // Who changes is found in passes the worker cannot report on; the plan then says how far it is.
      progress(request.job, 'change', 0, held.source.users.length);
      const change = previewSettingsChange(held.settings, request.settings, held.source.users);
      plan(request.job, held.source, request.settings, started, change);
      return;
    }
    case 'page': {
      held ??= nothingHeld({});
      const decisions = decisionsOf(held, request.filter);
      const pages = Math.max(1, Math.ceil(decisions.length / request.size));
      const first = Math.min(Math.max(0, request.page), pages - 1) * request.size;
      answer({ type: 'page', job: request.job, decisions: decisions.slice(first, first + request.size), total: decisions.length, first });
      return;
    }
  }
}

addEventListener('message', (event: MessageEvent<Request>) => {
  try {
    handle(event.data);
  } catch (error) {
    // A fault of the page itself, not of the file: say it rather than leave the page waiting.
    answer({ type: 'failed', job: event.data.job, message: error instanceof Error ? error.message : String(error) });
  }
});
