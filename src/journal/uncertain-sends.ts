import { forEachEntry } from './entries-of';
import type { JournalEntry } from './entry';
import type { JournalLine } from './read-journal';

/**
 * The sends whose outcome the journal does not know: each `sending` entry followed, in the
 * order given (file order), by no `sent` or `failed` entry for the same user and email. Such an
 * email may or may not have gone out (the sender stopped between the two lines): check the mail
 * server's log before sending it again. Returned in the order given.
 *
 * @throws PolicyInputError when an entry is not valid (each issue's path starts with its index),
 * or when `entries` is not iterable or breaks the iteration protocol (at the empty path). An
 * error the iterable's own `next` throws (a file that could not be read) is passed on as thrown.
 * @example
 * uncertainSends([
 *   { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation', status: 'sending' },
 *   { userId: 'u1', at: '2026-05-01T08:00:02Z', email: 'activation', status: 'sent', messageId: '<m1@example.com>' },
 *   { userId: 'u2', at: '2026-05-01T08:00:03Z', email: 'activation', status: 'sending' },
 * ])
 * //=> [{ userId: 'u2', at: '2026-05-01T08:00:03Z', email: 'activation', status: 'sending' }]
 */
export function uncertainSends(entries: Iterable<JournalEntry | JournalLine>): JournalEntry[] {
  // The sends still open, by user then email, each list in the order given.
  const open = new Map<string, Map<string, JournalEntry[]>>();
  // Stryker disable next-line ArrayDeclaration: an entry put in first is dropped by the filter below, as it is in no open list
  const order: JournalEntry[] = [];
  forEachEntry(entries, (entry, _at, status) => {
    if (status === 'sending') {
      let byEmail = open.get(entry.userId);
      if (byEmail === undefined) open.set(entry.userId, (byEmail = new Map()));
      const list = byEmail.get(entry.email);
      if (list === undefined) byEmail.set(entry.email, [entry]);
      else list.push(entry);
      order.push(entry);
    } else if (status === 'sent' || status === 'failed') {
      open.get(entry.userId)?.delete(entry.email);
    }
  });
  const still = new Set<JournalEntry>();
  for (const byEmail of open.values()) for (const list of byEmail.values()) for (const entry of list) still.add(entry);
  return order.filter((entry) => still.has(entry));
}
