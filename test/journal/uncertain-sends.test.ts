// A `sending` line with no `sent` or `failed` line after it for the same user and email: the
// sender stopped in between, and no one knows whether the email went out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJournal, uncertainSends, type JournalEntry } from '../../src/journal/index';
import { thrownPolicyError } from '../support/thrown';
import { arbJournalEntry } from './arbitraries';

const sending = (userId: string, email: JournalEntry['email'], at = '2026-05-01T08:00:00Z'): JournalEntry => ({ userId, at, email, status: 'sending' });
const settled = (entry: JournalEntry, status: 'sent' | 'failed'): JournalEntry => ({ ...entry, status, at: '2026-05-01T08:00:01Z' });

describe('uncertainSends', () => {
  it('finds nothing in an empty journal, or one with no sending entry', () => {
    expect(uncertainSends([])).toStrictEqual([]);
    expect(uncertainSends([{ userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' }])).toStrictEqual([]);
  });

  it('gives a sending entry with nothing after it', () => {
    expect(uncertainSends([sending('u1', 'activation')])).toStrictEqual([sending('u1', 'activation')]);
  });

  it.each(['sent', 'failed'] as const)('settles a sending entry followed by %s for the same user and email', (status) => {
    expect(uncertainSends([sending('u1', 'activation'), settled(sending('u1', 'activation'), status)])).toStrictEqual([]);
  });

  it('does not settle a send with an outcome for another user, or another email', () => {
    const open = sending('u1', 'reminder');
    expect(uncertainSends([open, settled(sending('u2', 'reminder'), 'sent'), settled(sending('u1', 'activation'), 'sent')])).toStrictEqual([open]);
  });

  it('does not settle a send with an outcome written before it (file order)', () => {
    const open = sending('u1', 'activation', '2026-05-01T07:00:00Z');
    expect(uncertainSends([settled(sending('u1', 'activation'), 'sent'), open])).toStrictEqual([open]);
  });

  it('does not count an entry with no status as an outcome', () => {
    const open = sending('u1', 'activation');
    expect(uncertainSends([open, { userId: 'u1', at: '2026-05-01T08:00:01Z', email: 'activation' }])).toStrictEqual([open]);
  });

  it('settles every earlier sending entry of a user and email with one outcome, and gives the rest in order', () => {
    const entries = [
      sending('u2', 'activation', '2026-05-01T06:00:00Z'),
      sending('u1', 'activation', '2026-05-01T07:00:00Z'),
      sending('u1', 'activation', '2026-05-01T07:30:00Z'),
      settled(sending('u1', 'activation'), 'failed'),
      sending('u3', 'reminder', '2026-05-01T09:00:00Z'),
    ];
    expect(uncertainSends(entries)).toStrictEqual([entries[0], entries[4]]);
  });

  it('takes the lines readJournal gives', () => {
    const read = readJournal('{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation","status":"sending"}\n');
    expect(uncertainSends(read.entries)).toStrictEqual([sending('u1', 'activation')]);
  });

  it('throws PolicyInputError for an invalid entry, under its index', () => {
    const error = thrownPolicyError(() => uncertainSends([sending('u1', 'activation'), { ...sending('u1', 'activation'), status: 'lost' } as unknown as JournalEntry]));
    expect(error.issues).toStrictEqual([{ path: [1, 'status'], message: 'must be "sending", "sent" or "failed", or left out (received "lost")' }]);
  });

  it('gives exactly the sending entries after which no sent or failed entry for the same user and email follows', () => {
    fc.assert(
      fc.property(fc.array(arbJournalEntry(), { maxLength: 30 }), (entries) => {
        const expected = entries.filter(
          (entry, index) =>
            entry.status === 'sending' &&
            !entries
              .slice(index + 1)
              .some((later) => later.userId === entry.userId && later.email === entry.email && (later.status === 'sent' || later.status === 'failed')),
        );
        expect(uncertainSends(entries)).toStrictEqual(expected);
      }),
    );
  });
});
