// The whole abstract input space, checked case by case: `decide` against the independent oracle
// of ./oracle.ts, then each of DOMAIN.md's ten invariants over the same cases.
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  decide,
  decideEach,
  OUTCOME_KINDS,
  planActivation,
  POLICY_VERSION,
  PolicyInputError,
  REASON_CODES,
  type Decision,
} from '../../src/index';
import { enumerateSettings, enumerateUsers, FIELD_CORRUPTIONS, type EnumeratedUser } from './enumeration';
import { oracleDecision, SUPPRESSIBLE_ROWS } from './oracle';

const SETTINGS = enumerateSettings();
const USERS = enumerateUsers();
const CASES = SETTINGS.flatMap((settings) => USERS.map((user) => ({ settings, user })));

const counts = { cases: CASES.length, decideCalls: 0, corruptions: 0, batchItems: 0 };

function decideCounted(settings: unknown, user: unknown): Decision {
  counts.decideCalls += 1;
  return decide(settings as never, user as never);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

afterAll(() => {
  console.log(
    `[evidence] exhaustive: ${counts.cases} cases (${SETTINGS.length} settings x ${USERS.length} users), ` +
      `${counts.decideCalls} decide calls, ${counts.corruptions} corrupted inputs, ${counts.batchItems} batch items`,
  );
});

describe('the enumeration itself', () => {
  it('covers the abstract space exactly once per spelling', () => {
    // 3 x 3 settings; 2 x 4 x 2 users per invitedAt spelling, each with its history variants:
    // an instant (2 spellings x 12 histories), null (6), absent (6).
    expect(SETTINGS).toHaveLength(9);
    expect(USERS).toHaveLength(2 * 4 * 2 * (2 * 12 + 6 + 6));
    expect(CASES).toHaveLength(5184);
    const abstract = new Set(USERS.map((user) => JSON.stringify(user.facts)));
    expect(abstract.size).toBe(2 * 4 * 2 * 2);
    expect(new Set(USERS.map((user) => user.snapshot.id)).size).toBe(USERS.length);
  });
});

describe('decide agrees with the oracle on every case', () => {
  const ruleOfRow = new Map<number, string>();
  const rowOfRule = new Map<string, number>();

  it('kind, trigger, checklist, user id and version', () => {
    let mismatches = 0;
    for (const { settings, user } of CASES) {
      const expected = oracleDecision(settings.facts, user.facts);
      const decision = decideCounted(settings.settings, user.snapshot);
      const actual: Record<string, unknown> = { kind: decision.kind };
      if ('trigger' in decision) actual.trigger = decision.trigger;
      if ('checklist' in decision) actual.checklist = decision.checklist;
      const wanted: Record<string, unknown> = { kind: expected.kind };
      if (expected.trigger !== undefined) wanted.trigger = expected.trigger;
      if (expected.checklist !== undefined) wanted.checklist = expected.checklist;
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
        mismatches += 1;
        expect.soft(actual, `${settings.label} ${user.label}`).toEqual(wanted);
      }
      expect(decision.userId).toBe(user.snapshot.id);
      expect(decision.policyVersion).toBe(POLICY_VERSION);
      const ruleSeen = ruleOfRow.get(expected.row);
      if (ruleSeen === undefined) ruleOfRow.set(expected.row, decision.rule);
      else expect(decision.rule, `row ${expected.row} is always the same rule id`).toBe(ruleSeen);
      const rowSeen = rowOfRule.get(decision.rule);
      if (rowSeen === undefined) rowOfRule.set(decision.rule, expected.row);
      else expect(rowSeen, `rule ${decision.rule} always stands for the same row`).toBe(expected.row);
    }
    expect(mismatches).toBe(0);
  });

  it('names each of the five rows with its own rule id', () => {
    expect([...ruleOfRow.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(ruleOfRow.values()).size).toBe(5);
  });

  it('gives plain-JSON decisions with exactly the documented fields and known reasons', () => {
    for (const { settings, user } of CASES) {
      const decision = decideCounted(settings.settings, user.snapshot);
      const fields = ['kind', 'userId', 'rule', 'reasons', 'policyVersion'];
      if (decision.kind === 'manual-required') fields.push('trigger', 'checklist');
      expect(Object.keys(decision).sort()).toEqual(fields.sort());
      expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
      expect(decision.reasons.length).toBeGreaterThan(0);
      expect(new Set(decision.reasons).size).toBe(decision.reasons.length);
      for (const reason of decision.reasons) expect(REASON_CODES).toContain(reason);
    }
  });

  it('ignores the follow-up history (lastEmailedAt, remindersSent)', () => {
    for (const { settings, user } of CASES) {
      expect(decideCounted(settings.settings, user.snapshot)).toEqual(
        decideCounted(settings.settings, { ...user.withoutHistory }),
      );
    }
  });
});

describe('the ten invariants of DOMAIN.md, over every case', () => {
  const paid = (user: EnumeratedUser) => user.facts.license === 'paid';
  const converting = (user: EnumeratedUser) => paid(user) && user.facts.previousLicense === 'free';

  it('1. totality: one decision per valid pair; a bad field gets an error naming it', () => {
    for (const { settings, user } of CASES) {
      expect(OUTCOME_KINDS).toContain(decideCounted(settings.settings, user.snapshot).kind);
      for (const corruption of FIELD_CORRUPTIONS) {
        const badSettings =
          corruption.target === 'settings' ? { ...settings.settings, [corruption.field]: corruption.value } : settings.settings;
        const badUser = corruption.target === 'user' ? { ...user.snapshot, [corruption.field]: corruption.value } : user.snapshot;
        counts.corruptions += 1;
        let thrown: unknown;
        try {
          decideCounted(badSettings, badUser);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${corruption.field}=${JSON.stringify(corruption.value)} ${user.label}`).toBeInstanceOf(PolicyInputError);
        const issues = (thrown as PolicyInputError).issues;
        expect(issues.map((issue) => issue.path)).toEqual([[corruption.field]]);
        expect(issues[0].message.length).toBeGreaterThan(0);
        expect((thrown as Error).message).toContain(corruption.field);
      }
    }
  });

  it('2. free is silent: a free user is skip-free under every setting and history', () => {
    let checked = 0;
    for (const { settings, user } of CASES) {
      if (user.facts.license !== 'free') continue;
      expect(decideCounted(settings.settings, user.snapshot).kind).toBe('skip-free');
      checked += 1;
    }
    expect(checked).toBe(CASES.length / 2);
  });

  it('3. a conversion is never suppressed', () => {
    let checked = 0;
    for (const { settings, user } of CASES) {
      if (!converting(user)) continue;
      expect(decideCounted(settings.settings, user.snapshot).kind).toBe('notify-conversion');
      checked += 1;
    }
    expect(checked).toBe(CASES.length / 8);
  });

  it('4. the setting reaches only suppressible users, and only between the kinds it can move', () => {
    const moves = new Set<string>();
    for (const meetings of [true, false, undefined]) {
      const withMeetings = meetings === undefined ? {} : { meetingsIncluded: meetings };
      for (const user of USERS) {
        const on = decideCounted({ ...withMeetings, autoSendActivationEmails: true }, user.snapshot);
        const off = decideCounted({ ...withMeetings, autoSendActivationEmails: false }, user.snapshot);
        const row = oracleDecision({ autoSend: true, meetings }, user.facts).row;
        if (!SUPPRESSIBLE_ROWS.includes(row)) {
          expect(off, user.label).toEqual(on);
          continue;
        }
        expect(on.kind).not.toBe(off.kind);
        expect(off.kind).toBe('manual-required');
        expect(['auto-send', 'reminder-eligible']).toContain(on.kind);
        moves.add(`${on.kind}->${off.kind}`);
      }
    }
    expect([...moves].sort()).toEqual(['auto-send->manual-required', 'reminder-eligible->manual-required']);
  });

  it('5. off means nothing automatic', () => {
    for (const { settings, user } of CASES) {
      if (settings.facts.autoSend !== false) continue;
      expect(['auto-send', 'reminder-eligible']).not.toContain(decideCounted(settings.settings, user.snapshot).kind);
    }
  });

  it('6. on (set or by default) means no manual work', () => {
    for (const { settings, user } of CASES) {
      if (settings.facts.autoSend === false) continue;
      expect(decideCounted(settings.settings, user.snapshot).kind).not.toBe('manual-required');
    }
  });

  it('7. the default is on: omitting the setting decides exactly like true', () => {
    for (const { settings, user } of CASES) {
      if (settings.facts.autoSend !== undefined) continue;
      expect(decideCounted(settings.settings, user.snapshot)).toEqual(
        decideCounted({ ...settings.settings, autoSendActivationEmails: true }, user.snapshot),
      );
    }
  });

  it('8. signing in ends onboarding for a paid user who is not converting', () => {
    let checked = 0;
    for (const { settings, user } of CASES) {
      if (!paid(user) || converting(user) || !user.facts.signedIn) continue;
      expect(decideCounted(settings.settings, user.snapshot).kind).toBe('no-action');
      checked += 1;
    }
    expect(checked).toBe((CASES.length * 3) / 16);
  });

  describe('9. purity', () => {
    it('same input, same output; in any order; inputs untouched; frozen inputs decide alike', () => {
      const first = CASES.map(({ settings, user }) => decideCounted(settings.settings, user.snapshot));
      const before = JSON.stringify(CASES);
      const reversed = [...CASES].reverse().map(({ settings, user }) => decideCounted(settings.settings, user.snapshot));
      expect(reversed.reverse()).toEqual(first);
      expect(JSON.stringify(CASES)).toBe(before);
      const frozen = CASES.map(({ settings, user }) =>
        decideCounted(deepFreeze(structuredClone(settings.settings)), deepFreeze(structuredClone(user.snapshot))),
      );
      expect(frozen).toEqual(first);
    });

    it('reads no clock and no randomness', () => {
      const expected = CASES.map(({ settings, user }) => decideCounted(settings.settings, user.snapshot));
      const forbidden = (what: string) => () => {
        throw new Error(`decide read ${what}`);
      };
      const RealDate = globalThis.Date;
      const spies = [
        vi.spyOn(Date, 'now').mockImplementation(forbidden('Date.now')),
        vi.spyOn(Math, 'random').mockImplementation(forbidden('Math.random')),
        vi.spyOn(performance, 'now').mockImplementation(forbidden('performance.now')),
        vi.spyOn(crypto, 'getRandomValues').mockImplementation(forbidden('crypto.getRandomValues')),
      ];
      // `new Date()` with no argument reads the clock; with an argument it does not.
      globalThis.Date = new Proxy(RealDate, {
        construct(target, args, newTarget) {
          if (args.length === 0) forbidden('new Date()')();
          return Reflect.construct(target, args, newTarget) as object;
        },
      });
      try {
        const observed = CASES.map(({ settings, user }) => decideCounted(settings.settings, user.snapshot));
        expect(observed).toEqual(expected);
      } finally {
        globalThis.Date = RealDate;
        for (const spy of spies) spy.mockRestore();
      }
      vi.useFakeTimers();
      try {
        for (const when of ['1999-12-31T23:59:59Z', '2038-01-19T03:14:08Z']) {
          vi.setSystemTime(new Date(when));
          expect(CASES.map(({ settings, user }) => decideCounted(settings.settings, user.snapshot))).toEqual(expected);
        }
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('10. a batch is the sum of its singles', () => {
    // Every user of the enumeration, with a corrupted copy after every seventh one.
    const corrupted = (index: number) => {
      const corruption = FIELD_CORRUPTIONS.filter((candidate) => candidate.target === 'user')[index % 7]!;
      return { ...USERS[index]!.snapshot, id: `bad-${index}`, [corruption.field]: corruption.value };
    };
    const batch: unknown[] = [];
    const badIndexes: number[] = [];
    USERS.forEach((user, index) => {
      batch.push(user.snapshot);
      if (index % 7 === 6) {
        badIndexes.push(batch.length);
        batch.push(corrupted(index));
      }
    });

    it.each(SETTINGS.map((settings) => [settings.label, settings] as const))('planActivation, %s', (_label, settings) => {
      const plan = planActivation(settings.settings, batch);
      counts.batchItems += batch.length;
      expect(plan.decisions.length + plan.invalid.length).toBe(batch.length);
      expect(plan.invalid.map((item) => item.index)).toEqual(badIndexes);
      expect(plan.decisions).toEqual(USERS.map((user) => decideCounted(settings.settings, user.snapshot)));
      for (const kind of OUTCOME_KINDS) {
        expect(plan.byKind[kind]).toEqual(plan.decisions.filter((d) => d.kind === kind).map((d) => d.userId));
      }
    });

    it.each(SETTINGS.map((settings) => [settings.label, settings] as const))('decideEach, %s', (_label, settings) => {
      const items = [...decideEach(settings.settings, batch)];
      counts.batchItems += batch.length;
      expect(items.map((item) => item.index)).toEqual(batch.map((_, index) => index));
      items.forEach((item, index) => {
        if (badIndexes.includes(index)) {
          expect(item.ok).toBe(false);
          return;
        }
        expect(item.ok).toBe(true);
        if (item.ok) expect(item.decision).toEqual(decideCounted(settings.settings, batch[index]));
      });
    });
  });
});
