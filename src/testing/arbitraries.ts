import type { Arbitrary } from 'fast-check';
import { fc } from './fast-check';
import {
  OUTCOME_KINDS,
  parseInstant,
  PolicyInputError,
  RULES,
  type Issue,
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
function absentNullOr<T>(arb: Arbitrary<T>): Arbitrary<T | null | Absent> {
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
export function arbInstant(): Arbitrary<string> {
  return arbInstantParts().map(formatInstant);
}

// Code points from every plane, surrogates excluded so that every id is well-formed UTF-16.
function arbCodePoint(): Arbitrary<number> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0xfffd }),
    fc.integer({ min: 0x1_0000, max: 0x10_ffff }),
  );
}

function arbTextOf(codePoints: Arbitrary<number>, minLength: number, maxLength: number): Arbitrary<string> {
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
export function arbUserId(): Arbitrary<string> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.integer({ min: 1, max: 99_999 }).map((n) => `u-${n}`),
    fc.uuid(),
    fc.emailAddress(),
    fc.uuid().map((uuid) => base64(`ciscospark://us/PEOPLE/${uuid}`)),
    arbTextOf(fc.constantFrom(0x20, 0x61, 0x62, 0x09, 0xa0, 0x3000), 1, 12),
    arbTextOf(arbCodePoint(), 1, 40),
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

const arbLicense = (): Arbitrary<License> => fc.constantFrom('paid', 'free');

// An email history: never emailed (both instants absent or null), or emailed with
// `lastEmailedAt` absent, null, or not before `invitedAt`.
function arbNeverEmailed(): Arbitrary<{ invitedAt: null | Absent; lastEmailedAt: null | Absent }> {
  return fc.record({
    invitedAt: fc.constantFrom<null | Absent>(ABSENT, null),
    lastEmailedAt: fc.constantFrom<null | Absent>(ABSENT, null),
  });
}

const SAME: unique symbol = Symbol('same');

function arbEmailed(): Arbitrary<{ invitedAt: string; lastEmailedAt: string | null | Absent }> {
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

function arbRemindersSent(): Arbitrary<number | Absent> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.constant<number | Absent>(ABSENT),
    fc.nat({ max: 12 }),
    fc.maxSafeNat(),
  );
}

interface SnapshotParts {
  readonly license: Arbitrary<License>;
  readonly previousLicense: Arbitrary<License | null | Absent>;
  readonly hasSignedIn: Arbitrary<boolean>;
  readonly history: Arbitrary<{ invitedAt: string | null | Absent; lastEmailedAt: string | null | Absent }>;
}

function arbSnapshotOf(parts: SnapshotParts): Arbitrary<UserSnapshot> {
  return fc
    .record({
      id: arbUserId(),
      license: parts.license,
      previousLicense: parts.previousLicense,
      hasSignedIn: parts.hasSignedIn,
      history: parts.history,
      remindersSent: arbRemindersSent(),
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
const USERS_BY_RULE: { readonly [R in RuleId]: () => Arbitrary<UserSnapshot> } = {
  'free-license': () =>
    arbSnapshotOf({
      license: fc.constant('free'),
      previousLicense: absentNullOr(arbLicense()),
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
export function arbOrgSettings(): Arbitrary<OrgSettings> {
  return arbSettingsWith(fc.constantFrom<boolean | Absent>(ABSENT, true, false));
}

function arbSettingsWith(autoSend: Arbitrary<boolean | Absent>): Arbitrary<OrgSettings> {
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
export function arbUserSnapshot(): Arbitrary<UserSnapshot> {
  return fc.oneof(SHRINK_TO_FIRST, ...RULES.map((rule) => USERS_BY_RULE[rule.id]()));
}

// The automatic-email setting a row needs: on (true or left out), off, or either.
const ON = (): Arbitrary<boolean | Absent> => fc.constantFrom<boolean | Absent>(ABSENT, true);
const OFF = (): Arbitrary<boolean | Absent> => fc.constant(false);
const EITHER = (): Arbitrary<boolean | Absent> => fc.constantFrom<boolean | Absent>(ABSENT, true, false);

/**
 * Settings and a user that `decide` gives exactly the requested `kind` (and `rule`, when asked),
 * or any valid pair when nothing is asked. Built row by row from `RULES` rather than by
 * filtering, so every draw counts and counterexamples shrink to small inputs. Every row that
 * can yield the kind is drawn: `manual-required` covers both `new-user` and `inactive-user`
 * with automatic emails off; `auto-send` has the setting `true` or left out.
 *
 * @throws `PolicyInputError` (the main entry's class) when the argument is neither a kind, an
 * options object nor left out, when `kind` is not an outcome kind or `rule` not a row of `RULES`,
 * when the options hold another key, or when the rule never yields the kind; each issue's path
 * names the part at fault (`[]` for a kind given alone).
 * @example
 * const inputs = fc.sample(arbDecisionInput('manual-required'), { seed: 7, numRuns: 50 });
 * inputs.every(({ settings, user }) => decide(settings, user).kind === 'manual-required')
 * //=> true
 * fc.sample(arbDecisionInput({ rule: 'inactive-user' }), { seed: 7, numRuns: 20 })
 *   .every(({ settings, user }) => decide(settings, user).rule === 'inactive-user')
 * //=> true
 * try {
 *   arbDecisionInput({ kind: 'auto-send', rule: 'free-license' });
 * } catch (error) {
 *   if (error instanceof PolicyInputError) error.issues;
 *   //=> [{ path: [], message: 'the rule "free-license" never yields the kind "auto-send"' }]
 * }
 */
export function arbDecisionInput(kindOrOptions?: OutcomeKind | DecisionInputOptions): Arbitrary<DecisionInput> {
  const { kind, rule } = readDecisionInputOptions(kindOrOptions);
  const branches: Arbitrary<DecisionInput>[] = [];
  for (const row of RULES) {
    if (rule !== undefined && row.id !== rule) continue;
    const on = kind === undefined || row.autoSendOn === kind;
    const off = kind === undefined || row.autoSendOff === kind;
    if (!on && !off) continue;
    const autoSend = on && off ? EITHER() : on ? ON() : OFF();
    branches.push(
      fc.record({ settings: arbSettingsWith(autoSend), user: USERS_BY_RULE[row.id]() }),
    );
  }
  if (branches.length === 0) {
    const issue = { path: [], message: `the rule ${quote(rule)} never yields the kind ${quote(kind)}` };
    throw new PolicyInputError([issue], ARGUMENT);
  }
  return branches.length === 1 ? branches[0]! : fc.oneof(SHRINK_TO_FIRST, ...branches);
}

const ARGUMENT = 'arbDecisionInput() argument';
const OPTION_KEYS: readonly string[] = ['kind', 'rule'] satisfies (keyof DecisionInputOptions)[];

/**
 * Checks what {@link arbDecisionInput} was given as every other function of the package checks
 * its input: each mistake an issue naming where it is, all of them thrown at once.
 */
function readDecisionInputOptions(argument: unknown): DecisionInputOptions {
  if (argument === undefined) return {};
  if (typeof argument === 'string') {
    const issue = kindIssue(argument, []);
    if (issue !== undefined) throw new PolicyInputError([issue], ARGUMENT);
    return { kind: argument as OutcomeKind };
  }
  if (typeof argument !== 'object' || argument === null || Array.isArray(argument)) {
    const message = `must be an outcome kind, an options object ({ kind, rule }) or left out (received ${quote(argument)})`;
    throw new PolicyInputError([{ path: [], message }], ARGUMENT);
  }
  let options: Record<string, unknown>;
  try {
    // Copied once, so that a getter or a Proxy trap that throws is caught here, not later.
    options = { ...argument };
  } catch {
    const message = 'options could not be read (reading them threw an error)';
    throw new PolicyInputError([{ path: [], message }], ARGUMENT);
  }
  const issues: Issue[] = Object.keys(options)
    .filter((key) => !OPTION_KEYS.includes(key))
    .map((key) => ({ path: [key], message: `is not an option; the options are ${OPTION_KEYS.join(', ')}` }));
  const { kind, rule } = options;
  const kindProblem = kind === undefined ? undefined : kindIssue(kind, ['kind']);
  if (kindProblem !== undefined) issues.push(kindProblem);
  if (rule !== undefined && !RULES.some((row) => row.id === rule)) {
    const ids = RULES.map((row) => row.id).join(', ');
    issues.push({ path: ['rule'], message: `must be the id of a row of RULES: ${ids} (received ${quote(rule)})` });
  }
  const [first, ...more] = issues;
  if (first !== undefined) throw new PolicyInputError([first, ...more], ARGUMENT);
  return { kind: kind as OutcomeKind | undefined, rule: rule as RuleId | undefined };
}

function kindIssue(kind: unknown, path: Issue['path']): Issue | undefined {
  const yielded = OUTCOME_KINDS.filter((outcome) =>
    RULES.some((row) => row.autoSendOn === outcome || row.autoSendOff === outcome),
  );
  if ((yielded as readonly unknown[]).includes(kind)) return undefined;
  return { path, message: `must be an outcome kind some rule yields: ${yielded.join(', ')} (received ${quote(kind)})` };
}

/** A received value in a message: a string quoted, anything else by its type. */
function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
