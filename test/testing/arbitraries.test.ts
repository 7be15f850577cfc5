// Each arbitrary of the testing kit makes only what it claims, and all of it: thousands of draws
// are checked against the package's own parsers and `decide`, and the shapes each one promises
// are counted, so that a generator that silently stopped drawing a case fails here.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  decide,
  OUTCOME_KINDS,
  parseInstant,
  parseOrgSettings,
  parseUserSnapshot,
  planActivation,
  PolicyInputError,
  RULES,
  type Issue,
  type OutcomeKind,
  type RuleId,
  type UserSnapshot,
} from '../../src';
import {
  arbDecisionInput,
  arbInstant,
  arbInvalidUserSnapshot,
  arbOrgSettings,
  arbUserId,
  arbUserSnapshot,
  type SnapshotFlaw,
} from '../../src/testing';
import { USER_SNAPSHOT_FIELDS } from '../../src/input/fields';

const SEED = 20_260_501;
const runs = (numRuns: number) => ({ numRuns, seed: SEED });

/** `absent`, `null` or `value`, for counting how an optional field was drawn. */
function presence(record: object, key: string): 'absent' | 'null' | 'value' {
  if (!Object.prototype.hasOwnProperty.call(record, key)) return 'absent';
  return (record as Record<string, unknown>)[key] === null ? 'null' : 'value';
}

function tally<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

describe('arbUserSnapshot', () => {
  it('makes only snapshots that parseUserSnapshot accepts unchanged, with every optional field present, null and absent', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(arbUserSnapshot(), (user) => {
        const parsed = parseUserSnapshot(user);
        if (!parsed.ok || !isDeepStrictEqual(parsed.value, user)) return false;
        for (const key of ['previousLicense', 'invitedAt', 'lastEmailedAt']) tally(seen, `${key}:${presence(user, key)}`);
        tally(seen, `remindersSent:${presence(user, 'remindersSent')}`);
        tally(seen, `license:${user.license}`);
        tally(seen, `hasSignedIn:${user.hasSignedIn}`);
        if (typeof user.lastEmailedAt === 'string') {
          const gap = parseInstant(user.lastEmailedAt)! - parseInstant(user.invitedAt!)!;
          tally(seen, gap === 0 ? 'lastEmailedAt:same-instant' : 'lastEmailedAt:later');
        }
        return true;
      }),
      runs(4000),
    );
    const expected = [
      ...['previousLicense', 'invitedAt', 'lastEmailedAt'].flatMap((key) => [`${key}:absent`, `${key}:null`, `${key}:value`]),
      'remindersSent:absent',
      'remindersSent:value',
      'license:free',
      'license:paid',
      'hasSignedIn:true',
      'hasSignedIn:false',
      'lastEmailedAt:same-instant',
      'lastEmailedAt:later',
    ];
    for (const shape of expected) expect(seen.get(shape) ?? 0, shape).toBeGreaterThan(20);
    expect(seen.has('remindersSent:null')).toBe(false);
  });

  it('gives batches with distinct ids, as the README draws them, that plan with nothing invalid', () => {
    fc.assert(
      fc.property(arbOrgSettings(), fc.uniqueArray(arbUserSnapshot(), { selector: (user) => user.id, maxLength: 20 }), (settings, users) => {
        const plan = planActivation(settings, users);
        return plan.invalid.length === 0 && plan.decisions.length === users.length;
      }),
      runs(300),
    );
  });

  it('draws remindersSent from 0 up to the largest safe integer', () => {
    const counts = fc.sample(arbUserSnapshot(), runs(2000)).flatMap((user) =>
      user.remindersSent === undefined ? [] : [user.remindersSent],
    );
    expect(counts).toContain(0);
    expect(counts.some((count) => count > 2 ** 32)).toBe(true);
    expect(counts.every((count) => Number.isSafeInteger(count) && count >= 0 && !Object.is(count, -0))).toBe(true);
  });
});

describe('arbUserId', () => {
  it('makes non-empty ids of many shapes', () => {
    const ids = fc.sample(arbUserId(), runs(3000));
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    const shapes = {
      ascii: ids.filter((id) => /^[\x21-\x7e]+$/.test(id)).length,
      uuid: ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(id)).length,
      email: ids.filter((id) => /^[^@\s]+@[^@\s]+$/.test(id)).length,
      spaces: ids.filter((id) => /\s/.test(id)).length,
      onlySpaces: ids.filter((id) => id.trim() === '').length,
      astral: ids.filter((id) => /[\u{10000}-\u{10ffff}]/u.test(id)).length,
      nonLatin: ids.filter((id) => /[^\u0000-\u024f]/u.test(id)).length,
      long: ids.filter((id) => id.length >= 1000).length,
      objectKeys: ids.filter((id) => id === '__proto__' || id in Object.prototype).length,
    };
    for (const [shape, count] of Object.entries(shapes)) expect(count, shape).toBeGreaterThan(10);
    // Well-formed UTF-16 only: no lone surrogates, so every id survives JSON and TextEncoder.
    expect(ids.every((id) => !/[\ud800-\udfff]/u.test(id))).toBe(true);
  });
});

describe('arbInstant', () => {
  it('makes real instants with every offset form, 0 to 9 fraction digits and the calendar edges', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(arbInstant(), (at) => {
        if (parseInstant(at) === null) return false;
        const [, year, month, day, fraction, offset] = /^(\d{4})-(\d\d)-(\d\d)T\d\d:\d\d:\d\d(?:\.(\d+))?(.*)$/.exec(at)!;
        tally(seen, `fraction:${fraction?.length ?? 0}`);
        tally(seen, offset === 'Z' ? 'offset:Z' : offset!.startsWith('-') ? 'offset:minus' : 'offset:plus');
        if (month === '02' && day === '29') tally(seen, 'leap-day');
        if (day === '31') tally(seen, 'day-31');
        if (month === '04' && day === '30') tally(seen, 'april-30');
        if (Number(year) < 1970) tally(seen, 'before-1970');
        if (Number(year) > 2100) tally(seen, 'after-2100');
        return true;
      }),
      runs(6000),
    );
    for (let digits = 0; digits <= 9; digits += 1) expect(seen.get(`fraction:${digits}`) ?? 0, `${digits} digits`).toBeGreaterThan(0);
    for (const shape of ['offset:Z', 'offset:plus', 'offset:minus', 'leap-day', 'day-31', 'april-30', 'before-1970', 'after-2100']) {
      expect(seen.get(shape) ?? 0, shape).toBeGreaterThan(2);
    }
  });
});

describe('arbOrgSettings', () => {
  it('makes only valid settings, each field true, false or left out, never an unknown key', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbOrgSettings(), (settings) => {
        seen.add(JSON.stringify([settings.autoSendActivationEmails ?? 'absent', settings.meetingsIncluded ?? 'absent']));
        // parseOrgSettings already refuses unknown keys; the key check says which one.
        return parseOrgSettings(settings).ok && Object.keys(settings).every((key) => key === 'autoSendActivationEmails' || key === 'meetingsIncluded');
      }),
      runs(1000),
    );
    expect(seen.size).toBe(9);
  });
});

// The rows of the DOMAIN table that give each kind, written out rather than read from RULES, so
// that a change to the table and to the generator at once cannot go unnoticed.
const ROWS_OF_KIND: Record<OutcomeKind, readonly RuleId[]> = {
  'skip-free': ['free-license'],
  'notify-conversion': ['free-to-paid-conversion'],
  'no-action': ['already-signed-in'],
  'auto-send': ['new-user'],
  'reminder-eligible': ['inactive-user'],
  'manual-required': ['new-user', 'inactive-user'],
};

/** How the auto-send setting was given: `true`, `false` or left out. */
const autoSendOf = (settings: { autoSendActivationEmails?: boolean }) =>
  String(settings.autoSendActivationEmails ?? 'absent');

describe('arbDecisionInput(kind)', () => {
  it('agrees with RULES on which rows yield each kind', () => {
    for (const kind of OUTCOME_KINDS) {
      const rows = RULES.filter((row) => row.autoSendOn === kind || row.autoSendOff === kind).map((row) => row.id);
      expect(rows, kind).toEqual(ROWS_OF_KIND[kind]);
    }
  });

  it.each(OUTCOME_KINDS)('lands every draw on %s and hits every row that yields it', (kind) => {
    const rows = new Map<RuleId, number>();
    const settingsSeen = new Set<string>();
    fc.assert(
      fc.property(arbDecisionInput(kind), ({ settings, user }) => {
        const parsed = parseUserSnapshot(user);
        if (!parseOrgSettings(settings).ok || !parsed.ok || !isDeepStrictEqual(parsed.value, user)) return false;
        const decision = decide(settings, user);
        tally(rows, decision.rule);
        settingsSeen.add(`${decision.rule}:${autoSendOf(settings)}`);
        return decision.kind === kind;
      }),
      runs(1500),
    );
    expect([...rows.keys()].sort()).toEqual([...ROWS_OF_KIND[kind]].sort());
    // Each row gets a fair share of the draws, not a trickle.
    for (const row of ROWS_OF_KIND[kind]) expect(rows.get(row)!).toBeGreaterThan(300);
    // The setting takes every value that still gives this kind: true or left out for automatic
    // outcomes, false only for manual ones, all three where the setting does not matter.
    const expectedSettings = ROWS_OF_KIND[kind].flatMap((row) => {
      const rule = RULES.find((r) => r.id === row)!;
      const values = rule.autoSendOn === rule.autoSendOff ? ['true', 'false', 'absent'] : kind === 'manual-required' ? ['false'] : ['true', 'absent'];
      return values.map((value) => `${row}:${value}`);
    });
    expect([...settingsSeen].sort()).toEqual(expectedSettings.sort());
  });

  it('makes every kind and every row when no kind is asked', () => {
    const kinds = new Set<string>();
    const rows = new Set<string>();
    fc.assert(
      fc.property(arbDecisionInput(), ({ settings, user }) => {
        const decision = decide(settings, user);
        kinds.add(decision.kind);
        rows.add(decision.rule);
      }),
      runs(1000),
    );
    expect([...kinds].sort()).toEqual([...OUTCOME_KINDS].sort());
    expect([...rows].sort()).toEqual(RULES.map((row) => row.id).sort());
  });

  it('narrows to one rule row, alone or with a kind', () => {
    for (const row of RULES) {
      for (const input of fc.sample(arbDecisionInput({ rule: row.id }), runs(200))) {
        expect(decide(input.settings, input.user).rule).toBe(row.id);
      }
    }
    for (const input of fc.sample(arbDecisionInput({ kind: 'manual-required', rule: 'inactive-user' }), runs(300))) {
      expect(decide(input.settings, input.user)).toMatchObject({ kind: 'manual-required', trigger: 'inactive-user' });
    }
  });

  /** The issues `arbDecisionInput(argument)` throws, as the PolicyInputError every bad argument gets. */
  function refusal(argument: unknown): readonly Issue[] {
    try {
      arbDecisionInput(argument as OutcomeKind);
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).message).toMatch(/^Invalid arbDecisionInput\(\) argument: /);
      return (error as PolicyInputError).issues;
    }
    throw new Error(`arbDecisionInput accepted ${String(argument)}`);
  }

  it('refuses a kind no row yields with the PolicyInputError every bad argument gets', () => {
    const kinds = 'auto-send, skip-free, notify-conversion, manual-required, reminder-eligible, no-action';
    expect(refusal('bogus')).toEqual([
      { path: [], message: `must be an outcome kind some rule yields: ${kinds} (received "bogus")` },
    ]);
    expect(refusal({ kind: 'sometimes' })).toEqual([
      { path: ['kind'], message: `must be an outcome kind some rule yields: ${kinds} (received "sometimes")` },
    ]);
    expect(refusal({ kind: 3 })[0]!.message).toMatch(/\(received 3\)$/);
  });

  it('refuses an unknown rule, an unknown option and a rule that never yields the kind, naming each', () => {
    const ids = RULES.map((row) => row.id).join(', ');
    expect(refusal({ rule: 'no-such-rule' as RuleId })).toEqual([
      { path: ['rule'], message: `must be the id of a row of RULES: ${ids} (received "no-such-rule")` },
    ]);
    expect(refusal({ kind: 'bogus', rule: 'nope', kinds: 'auto-send' }).map((issue) => issue.path)).toEqual([
      ['kinds'],
      ['kind'],
      ['rule'],
    ]);
    expect(refusal({ kinds: 'auto-send' })[0]!.message).toBe('is not an option; the options are kind, rule');
    expect(refusal({ kind: 'auto-send', rule: 'free-license' })).toEqual([
      { path: [], message: 'the rule "free-license" never yields the kind "auto-send"' },
    ]);
  });

  it('refuses an argument that is neither a kind nor options, and options that cannot be read', () => {
    for (const [argument, received] of [[null, 'null'], [42, '42'], [['auto-send'], 'an array'], [() => 'auto-send', 'a function']] as const) {
      expect(refusal(argument)).toEqual([
        { path: [], message: `must be an outcome kind, an options object ({ kind, rule }) or left out (received ${received})` },
      ]);
    }
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(refusal(hostile)).toEqual([{ path: [], message: 'options could not be read (reading them threw an error)' }]);
  });

  it('accepts a kind alone, options with either part, and nothing at all', () => {
    for (const argument of [undefined, {}, 'no-action', { kind: 'no-action' }, { rule: 'new-user' }, { kind: undefined, rule: undefined }]) {
      expect(fc.sample(arbDecisionInput(argument as OutcomeKind), runs(5))).toHaveLength(5);
    }
  });
});

// Every flaw, so that the count below fails when a new one is added but never drawn.
const FLAW_PATHS = {
  'not-an-object': [''],
  missing: ['id', 'license', 'hasSignedIn'],
  'wrong-type': ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent', 'email'],
  'empty-id': ['id'],
  'wrong-case': ['license', 'previousLicense'],
  'unknown-license': ['license', 'previousLicense'],
  'number-for-boolean': ['hasSignedIn'],
  'string-for-boolean': ['hasSignedIn'],
  'date-only': ['invitedAt', 'lastEmailedAt'],
  'impossible-date': ['invitedAt', 'lastEmailedAt'],
  'malformed-instant': ['invitedAt', 'lastEmailedAt'],
  'without-invited-at': ['lastEmailedAt'],
  'before-invited-at': ['lastEmailedAt'],
  negative: ['remindersSent'],
  fractional: ['remindersSent'],
  'not-finite': ['remindersSent'],
  'unsafe-integer': ['remindersSent'],
  'not-an-email-address': ['email'],
} as const satisfies Record<SnapshotFlaw, readonly (keyof UserSnapshot | '')[]>;

describe('arbInvalidUserSnapshot', () => {
  it('makes only inputs parseUserSnapshot rejects with one issue, on exactly the path it gives', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbInvalidUserSnapshot(), ({ value, path, flaw }) => {
        const result = parseUserSnapshot(value);
        seen.add(`${flaw}@${path.join('.')}`);
        return !result.ok && result.issues.length === 1 && isDeepStrictEqual(result.issues[0].path, path);
      }),
      runs(4000),
    );
    const expected = Object.entries(FLAW_PATHS).flatMap(([flaw, paths]) => paths.map((path) => `${flaw}@${path}`));
    expect([...seen].sort()).toEqual(expected.sort());
  });

  it('breaks every field of the snapshot field table: a required one left out, one that may not be null set to null', () => {
    const draws = fc.sample(arbInvalidUserSnapshot(), runs(4000));
    const broken = (key: string, test: (value: Record<string, unknown>) => boolean) =>
      draws.some(({ value, path }) => path[0] === key && test(value as Record<string, unknown>));
    for (const field of USER_SNAPSHOT_FIELDS) {
      expect(broken(field.key, () => true), field.key).toBe(true);
      expect(broken(field.key, (value) => !(field.key in value)), `${field.key} left out`).toBe('required' in field);
      expect(broken(field.key, (value) => value[field.key] === null), `${field.key} null`).toBe(!('nullable' in field));
    }
  });

  it('breaks a valid snapshot in one field only: putting that field back makes it valid', () => {
    fc.assert(
      fc.property(arbInvalidUserSnapshot(), ({ value, path, flaw }) => {
        if (path.length === 0 || flaw === 'before-invited-at' || flaw === 'without-invited-at') return true;
        const repaired: Record<string, unknown> = { ...(value as object) };
        const field = path[0] as string;
        if (field === 'id' || field === 'license' || field === 'hasSignedIn') {
          repaired[field] = field === 'id' ? 'u1' : field === 'license' ? 'paid' : false;
        } else if (field === 'invitedAt' && typeof repaired['lastEmailedAt'] === 'string') {
          repaired[field] = repaired['lastEmailedAt'];
        } else {
          delete repaired[field];
        }
        return parseUserSnapshot(repaired).ok;
      }),
      runs(2000),
    );
  });

  it('includes the look-alikes a hand-written test forgets', () => {
    const values = fc.sample(arbInvalidUserSnapshot(), runs(3000)).map(({ value, path }) =>
      path.length === 0 ? undefined : (value as Record<string, unknown>)[path[0] as string],
    );
    for (const lookAlike of ['Paid', 'FREE', 'false', 0, 1, '']) expect(values, String(lookAlike)).toContain(lookAlike);
    expect(values.some((value) => value instanceof Date)).toBe(true);
    expect(values.some((value) => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value))).toBe(true);
    expect(values.some((value) => typeof value === 'string' && /^\d{4}-02-3[01]T/.test(value))).toBe(true);
    expect(values.some((value) => Number.isNaN(value))).toBe(true);
  });
});
