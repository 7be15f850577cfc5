// A snapshot meets the journal: a user the journal covers gets its history; history the
// snapshot carries itself must agree with it, or the user is refused with both values named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, parseInstant, parseUserSnapshot, type UserSnapshot } from '../../src/index';
import { historyFromJournal, withHistory, type UserHistory } from '../../src/journal/index';
import { arbOrgSettings, arbUserSnapshot } from '../../src/testing/index';
import { arbJournalEntry } from './arbitraries';

const user = { id: 'u1', license: 'paid', hasSignedIn: false } as const;
const journal = historyFromJournal([
  { userId: 'u1', at: '2026-05-03T09:00:00Z', email: 'activation' },
  { userId: 'u1', at: '2026-05-10T09:00:00Z', email: 'reminder' },
  { userId: 'u2', at: '2026-05-04T09:00:00Z', email: 'activation' },
]);
const withU1 = { invitedAt: '2026-05-03T09:00:00Z', lastEmailedAt: '2026-05-10T09:00:00Z', remindersSent: 1 };

describe('withHistory', () => {
  it('passes a user the journal does not cover as parsed', () => {
    const input = { id: 'u9', license: 'free', hasSignedIn: true, invitedAt: '2026-01-01T00:00:00Z', note: 'dropped' };
    expect(withHistory(input, journal)).toStrictEqual(parseUserSnapshot(input));
    expect(withHistory(input, journal)).toStrictEqual({ ok: true, value: { id: 'u9', license: 'free', hasSignedIn: true, invitedAt: '2026-01-01T00:00:00Z' } });
  });

  it('gives a user with no history of their own the journal\'s, fields in table order', () => {
    const result = withHistory(user, journal);
    expect(result).toStrictEqual({ ok: true, value: { ...user, ...withU1 } });
    expect(result.ok && Object.keys(result.value)).toStrictEqual(['id', 'license', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent']);
  });

  it('reads null history fields (an empty CSV cell) as no history', () => {
    expect(withHistory({ ...user, previousLicense: null, invitedAt: null, lastEmailedAt: null }, journal)).toStrictEqual({
      ok: true,
      value: { ...user, previousLicense: null, ...withU1 },
    });
  });

  it('gives a one-email journal no lastEmailedAt, and remindersSent 0', () => {
    expect(withHistory({ ...user, id: 'u2' }, journal)).toStrictEqual({ ok: true, value: { ...user, id: 'u2', invitedAt: '2026-05-04T09:00:00Z', remindersSent: 0 } });
  });

  it('keeps the snapshot\'s other fields, its email too', () => {
    expect(withHistory({ ...user, previousLicense: 'free', email: 'ana@example.com' }, journal)).toStrictEqual({
      ok: true,
      value: { ...user, previousLicense: 'free', ...withU1, email: 'ana@example.com' },
    });
  });

  it('accepts history that agrees, as instants whatever the offset, and gives the journal\'s text', () => {
    const agreeing = { ...user, invitedAt: '2026-05-03T11:00:00+02:00', lastEmailedAt: '2026-05-10T09:00:00.000Z', remindersSent: 1 };
    expect(withHistory(agreeing, journal)).toStrictEqual({ ok: true, value: { ...user, ...withU1 } });
  });

  it('accepts part of the history: invitedAt alone that agrees gets the rest from the journal', () => {
    expect(withHistory({ ...user, invitedAt: '2026-05-03T09:00:00Z' }, journal)).toStrictEqual({ ok: true, value: { ...user, ...withU1 } });
  });

  it('accepts a last email equal to the first when the journal holds one email', () => {
    const one = { ...user, id: 'u2', invitedAt: '2026-05-04T09:00:00Z', lastEmailedAt: '2026-05-04T11:00:00+02:00' };
    expect(withHistory(one, journal)).toStrictEqual({
      ok: true,
      value: { ...user, id: 'u2', invitedAt: '2026-05-04T09:00:00Z', lastEmailedAt: '2026-05-04T09:00:00Z', remindersSent: 0 },
    });
  });

  it('refuses an invitedAt that disagrees, naming both instants', () => {
    expect(withHistory({ ...user, invitedAt: '2026-05-01T08:00:00Z' }, journal)).toStrictEqual({
      ok: false,
      issues: [{ path: ['invitedAt'], message: "is 2026-05-01T08:00:00Z but the journal's first email is 2026-05-03T09:00:00Z" }],
    });
  });

  it('refuses a lastEmailedAt and a remindersSent that disagree, each naming both values', () => {
    const result = withHistory({ ...user, invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-09T09:00:00Z', remindersSent: 3 }, journal);
    expect(result).toStrictEqual({
      ok: false,
      issues: [
        { path: ['invitedAt'], message: "is 2026-05-01T08:00:00Z but the journal's first email is 2026-05-03T09:00:00Z" },
        { path: ['lastEmailedAt'], message: "is 2026-05-09T09:00:00Z but the journal's last email is 2026-05-10T09:00:00Z" },
        { path: ['remindersSent'], message: 'is 3 but the journal holds 1 reminder' },
      ],
    });
  });

  it('refuses remindersSent 0 when the journal holds reminders, and says how many', () => {
    const two = historyFromJournal([
      { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' },
      { userId: 'u1', at: '2026-05-08T08:00:00Z', email: 'reminder' },
      { userId: 'u1', at: '2026-05-15T08:00:00Z', email: 'reminder' },
    ]);
    expect(withHistory({ ...user, remindersSent: 0 }, two)).toStrictEqual({
      ok: false,
      issues: [{ path: ['remindersSent'], message: 'is 0 but the journal holds 2 reminders' }],
    });
    expect(withHistory({ ...user, id: 'u2', remindersSent: 1 }, journal)).toStrictEqual({
      ok: false,
      issues: [{ path: ['remindersSent'], message: 'is 1 but the journal holds 0 reminders' }],
    });
  });

  it('gives an invalid snapshot\'s own issues, before any comparison', () => {
    expect(withHistory({ id: 'u1', license: 'gold', hasSignedIn: false, invitedAt: '2020-01-01T00:00:00Z' }, journal)).toStrictEqual({
      ok: false,
      issues: [{ path: ['license'], message: 'must be "free" or "paid" (received "gold")' }],
    });
    expect(withHistory(null, journal)).toStrictEqual(parseUserSnapshot(null));
  });

  it('refuses a hand-made history that breaks a rule of the snapshot, rather than passing it on', () => {
    const wrong = new Map<string, UserHistory>([['u1', { invitedAt: '2026-05-10T00:00:00Z', lastEmailedAt: '2026-05-01T00:00:00Z', remindersSent: 1 }]]);
    expect(withHistory(user, wrong)).toStrictEqual({ ok: false, issues: [{ path: ['lastEmailedAt'], message: 'is earlier than invitedAt, the first email' }] });
  });

  it('turns a paid user the journal says was emailed into a reminder case, and leaves one it does not as a new user', () => {
    const off = { autoSendActivationEmails: false };
    const emailed = withHistory(user, journal);
    const notEmailed = withHistory({ ...user, id: 'u7' }, journal);
    expect(emailed.ok && decide(off, emailed.value)).toMatchObject({ kind: 'manual-required', trigger: 'inactive-user' });
    expect(notEmailed.ok && decide(off, notEmailed.value)).toMatchObject({ kind: 'manual-required', trigger: 'new-user' });
  });

  describe('properties', () => {
    const arbHistoryOf = fc.array(arbJournalEntry(), { maxLength: 20 }).map((entries) => historyFromJournal(entries));
    const arbUser = fc.tuple(arbUserSnapshot(), fc.constantFrom('u1', 'u2', 'u3', 'u4'), fc.boolean()).map(([snapshot, id, strip]) => {
      // Half the users carry no history of their own, so that the journal's is taken.
      const { invitedAt: _i, lastEmailedAt: _l, remindersSent: _r, ...rest } = snapshot;
      return strip ? { ...rest, id } : { ...snapshot, id };
    });

    it('gives a snapshot parseUserSnapshot accepts as is, on which decide never throws', () => {
      fc.assert(
        fc.property(arbOrgSettings(), arbUser, arbHistoryOf, (settings, input, history) => {
          const result = withHistory(input, history);
          if (!result.ok) return;
          expect(parseUserSnapshot(result.value)).toStrictEqual(result);
          expect(() => decide(settings, result.value)).not.toThrow();
        }),
      );
    });

    it('gives a covered user without history of their own exactly the journal\'s', () => {
      fc.assert(
        fc.property(arbUser, arbHistoryOf, (input, history) => {
          const known = history.get(input.id);
          const own = input as Partial<UserSnapshot>;
          if (known === undefined || own.invitedAt != null || own.lastEmailedAt != null || own.remindersSent !== undefined) return;
          const result = withHistory(input, history);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.invitedAt).toBe(known.invitedAt);
          expect(result.value.lastEmailedAt).toBe(known.lastEmailedAt);
          expect(result.value.remindersSent).toBe(known.remindersSent);
        }),
      );
    });

    it('refuses a covered user only for history of their own that differs from the journal\'s', () => {
      fc.assert(
        fc.property(arbUser, arbHistoryOf, (input, history) => {
          const result = withHistory(input, history);
          const parsed = parseUserSnapshot(input);
          const known = history.get(input.id);
          if (!parsed.ok || known === undefined) {
            expect(result).toStrictEqual(parsed);
            return;
          }
          const own = parsed.value;
          const differs =
            (own.invitedAt != null && parseInstant(own.invitedAt) !== parseInstant(known.invitedAt)) ||
            (own.lastEmailedAt != null && parseInstant(own.lastEmailedAt) !== parseInstant(known.lastEmailedAt ?? known.invitedAt)) ||
            (own.remindersSent !== undefined && own.remindersSent !== known.remindersSent);
          expect(result.ok).toBe(!differs);
        }),
      );
    });
  });
});
