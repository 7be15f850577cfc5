import { describeValue, nestIssues } from '../input/issue';
import { isRecord } from '../input/read-field';
import { checkedInstant } from './checked';
import { parseJournalEntry, type JournalEntry } from './entry';
import { parseInstant, PolicyInputError } from './main-entry';
import type { JournalLine } from './read-journal';

/** The entry of a line as `readJournal` gives it (a record with its own `entry`), or the item itself. */
function unwrap(item: unknown): unknown {
  try {
    return isRecord(item) && Object.hasOwn(item, 'entry') ? (item as { readonly entry: unknown }).entry : item;
  } catch {
    // A Proxy whose traps throw: the parser names each field it fails to give.
    return item;
  }
}

/** An error on the journal as a whole, at the empty path: it blames no entry. */
function journalError(message: string): PolicyInputError {
  return new PolicyInputError([{ path: [], message }], 'journal');
}

/** A breach of the iteration protocol: `what` was `received`, where `expected` was due. */
function breach(what: string, received: unknown, expected: string): PolicyInputError {
  return journalError(`could not be iterated: ${what} ${describeValue(received)}, not ${expected}`);
}

/** True for what the iteration protocol calls an object: functions are objects too. */
function isObject(value: unknown): value is object {
  return typeof value === 'function' || (typeof value === 'object' && value !== null);
}

/** An iterator being read, with its `next` read once, when it was opened, as `for...of` reads it. */
interface Source {
  readonly iterator: object;
  readonly next: (this: object) => unknown;
}

/**
 * Starts iterating `items` as `for...of` does. Reading what the protocol needs (the iterator
 * method, `next`) is checked: a value that breaks it is a PolicyInputError. Calling the source's
 * own code (the iterator method, and `next` below) is not: an error it throws is its own (a file
 * that could not be read, say) and reaches the caller as it was thrown.
 */
function openSource(items: unknown): Source {
  let method: unknown;
  try {
    method = (items as Partial<Iterable<unknown>>)[Symbol.iterator];
  } catch {
    // `null`, `undefined` or a getter that throws: no iterator method, as for any other value.
  }
  if (typeof method !== 'function') throw journalError(`must be an iterable of journal entries (received ${describeValue(items)})`);
  const iterator: unknown = method.call(items);
  if (!isObject(iterator)) throw breach('its iterator is', iterator, 'an object');
  let next: unknown;
  try {
    next = (iterator as Iterator<unknown>).next;
  } catch {
    throw journalError('could not be iterated (starting it threw an error)');
  }
  if (typeof next !== 'function') throw breach('its next is', next, 'a function');
  return { iterator, next: next as Source['next'] };
}

/** What {@link step} gives once the iterator says it is done. */
const END = {};

/**
 * The next item of `source`, or {@link END} once its result's `done` is truthy (`{ done: 1 }`
 * ends the journal as it ends a `for...of` loop; `value` is then never read).
 */
function step(source: Source): unknown {
  const result = source.next.call(source.iterator);
  if (!isObject(result)) throw breach('its next() gave', result, 'an object');
  try {
    return (result as IteratorResult<unknown>).done ? END : (result as IteratorResult<unknown>).value;
  } catch {
    throw journalError('could not be iterated: reading done or value threw an error');
  }
}

/**
 * Lets the source clean up when the journal is left before its end, as `for...of` does; the
 * error that stops the reading is the one the caller gets.
 */
function close(source: Source): void {
  try {
    const stop = (source.iterator as Partial<Iterator<unknown>>).return;
    if (typeof stop === 'function') stop.call(source.iterator);
  } catch {
    // The entry's error wins.
  }
}

/**
 * The status of a checked entry: its own field only, so that a value a library added to
 * Object.prototype never makes an entry without a status (a sent one) read as `failed`.
 */
function ownStatus(entry: JournalEntry): JournalEntry['status'] {
  return Object.hasOwn(entry, 'status') ? entry.status : undefined;
}

/**
 * Hands each entry of `items` (entries, or lines as `readJournal` gives them) to `visit` with its
 * instant in milliseconds and its own status, in order. An entry `readJournal` made is taken as it is (it was
 * checked, and is frozen); any other is checked as any input is, and an invalid one throws, its
 * issues under its position in `items`. This is the per-entry loop of a journal of millions of
 * lines, so it is plain code: no generator, no copy of an entry already checked.
 *
 * @throws PolicyInputError when `items` is not iterable, breaks the iteration protocol, or holds
 * an item that is not a valid entry or line.
 * @internal
 */
export function forEachEntry(
  items: Iterable<JournalEntry | JournalLine>,
  visit: (entry: JournalEntry, at: number, status: JournalEntry['status']) => void,
): void {
  const source = openSource(items);
  for (let index = 0; ; index += 1) {
    const item = step(source);
    if (item === END) return;
    let entry = item as JournalEntry;
    let at = checkedInstant(item);
    if (at === undefined) {
      const inner = unwrap(item);
      at = checkedInstant(inner);
      if (at === undefined) {
        const parsed = parseJournalEntry(inner);
        if (!parsed.ok) {
          close(source);
          throw new PolicyInputError(nestIssues(index, parsed.issues), 'journal entry');
        }
        entry = parsed.value;
        // The entry was checked: its instant is valid.
        at = parseInstant(entry.at)!;
      } else entry = inner as JournalEntry;
    }
    visit(entry, at, ownStatus(entry));
  }
}
