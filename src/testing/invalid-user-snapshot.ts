import type { Arbitrary } from 'fast-check';
import { fc } from './fast-check';
import type { UserSnapshot } from '../index';
import { USER_SNAPSHOT_FIELDS } from '../input/fields';
import { arbInstant, arbUserSnapshot } from './arbitraries';
import {
  arbInstantParts,
  datePart,
  daysIn,
  formatInstant,
  pad,
  SHRINK_TO_FIRST,
  timePart,
  type InstantParts,
} from './instants';

/**
 * How a value drawn by {@link arbInvalidUserSnapshot} is broken, in kebab-case.
 *
 * | flaw | example |
 * | ---- | ------- |
 * | `not-an-object` | `null`, `42`, `'u1'`, an array |
 * | `missing` | no `id`, `license` or `hasSignedIn` |
 * | `wrong-type` | `id: 42`, `license: null`, `invitedAt: new Date()`, `remindersSent: '3'` |
 * | `empty-id` | `id: ''` |
 * | `wrong-case` | `license: 'Paid'`, `previousLicense: 'FREE'` |
 * | `unknown-license` | `license: 'enterprise'`, `license: ' paid'` |
 * | `number-for-boolean` | `hasSignedIn: 0` |
 * | `string-for-boolean` | `hasSignedIn: 'false'` |
 * | `date-only` | `invitedAt: '2026-05-01'` |
 * | `impossible-date` | `invitedAt: '2026-02-30T08:00:00Z'`, `'2025-02-29T08:00:00Z'` |
 * | `malformed-instant` | no offset, no seconds, hour 24, offset +24:00, lower-case `t` or `z`, a space for `T` |
 * | `without-invited-at` | `lastEmailedAt` set while `invitedAt` is `null` or left out |
 * | `before-invited-at` | `lastEmailedAt` earlier than `invitedAt` |
 * | `negative` | `remindersSent: -1` |
 * | `fractional` | `remindersSent: 1.5` |
 * | `not-finite` | `remindersSent: NaN` or `Infinity` |
 * | `unsafe-integer` | `remindersSent: 2 ** 53` |
 * | `not-an-email-address` | `email: 'ana'`, `'ana@example.com, eve@example.org'`, a line break |
 *
 * @example
 * const flaw: SnapshotFlaw = 'wrong-case';
 */
export type SnapshotFlaw =
  | 'not-an-object'
  | 'missing'
  | 'wrong-type'
  | 'empty-id'
  | 'wrong-case'
  | 'unknown-license'
  | 'number-for-boolean'
  | 'string-for-boolean'
  | 'date-only'
  | 'impossible-date'
  | 'malformed-instant'
  | 'without-invited-at'
  | 'before-invited-at'
  | 'negative'
  | 'fractional'
  | 'not-finite'
  | 'unsafe-integer'
  | 'not-an-email-address';

/**
 * A value `parseUserSnapshot` must reject, with the one place it is broken.
 *
 * @example
 * const broken: InvalidUserSnapshot = {
 *   value: { id: 'u1', license: 'Paid', hasSignedIn: false },
 *   path: ['license'],
 *   flaw: 'wrong-case',
 * };
 * parseUserSnapshot(broken.value).ok
 * //=> false
 */
export interface InvalidUserSnapshot {
  /** The input to hand to the code under test. */
  readonly value: unknown;
  /**
   * The path of the one issue `parseUserSnapshot(value)` reports: `['license']` for a field,
   * `[]` when the value is not an object at all.
   */
  readonly path: readonly (string | number)[];
  /** How the value is broken, for labelling tests and counting cases. */
  readonly flaw: SnapshotFlaw;
}

type Field = keyof UserSnapshot;

/** A valid snapshot with `field` set to `bad` (or removed when `bad` is `REMOVE`). */
const REMOVE: unique symbol = Symbol('remove');

function breaking(
  field: Field,
  flaw: SnapshotFlaw,
  bad: Arbitrary<unknown>,
): Arbitrary<InvalidUserSnapshot> {
  return fc.tuple(arbUserSnapshot(), bad).map(([user, value]) => {
    const broken: Record<string, unknown> = { ...user };
    if (value === REMOVE) delete broken[field];
    else broken[field] = value;
    return { value: broken, path: [field], flaw };
  });
}

// Each piece is made by a function, never at module load: the kit loads where fast-check is
// missing, and only using an arbitrary needs it.
function notAString() {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.integer(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
  );
}

// Licence values that look right to a human and are still wrong.
function wrongCaseLicense() {
  return fc.constantFrom('Paid', 'PAID', 'Free', 'FREE', 'pAid', 'frEe');
}

function unknownLicense() {
  return fc.constantFrom('', 'gold', 'enterprise', 'trial', 'basic', ' paid', 'free ', 'paid\n');
}

function notALicenseType() {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.integer(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({ type: 'paid' }),
  );
}

// Instants that are near misses: a real instant with one part spoiled.
function dateOnly() {
  return arbInstantParts().map(datePart);
}

function impossibleDate() {
  return fc
    .record({
      parts: arbInstantParts(),
      // A month that has fewer than 31 days, and a day past its end.
      month: fc.constantFrom(2, 4, 6, 9, 11),
      past: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ parts, month, past }) => {
      const day = Math.min(daysIn(parts.year, month) + past, 31);
      return `${pad(parts.year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${timePart(parts)}${parts.offset}`;
    });
}

function malformedInstant() {
  return fc
    .tuple(
      arbInstantParts(),
      fc.constantFrom(
        'no-offset',
        'no-seconds',
        'hour-24',
        'offset-hour-24',
        'lower-case-t',
        'lower-case-z',
        'space-for-t',
        'two-digit-year',
        'ten-fraction-digits',
        'trailing-text',
      ),
    )
    .map(([parts, how]) => spoil(parts, how));
}

function spoil(parts: InstantParts, how: string): string {
  const date = datePart(parts);
  const time = timePart(parts);
  const clock = `${pad(parts.hour, 2)}:${pad(parts.minute, 2)}`;
  switch (how) {
    case 'no-offset':
      return `${date}T${time}`;
    case 'no-seconds':
      return `${date}T${clock}${parts.offset}`;
    case 'hour-24':
      return `${date}T24:${time.slice(3)}${parts.offset}`;
    case 'offset-hour-24':
      return `${date}T${time}+24:00`;
    case 'lower-case-t':
      return `${date}t${time}${parts.offset}`;
    case 'lower-case-z':
      return `${date}T${time}z`;
    case 'space-for-t':
      return `${date} ${time}${parts.offset}`;
    case 'two-digit-year':
      return `${date.slice(2)}T${time}${parts.offset}`;
    case 'ten-fraction-digits':
      return `${date}T${time.slice(0, 8)}.0123456789${parts.offset}`;
    default:
      return `${formatInstant(parts)}!`;
  }
}

function notAnInstantType() {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.integer({ min: 0, max: 4_102_444_800_000 }), // epoch milliseconds
    fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms)),
    fc.boolean(),
    fc.constant({}),
  );
}

// A first email, then a later-dated "last" one at least a year before it: two years apart in
// the calendar leaves room for any pair of offsets (at most 47h58m apart).
function emailedOutOfOrder() {
  return fc
    .record({ first: arbInstantParts(), earlier: arbInstantParts(), gap: fc.nat({ max: 50 }) })
    .map(({ first, earlier, gap }) => {
      const firstYear = Math.max(first.year, 2);
      const earlierYear = Math.max(0, firstYear - 2 - gap);
      return {
        invitedAt: formatInstant({ ...first, year: firstYear }),
        lastEmailedAt: formatInstant({ ...earlier, year: earlierYear }),
      };
    });
}

function notAnObject() {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.constant(null),
    fc.constant(undefined),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.string(),
    fc.bigInt(),
    fc.array(fc.integer(), { maxLength: 3 }),
    arbUserSnapshot().map((user) => [user]),
  );
}

type SnapshotField = (typeof USER_SNAPSHOT_FIELDS)[number];
type BadValues = readonly (readonly [SnapshotFlaw, Arbitrary<unknown>])[];

// The ways a value alone is wrong for a field, by the field's type in the snapshot field table:
// the fields, whether each is required and whether `null` is allowed come from that table, so
// a new field of a known type is broken here with no edit. `wrong-type` values hold no `null`:
// it is added for the fields the table does not let be null.
const BAD_VALUES: { readonly [T in SnapshotField['type']]: () => BadValues } = {
  id: () => [
    ['empty-id', fc.constant('')],
    ['wrong-type', notAString()],
  ],
  license: () => [
    ['wrong-case', wrongCaseLicense()],
    ['unknown-license', unknownLicense()],
    ['wrong-type', notALicenseType()],
  ],
  boolean: () => [
    ['number-for-boolean', fc.constantFrom(0, 1, -1, 2)],
    ['string-for-boolean', fc.constantFrom('true', 'false', 'yes', 'no', '')],
    ['wrong-type', fc.constantFrom([], {})],
  ],
  instant: () => [
    ['date-only', dateOnly()],
    ['impossible-date', impossibleDate()],
    ['malformed-instant', malformedInstant()],
    ['wrong-type', notAnInstantType()],
  ],
  count: () => [
    ['negative', fc.integer({ min: -1_000_000, max: -1 })],
    [
      'fractional',
      fc.tuple(fc.nat({ max: 1000 }), fc.constantFrom(0.5, 0.25, 0.1, 0.999)).map(([whole, part]) => whole + part),
    ],
    ['not-finite', fc.constantFrom(Number.NaN, Infinity, -Infinity)],
    ['unsafe-integer', fc.constantFrom(2 ** 53, 2 ** 53 + 2, 1e21, Number.MAX_VALUE)],
    ['wrong-type', fc.oneof(SHRINK_TO_FIRST, fc.nat().map(String), fc.boolean(), fc.bigInt({ min: 0n, max: 10n }))],
  ],
  email: () => [
    [
      'not-an-email-address',
      fc.constantFrom(
        '',
        'ana',
        'ana@',
        '@example.com',
        'ana @example.com',
        'ana@example.com, eve@example.org',
        'Ana <ana@example.com>',
        'ana@example.com\r\nBcc: eve@example.org',
        'ana@@example.com',
      ),
    ],
    ['wrong-type', fc.oneof(SHRINK_TO_FIRST, fc.integer(), fc.boolean(), fc.constant(['ana@example.com']))],
  ],
};

/** Every way one field alone can be wrong: left out when required, then each bad value. */
function fieldFlaws(field: SnapshotField): Arbitrary<InvalidUserSnapshot>[] {
  const flaws: Arbitrary<InvalidUserSnapshot>[] = [];
  if ('required' in field) flaws.push(breaking(field.key, 'missing', fc.constant(REMOVE)));
  for (const [flaw, bad] of BAD_VALUES[field.type]()) {
    const values = flaw === 'wrong-type' && !('nullable' in field) ? fc.oneof(SHRINK_TO_FIRST, bad, fc.constant(null)) : bad;
    flaws.push(breaking(field.key, flaw, values));
  }
  return flaws;
}

/**
 * Inputs `parseUserSnapshot` must reject, each broken in exactly one place: `value` is the
 * input, `path` the path of the single issue it yields, `flaw` how it is broken (see
 * {@link SnapshotFlaw}). Every other field is valid, so a test can check that the error its
 * code reports names the right field.
 *
 * Covers non-objects (`path: []`), missing and mistyped fields, an empty `id`, licences in the
 * wrong case, numbers and strings for booleans, date-only and impossible dates, malformed
 * instants and `Date` objects, `lastEmailedAt` without or before `invitedAt`, and negative,
 * fractional, non-finite or unsafe `remindersSent`, and an `email` that is not one address.
 *
 * @example
 * fc.sample(arbInvalidUserSnapshot(), { seed: 3, numRuns: 100 }).every(({ value, path }) => {
 *   const result = parseUserSnapshot(value);
 *   return !result.ok && result.issues.length === 1 && result.issues[0].path.join('.') === path.join('.');
 * })
 * //=> true
 */
export function arbInvalidUserSnapshot(): Arbitrary<InvalidUserSnapshot> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    notAnObject().map((value): InvalidUserSnapshot => ({ value, path: [], flaw: 'not-an-object' })),
    ...USER_SNAPSHOT_FIELDS.flatMap(fieldFlaws),
    // Flaws of two fields together: the email history out of order.
    fc
      .tuple(arbUserSnapshot(), fc.constantFrom<null | typeof REMOVE>(REMOVE, null), arbInstant())
      .map(([user, invitedAt, lastEmailedAt]): InvalidUserSnapshot => {
        const broken: Record<string, unknown> = { ...user, lastEmailedAt };
        if (invitedAt === REMOVE) delete broken['invitedAt'];
        else broken['invitedAt'] = invitedAt;
        return { value: broken, path: ['lastEmailedAt'], flaw: 'without-invited-at' };
      }),
    fc
      .tuple(arbUserSnapshot(), emailedOutOfOrder())
      .map(([user, history]): InvalidUserSnapshot => ({
        value: { ...user, ...history },
        path: ['lastEmailedAt'],
        flaw: 'before-invited-at',
      })),
  );
}
