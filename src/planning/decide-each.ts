import type { Issues } from '../input/issue';
import type { OrgSettings, ResolvedOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { isRecord } from '../input/read-field';
import { checkUserSnapshot, newSnapshotFields, type SnapshotFields } from '../input/user-snapshot';
import { decideValid, resolveOrgSettings } from '../policy/decide';
import type { Decision } from '../policy/decision';
import { IdSet } from './id-set';

/**
 * The outcome for one item of a batch, tagged with its position in the input.
 *
 * @example
 * const item: DecidedItem = { index: 0, ok: false, issues: [{ path: ['id'], message: 'must be a non-empty string' }] };
 */
export type DecidedItem =
  | { readonly index: number; readonly ok: true; readonly decision: Decision }
  | { readonly index: number; readonly ok: false; readonly issues: Issues };

function duplicateIssues(first: number): Issues {
  return [{ path: ['id'], message: `is a duplicate: the item at index ${first} already has this id` }];
}

/**
 * What a batch holds while it runs: the ids accepted so far, and one record that every item
 * is checked into.
 */
interface Batch {
  readonly seen: IdSet;
  readonly fields: SnapshotFields;
}

function newBatch(): Batch {
  return { seen: new IdSet(), fields: newSnapshotFields() };
}

/** Checks one item of a batch: the batch's record, filled with its fields, or its issues. */
function checkItem(item: unknown, index: number, batch: Batch): SnapshotFields | Issues {
  const checked = checkUserSnapshot(item, batch.fields);
  if (Array.isArray(checked)) return checked as unknown as Issues;
  const first = batch.seen.add((checked as SnapshotFields).id, index);
  if (first !== -1) return duplicateIssues(first);
  return checked as SnapshotFields;
}

/**
 * Decides one item of a batch. This is the whole per-user path of every batch, so it is plain
 * code: no closures, no pattern matching, one object shape per outcome.
 */
function decideItem(settings: ResolvedOrgSettings, item: unknown, index: number, batch: Batch): DecidedItem {
  const checked = checkItem(item, index, batch);
  if (Array.isArray(checked)) return { index, ok: false, issues: checked as Issues };
  return { index, ok: true, decision: decideValid(settings, checked as SnapshotFields) };
}

/**
 * The one synchronous loop of the batch layers that keep no per-item objects (planning,
 * previews, reminders): each item is checked once, with the same duplicate check and errors as
 * {@link decideEach}, and handed to `valid` or `invalid` in input order. `valid` receives the
 * batch's reused record: read it during the call, never keep it.
 *
 * Check the settings before calling, so that bad settings are reported before any user is read.
 *
 * @throws {@link PolicyInputError} when `users` is not a synchronous iterable, or when it throws
 * while producing an item.
 * @internal
 */
export function forEachChecked(
  users: Iterable<unknown>,
  valid: (user: SnapshotFields, index: number) => void,
  invalid: (index: number, issues: Issues) => void,
): void {
  if (isAsyncIterable(users)) {
    throw new PolicyInputError(
      [{ path: [], message: 'must be a synchronous iterable; for an async source, use decideEach' }],
      'users',
    );
  }
  const iterator = openIterator(users, false) as Iterator<unknown>;
  const batch = newBatch();
  for (let index = 0; ; index += 1) {
    const step = nextStep(iterator, index);
    if (step.done === true) return;
    const checked = checkItem(step.value, index, batch);
    if (Array.isArray(checked)) invalid(index, checked as Issues);
    else valid(checked as SnapshotFields, index);
  }
}

/**
 * Starts iterating `users`: its async iterator when `async` allows one and it has one, else
 * its sync iterator.
 */
function openIterator(users: unknown, async: boolean): AsyncIterator<unknown> | Iterator<unknown> {
  let method: unknown;
  try {
    if (isRecord(users) || Array.isArray(users)) {
      const source = users as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
      method = (async ? source[Symbol.asyncIterator] : undefined) ?? source[Symbol.iterator];
      if (typeof method === 'function') return (method as () => Iterator<unknown>).call(users);
    }
  } catch {
    throw new PolicyInputError([{ path: [], message: 'could not be iterated (starting it threw an error)' }], 'users');
  }
  throw new PolicyInputError([{ path: [], message: 'users must be an iterable (an array, a Set, a generator...)' }], 'users');
}

/** The next item, or a PolicyInputError on its index when the iterable throws producing it. */
function nextStep(iterator: Iterator<unknown>, index: number): IteratorResult<unknown> {
  try {
    return iterator.next();
  } catch {
    throw readFailure(index);
  }
}

async function nextStepAsync(
  iterator: AsyncIterator<unknown> | Iterator<unknown>,
  index: number,
): Promise<IteratorResult<unknown>> {
  try {
    return await iterator.next();
  } catch {
    throw readFailure(index);
  }
}

function readFailure(index: number): PolicyInputError {
  return new PolicyInputError(
    [{ path: [index], message: 'could not be read: the iterable threw an error while producing it' }],
    'users',
  );
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  try {
    return isRecord(value) && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
  } catch {
    return false;
  }
}

function* decideSync(settings: ResolvedOrgSettings, iterator: Iterator<unknown>): Generator<DecidedItem, void, undefined> {
  const batch = newBatch();
  for (let index = 0; ; index += 1) {
    const step = nextStep(iterator, index);
    if (step.done === true) return;
    yield decideItem(settings, step.value, index, batch);
  }
}

async function* decideAsync(
  settings: ResolvedOrgSettings,
  iterator: AsyncIterator<unknown> | Iterator<unknown>,
): AsyncGenerator<DecidedItem, void, undefined> {
  const batch = newBatch();
  for (let index = 0; ; index += 1) {
    const step = await nextStepAsync(iterator, index);
    if (step.done === true) return;
    yield decideItem(settings, step.value, index, batch);
  }
}

/**
 * Decides a stream of users one at a time, in order, holding nothing but the set of ids seen
 * (a repeated id is reported as invalid; the first one is decided). Give it an array, a Set or
 * a generator and it yields synchronously; give it an async iterable (a file being read, a
 * paged API) and it returns an async generator.
 *
 * Settings are checked at once, before any user is read.
 *
 * @throws {@link PolicyInputError} when the settings are malformed, when `users` is not
 * iterable, or when the iterable itself throws while producing an item (its index is the path).
 * @example
 * const items = [...decideEach({}, [{ id: 'a', license: 'free', hasSignedIn: false }, { id: '' }])];
 * items.map((item) => (item.ok ? item.decision.kind : item.issues[0].path));
 * //=> ['skip-free', ['id']]
 */
export function decideEach(settings: OrgSettings, users: Iterable<unknown>): Generator<DecidedItem, void, undefined>;
export function decideEach(
  settings: OrgSettings,
  users: AsyncIterable<unknown>,
): AsyncGenerator<DecidedItem, void, undefined>;
export function decideEach(
  settings: OrgSettings,
  users: Iterable<unknown> | AsyncIterable<unknown>,
): Generator<DecidedItem, void, undefined> | AsyncGenerator<DecidedItem, void, undefined> {
  const resolved = resolveOrgSettings(settings);
  if (isAsyncIterable(users)) return decideAsync(resolved, openIterator(users, true));
  return decideSync(resolved, openIterator(users, false) as Iterator<unknown>);
}
