import { describeValue, nestIssues } from '../input/issue';
import { isRecord } from '../input/read-field';
import { parseJournalEntry, type JournalEntry } from './entry';
import { PolicyInputError } from './main-entry';
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

/**
 * The entries of `items` (entries, or lines as `readJournal` gives them), each checked as any
 * input is: an invalid one throws, its issues under its position in `items`.
 *
 * @throws PolicyInputError when `items` is not iterable, or an item is not a valid entry or line.
 * @internal
 */
export function* entriesOf(items: Iterable<JournalEntry | JournalLine>): Generator<JournalEntry> {
  let iterable: Iterable<unknown>;
  try {
    if (typeof (items as Partial<Iterable<unknown>> | null | undefined)?.[Symbol.iterator] !== 'function') throw new TypeError();
    iterable = items;
  } catch {
    throw new PolicyInputError([{ path: [], message: `must be an iterable of journal entries (received ${describeValue(items)})` }], 'journal');
  }
  let index = 0;
  for (const item of iterable) {
    const parsed = parseJournalEntry(unwrap(item));
    if (!parsed.ok) throw new PolicyInputError(nestIssues(index, parsed.issues), 'journal entry');
    yield parsed.value;
    index += 1;
  }
}
