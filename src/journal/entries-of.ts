import { nestIssues } from '../input/issue';
import { parseJournalEntry, type JournalEntry } from './entry';
import { PolicyInputError } from './main-entry';
import type { JournalLine } from './read-journal';

/**
 * The entries of `items` (entries, or lines as `readJournal` gives them), each checked as any
 * input is: an invalid one throws, its issues under its position in `items`.
 *
 * @throws PolicyInputError when an item is not a valid entry or line.
 * @internal
 */
export function* entriesOf(items: Iterable<JournalEntry | JournalLine>): Generator<JournalEntry> {
  let index = 0;
  for (const item of items) {
    // A line holds its entry under `entry`, which no entry has.
    const candidate = typeof item === 'object' && item !== null && Object.hasOwn(item, 'entry') ? (item as JournalLine).entry : item;
    const parsed = parseJournalEntry(candidate);
    if (!parsed.ok) throw new PolicyInputError(nestIssues(index, parsed.issues), 'journal entry');
    yield parsed.value;
    index += 1;
  }
}
