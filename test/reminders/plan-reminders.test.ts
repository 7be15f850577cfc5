// planReminders by example: the cadence boundaries, the 24-hour floor, a daylight-saving change
// in offset timestamps, bad history values, and bad `now` or cadence.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_CADENCE,
  planActivation,
  planReminders,
  PolicyInputError,
  type OrgSettings,
  type ReminderCadence,
  type UserSnapshot,
} from '../../src/index';
import { thrown } from '../support/thrown';

const OFF: OrgSettings = { autoSendActivationEmails: false };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function inactive(id: string, invitedAt: string, extra: Partial<UserSnapshot> = {}): UserSnapshot {
  return { id, license: 'paid', hasSignedIn: false, invitedAt, ...extra };
}

function at(epoch: number): string {
  return new Date(epoch).toISOString();
}

/** Where one user lands: 'due', an ISO `dueAt` for upcoming, or 'exhausted'. */
function statusOf(user: unknown, now: string, cadence?: ReminderCadence): string {
  const plan = planReminders(OFF, [user], cadence === undefined ? { now } : { now, cadence });
  if (plan.invalid.length > 0) throw new Error(`invalid: ${JSON.stringify(plan.invalid)}`);
  if (plan.due.length === 1) return 'due';
  if (plan.exhausted.length === 1) return 'exhausted';
  if (plan.upcoming.length === 1) return plan.upcoming[0]!.dueAt;
  throw new Error('the user landed nowhere');
}

const T = Date.parse('2026-05-04T08:30:00Z');
const INVITED = at(T);

describe('the shape of the plan', () => {
  it('sorts inactive users into due, upcoming and exhausted, in input order, and counts everyone', () => {
    const plan = planReminders(
      OFF,
      [
        inactive('late', INVITED, { lastEmailedAt: at(T + 10 * DAY), remindersSent: 1 }),
        inactive('first', INVITED),
        { id: 'free', license: 'free', hasSignedIn: false },
        inactive('done', INVITED, { lastEmailedAt: at(T + 10 * DAY), remindersSent: 3 }),
        { id: 'new', license: 'paid', hasSignedIn: false },
        { id: 'broken', license: 'gold', hasSignedIn: false },
        inactive('second', INVITED, { lastEmailedAt: at(T + 3 * DAY), remindersSent: 1 }),
        { id: 'in', license: 'paid', hasSignedIn: true, invitedAt: INVITED },
      ],
      { now: at(T + 12 * DAY) },
    );
    expect(plan).toEqual({
      automatic: false,
      due: [
        { userId: 'first', remindersSent: 0, lastEmailedAt: INVITED },
        { userId: 'second', remindersSent: 1, lastEmailedAt: at(T + 3 * DAY) },
      ],
      upcoming: [{ userId: 'late', dueAt: at(T + 17 * DAY) }],
      exhausted: [{ userId: 'done' }],
      invalid: [{ index: 5, issues: [{ path: ['license'], message: expect.stringContaining('"gold"') }] }],
      counts: {
        users: 8,
        invalid: 1,
        inactive: 4,
        due: 2,
        upcoming: 1,
        exhausted: 1,
        notInactive: {
          'auto-send': 0,
          'skip-free': 1,
          'notify-conversion': 0,
          'manual-required': 1,
          'reminder-eligible': 0,
          'no-action': 1,
        },
      },
    });
  });

  it('leaves reminders to Control Hub when automatic emails are on (the default)', () => {
    const users = [inactive('a', INVITED), { id: 'b', license: 'paid', hasSignedIn: false }];
    for (const settings of [{}, { autoSendActivationEmails: true }]) {
      const plan = planReminders(settings, users, { now: at(T + 30 * DAY) });
      expect(plan.automatic).toBe(true);
      expect([plan.due, plan.upcoming, plan.exhausted]).toEqual([[], [], []]);
      expect(plan.counts.inactive).toBe(1);
      expect(plan.counts.notInactive['auto-send']).toBe(1);
    }
  });

  it('writes dueAt in UTC whatever offset the snapshot used', () => {
    const plan = planReminders(OFF, [inactive('a', '2026-05-04T10:30:00+02:00')], { now: '2026-05-05T00:00:00Z' });
    expect(plan.upcoming).toEqual([{ userId: 'a', dueAt: '2026-05-07T08:30:00.000Z' }]);
  });

  it('gives the last email back as the snapshot wrote it', () => {
    const plan = planReminders(
      OFF,
      [inactive('a', '2026-05-04T10:30:00+02:00', { lastEmailedAt: '2026-05-08T10:30:00.5+02:00', remindersSent: 1 })],
      { now: '2026-06-01T00:00:00Z' },
    );
    expect(plan.due).toEqual([{ userId: 'a', remindersSent: 1, lastEmailedAt: '2026-05-08T10:30:00.5+02:00' }]);
  });

  it('plans a repeated id once, as planActivation does, and reports the repeat', () => {
    const users = [inactive('a', INVITED), inactive('a', INVITED, { remindersSent: 9 })];
    const plan = planReminders(OFF, users, { now: at(T + 5 * DAY) });
    expect(plan.due.map((entry) => entry.userId)).toEqual(['a']);
    expect(plan.invalid).toEqual(planActivation(OFF, users).invalid);
    expect(plan.invalid[0]!.issues[0]!.message).toContain('duplicate');
  });

  it('takes any iterable and frozen inputs, and changes none of them', () => {
    const user = Object.freeze(inactive('a', INVITED, { lastEmailedAt: at(T + DAY), remindersSent: 1 }));
    const options = Object.freeze({ now: at(T + 9 * DAY), cadence: Object.freeze({ everyDays: 2 }) });
    const copy = JSON.stringify([user, options]);
    const plan = planReminders(Object.freeze({ ...OFF }), new Set([user]), options);
    expect(plan.due).toHaveLength(1);
    expect(JSON.stringify([user, options])).toBe(copy);
  });
});

describe('cadence boundaries (defaults: first after 3 days, every 7, at most 3)', () => {
  it('calls the first reminder due exactly firstAfterDays after the invitation, not a millisecond sooner', () => {
    expect(statusOf(inactive('a', INVITED), at(T + 3 * DAY - 1))).toBe(at(T + 3 * DAY));
    expect(statusOf(inactive('a', INVITED), at(T + 3 * DAY))).toBe('due');
  });

  it('calls each later reminder due everyDays after the last email', () => {
    const user = inactive('a', INVITED, { lastEmailedAt: at(T + 4 * DAY), remindersSent: 1 });
    expect(statusOf(user, at(T + 11 * DAY - 1))).toBe(at(T + 11 * DAY));
    expect(statusOf(user, at(T + 11 * DAY))).toBe('due');
  });

  it('counts reminders: the one before the maximum is planned, the maximum is exhausted', () => {
    const user = (sent: number): UserSnapshot => inactive('a', INVITED, { lastEmailedAt: at(T + DAY), remindersSent: sent });
    expect(statusOf(user(2), at(T + 30 * DAY))).toBe('due');
    expect(statusOf(user(3), at(T + 30 * DAY))).toBe('exhausted');
    expect(statusOf(user(3), at(T + 2 * DAY))).toBe('exhausted');
    expect(statusOf(user(40), at(T + 30 * DAY))).toBe('exhausted');
    expect(statusOf(user(0), at(T + 30 * DAY), { maxReminders: 0 })).toBe('exhausted');
    expect(statusOf(user(3), at(T + 30 * DAY), { maxReminders: 4 })).toBe('due');
  });

  it('reads an absent or null history as no reminder yet, the invitation being the last email', () => {
    expect(statusOf(inactive('a', INVITED, { lastEmailedAt: null }), at(T + 3 * DAY - 1))).toBe(at(T + 3 * DAY));
    const plan = planReminders(OFF, [inactive('a', INVITED, { lastEmailedAt: null })], { now: at(T + 3 * DAY) });
    expect(plan.due).toEqual([{ userId: 'a', remindersSent: 0, lastEmailedAt: INVITED }]);
  });

  it('times the first reminder from the invitation even when a later email was recorded, 24 hours after it at the soonest', () => {
    const user = inactive('a', INVITED, { lastEmailedAt: at(T + 2.5 * DAY) });
    expect(statusOf(user, at(T + 3 * DAY))).toBe(at(T + 3.5 * DAY));
    const resentEarly = inactive('a', INVITED, { lastEmailedAt: at(T + DAY) });
    expect(statusOf(resentEarly, at(T + 3 * DAY))).toBe('due');
  });

  it('with zero days, waits exactly 24 hours after the last email', () => {
    const first = inactive('a', INVITED);
    expect(statusOf(first, at(T), { firstAfterDays: 0 })).toBe(at(T + DAY));
    expect(statusOf(first, at(T + DAY - 1), { firstAfterDays: 0 })).toBe(at(T + DAY));
    expect(statusOf(first, at(T + DAY), { firstAfterDays: 0 })).toBe('due');
    const later = inactive('a', INVITED, { lastEmailedAt: at(T + 5 * DAY), remindersSent: 1 });
    expect(statusOf(later, at(T + 6 * DAY - 1), { everyDays: 0 })).toBe(at(T + 6 * DAY));
    expect(statusOf(later, at(T + 6 * DAY), { everyDays: 0 })).toBe('due');
  });

  it('takes fractional days as that many hours, and still never less than 24', () => {
    const later = inactive('a', INVITED, { lastEmailedAt: at(T + 5 * DAY), remindersSent: 1 });
    expect(statusOf(later, at(T + 5 * DAY), { everyDays: 1.5 })).toBe(at(T + 6.5 * DAY));
    expect(statusOf(later, at(T + 5 * DAY), { everyDays: 0.25 })).toBe(at(T + 6 * DAY));
    expect(statusOf(inactive('a', INVITED), at(T), { firstAfterDays: 2.75 })).toBe(at(T + 2.75 * DAY));
  });

  it('plans a user emailed after `now` (a clock ahead, a snapshot from later) as upcoming', () => {
    expect(statusOf(inactive('a', INVITED), at(T - 30 * DAY))).toBe(at(T + 3 * DAY));
  });

  it('uses the defaults it documents', () => {
    expect(DEFAULT_REMINDER_CADENCE).toEqual({ firstAfterDays: 3, everyDays: 7, maxReminders: 3 });
    const explicit = planReminders(OFF, [inactive('a', INVITED)], { now: at(T + DAY), cadence: DEFAULT_REMINDER_CADENCE });
    expect(planReminders(OFF, [inactive('a', INVITED)], { now: at(T + DAY) })).toEqual(explicit);
    expect(planReminders(OFF, [inactive('a', INVITED)], { now: at(T + DAY), cadence: {} })).toEqual(explicit);
  });
});

describe('a daylight-saving change, in offset timestamps', () => {
  // Europe/Paris moved from +01:00 to +02:00 on Sunday 29 March 2026 at 02:00 local time
  // (01:00 UTC), and back on Sunday 25 October 2026 at 03:00 local time (01:00 UTC).

  it('does not call a reminder due at the same clock time the next day when only 23 hours have passed', () => {
    const user = inactive('a', '2026-03-20T12:00:00+01:00', { lastEmailedAt: '2026-03-28T12:00:00+01:00', remindersSent: 1 });
    // Same wall-clock time, one calendar day later, after the clocks went forward: 23 hours.
    const plan = planReminders(OFF, [user], { now: '2026-03-29T12:00:00+02:00', cadence: { everyDays: 0 } });
    expect(plan.due).toEqual([]);
    expect(plan.upcoming).toEqual([{ userId: 'a', dueAt: '2026-03-29T11:00:00.000Z' }]);
    // 24 elapsed hours later it is due: 13:00 on the local clock.
    const later = planReminders(OFF, [user], { now: '2026-03-29T13:00:00+02:00', cadence: { everyDays: 0 } });
    expect(later.due.map((entry) => entry.userId)).toEqual(['a']);
  });

  it('counts days as 24-hour spans across the spring change: the due time moves an hour on the local clock', () => {
    const user = inactive('a', '2026-03-27T10:00:00+01:00');
    const dueAt = statusOf(user, '2026-03-27T10:00:00+01:00');
    expect(dueAt).toBe('2026-03-30T09:00:00.000Z'); // 11:00 in Paris, +02:00
    expect(statusOf(user, '2026-03-30T10:59:59+02:00')).toBe(dueAt);
    expect(statusOf(user, '2026-03-30T11:00:00+02:00')).toBe('due');
    expect(statusOf(user, '2026-03-30T09:00:00Z')).toBe('due');
  });

  it('counts days as 24-hour spans across the autumn change too', () => {
    const user = inactive('a', '2026-10-20T09:00:00+02:00', { lastEmailedAt: '2026-10-24T09:00:00+02:00', remindersSent: 1 });
    // The clocks went back overnight: 09:00 the next day is 25 hours later, so a 24-hour floor
    // falls at 08:00 on the local clock.
    expect(statusOf(user, '2026-10-24T09:00:00+02:00', { everyDays: 0 })).toBe('2026-10-25T07:00:00.000Z');
    expect(statusOf(user, '2026-10-25T07:59:59+01:00', { everyDays: 0 })).toBe('2026-10-25T07:00:00.000Z');
    expect(statusOf(user, '2026-10-25T08:00:00+01:00', { everyDays: 0 })).toBe('due');
  });
});

describe('bad history values', () => {
  const now = at(T + 30 * DAY);
  const cases: readonly [string, Record<string, unknown>, string][] = [
    ['a negative reminder count', { remindersSent: -1 }, 'remindersSent'],
    ['a fractional reminder count', { remindersSent: 1.5 }, 'remindersSent'],
    ['a reminder count as text', { remindersSent: '2' }, 'remindersSent'],
    ['an infinite reminder count', { remindersSent: Number.POSITIVE_INFINITY }, 'remindersSent'],
    ['a last email before the invitation', { lastEmailedAt: at(T - 1) }, 'lastEmailedAt'],
    ['a last email on an impossible day', { lastEmailedAt: '2026-02-30T09:00:00Z' }, 'lastEmailedAt'],
    ['a last email with no offset', { lastEmailedAt: '2026-05-20T09:00:00' }, 'lastEmailedAt'],
    ['a last email as a date only', { lastEmailedAt: '2026-05-20' }, 'lastEmailedAt'],
    ['a last email as epoch milliseconds', { lastEmailedAt: T + DAY }, 'lastEmailedAt'],
    ['an invitation that is not an instant', { invitedAt: 'last week' }, 'invitedAt'],
  ];

  it.each(cases)('puts %s in invalid, names the field, and still plans everyone else', (_, fields, field) => {
    const plan = planReminders(OFF, [inactive('ok-1', INVITED), { ...inactive('bad', INVITED), ...fields }, inactive('ok-2', INVITED)], {
      now,
    });
    expect(plan.invalid).toHaveLength(1);
    expect(plan.invalid[0]!.index).toBe(1);
    expect(plan.invalid[0]!.issues.map((issue) => issue.path)).toContainEqual([field]);
    expect(plan.due.map((entry) => entry.userId)).toEqual(['ok-1', 'ok-2']);
    expect(plan.counts.users).toBe(3);
  });

  it('rejects a last email with no invitation', () => {
    const plan = planReminders(OFF, [{ id: 'a', license: 'paid', hasSignedIn: false, lastEmailedAt: INVITED }], { now });
    expect(plan.invalid[0]!.issues[0]!.path).toEqual(['lastEmailedAt']);
  });

  it('reports a history field whose getter throws, without stopping the batch', () => {
    const hostile = inactive('h', INVITED);
    Object.defineProperty(hostile, 'remindersSent', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const plan = planReminders(OFF, [hostile, inactive('ok', INVITED)], { now });
    expect(plan.invalid[0]!.issues[0]!.path).toEqual(['remindersSent']);
    expect(plan.due.map((entry) => entry.userId)).toEqual(['ok']);
  });
});

describe('bad now, cadence or settings', () => {
  const users = [inactive('a', INVITED)];

  function issuesOf(action: () => unknown): string[] {
    const error = thrown(action);
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues.map((issue) => issue.path.join('.'));
  }

  it.each([
    ['missing', undefined],
    ['a date without a time', '2026-05-11'],
    ['a time without an offset', '2026-05-11T09:00:00'],
    ['an impossible day', '2026-04-31T09:00:00Z'],
    ['a number', Date.UTC(2026, 4, 11)],
    ['a Date', new Date(Date.UTC(2026, 4, 11))],
    ['empty', ''],
  ])('refuses a now that is %s', (_, now) => {
    expect(issuesOf(() => planReminders(OFF, users, { now } as never))).toEqual(['now']);
  });

  it.each([
    ['firstAfterDays', -1],
    ['firstAfterDays', Number.NaN],
    ['everyDays', Number.POSITIVE_INFINITY],
    ['everyDays', '7'],
    ['everyDays', 3651],
    ['maxReminders', 1.5],
    ['maxReminders', -1],
    ['maxReminders', null],
  ])('refuses cadence.%s = %s', (field, value) => {
    expect(issuesOf(() => planReminders(OFF, users, { now: INVITED, cadence: { [field]: value } }))).toEqual([
      `cadence.${field}`,
    ]);
  });

  it('names every bad field at once, unknown keys included, in its message too', () => {
    const error = thrown(() =>
      planReminders(OFF, users, { now: 'today', cadence: { every: 7, maxReminders: -2 }, dryRun: true } as never),
    ) as PolicyInputError;
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['now', 'cadence.maxReminders', 'cadence.every', 'dryRun']);
    expect(error.message).toContain('cadence.every: is not a cadence field');
  });

  it('refuses a cadence or options that are not objects', () => {
    expect(issuesOf(() => planReminders(OFF, users, { now: INVITED, cadence: null } as never))).toEqual(['cadence']);
    expect(issuesOf(() => planReminders(OFF, users, { now: INVITED, cadence: [3, 7, 3] } as never))).toEqual(['cadence']);
    expect(issuesOf(() => planReminders(OFF, users, undefined as never))).toEqual(['']);
    expect(issuesOf(() => planReminders(OFF, users, INVITED as never))).toEqual(['']);
  });

  it('reports options whose getters throw as issues', () => {
    const options = {};
    for (const key of ['now', 'cadence']) {
      Object.defineProperty(options, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    }
    expect(issuesOf(() => planReminders(OFF, users, options as never))).toEqual(['now', 'cadence']);
  });

  it('checks the settings first, and then the options, before reading any user', () => {
    let read = 0;
    function* counted() {
      read += 1;
      yield inactive('a', INVITED);
    }
    const bad = thrown(() => planReminders({ autoSendActivationEmail: false } as never, counted(), { now: 'x' }));
    expect((bad as PolicyInputError).message).toMatch(/^Invalid settings/);
    expect(issuesOf(() => planReminders(OFF, counted(), { now: 'x' }))).toEqual(['now']);
    expect(read).toBe(0);
    expect(thrown(() => planReminders(OFF, 42 as never, { now: INVITED }))).toBeInstanceOf(PolicyInputError);
  });
});

describe('a large org', () => {
  it('plans 200,000 inactive users without spreading them into a call (no stack overflow)', () => {
    const count = 200_000;
    function* users() {
      for (let index = 0; index < count; index += 1) {
        yield inactive(`u${index}`, INVITED, index % 2 === 0 ? {} : { remindersSent: 3 });
      }
    }
    const plan = planReminders(OFF, users(), { now: at(T + 10 * DAY) });
    expect([plan.due.length, plan.exhausted.length, plan.upcoming.length]).toEqual([count / 2, count / 2, 0]);
    expect(plan.counts).toMatchObject({ users: count, inactive: count, due: count / 2, exhausted: count / 2 });
  });
});
