import type { Issues } from '../input/issue';
import type { OrgSettings, ResolvedOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { isRecord } from '../input/read-field';
import {
  checkUserSnapshot,
  newSnapshotFields,
  toUserSnapshot,
  type SnapshotFields,
  type UserSnapshot,
} from '../input/user-snapshot';
import { decideValid, resolveOrgSettings } from '../policy/decide';
import type { Decision } from '../policy/decision';

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

/** Longer probes than this mean ids that collide on purpose (or a freak): the table becomes a Map. */
const MAX_PROBES = 128;

/** FNV-1a over the UTF-16 code units, then a final mix so that the low bits (the slot) spread. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

/**
 * The ids a batch has accepted, each with the index of its item, so that a repeated id is
 * reported rather than decided twice. An open-addressing table over a typed array: over a
 * million users, a Map's look-ups (a bucket, then an entry, then a key string, each somewhere
 * else in memory) took half of planActivation's time; one slot holding the id's position and
 * its hash is one memory access, and the whole plan runs about a quarter faster. If ids ever
 * make probing long (crafted to collide under this fixed hash), every id moves to a Map, whose
 * hashing is seeded, and the batch carries on there.
 *
 * @internal
 */
export class IdSet {
  /** Slot `s` is `slots[2s]` (1 + the id's position in `ids`, 0 when free) and `slots[2s + 1]` (its hash). */
  private slots = new Int32Array(2048);
  private mask = 1023;
  private readonly ids: string[] = [];
  private readonly firstIndexes: number[] = [];
  private map: Map<string, number> | undefined;

  /** Adds `id`, first seen at item `index`; returns -1, or the index of the item that already has it. */
  add(id: string, index: number): number {
    if (this.map !== undefined) return this.addToMap(id, index);
    const hash = hashOf(id);
    const slots = this.slots;
    let slot = hash & this.mask;
    for (let probes = 0; ; probes += 1) {
      const entry = slots[2 * slot]!;
      if (entry === 0) break;
      if (slots[2 * slot + 1] === hash && this.ids[entry - 1] === id) return this.firstIndexes[entry - 1]!;
      if (probes === MAX_PROBES) {
        this.moveToMap();
        return this.addToMap(id, index);
      }
      slot = (slot + 1) & this.mask;
    }
    this.ids.push(id);
    this.firstIndexes.push(index);
    slots[2 * slot] = this.ids.length;
    slots[2 * slot + 1] = hash;
    if (this.ids.length * 2 > this.mask) this.grow();
    return -1;
  }

  /** Doubles the table, keeping it at most half full so that probes stay short. */
  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let at = 0; at < old.length; at += 2) {
      const entry = old[at]!;
      if (entry === 0) continue;
      const hash = old[at + 1]!;
      let slot = hash & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = entry;
      slots[2 * slot + 1] = hash;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private moveToMap(): void {
    const map = new Map<string, number>();
    for (let position = 0; position < this.ids.length; position += 1) map.set(this.ids[position]!, this.firstIndexes[position]!);
    this.map = map;
    this.slots = new Int32Array(0);
    this.ids.length = 0;
    this.firstIndexes.length = 0;
  }

  private addToMap(id: string, index: number): number {
    const first = this.map!.get(id);
    if (first !== undefined) return first;
    this.map!.set(id, index);
    return -1;
  }
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
 * The sync form of {@link decideEach} without a generator or an object per item, for callers
 * that keep only the decisions and the refused items (planActivation): `decided` or `refused`
 * is called for each item, in order, with the same checks, duplicates and errors.
 *
 * @returns `false`, having read no item, when `users` is an async iterable (for which
 * decideEach would return an async generator); `true` once every item was handled.
 * @internal
 */
export function forEachDecided(
  settings: OrgSettings,
  users: Iterable<unknown>,
  decided: (decision: Decision) => void,
  refused: (index: number, issues: Issues) => void,
): boolean {
  const resolved = resolveOrgSettings(settings);
  if (isAsyncIterable(users)) {
    asyncIteratorOf(users); // what decideEach does first, so that a failure to start reads the same
    return false;
  }
  const iterator = iteratorOf(users);
  const batch = newBatch();
  for (let index = 0; ; index += 1) {
    let step: IteratorResult<unknown>;
    try {
      step = iterator.next();
    } catch {
      throw readFailure(index);
    }
    if (step.done === true) return true;
    const checked = checkItem(step.value, index, batch);
    if (Array.isArray(checked)) refused(index, checked as Issues);
    else decided(decideValid(resolved, checked as SnapshotFields));
  }
}

/**
 * Like the sync form of {@link decideEach}, with each valid user's parsed snapshot beside its
 * decision, for layers that read the user's own fields too (reminder planning reads the
 * follow-up history): same parsing, duplicate check and errors, and each item parsed once.
 *
 * @internal
 */
export function decideEachWithUser(
  settings: OrgSettings,
  users: Iterable<unknown>,
): Generator<DecidedItemWithUser, void, undefined> {
  const resolved = resolveOrgSettings(settings);
  return decideSyncWithUser(resolved, iteratorOf(users));
}

/** @internal */
export type DecidedItemWithUser =
  | { readonly index: number; readonly ok: true; readonly decision: Decision; readonly user: UserSnapshot }
  | { readonly index: number; readonly ok: false; readonly issues: Issues };

function* decideSyncWithUser(
  settings: ResolvedOrgSettings,
  iterator: Iterator<unknown>,
): Generator<DecidedItemWithUser, void, undefined> {
  const batch = newBatch();
  for (let index = 0; ; index += 1) {
    let step: IteratorResult<unknown>;
    try {
      step = iterator.next();
    } catch {
      throw readFailure(index);
    }
    if (step.done === true) return;
    const checked = checkItem(step.value, index, batch);
    if (Array.isArray(checked)) {
      yield { index, ok: false, issues: checked as Issues };
    } else {
      const fields = checked as SnapshotFields;
      yield { index, ok: true, decision: decideValid(settings, fields), user: toUserSnapshot(fields) };
    }
  }
}

function notIterable(kind: string): PolicyInputError {
  return new PolicyInputError([{ path: [], message: `users must be ${kind}` }], 'users');
}

function iteratorOf(users: unknown): Iterator<unknown> {
  try {
    if (isRecord(users) || Array.isArray(users)) {
      const method = (users as { [Symbol.iterator]?: unknown })[Symbol.iterator];
      if (typeof method === 'function') return (method as () => Iterator<unknown>).call(users);
    }
  } catch {
    throw new PolicyInputError([{ path: [], message: 'could not be iterated (starting it threw an error)' }], 'users');
  }
  throw notIterable('an iterable (an array, a Set, a generator...)');
}

function asyncIteratorOf(users: unknown): AsyncIterator<unknown> | Iterator<unknown> {
  try {
    if (isRecord(users)) {
      const method = (users as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
      if (typeof method === 'function') return (method as () => AsyncIterator<unknown>).call(users);
    }
  } catch {
    throw new PolicyInputError([{ path: [], message: 'could not be iterated (starting it threw an error)' }], 'users');
  }
  return iteratorOf(users);
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
    let step: IteratorResult<unknown>;
    try {
      step = iterator.next();
    } catch {
      throw readFailure(index);
    }
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
    let step: IteratorResult<unknown>;
    try {
      step = await iterator.next();
    } catch {
      throw readFailure(index);
    }
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
  if (isAsyncIterable(users)) return decideAsync(resolved, asyncIteratorOf(users));
  return decideSync(resolved, iteratorOf(users));
}
