import * as fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { arbInstant, arbInvalidUserSnapshot, arbOrgSettings, arbUserSnapshot } from '../../src/testing/index';

// Inputs for the agreement tests: plain JSON values (what a JSON Schema speaks about) that sit
// on both sides of the line the parsers draw. Each field is either valid, left out, or one of
// the near misses a real export produces: wrong case, a number or a string where a boolean
// belongs, a date without a time, an impossible day.

const ABSENT = Symbol('absent');

function build(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== ABSENT) out[key] = value;
  return out;
}

/** Strings that look like instants and are not, or only just are. */
export const INSTANT_NEAR_MISSES = [
  '2026-05-01T08:30:00Z',
  '2026-05-01T08:30:00.123456789+02:00',
  '2024-02-29T00:00:00Z',
  '2000-02-29T12:00:00-05:30',
  '2026-02-29T00:00:00Z', // not a leap year
  '1900-02-29T00:00:00Z', // nor is 1900
  '2026-02-30T00:00:00Z',
  '2026-04-31T10:00:00Z',
  '2026-06-31T10:00:00+01:00',
  '2026-05-01',
  '2026-05-01T08:30Z',
  '2026-05-01T08:30:00',
  '2026-05-01t08:30:00z',
  '2026-05-01 08:30:00Z',
  '2026-13-01T08:30:00Z',
  '2026-00-10T08:30:00Z',
  '2026-05-00T08:30:00Z',
  '2026-05-32T08:30:00Z',
  '2026-05-01T24:00:00Z',
  '2026-05-01T08:60:00Z',
  '2026-05-01T08:30:60Z',
  '2026-05-01T08:30:00.Z',
  '2026-05-01T08:30:00.1234567891Z',
  '2026-05-01T08:30:00+24:00',
  '2026-05-01T08:30:00+02:60',
  '2026-05-01T08:30:00+0200',
  ' 2026-05-01T08:30:00Z',
  '2026-05-01T08:30:00Z\n',
  '+02026-05-01T08:30:00Z',
  '२०२६-05-01T08:30:00Z',
  '',
] as const;

const arbInstantish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: arbInstant() },
  { weight: 4, arbitrary: fc.constantFrom(...INSTANT_NEAR_MISSES) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 0, 1_777_624_200_000, true, [], {}) },
  { weight: 1, arbitrary: fc.constant(ABSENT) },
);

function field(valid: fc.Arbitrary<unknown>, misses: readonly unknown[], optional: boolean): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 2, arbitrary: fc.constantFrom(...misses) },
    { weight: optional ? 2 : 1, arbitrary: fc.constant(ABSENT) },
  );
}

/** Snapshot-shaped JSON objects whose fields are each valid, near misses, or absent. */
export function arbNearMissSnapshot(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      id: field(fc.constantFrom('u1', 'u-1001', ' ', 'é'), ['', 0, 1, null, true, ['u1'], {}], false),
      license: field(fc.constantFrom('free', 'paid'), ['Paid', 'FREE', '', 'trial', null, 1, ['paid']], false),
      previousLicense: field(fc.constantFrom('free', 'paid', null), ['Free', 'PAID', '', 0, false, {}], true),
      hasSignedIn: field(fc.boolean(), ['true', 'false', 1, 0, null, 'yes', []], false),
      invitedAt: arbInstantish,
      lastEmailedAt: arbInstantish,
      remindersSent: field(
        fc.oneof(fc.nat({ max: 12 }), fc.constant(Number.MAX_SAFE_INTEGER)),
        [-1, 1.5, '2', null, 2 ** 53, 1e21, -0.5, true, [1]],
        true,
      ),
      extra: fc.constantFrom<unknown>(ABSENT, 'ana@example.com', null, { nested: true }),
    })
    .map(({ extra, ...fields }) => build({ ...fields, department: extra }));
}

/** Settings-shaped JSON objects: known keys valid, wrong or absent, plus misspelt keys. */
export function arbNearMissSettings(): fc.Arbitrary<Record<string, unknown>> {
  const flag = field(fc.boolean(), ['true', 'false', 0, 1, null, [], {}], true);
  return fc
    .record({
      autoSendActivationEmails: flag,
      meetingsIncluded: flag,
      stray: fc.constantFrom<unknown>(ABSENT, ABSENT, ABSENT, false, true, null),
      strayKey: fc.constantFrom('autoSendActivationEmail', 'AutoSendActivationEmails', 'meetings', '__proto__', ''),
    })
    .map(({ stray, strayKey, ...fields }) => {
      const entries = Object.entries(build(fields));
      if (stray !== ABSENT) entries.push([strayKey, stray]);
      // Written as JSON text and parsed, as a request body arrives, so `__proto__` is an own key.
      const text = `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
      return JSON.parse(text) as Record<string, unknown>;
    });
}

/** Any JSON value: the shapes a snapshot or settings object should never be, and a few it is. */
export const arbAnyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** Valid snapshots from the testing kit, as JSON (absent and `undefined` fields are one thing in JSON). */
export function arbValidSnapshotJson(): fc.Arbitrary<unknown> {
  return arbUserSnapshot().map((user) => JSON.parse(JSON.stringify(user)) as unknown);
}

/** Valid settings from the testing kit, as JSON. */
export function arbValidSettingsJson(): fc.Arbitrary<unknown> {
  return arbOrgSettings().map((settings) => JSON.parse(JSON.stringify(settings)) as unknown);
}

function isPlainJson(value: unknown): boolean {
  try {
    const text = JSON.stringify(value);
    return text !== undefined && isDeepStrictEqual(JSON.parse(text), value);
  } catch {
    return false;
  }
}

/** The testing kit's broken snapshots that JSON can carry as they are (no NaN, Date or bigint). */
export function arbInvalidSnapshotJson(): fc.Arbitrary<unknown> {
  return arbInvalidUserSnapshot()
    .map((broken) => broken.value)
    .filter(isPlainJson);
}

/** Near misses per field (and an extra key), for snapshots changed in one place only. */
const ONE_FIELD_MISSES: Readonly<Record<string, readonly unknown[]>> = {
  id: ['', 0, null, ABSENT],
  license: ['Paid', 'FREE', '', null, ABSENT],
  previousLicense: ['Free', '', 0, false],
  hasSignedIn: ['true', 0, 1, null, ABSENT],
  invitedAt: [...INSTANT_NEAR_MISSES, null, ABSENT],
  lastEmailedAt: [...INSTANT_NEAR_MISSES, null],
  remindersSent: [-1, 0.5, 1.5, '2', null, 2 ** 53, Number.MAX_SAFE_INTEGER, -0, 0],
  email: ['ana@example.com', 'ana', 'ana@example.com, eve@example.org', 'ana@example.com\nBcc: eve@example.org', null, 1],
  // Not a field: an export's extra column, which the parser drops.
  department: ['Sales', null, { primary: true }],
};

/**
 * A valid snapshot with one field set to a near miss (or removed): the inputs on which a
 * schema that is wrong about one rule disagrees with the parser, everything else being fine.
 */
export function arbOneFieldOff(): fc.Arbitrary<unknown> {
  const fields = Object.keys(ONE_FIELD_MISSES);
  return fc
    .tuple(arbValidSnapshotJson(), fc.constantFrom(...fields), fc.nat())
    .map(([valid, field, pick]) => {
      const misses = ONE_FIELD_MISSES[field]!;
      return build({ ...(valid as Record<string, unknown>), [field]: misses[pick % misses.length] });
    });
}

/** Valid snapshots whose last email is recorded before the first: only the parser sees it. */
export function arbOutOfOrder(): fc.Arbitrary<unknown> {
  return fc
    .tuple(arbValidSnapshotJson(), fc.constantFrom<[string, string]>(
      ['2026-05-02T00:00:00Z', '2026-05-01T23:59:59Z'],
      ['2026-05-01T10:00:00+02:00', '2026-05-01T07:59:59.999Z'],
      ['2024-02-29T00:00:00Z', '2023-03-01T00:00:00Z'],
    ))
    .map(([valid, [invitedAt, lastEmailedAt]]) => ({ ...(valid as Record<string, unknown>), invitedAt, lastEmailedAt }));
}

/** Every kind of snapshot input, valid, near miss and arbitrary. */
export function arbSnapshotInput(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: arbValidSnapshotJson() },
    { weight: 2, arbitrary: arbInvalidSnapshotJson() },
    { weight: 2, arbitrary: arbOneFieldOff() },
    { weight: 1, arbitrary: arbOutOfOrder() },
    { weight: 3, arbitrary: arbNearMissSnapshot() },
    { weight: 1, arbitrary: arbAnyJson },
  );
}

/** Every kind of settings input, valid, near miss and arbitrary. */
export function arbSettingsInput(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: arbValidSettingsJson() },
    { weight: 6, arbitrary: arbNearMissSettings() },
    { weight: 1, arbitrary: arbAnyJson },
  );
}
