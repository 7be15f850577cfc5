// The properties issue 9 asks for, each stated once and proved over generated orgs, histories,
// cadences and instants (the testing kit's arbitraries, plus generators of cadences and `now`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
  OUTCOME_KINDS,
  parseInstant,
  planReminders,
  type OrgSettings,
  type ReminderCadence,
  type ReminderPlan,
  type UserSnapshot,
} from '../../src/index';
import { arbDecisionInput, arbInvalidUserSnapshot, arbOrgSettings, arbUserSnapshot } from '../../src/testing/index';

const runs = { numRuns: 200 };
const DAY = 86_400_000;
// The instants a snapshot can write: years 0000 to 9999.
const FIRST = parseInstant('0000-01-01T00:00:00Z')!;
const LAST = parseInstant('9999-12-31T23:59:59.999Z')!;

function arbDays(): fc.Arbitrary<number | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(0, 0.5, 1, 3, 7),
    fc.integer({ min: 0, max: 60 }),
    fc.double({ min: 0, max: 3650, noNaN: true }),
  );
}

function arbCadence(): fc.Arbitrary<ReminderCadence> {
  return fc
    .record({ firstAfterDays: arbDays(), everyDays: arbDays(), maxReminders: fc.option(fc.nat({ max: 15 }), { nil: undefined }) })
    .map((fields) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
}

/**
 * Inactive users (emailed, never signed in) mixed with any other valid users, ids unique or not.
 * The first user is always inactive, and being first its id is never a repeat: with automatic
 * emails off, every input plans at least one user into due, upcoming or exhausted.
 */
function arbUsers(): fc.Arbitrary<UserSnapshot[]> {
  const inactiveUser = arbDecisionInput({ rule: 'inactive-user' }).map(({ user }) => user);
  const others = fc.array(fc.oneof({ weight: 3, arbitrary: inactiveUser }, { weight: 1, arbitrary: arbUserSnapshot() }), {
    maxLength: 7,
  });
  return fc.tuple(inactiveUser, others).map(([first, rest]) => [first, ...rest]);
}

/**
 * How often, over a property's runs, each list it asserts over was non-empty: a property that
 * loops over a list proves nothing on the runs where the list is empty, so each test checks
 * that every list it claims about was filled in a fair share of its runs.
 */
function coverage<const L extends string>(...lists: L[]) {
  const filled = Object.fromEntries(lists.map((list) => [list, 0])) as Record<L, number>;
  return {
    note(list: L, items: readonly unknown[] | ReadonlySet<unknown>): void {
      if (('length' in items ? items.length : items.size) > 0) filled[list] += 1;
    },
    /** Each list was non-empty in at least `share` of the runs. */
    expectFilled(share = 0.2): void {
      for (const list of lists) expect({ list, filled: filled[list] >= runs.numRuns * share }).toEqual({ list, filled: true });
    },
  };
}

function lastEmail(user: UserSnapshot): number {
  return parseInstant(user.lastEmailedAt ?? user.invitedAt!)!;
}

/** An instant near the users' emails (where the answers change), written in UTC. */
function arbNow(users: readonly UserSnapshot[]): fc.Arbitrary<string> {
  const anchors = users.filter((user) => typeof user.invitedAt === 'string').map(lastEmail);
  const anchor = anchors.length === 0 ? fc.constant(Date.UTC(2026, 4, 11)) : fc.constantFrom(...anchors);
  return fc
    .tuple(anchor, fc.oneof(fc.integer({ min: -2 * DAY, max: 40 * DAY }), fc.integer({ min: -DAY, max: 2 * DAY })))
    .map(([from, delta]) => new Date(Math.min(LAST, Math.max(FIRST, from + delta))).toISOString());
}

const OFF: OrgSettings = { autoSendActivationEmails: false };

const arbOffInput = arbUsers().chain((users) =>
  fc.record({ users: fc.constant(users), now: arbNow(users), cadence: arbCadence() }),
);

function byId(users: readonly UserSnapshot[]): Map<string, UserSnapshot> {
  const map = new Map<string, UserSnapshot>();
  for (const user of users) if (!map.has(user.id)) map.set(user.id, user);
  return map;
}

describe('planReminders properties', () => {
  it('never calls a reminder due within 24 hours of the last email', () => {
    const lists = coverage('due', 'upcoming');
    fc.assert(
      fc.property(arbOffInput, ({ users, now, cadence }) => {
        const plan = planReminders(OFF, users, { now, cadence });
        const first = byId(users);
        lists.note('due', plan.due);
        lists.note('upcoming', plan.upcoming);
        for (const entry of plan.due) {
          const user = first.get(entry.userId)!;
          expect(parseInstant(now)! - lastEmail(user)).toBeGreaterThanOrEqual(DAY);
          expect(parseInstant(entry.lastEmailedAt)).toBe(lastEmail(user));
        }
        for (const entry of plan.upcoming) {
          const user = first.get(entry.userId)!;
          expect(Date.parse(entry.dueAt) - lastEmail(user)).toBeGreaterThanOrEqual(DAY);
          expect(Date.parse(entry.dueAt)).toBeGreaterThan(parseInstant(now)!);
        }
      }),
      runs,
    );
    lists.expectFilled();
  });

  it('calls nothing due, upcoming or exhausted with automatic emails on', () => {
    const arbOn = arbOrgSettings().filter((settings) => settings.autoSendActivationEmails !== false);
    fc.assert(
      fc.property(arbOn, arbOffInput, (settings, { users, now, cadence }) => {
        const plan = planReminders(settings, users, { now, cadence });
        expect(plan.automatic).toBe(true);
        // The claim is about inactive users, and every input holds one.
        expect(plan.counts.inactive).toBeGreaterThan(0);
        expect([plan.due, plan.upcoming, plan.exhausted]).toEqual([[], [], []]);
      }),
      runs,
    );
  });

  it('calls no one due who already had the most reminders, and calls all of them exhausted', () => {
    const lists = coverage('due', 'due or upcoming', 'exhausted');
    fc.assert(
      fc.property(arbOffInput, ({ users, now, cadence }) => {
        const max = cadence.maxReminders ?? 3;
        const plan = planReminders(OFF, users, { now, cadence });
        expect(plan.due.length + plan.upcoming.length + plan.exhausted.length).toBeGreaterThan(0);
        lists.note('due', plan.due);
        lists.note('due or upcoming', [...plan.due, ...plan.upcoming]);
        lists.note('exhausted', plan.exhausted);
        for (const entry of plan.due) expect(entry.remindersSent).toBeLessThan(max);
        const first = byId(users);
        const exhausted = new Set(plan.exhausted.map((entry) => entry.userId));
        for (const entry of [...plan.due, ...plan.upcoming]) {
          expect(first.get(entry.userId)!.remindersSent ?? 0).toBeLessThan(max);
          expect(exhausted.has(entry.userId)).toBe(false);
        }
        for (const id of exhausted) expect(first.get(id)!.remindersSent ?? 0).toBeGreaterThanOrEqual(max);
      }),
      runs,
    );
    lists.expectFilled();
  });

  it('never makes a due user not due by moving now forward', () => {
    const lists = coverage('due', 'upcoming', 'upcoming then due', 'upcoming then still upcoming');
    fc.assert(
      fc.property(arbOffInput, fc.integer({ min: 0, max: 400 * DAY }), ({ users, now, cadence }, forward) => {
        const later = new Date(Math.min(LAST, parseInstant(now)! + forward)).toISOString();
        const before = planReminders(OFF, users, { now, cadence });
        const after = planReminders(OFF, users, { now: later, cadence });
        const dueAfter = new Set(after.due.map((entry) => entry.userId));
        expect(before.due.length + before.upcoming.length + before.exhausted.length).toBeGreaterThan(0);
        lists.note('due', before.due);
        lists.note('upcoming', before.upcoming);
        for (const entry of before.due) expect(dueAfter.has(entry.userId)).toBe(true);
        // An upcoming reminder stays put: later, the user is due at or after dueAt, upcoming before it.
        const becameDue = before.upcoming.filter((entry) => dueAfter.has(entry.userId));
        lists.note('upcoming then due', becameDue);
        lists.note('upcoming then still upcoming', before.upcoming.filter((entry) => !dueAfter.has(entry.userId)));
        for (const entry of before.upcoming) {
          const isDue = dueAfter.has(entry.userId);
          expect(isDue).toBe(Date.parse(entry.dueAt) <= parseInstant(later)!);
        }
      }),
      runs,
    );
    lists.expectFilled(0.08);
  });

  it('stops calling a user due once the reminder is recorded, for the next 24 hours at least', () => {
    const lists = coverage('recorded');
    fc.assert(
      fc.property(arbOffInput, fc.integer({ min: 0, max: DAY - 1 }), ({ users, now, cadence }, wait) => {
        const plan = planReminders(OFF, users, { now, cadence });
        const recorded = new Set(plan.due.map((entry) => entry.userId));
        lists.note('recorded', recorded);
        const after = users.map((user) =>
          recorded.has(user.id) ? { ...user, lastEmailedAt: now, remindersSent: (user.remindersSent ?? 0) + 1 } : user,
        );
        const soon = new Date(Math.min(LAST, parseInstant(now)! + wait)).toISOString();
        const next = planReminders(OFF, after, { now: soon, cadence });
        // Every recorded user is planned again, and none of them as due.
        const planned = new Set([...next.due, ...next.upcoming, ...next.exhausted].map((entry) => entry.userId));
        for (const id of recorded) expect(planned.has(id)).toBe(true);
        for (const entry of next.due) expect(recorded.has(entry.userId)).toBe(false);
      }),
      runs,
    );
    lists.expectFilled();
  });

  it('gives the same answer to the same input, and changes no input', () => {
    fc.assert(
      fc.property(arbOrgSettings(), arbOffInput, (settings, { users, now, cadence }) => {
        const snapshot = JSON.stringify([settings, users, cadence]);
        const first = planReminders(settings, users, { now, cadence });
        const second = planReminders(settings, structuredClone(users), { now, cadence: { ...cadence } });
        expect(second).toEqual(first);
        expect(JSON.stringify([settings, users, cadence])).toBe(snapshot);
      }),
      runs,
    );
  });

  it('accounts for every item: counts add up and each inactive user lands in exactly one list', () => {
    const lists = coverage('planned');
    fc.assert(
      fc.property(arbOrgSettings(), arbOffInput, (settings, { users, now, cadence }) => {
        const plan: ReminderPlan = planReminders(settings, users, { now, cadence });
        const { counts } = plan;
        const others = OUTCOME_KINDS.reduce((sum, kind) => sum + counts.notInactive[kind], 0);
        expect(counts.users).toBe(users.length);
        expect(counts.invalid + counts.inactive + others).toBe(users.length);
        expect([counts.due, counts.upcoming, counts.exhausted, counts.invalid]).toEqual([
          plan.due.length,
          plan.upcoming.length,
          plan.exhausted.length,
          plan.invalid.length,
        ]);
        if (!plan.automatic) expect(counts.due + counts.upcoming + counts.exhausted).toBe(counts.inactive);
        // Each planned user is one that decide() calls inactive under these settings; with
        // automatic emails off, every input plans someone.
        const first = byId(users);
        const planned = [...plan.due, ...plan.upcoming, ...plan.exhausted];
        if (!plan.automatic) expect(planned.length).toBeGreaterThan(0);
        lists.note('planned', planned);
        for (const entry of planned) {
          const decision = decide(settings, first.get(entry.userId)!);
          expect(decision.kind === 'manual-required' && decision.trigger).toBe('inactive-user');
        }
      }),
      runs,
    );
    lists.expectFilled();
  });

  it('reports each broken snapshot (bad history included) where it is, and plans everyone else as if it were absent', () => {
    fc.assert(
      fc.property(arbOffInput, fc.array(fc.tuple(arbInvalidUserSnapshot(), fc.nat()), { minLength: 1, maxLength: 4 }), ({ users, now, cadence }, broken) => {
        const mixed: unknown[] = [...users];
        const at = new Map<unknown, readonly (string | number)[]>();
        for (const [{ value, path }, position] of broken) {
          const wrapped = { value };
          mixed.splice(position % (mixed.length + 1), 0, wrapped);
          at.set(wrapped, path);
        }
        const input = mixed.map((item) => (at.has(item) ? (item as { value: unknown }).value : item));
        const plan = planReminders(OFF, input, { now, cadence });
        const clean = planReminders(OFF, users, { now, cadence });
        const brokenIndexes = mixed.flatMap((item, index) => (at.has(item) ? [index] : []));
        const reported = plan.invalid.filter((item) => brokenIndexes.includes(item.index));
        expect(brokenIndexes.length).toBeGreaterThan(0);
        expect(reported.map((item) => item.index)).toEqual(brokenIndexes);
        for (const item of reported) expect(item.issues.map((issue) => issue.path)).toEqual([at.get(mixed[item.index])]);
        expect([plan.due, plan.upcoming, plan.exhausted]).toEqual([clean.due, clean.upcoming, clean.exhausted]);
        expect(plan.counts.users).toBe(input.length);
      }),
      runs,
    );
  });

  it('plans each user of a batch as it plans that user alone', () => {
    fc.assert(
      fc.property(arbOffInput, ({ users, now, cadence }) => {
        const batch = planReminders(OFF, users, { now, cadence });
        expect(batch.due.length + batch.upcoming.length + batch.exhausted.length).toBeGreaterThan(0);
        const unique = [...byId(users).values()];
        const alone = unique.map((user) => planReminders(OFF, [user], { now, cadence }));
        expect(batch.due).toEqual(alone.flatMap((plan) => plan.due));
        expect(batch.upcoming).toEqual(alone.flatMap((plan) => plan.upcoming));
        expect(batch.exhausted).toEqual(alone.flatMap((plan) => plan.exhausted));
      }),
      runs,
    );
  });
});
