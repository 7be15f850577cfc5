import * as fc from 'fast-check';
import {
  parseInstant,
  RULES,
  type License,
  type OrgSettings,
  type OutcomeKind,
  type RuleId,
  type UserSnapshot,
} from '../index';
import { arbInstantParts, formatInstant, SHRINK_TO_FIRST } from './instants';

// Only the kit's public surface of the main entry is imported (through '../index'), so that the
// built kit can load the main entry's own files instead of carrying a second copy of them.

/**
 * Settings and a user, as `decide(settings, user)` takes them.
 *
 * @example
 * const input: DecisionInput = { settings: {}, user: { id: 'u1', license: 'paid', hasSignedIn: false } };
 * decide(input.settings, input.user).kind
 * //=> 'auto-send'
 */
export interface DecisionInput {
  /** The org's settings, as `decide` takes them (fields may be left out). */
  readonly settings: OrgSettings;
  /** The user's snapshot, already in parsed form. */
  readonly user: UserSnapshot;
}

/**
 * What {@link arbDecisionInput} may be asked for: an outcome kind, a rule row, or both.
 *
 * @example
 * const options: DecisionInputOptions = { kind: 'manual-required', rule: 'inactive-user' };
 */
export interface DecisionInputOptions {
  /** Only inputs that `decide` gives this kind. */
  readonly kind?: OutcomeKind;
  /** Only inputs decided by this row of `RULES`. */
  readonly rule?: RuleId;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A field left out of the object altogether (not `undefined`: parsed values never hold that). */
const ABSENT: unique symbol = Symbol('absent');
type Absent = typeof ABSENT;

function withoutAbsent<T extends object>(fields: { [K in keyof T]: T[K] | Absent }): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== ABSENT) out[key] = value;
  return out as T;
}

/** The field is absent, `null`, or a value. Absent first: that is where shrinking goes. */
function absentNullOr<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | Absent> {
  return fc.oneof(SHRINK_TO_FIRST, fc.constant(ABSENT), fc.constant(null), arb);
}

/**
 * Real instants in every form `parseUserSnapshot` accepts: years 0000 to 9999, leap days and
 * the last day of each month, times from 00:00:00 to 23:59:59, no fraction of a second or 1 to
 * 9 digits of one, and `Z` or an offset from -23:59 to +23:59.
 *
 * @example
 * fc.sample(arbInstant(), { seed: 1, numRuns: 100 }).every((at) => parseInstant(at) !== null)
 * //=> true
 */
export function arbInstant(): fc.Arbitrary<string> {
  return arbInstantParts().map(formatInstant);
}

// Code points from every plane, surrogates excluded so that every id is well-formed UTF-16.
const arbCodePoint = fc.oneof(
  SHRINK_TO_FIRST,
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0xa0, max: 0xd7ff }),
  fc.integer({ min: 0xe000, max: 0xfffd }),
  fc.integer({ min: 0x1_0000, max: 0x10_ffff }),
);

function arbTextOf(codePoints: fc.Arbitrary<number>, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(codePoints, { minLength, maxLength })
    .map((points) => String.fromCodePoint(...points));
}

/**
 * Non-empty ids of many shapes: short ASCII keys, UUIDs, email addresses, Webex-style base64
 * person ids, text with spaces (leading, trailing, only spaces), any Unicode (emoji and other
 * astral characters included), very long ids (up to 5,000 characters), and names that trip code
 * using a plain object as a map (`__proto__`, `constructor`, `toString`, `0`).
 *
 * @example
 * const ids = fc.sample(arbUserId(), { seed: 5, numRuns: 500 });
 * ids.every((id) => typeof id === 'string' && id.length > 0)
 * //=> true
 * ids.some((id) => id.length >= 1000)
 * //=> true
 */
export function arbUserId(): fc.Arbitrary<string> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.integer({ min: 1, max: 99_999 }).map((n) => `u-${n}`),
    fc.uuid(),
    fc.emailAddress(),
    fc.uuid().map((uuid) => base64(`ciscospark://us/PEOPLE/${uuid}`)),
    arbTextOf(fc.constantFrom(0x20, 0x61, 0x62, 0x09, 0xa0, 0x3000), 1, 12),
    arbTextOf(arbCodePoint, 1, 40),
    fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'prototype',
      '0',
      '-1',
      'NaN',
      'null',
      'undefined',
    ),
    // Long ids repeat a short piece: drawing thousands of characters one by one is slow.
    fc
      .tuple(arbTextOf(fc.integer({ min: 0x21, max: 0x7e }), 1, 8), fc.integer({ min: 1_000, max: 5_000 }))
      .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length)),
  );
}

// btoa is in browsers and Node 16+, but not in the DOM-less type libraries some users compile with.
function base64(text: string): string {
  return (globalThis as unknown as { btoa(data: string): string }).btoa(text);
}

const arbLicense: fc.Arbitrary<License> = fc.constantFrom('paid', 'free');

// An email history: never emailed (both instants absent or null), or emailed with
// `lastEmailedAt` absent, null, or not before `invitedAt`.
function arbNeverEmailed(): fc.Arbitrary<{ invitedAt: null | Absent; lastEmailedAt: null | Absent }> {
  return fc.record({
    invitedAt: fc.constantFrom<null | Absent>(ABSENT, null),
    lastEmailedAt: fc.constantFrom<null | Absent>(ABSENT, null),
  });
}

const SAME: unique symbol = Symbol('same');

function arbEmailed(): fc.Arbitrary<{ invitedAt: string; lastEmailedAt: string | null | Absent }> {
  // The last email is drawn apart from the first, so it shrinks away on its own: left out,
  // null, the first email again (a user emailed once), or another instant. Of two instants the
  // earlier is the first email: ordering rather than filtering keeps every draw.
  return fc
    .record({
      first: arbInstant(),
      last: fc.oneof(SHRINK_TO_FIRST, fc.constantFrom<Absent | null | typeof SAME>(ABSENT, null, SAME), arbInstant()),
    })
    .map(({ first, last }) => {
      if (last === SAME) return { invitedAt: first, lastEmailedAt: first };
      if (typeof last !== 'string' || parseInstant(first)! <= parseInstant(last)!) {
        return { invitedAt: first, lastEmailedAt: last };
      }
      return { invitedAt: last, lastEmailedAt: first };
    });
}

const arbRemindersSent = fc.oneof(
  SHRINK_TO_FIRST,
  fc.constant<number | Absent>(ABSENT),
  fc.nat({ max: 12 }),
  fc.maxSafeNat(),
);

interface SnapshotParts {
  readonly license: fc.Arbitrary<License>;
  readonly previousLicense: fc.Arbitrary<License | null | Absent>;
  readonly hasSignedIn: fc.Arbitrary<boolean>;
  readonly history: fc.Arbitrary<{ invitedAt: string | null | Absent; lastEmailedAt: string | null | Absent }>;
}

function arbSnapshotOf(parts: SnapshotParts): fc.Arbitrary<UserSnapshot> {
  return fc
    .record({
      id: arbUserId(),
      license: parts.license,
      previousLicense: parts.previousLicense,
      hasSignedIn: parts.hasSignedIn,
      history: parts.history,
      remindersSent: arbRemindersSent,
    })
    .map(({ id, license, previousLicense, hasSignedIn, history, remindersSent }) =>
      withoutAbsent<UserSnapshot>({
        id,
        license,
        previousLicense,
        hasSignedIn,
        invitedAt: history.invitedAt,
        lastEmailedAt: history.lastEmailedAt,
        remindersSent,
      }),
    );
}

const anyHistory = (): SnapshotParts['history'] => fc.oneof(SHRINK_TO_FIRST, arbNeverEmailed(), arbEmailed());

/** For each rule row, the users it decides, built from its condition (rows are tried in order). */
const USERS_BY_RULE: { readonly [R in RuleId]: () => fc.Arbitrary<UserSnapshot> } = {
  'free-license': () =>
    arbSnapshotOf({
      license: fc.constant('free'),
      previousLicense: absentNullOr(arbLicense),
      hasSignedIn: fc.boolean(),
      history: anyHistory(),
    }),
  'free-to-paid-conversion': () =>
    arbSnapshotOf({
      license: fc.constant('paid'),
      previousLicense: fc.constant('free'),
      hasSignedIn: fc.boolean(),
      history: anyHistory(),
    }),
  'already-signed-in': () =>
    arbSnapshotOf({
      license: fc.constant('paid'),
      previousLicense: absentNullOr(fc.constant('paid')),
      hasSignedIn: fc.constant(true),
      history: anyHistory(),
    }),
  'new-user': () =>
    arbSnapshotOf({
      license: fc.constant('paid'),
      previousLicense: absentNullOr(fc.constant('paid')),
      hasSignedIn: fc.constant(false),
      history: arbNeverEmailed(),
    }),
  'inactive-user': () =>
    arbSnapshotOf({
      license: fc.constant('paid'),
      previousLicense: absentNullOr(fc.constant('paid')),
      hasSignedIn: fc.constant(false),
      history: arbEmailed(),
    }),
};

// ---------------------------------------------------------------------------------------------
// Public arbitraries

/**
 * Every valid settings object: each field `true`, `false` or left out (`{}` included), and
 * never an unknown key, so `parseOrgSettings` accepts every value.
 *
 * @example
 * fc.sample(arbOrgSettings(), { seed: 42, numRuns: 50 }).every((settings) => parseOrgSettings(settings).ok)
 * //=> true
 */
export function arbOrgSettings(): fc.Arbitrary<OrgSettings> {
  return arbSettingsWith(fc.constantFrom<boolean | Absent>(ABSENT, true, false));
}

function arbSettingsWith(autoSend: fc.Arbitrary<boolean | Absent>): fc.Arbitrary<OrgSettings> {
  return fc
    .record({
      autoSendActivationEmails: autoSend,
      meetingsIncluded: fc.constantFrom<boolean | Absent>(ABSENT, false, true),
    })
    .map((fields) => withoutAbsent<OrgSettings>(fields));
}

/**
 * Every valid user snapshot shape: optional fields present, `null` or left out; ids of many
 * shapes (Unicode, spaces, very long); real instants with offsets and fractions of a second,
 * `lastEmailedAt` never before `invitedAt`. Each value is already in parsed form:
 * `parseUserSnapshot(user)` accepts it and returns an equal object.
 *
 * @example
 * fc.sample(arbUserSnapshot(), { seed: 42, numRuns: 50 }).every((user) => parseUserSnapshot(user).ok)
 * //=> true
 */
export function arbUserSnapshot(): fc.Arbitrary<UserSnapshot> {
  return fc.oneof(SHRINK_TO_FIRST, ...RULES.map((rule) => USERS_BY_RULE[rule.id]()));
}

const ON: fc.Arbitrary<boolean | Absent> = fc.constantFrom<boolean | Absent>(ABSENT, true);
const OFF: fc.Arbitrary<boolean | Absent> = fc.constant(false);
const EITHER: fc.Arbitrary<boolean | Absent> = fc.constantFrom<boolean | Absent>(ABSENT, true, false);

/**
 * Settings and a user that `decide` gives exactly the requested `kind` (and `rule`, when asked),
 * or any valid pair when nothing is asked. Built row by row from `RULES` rather than by
 * filtering, so every draw counts and counterexamples shrink to small inputs. Every row that
 * can yield the kind is drawn: `manual-required` covers both `new-user` and `inactive-user`
 * with automatic emails off; `auto-send` has the setting `true` or left out.
 *
 * @throws RangeError when no row of `RULES` yields `kind` with `rule`, or either is unknown.
 * @example
 * const inputs = fc.sample(arbDecisionInput('manual-required'), { seed: 7, numRuns: 50 });
 * inputs.every(({ settings, user }) => decide(settings, user).kind === 'manual-required')
 * //=> true
 * fc.sample(arbDecisionInput({ rule: 'inactive-user' }), { seed: 7, numRuns: 20 })
 *   .every(({ settings, user }) => decide(settings, user).rule === 'inactive-user')
 * //=> true
 */
export function arbDecisionInput(kindOrOptions?: OutcomeKind | DecisionInputOptions): fc.Arbitrary<DecisionInput> {
  const options: DecisionInputOptions =
    typeof kindOrOptions === 'string' ? { kind: kindOrOptions } : kindOrOptions ?? {};
  const { kind, rule } = options;
  if (kind !== undefined && !RULES.some((row) => row.autoSendOn === kind || row.autoSendOff === kind)) {
    throw new RangeError(`arbDecisionInput: no rule yields the kind ${JSON.stringify(kind)}`);
  }
  if (rule !== undefined && !RULES.some((row) => row.id === rule)) {
    throw new RangeError(`arbDecisionInput: there is no rule ${JSON.stringify(rule)}`);
  }
  const branches: fc.Arbitrary<DecisionInput>[] = [];
  for (const row of RULES) {
    if (rule !== undefined && row.id !== rule) continue;
    const on = kind === undefined || row.autoSendOn === kind;
    const off = kind === undefined || row.autoSendOff === kind;
    if (!on && !off) continue;
    const autoSend = on && off ? EITHER : on ? ON : OFF;
    branches.push(
      fc.record({ settings: arbSettingsWith(autoSend), user: USERS_BY_RULE[row.id]() }),
    );
  }
  if (branches.length === 0) {
    throw new RangeError(
      `arbDecisionInput: the rule ${JSON.stringify(rule)} never yields the kind ${JSON.stringify(kind)}`,
    );
  }
  return branches.length === 1 ? branches[0]! : fc.oneof(SHRINK_TO_FIRST, ...branches);
}
