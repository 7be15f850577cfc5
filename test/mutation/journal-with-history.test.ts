// withHistory: a snapshot whose lastEmailedAt is null, for a user the journal gives one email,
// gets no lastEmailedAt at all (as the journal writes a one-email history), never a null kept
// from the snapshot. Pinned here for every email kind, beside the properties of
// test/journal/with-history.test.ts, which draw such a snapshot only now and then.
// Written against a Stryker run over src/journal.
import { describe, expect, it } from 'vitest';
import { historyFromJournal, withHistory } from '../../src/journal/index';

describe('a snapshot with lastEmailedAt null, for a user with one email in the journal', () => {
  it.each(['activation', 'reminder'] as const)('gets no lastEmailedAt, after one %s email', (email) => {
    const history = historyFromJournal([{ userId: 'u1', at: '2026-05-03T09:00:00Z', email }]);
    const result = withHistory({ id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: null, lastEmailedAt: null }, history);
    expect(result).toStrictEqual({
      ok: true,
      value: { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-03T09:00:00Z', remindersSent: email === 'reminder' ? 1 : 0 },
    });
    expect(result.ok && Object.hasOwn(result.value, 'lastEmailedAt')).toBe(false);
  });
});
