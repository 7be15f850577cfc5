// Journal entries for the properties: few users and few instants, so that the same user, email
// and instant come up often, and each instant written with one of several offsets, so that two
// texts of one instant come up too.
import fc from 'fast-check';
import { JOURNAL_EMAILS, JOURNAL_STATUSES, type JournalEntry } from '../../src/journal/index';

/** Whole minutes ahead of UTC, and how each is written. */
const OFFSETS: readonly (readonly [minutes: number, text: string])[] = [
  [0, 'Z'],
  [0, '+00:00'],
  [120, '+02:00'],
  [-330, '-05:30'],
  [840, '+14:00'],
];

/** An instant (ms since the epoch, whole seconds) written with the offset at `offsetIndex`. */
export function writeInstant(epoch: number, offsetIndex: number, fraction: boolean): string {
  const [minutes, text] = OFFSETS[offsetIndex % OFFSETS.length]!;
  const local = new Date(epoch + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${fraction ? '.000' : ''}${text}`;
}

const BASE = Date.UTC(2026, 4, 1, 8);

export function arbEpoch(): fc.Arbitrary<number> {
  // Twelve instants a few hours and days apart.
  return fc.integer({ min: 0, max: 11 }).map((step) => BASE + step * 7 * 3_600_000);
}

export function arbJournalEntry(): fc.Arbitrary<JournalEntry> {
  return fc
    .record({
      userId: fc.constantFrom('u1', 'u2', 'u3'),
      epoch: arbEpoch(),
      offset: fc.nat(),
      fraction: fc.boolean(),
      email: fc.constantFrom(...JOURNAL_EMAILS),
      status: fc.option(fc.constantFrom(...JOURNAL_STATUSES), { nil: undefined }),
    })
    .map(({ userId, epoch, offset, fraction, email, status }) => {
      const entry: JournalEntry = { userId, at: writeInstant(epoch, offset, fraction), email };
      return status === undefined ? entry : { ...entry, status };
    });
}
