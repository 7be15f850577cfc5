// The whole abstract input space, checked case by case: `decide` against the independent oracle
// of ./oracle.ts, then each of DOMAIN.md's ten invariants over the same cases.
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
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

/**
 * The rule id decide names for each DOMAIN.md row, and the row of each rule id, over every
 * case, with a failure for each case that contradicts an earlier one. Computed afresh by each
 * test that needs it, so that any test passes when it runs alone.
 */
function rulesAndRows(): { ruleOfRow: Map<number, string>; rowOfRule: Map<string, number>; failures: string[] } {
  const ruleOfRow = new Map<number, string>();
  const rowOfRule = new Map<string, number>();
  const failures: string[] = [];
  for (const { settings, user } of CASES) {
    const row = oracleDecision(settings.facts, user.facts).row;
    const { rule } = decideCounted(settings.settings, user.snapshot);
    const where = `${settings.label} ${user.label}`;
    const ruleSeen = ruleOfRow.get(row);
    if (ruleSeen === undefined) ruleOfRow.set(row, rule);
    else if (rule !== ruleSeen) failures.push(`${where}: row ${row} is ${rule}, elsewhere ${ruleSeen}`);
    const rowSeen = rowOfRule.get(rule);
    if (rowSeen === undefined) rowOfRule.set(rule, row);
    else if (rowSeen !== row) failures.push(`${where}: rule ${rule} stands for rows ${rowSeen} and ${row}`);
  }
  return { ruleOfRow, rowOfRule, failures };
}

describe('decide agrees with the oracle on every case', () => {
  it('kind, trigger, checklist, user id and version', () => {
    const failures: string[] = [];
    for (const { settings, user } of CASES) {
      const expected = oracleDecision(settings.facts, user.facts);
      const decision = decideCounted(settings.settings, user.snapshot);
      const where = `${settings.label} ${user.label}`;
      const actual = {
        kind: decision.kind,
        trigger: 'trigger' in decision ? decision.trigger : undefined,
        checklist: 'checklist' in decision ? decision.checklist.join() : undefined,
      };
      const wanted = { kind: expected.kind, trigger: expected.trigger, checklist: expected.checklist?.join() };
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
        failures.push(`${where}: got ${JSON.stringify(actual)}, the oracle says ${JSON.stringify(wanted)}`);
      }
      if (decision.userId !== user.snapshot.id) failures.push(`${where}: userId ${decision.userId}`);
      if (decision.policyVersion !== POLICY_VERSION) failures.push(`${where}: policyVersion ${decision.policyVersion}`);
    }
    expect(failures).toEqual([]);
  });

  it('names each of the five rows with its own rule id, the same in every case of the row', () => {
    const { ruleOfRow, rowOfRule, failures } = rulesAndRows();
    expect(failures).toEqual([]);
    expect([...ruleOfRow.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(ruleOfRow.values()).size).toBe(5);
    expect([...rowOfRule.values()].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives plain-JSON decisions with exactly the documented fields and known reasons', () => {
    const failures: string[] = [];
    for (const { settings, user } of CASES) {
      const decision = decideCounted(settings.settings, user.snapshot);
      const where = `${settings.label} ${user.label}`;
      const fields = ['kind', 'userId', 'rule', 'reasons', 'policyVersion'];
      if (decision.kind === 'manual-required') fields.push('trigger', 'checklist');
      if (Object.keys(decision).sort().join() !== fields.sort().join()) failures.push(`${where}: fields ${Object.keys(decision).join()}`);
      const json = JSON.stringify(decision);
      if (JSON.stringify(JSON.parse(json)) !== json) failures.push(`${where}: not plain JSON`);
      const { reasons } = decision;
      if (reasons.length === 0 || new Set(reasons).size !== reasons.length) failures.push(`${where}: reasons ${reasons.join()}`);
      for (const reason of reasons) {
        if (!(REASON_CODES as readonly string[]).includes(reason)) failures.push(`${where}: unknown reason ${reason}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('ignores the follow-up history (lastEmailedAt, remindersSent)', () => {
    const failures = CASES.filter(
      ({ settings, user }) =>
        JSON.stringify(decideCounted(settings.settings, user.snapshot)) !==
        JSON.stringify(decideCounted(settings.settings, { ...user.withoutHistory })),
    );
    expect(failures.map(({ settings, user }) => `${settings.label} ${user.label}`)).toEqual([]);
  });
});

describe('the ten invariants of DOMAIN.md, over every case', () => {
  const paid = (user: EnumeratedUser) => user.facts.license === 'paid';
  const converting = (user: EnumeratedUser) => paid(user) && user.facts.previousLicense === 'free';

  it('1. totality: one decision per valid pair; a bad field gets an error naming it', () => {
    const failures: string[] = [];
    // Tens of thousands of errors: skip their stack traces, which this test never reads.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    onTestFinished(() => {
      Error.stackTraceLimit = stackTraceLimit;
    });
    for (const { settings, user } of CASES) {
      const kind = decideCounted(settings.settings, user.snapshot).kind;
      if (!(OUTCOME_KINDS as readonly string[]).includes(kind)) failures.push(`${user.label}: unknown kind ${kind}`);
      for (const corruption of FIELD_CORRUPTIONS) {
        const badSettings =
          corruption.target === 'settings' ? { ...settings.settings, [corruption.field]: corruption.value } : settings.settings;
        const badUser = corruption.target === 'user' ? { ...user.snapshot, [corruption.field]: corruption.value } : user.snapshot;
        counts.corruptions += 1;
        const where = `${corruption.field}=${JSON.stringify(corruption.value)} ${settings.label} ${user.label}`;
        let thrown: unknown;
        try {
          decideCounted(badSettings, badUser);
        } catch (error) {
          thrown = error;
        }
        if (!(thrown instanceof PolicyInputError)) {
          failures.push(`${where}: no PolicyInputError`);
          continue;
        }
        const { issues, message } = thrown;
        if (issues.length !== 1 || issues[0].path.length !== 1 || issues[0].path[0] !== corruption.field) {
          failures.push(`${where}: issues at ${JSON.stringify(issues.map((issue) => issue.path))}`);
        }
        if (issues[0].message.length === 0 || !message.includes(corruption.field)) failures.push(`${where}: unclear message`);
      }
    }
    expect(failures).toEqual([]);
  });

  /** The cases where `holds` is false, by label; checks that `applies` picked `expected` cases. */
  function violations(
    applies: (testCase: (typeof CASES)[number]) => boolean,
    holds: (decision: Decision, testCase: (typeof CASES)[number]) => boolean,
    expected: number,
  ): string[] {
    const picked = CASES.filter(applies);
    const failures = picked
      .filter((testCase) => !holds(decideCounted(testCase.settings.settings, testCase.user.snapshot), testCase))
      .map(({ settings, user }) => `${settings.label} ${user.label}`);
    if (picked.length !== expected) failures.push(`${picked.length} cases, expected ${expected}`);
    return failures;
  }

  it('2. free is silent: a free user is skip-free under every setting and history', () => {
    expect(violations(({ user }) => user.facts.license === 'free', (d) => d.kind === 'skip-free', CASES.length / 2)).toEqual([]);
  });

  it('3. a conversion is never suppressed', () => {
    expect(violations(({ user }) => converting(user), (d) => d.kind === 'notify-conversion', CASES.length / 8)).toEqual([]);
  });

  it('4. the setting reaches only suppressible users, and only between the kinds it can move', () => {
    const moves = new Set<string>();
    const failures: string[] = [];
    for (const meetings of [true, false, undefined]) {
      const withMeetings = meetings === undefined ? {} : { meetingsIncluded: meetings };
      for (const user of USERS) {
        const on = decideCounted({ ...withMeetings, autoSendActivationEmails: true }, user.snapshot);
        const off = decideCounted({ ...withMeetings, autoSendActivationEmails: false }, user.snapshot);
        const row = oracleDecision({ autoSend: true, meetings }, user.facts).row;
        if (!SUPPRESSIBLE_ROWS.includes(row)) {
          if (JSON.stringify(off) !== JSON.stringify(on)) failures.push(`row ${row} moved: ${user.label}`);
          continue;
        }
        moves.add(`${on.kind}->${off.kind}`);
      }
    }
    expect(failures).toEqual([]);
    // Rows 4 and 5 always move, and only these two ways.
    expect([...moves].sort()).toEqual(['auto-send->manual-required', 'reminder-eligible->manual-required']);
  });

  it('5. off means nothing automatic', () => {
    const automatic = ['auto-send', 'reminder-eligible'];
    expect(
      violations(({ settings }) => settings.facts.autoSend === false, (d) => !automatic.includes(d.kind), CASES.length / 3),
    ).toEqual([]);
  });

  it('6. on (set or by default) means no manual work', () => {
    expect(
      violations(({ settings }) => settings.facts.autoSend !== false, (d) => d.kind !== 'manual-required', (CASES.length * 2) / 3),
    ).toEqual([]);
  });

  it('7. the default is on: omitting the setting decides exactly like true', () => {
    expect(
      violations(
        ({ settings }) => settings.facts.autoSend === undefined,
        (d, { settings, user }) =>
          JSON.stringify(d) ===
          JSON.stringify(decideCounted({ ...settings.settings, autoSendActivationEmails: true }, user.snapshot)),
        CASES.length / 3,
      ),
    ).toEqual([]);
  });

  it('8. signing in ends onboarding for a paid user who is not converting', () => {
    expect(
      violations(
        ({ user }) => paid(user) && !converting(user) && user.facts.signedIn,
        (d) => d.kind === 'no-action',
        (CASES.length * 3) / 16,
      ),
    ).toEqual([]);
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
      expect(items.filter((item) => !item.ok).map((item) => item.index)).toEqual(badIndexes);
      expect(items.flatMap((item) => (item.ok ? [item.decision] : []))).toEqual(
        USERS.map((user) => decideCounted(settings.settings, user.snapshot)),
      );
    });
  });
});
