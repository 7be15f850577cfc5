// Reminders: what the suites of test/reminders leave unsaid and a caller still sees. Each test
// names the mutant it was written against (Stryker run over src/reminders).
import { describe, expect, it } from 'vitest';
import { throwingGetter } from '../support/hostile';
import { thrownPolicyError } from '../support/thrown';
import {
  explainReminder,
  MAX_CADENCE_DAYS,
  parseReminderCadence,
  planReminders,
  type ReminderStatus,
} from '../../src/index';

const UNREADABLE = 'could not be read (reading it threw an error)';
const NOW = '2026-06-01T00:00:00Z';



describe('parseReminderCadence', () => {
  it.each([['x'], [Number.NaN], [Infinity], [-1], [MAX_CADENCE_DAYS + 1], [null]])(
    'refuses %s days, naming the field and what it received',
    (days) => {
      for (const key of ['firstAfterDays', 'everyDays'] as const) {
        const result = parseReminderCadence({ [key]: days });
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0]!.path).toEqual([key]);
        expect(result.issues[0]!.message).toMatch(/^must be a number of days from 0 to 3650 .*\(received .+\)$/);
      }
    },
  );

  it('folds -0 into 0 for every field', () => {
    const result = parseReminderCadence({ firstAfterDays: -0, everyDays: -0, maxReminders: -0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.is(result.value.firstAfterDays, 0)).toBe(true);
    expect(Object.is(result.value.everyDays, 0)).toBe(true);
    expect(Object.is(result.value.maxReminders, 0)).toBe(true);
  });

  it('says a field could not be read when its getter throws, and quotes a value it could read', () => {
    for (const key of ['firstAfterDays', 'everyDays', 'maxReminders']) {
      const unreadable = parseReminderCadence(throwingGetter(key));
      expect(unreadable).toEqual({ ok: false, issues: [{ path: [key], message: UNREADABLE }] });
      const wrong = parseReminderCadence({ [key]: 'soon' });
      expect(wrong.ok).toBe(false);
      if (!wrong.ok) expect(wrong.issues[0]!.message).toMatch(/\(received "soon"\)$/);
    }
  });
});

describe('planReminders options', () => {
  const user = { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T00:00:00Z' };

  it('refuses options that are not an object, as reminder options', () => {
    const error = thrownPolicyError(() => planReminders({}, [user], null as never));
    expect(error.message).toMatch(/^Invalid reminder options: \(root\): options must be an object holding now \(received null\)$/);
  });

  it('refuses a missing, unreadable or malformed now, each in its own words', () => {
    expect(thrownPolicyError(() => planReminders({}, [user], {} as never)).issues).toEqual([
      { path: ['now'], message: expect.stringMatching(/\(received undefined\)$/) },
    ]);
    expect(thrownPolicyError(() => planReminders({}, [user], { now: 42 } as never)).issues).toEqual([
      { path: ['now'], message: expect.stringMatching(/\(received 42\)$/) },
    ]);
    const unreadable = thrownPolicyError(() => planReminders({}, [user], throwingGetter('now') as never));
    expect(unreadable.issues).toEqual([{ path: ['now'], message: UNREADABLE }]);
    expect(unreadable.message).toMatch(/^Invalid reminder options: now: could not be read/);
  });

  it('refuses an unreadable or bad cadence and an unknown option, with a valid now', () => {
    expect(thrownPolicyError(() => planReminders({}, [user], throwingGetter('cadence', { now: NOW }) as never)).issues).toEqual([
      { path: ['cadence'], message: UNREADABLE },
    ]);
    expect(thrownPolicyError(() => planReminders({}, [user], { now: NOW, cadence: { everyDays: -1 } })).issues).toEqual([
      { path: ['cadence', 'everyDays'], message: expect.stringMatching(/^must be a number of days/) },
    ]);
    expect(thrownPolicyError(() => planReminders({}, [user], { now: NOW, nowe: NOW } as never)).issues).toEqual([
      { path: ['nowe'], message: 'is not an option; the known options are now and cadence' },
    ]);
  });
});

describe('explainReminder', () => {
  it('refuses an unknown status as a reminder status', () => {
    const error = thrownPolicyError(() => explainReminder('late' as ReminderStatus));
    expect(error.issues[0]!.path).toEqual(['status']);
    expect(error.message).toMatch(/^Invalid reminder status: status: must be one of "due", "upcoming", "exhausted", "automatic"/);
  });
});
