import { describeValue, type Issues } from '../input/issue';
import type { OrgSettings, ResolvedOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { isRecord } from '../input/read-field';
import { parseUser, type ParsedUser } from '../input/user-snapshot';
import { decideParsed, resolveOrgSettings } from '../policy/decide';
import type { Decision } from '../policy/decision';
import { OUTCOME_KINDS, type OutcomeKind } from '../policy/outcomes';
import { IdSet } from './id-set';
import type { InvalidItem } from './plan-activation';

/**
 * The outcome for one item of a batch, tagged with its position in the input. An item whose id
 * an earlier item already has is invalid, and `duplicateOf` gives the earlier item's index (the
 * one that was decided), so a reader can name where that item is.
 *
 * @example
 * const items = [...decideEach({}, [
 *   { id: 'ana', license: 'paid', hasSignedIn: false },
 *   { id: '' },
 *   { id: 'ana', license: 'free', hasSignedIn: false },
 * ])];
 * items.map((item) => (item.ok ? item.decision.kind : item.duplicateOf ?? item.issues[0].path))
 * //=> ['auto-send', ['id'], 0]
 */
export type DecidedItem =
  | { readonly index: number; readonly ok: true; readonly decision: Decision }
  | {
      readonly index: number;
      readonly ok: false;
      readonly issues: Issues;
      /** For a repeated id only: the index of the earlier item with this id. */
      readonly duplicateOf?: number;
    };

/**
 * A record with all six outcome kinds as keys, each holding a fresh `make()`: the per-kind
 * counts and lists of plans, previews and reminder plans.
 *
 * @internal
 */
export function perKind<T>(make: () => T): Record<OutcomeKind, T> {
  return Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, make()])) as Record<OutcomeKind, T>;
}

/**
 * One item of a batch, parsed: its fields, or the invalid item it makes (its issues, or, when an
 * earlier item has its id, that item's index as `duplicateOf`). `ok` tells them apart.
 */
type Checked = { readonly ok: true; readonly value: ParsedUser } | (InvalidItem & { readonly ok?: never });

/** Parses one item of a batch and adds its id to `seen`, the ids of the items before it. */
function checkItem(item: unknown, index: number, seen: IdSet): Checked {
  const parsed = parseUser(item);
  if (!parsed.ok) return { index, issues: parsed.issues };
  const first = seen.add(parsed.value.id, index);
  return first === -1
    ? parsed
    : {
        index,
        issues: [{ path: ['id'], message: `is a duplicate: the item at index ${first} already has this id` }],
        duplicateOf: first,
      };
}

/**
 * Decides one item of a batch. This is the whole per-user path of every batch, so it is plain
 * code: no closures, no pattern matching, one object shape per outcome.
 */
function decideItem(settings: ResolvedOrgSettings, item: unknown, index: number, seen: IdSet): DecidedItem {
  const checked = checkItem(item, index, seen);
  if (checked.ok) return { index, ok: true, decision: decideParsed(settings, checked.value) };
  // `index` first, then `ok`, then the invalid item's `issues` and `duplicateOf` when it has one.
  return { index, ok: false, ...(checked as Omit<InvalidItem, 'index'>) };
}

/**
 * The one synchronous loop of the batch layers that keep no per-item objects (planning,
 * previews, reminders): each item is checked once, with the same duplicate check and errors as
 * {@link decideEach}, and handed to `valid` or, as an invalid item ready to keep, to `invalid`,
 * in input order. `valid` receives the item's parsed fields.
 *
 * Check the settings before calling, so that bad settings are reported before any user is read.
 *
 * @throws {@link PolicyInputError} when `users` is not a synchronous iterable, when it throws
 * while producing an item, or when it breaks the iteration protocol.
 * @internal
 */
export function forEachChecked(
  users: Iterable<unknown>,
  valid: (user: ParsedUser, index: number) => void,
  invalid: (item: InvalidItem) => void,
): void {
  if (isAsyncIterable(users)) {
    throw usersError('must be a synchronous iterable; for an async source, use decideEach');
  }
  const source = openSource(users, false);
  const seen = new IdSet();
  for (let index = 0; ; index += 1) {
    const value = stepValue(nextResult(source, index));
    if (value === END) return;
    const checked = checkItem(value, index, seen);
    if (checked.ok) valid(checked.value, index);
    else invalid(checked);
  }
}

/**
 * An iterator being read, with the `next` method read from it once, when it was opened, as
 * `for...of` reads it.
 */
interface Source {
  readonly iterator: object;
  readonly next: (this: object) => unknown;
}

/** What {@link stepValue} gives once the iterator says it is done. */
const END = {};

/** True for what the iteration protocol calls an object: functions are objects too. */
function isObject(value: unknown): value is object {
  return typeof value === 'function' || (typeof value === 'object' && value !== null);
}

/**
 * An error on `users`: at the empty path when it is about `users` itself (a breach of the
 * iteration protocol blames no item), else at the index of the item it was producing.
 */
function usersError(message: string, path: readonly number[] = []): PolicyInputError {
  return new PolicyInputError([{ path, message }], 'users');
}

/** A breach of the iteration protocol: `what` was `received`, where `expected` was due. */
function breach(what: string, received: unknown, expected: string): PolicyInputError {
  return usersError(`could not be iterated: ${what} ${describeValue(received)}, not ${expected}`);
}

/**
 * Starts iterating `users` as `for...of` (or `for await...of` when `async`) would: its iterator
 * method, called once, must give an object whose `next` is a function.
 */
function openSource(users: unknown, async: boolean): Source {
  let method: unknown;
  let iterator: unknown;
  let next: unknown;
  try {
    if (isObject(users)) {
      method = (users as Record<symbol, unknown>)[async ? Symbol.asyncIterator : Symbol.iterator];
      if (typeof method === 'function') {
        iterator = method.call(users);
        if (isObject(iterator)) next = (iterator as Iterator<unknown>).next;
      }
    }
  } catch {
    throw usersError('could not be iterated (starting it threw an error)');
  }
  if (typeof method !== 'function') {
    throw usersError('users must be an iterable (an array, a Set, a generator...)');
  }
  if (!isObject(iterator)) throw breach('its iterator is', iterator, 'an object');
  if (typeof next !== 'function') throw breach('its next is', next, 'a function');
  return { iterator, next: next as Source['next'] };
}

/** What `next` returned for the item at `index`; when it throws, an error on that index. */
function nextResult(source: Source, index: number): unknown {
  try {
    return source.next.call(source.iterator);
  } catch {
    throw readFailure(index);
  }
}

/** What `next` resolved to for the item at `index`; when it throws or rejects, an error on that index. */
async function nextResultAsync(source: Source, index: number): Promise<unknown> {
  try {
    return await source.next.call(source.iterator);
  } catch {
    throw readFailure(index);
  }
}

/**
 * The item a result of `next` holds, or {@link END} when its `done` is truthy (`{ done: 1 }`
 * ends the batch as it ends a `for...of` loop; `value` is then never read).
 */
function stepValue(result: unknown): unknown {
  if (!isObject(result)) throw breach('its next() gave', result, 'an object');
  try {
    return (result as IteratorResult<unknown>).done ? END : (result as IteratorResult<unknown>).value;
  } catch {
    throw usersError('could not be iterated: reading done or value threw an error');
  }
}

function readFailure(index: number): PolicyInputError {
  return usersError('could not be read: the iterable threw an error while producing it', [index]);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  try {
    return isRecord(value) && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
  } catch {
    return false;
  }
}

function* decideSync(settings: ResolvedOrgSettings, source: Source): Generator<DecidedItem, void, undefined> {
  const seen = new IdSet();
  for (let index = 0; ; index += 1) {
    const value = stepValue(nextResult(source, index));
    if (value === END) return;
    yield decideItem(settings, value, index, seen);
  }
}

async function* decideAsync(settings: ResolvedOrgSettings, source: Source): AsyncGenerator<DecidedItem, void, undefined> {
  const seen = new IdSet();
  for (let index = 0; ; index += 1) {
    const value = stepValue(await nextResultAsync(source, index));
    if (value === END) return;
    yield decideItem(settings, value, index, seen);
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
  if (isAsyncIterable(users)) return decideAsync(resolved, openSource(users, true));
  return decideSync(resolved, openSource(users, false));
}
