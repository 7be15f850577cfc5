// The per-user path is tuned for speed (see bench/). These properties hold it to the code it
// replaced, kept in ./reference.ts: every value, issue and message must be the same, on valid
// and invalid input alike. No timing is asserted anywhere: machines are noisy.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decide, decideEach, parseInstant, parseOrgSettings, parseUserSnapshot, planActivation } from '../../src/index';
import { EMAIL_ADDRESS_PATTERN, isEmailAddress } from '../../src/input/email-address';
import { PolicyInputError } from '../../src/input/policy-input-error';
import { arbInstant } from '../../src/testing/index';
import { decideParsed } from '../../src/policy/decide';
import { referenceParseInstant, referenceParseUserSnapshot } from './reference';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Strings shaped like instants, each part drawn a little past its valid range. */
const arbNearInstant = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)), fc.constantFrom('202', '20266', '2o26', '+2026')),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    fraction: fc.oneof(
      fc.constant(''),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: 11 }).map((d) => `.${d.join('')}`),
    ),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '', '+0000', '+00:00 ', 'UTC', '+1:00'),
      fc
        .tuple(fc.constantFrom('+', '-', '\u2212'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
    t: fc.constantFrom('T', 'T', 'T', 't', ' '),
    dash: fc.constantFrom('-', '-', '-', '/'),
  })
  .map(
    (p) =>
      `${p.year}${p.dash}${pad(p.month, 2)}-${pad(p.day, 2)}${p.t}${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}${p.fraction}${p.zone}`,
  );

const arbAnyInstantText = fc.oneof(arbInstant(), arbNearInstant, fc.string({ maxLength: 40 }));

const arbFieldValue = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, '', 0, -0, 1.5, true, 'Paid', [], {}, -1) },
    { weight: 1, arbitrary: arbNearInstant },
  );

/** Snapshots whose every field may be right, wrong, null or absent. */
const arbLooseSnapshot = fc.record(
  {
    id: arbFieldValue(fc.constantFrom('u1', 'u2', 'u3', 'a-very-long-identifier-that-goes-on-and-on-past-forty-chars')),
    license: arbFieldValue(fc.constantFrom('free', 'paid')),
    previousLicense: arbFieldValue(fc.constantFrom('free', 'paid', null)),
    hasSignedIn: arbFieldValue(fc.boolean()),
    invitedAt: arbFieldValue(fc.oneof(arbInstant(), fc.constant(null))),
    lastEmailedAt: arbFieldValue(fc.oneof(arbInstant(), fc.constant(null))),
    remindersSent: arbFieldValue(fc.nat({ max: 5 })),
    email: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: [] },
);

/** Settings: known keys right or wrong, unknown keys, inherited keys, not objects at all. */
const arbLooseSettings = fc.oneof(
  fc.record(
    {
      autoSendActivationEmails: fc.constantFrom(true, false, undefined, 'false', 0, null),
      meetingsIncluded: fc.constantFrom(true, false, undefined, 'yes', 1),
      autoSendActivationEmail: fc.constant(false),
    },
    { requiredKeys: [] },
  ),
  fc
    .tuple(fc.boolean(), fc.constantFrom('autoSendActivationEmails', 'meetingsIncluded', 'extra'))
    .map(([value, inherited]) => Object.create({ [inherited]: value }) as object),
  fc.constantFrom(null, undefined, [], 'on', 1),
);

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof PolicyInputError
          ? { name: error.name, message: error.message, issues: error.issues }
          : { unexpected: String(error) },
    };
  }
}

/** `decide` as it was: settings parsed in full, the snapshot parsed by the reference parser. */
function referenceDecide(settings: unknown, user: unknown): unknown {
  const parsedSettings = parseOrgSettings(settings);
  if (!parsedSettings.ok) throw new PolicyInputError(parsedSettings.issues, 'settings');
  const parsedUser = referenceParseUserSnapshot(user);
  if (!parsedUser.ok) throw new PolicyInputError(parsedUser.issues, 'user snapshot');
  return decideParsed(parsedSettings.value, parsedUser.value);
}

describe('the tuned per-user path matches the code it replaced', () => {
  it('parseInstant reads every string exactly as the regular expression and Date did', () => {
    fc.assert(
      fc.property(arbAnyInstantText, (text) => {
        expect(parseInstant(text)).toBe(referenceParseInstant(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('isEmailAddress reads every string as the pattern the JSON Schema states', () => {
    const pattern = new RegExp(EMAIL_ADDRESS_PATTERN, 'u');
    const arbEmailish = fc
      .array(fc.oneof(fc.constantFrom('a', '@', '.', ' ', ',', ';', '<', '>', '"', '(', ')', '[', ']', '\\', '\u0000', '\u001f', '\u007f', '\u00a0', '\u2028', '\ufeff', '\ud800', 'é'), fc.string({ maxLength: 2 })), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(arbEmailish, (text) => {
        expect(isEmailAddress(text)).toBe(pattern.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('parseInstant agrees on the calendar edges: leap days, year 0000, offsets across midnight', () => {
    const cases = [
      '2024-02-29T00:00:00Z',
      '2100-02-29T00:00:00Z',
      '2000-02-29T23:59:59.999999999+23:59',
      '0000-02-29T00:00:00-23:59',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.9-00:00',
      '1970-01-01T00:00:00Z',
      '1969-12-31T23:59:59.5Z',
      '2026-04-31T00:00:00Z',
      '2026-05-01T08:30:00.1234567890Z',
      '2026-05-01T08:30:00.Z',
      '2026-05-01T08:30:00Z\n',
    ];
    for (const text of cases) expect([text, parseInstant(text)]).toEqual([text, referenceParseInstant(text)]);
    expect(Object.is(parseInstant('1970-01-01T00:00:00-00:00'), 0)).toBe(true);
  });

  it('parseInstant answers null, without running any code, for what is not a string', () => {
    const hostile = {
      toString() {
        throw new Error('must not be called');
      },
    };
    expect(parseInstant(hostile as unknown as string)).toBeNull();
    expect(parseInstant(20260501 as unknown as string)).toBeNull();
  });

  it('parseUserSnapshot gives the same value or the same issues, in the same order', () => {
    fc.assert(
      fc.property(arbLooseSnapshot, (input) => {
        const actual = parseUserSnapshot(input);
        const expected = referenceParseUserSnapshot(input);
        expect(actual).toStrictEqual(expected);
        // The same keys in the same order: a serialised snapshot reads the same.
        if (actual.ok && expected.ok) expect(Object.keys(actual.value)).toEqual(Object.keys(expected.value));
      }),
      { numRuns: 3000 },
    );
  });

  it('decide gives the same decision, or throws the same error with the same issues', () => {
    fc.assert(
      fc.property(arbLooseSettings, arbLooseSnapshot, (settings, user) => {
        expect(outcome(() => decide(settings as never, user as never))).toStrictEqual(
          outcome(() => referenceDecide(settings, user)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('decide reads each settings field once when the settings are good', () => {
    const reads: string[] = [];
    const settings = new Proxy(
      { autoSendActivationEmails: false, meetingsIncluded: false },
      {
        get(target, key, receiver) {
          reads.push(String(key));
          return Reflect.get(target, key, receiver);
        },
      },
    );
    expect(decide(settings, { id: 'u1', license: 'paid', hasSignedIn: false }).kind).toBe('manual-required');
    expect(reads).toEqual(['autoSendActivationEmails', 'meetingsIncluded']);
  });

  it('a getter that decides another user in the middle of a decision spoils neither', () => {
    // A getter may run a whole decision while the outer snapshot is being read: neither may leak into the other.
    let inner: unknown;
    const outer = {
      id: 'outer',
      license: 'paid',
      get hasSignedIn() {
        inner = decide({}, { id: 'inner', license: 'free', hasSignedIn: true, invitedAt: '2026-05-01T08:30:00Z' });
        return false;
      },
      invitedAt: '2026-04-01T08:30:00Z',
    };
    expect(decide({ autoSendActivationEmails: false }, outer as never)).toMatchObject({
      kind: 'manual-required',
      userId: 'outer',
      trigger: 'inactive-user',
    });
    expect(inner).toMatchObject({ kind: 'skip-free', userId: 'inner' });
    // And in a batch: each item's decision is its own, even when reading it runs another decision.
    const items = [...decideEach({}, [outer, { id: 'second', license: 'paid', hasSignedIn: true }])];
    expect(items.map((item) => (item.ok ? [item.decision.userId, item.decision.kind] : item.issues))).toEqual([
      ['outer', 'reminder-eligible'],
      ['second', 'no-action'],
    ]);
  });

  it('decideEach and planActivation decide each item as the reference does, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.record({ autoSendActivationEmails: fc.boolean(), meetingsIncluded: fc.boolean() }, { requiredKeys: [] }),
        fc.array(arbLooseSnapshot, { maxLength: 12 }),
        (settings, users) => {
          const seen = new Map<string, number>();
          const expected = users.map((user, index) => {
            const parsed = referenceParseUserSnapshot(user);
            if (!parsed.ok) return { index, ok: false, issues: parsed.issues };
            const first = seen.get(parsed.value.id);
            if (first !== undefined) {
              return {
                index,
                ok: false,
                issues: [{ path: ['id'], message: `is a duplicate: the item at index ${first} already has this id` }],
                duplicateOf: first,
              };
            }
            seen.set(parsed.value.id, index);
            return { index, ok: true, decision: referenceDecide(settings, user) };
          });
          expect([...decideEach(settings, users)]).toStrictEqual(expected);
          const plan = planActivation(settings, users);
          expect(plan.decisions).toStrictEqual(expected.flatMap((item) => ('decision' in item ? [item.decision] : [])));
          expect(plan.invalid.map((item) => item.index)).toEqual(expected.filter((item) => !item.ok).map((item) => item.index));
        },
      ),
      { numRuns: 500 },
    );
  });
});
