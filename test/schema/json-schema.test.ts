import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormatsModule from 'ajv-formats';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, SCHEMA_FILES, schemaFileText, type SchemaFile } from '../../scripts/json-schemas';
import {
  checkManualEmail,
  decide,
  INSTANT_PATTERN,
  parseInstant,
  parseOrgSettings,
  parseUserSnapshot,
  type Issue,
} from '../../src/index';
import { arbDecisionInput, arbInvalidUserSnapshot } from '../../src/testing/index';
import { arbOneFieldOff, arbSettingsInput, arbSnapshotInput } from './near-miss';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ROOT = join(__dirname, '..', '..');
const RUNS = 1_000;
// A mistaken schema must be caught every time, not most times: each mistake below shows on at
// least 0.25% of the inputs (measured over 20,000 draws), so 20,000 runs miss it with odds
// under 1e-20. A property stops at its first counterexample, a few hundred runs in.
const MISTAKE_RUNS = 20_000;

function committed(file: SchemaFile): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) as Record<string, unknown>;
}

/**
 * Two ways a validator may read the schemas: `format` as a bare annotation (the 2020-12
 * default, and what most validators do out of the box), or asserted (Ajv with ajv-formats).
 */
function compile(file: SchemaFile, assertFormats: boolean): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: assertFormats });
  if (assertFormats) addFormats(ajv);
  return ajv.compile(committed(file));
}

type Mutable = Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };

/** The committed schema with one mistake put in, compiled (formats as annotations). */
function mistaken(file: SchemaFile, mistake: (schema: Mutable) => void): ValidateFunction {
  const schema = structuredClone(committed(file)) as Mutable;
  mistake(schema);
  return new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(schema);
}

describe('the committed schema files', () => {
  const built = buildJsonSchemas();

  it.each(SCHEMA_FILES)('schemas/%s is what `npm run schemas` generates (run it after changing the code)', (file) => {
    expect(readFileSync(join(ROOT, 'schemas', file), 'utf8')).toBe(schemaFileText(built[file]));
  });

  it.each(SCHEMA_FILES)('schemas/%s is a valid draft 2020-12 schema that strict Ajv compiles', (file) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false });
    expect(ajv.validateSchema(committed(file))).toBe(true);
    expect(committed(file)['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => compile(file, true)).not.toThrow();
  });

  it('ships every file under its exact subpath', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.files).toContain('schemas');
    for (const file of SCHEMA_FILES) expect(pkg.exports[`./schemas/${file}`]).toBe(`./schemas/${file}`);
  });

  it.each(SCHEMA_FILES)('activation-email-policy/schemas/%s resolves through the exports map', (file) => {
    // The package refers to itself by name, as a user's import would.
    const require = createRequire(join(ROOT, 'package.json'));
    expect(require.resolve(`activation-email-policy/schemas/${file}`)).toBe(join(ROOT, 'schemas', file));
    expect(require(`activation-email-policy/schemas/${file}`)).toStrictEqual(committed(file));
  });
});

// The two checks a JSON Schema cannot make on a snapshot. Anything else the parser refuses, the
// schema must refuse too.
function isCalendarIssue(issue: Issue, input: unknown): boolean {
  const key = issue.path[0];
  if (issue.path.length !== 1 || (key !== 'invitedAt' && key !== 'lastEmailedAt')) return false;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' && new RegExp(INSTANT_PATTERN).test(value) && parseInstant(value) === null;
}

function isOrderIssue(issue: Issue): boolean {
  return issue.path.join('.') === 'lastEmailedAt' && issue.message === 'is earlier than invitedAt, the first email';
}

type Verdict = 'both-accept' | 'both-refuse' | 'only-parser-refuses' | 'disagree';

/**
 * How a snapshot schema and the parser judge one input. They may differ only where the parser
 * makes a check the schema documents it cannot make: the order of the two instants, and, when
 * formats are not asserted, the calendar day.
 */
function snapshotVerdict(validate: ValidateFunction, assertFormats: boolean, input: unknown): Verdict {
  const parsed = parseUserSnapshot(input);
  const valid = validate(input);
  if (parsed.ok) return valid ? 'both-accept' : 'disagree';
  if (!valid) return 'both-refuse';
  const blind = parsed.issues.every(
    (issue) => isOrderIssue(issue) || (!assertFormats && isCalendarIssue(issue, input)),
  );
  return blind ? 'only-parser-refuses' : 'disagree';
}

describe('user-snapshot.json agrees with parseUserSnapshot', () => {
  it.each([
    ['format as an annotation', false],
    ['format asserted (ajv-formats)', true],
  ] as const)('%s: what the parser accepts the schema accepts, and the reverse up to the documented checks', (_label, assertFormats) => {
    const validate = compile('user-snapshot.json', assertFormats);
    const seen: Record<Verdict, number> = { 'both-accept': 0, 'both-refuse': 0, 'only-parser-refuses': 0, disagree: 0 };
    fc.assert(
      fc.property(arbSnapshotInput(), (input) => {
        const verdict = snapshotVerdict(validate, assertFormats, input);
        seen[verdict] += 1;
        expect(verdict, `${JSON.stringify(input)}: ${JSON.stringify(parseUserSnapshot(input))} ${JSON.stringify(validate.errors)}`).not.toBe('disagree');
      }),
      { numRuns: RUNS },
    );
    // The property only means something if both sides of the line came up.
    expect(seen['both-accept']).toBeGreaterThan(RUNS / 10);
    expect(seen['both-refuse']).toBeGreaterThan(RUNS / 10);
    expect(seen['only-parser-refuses']).toBeGreaterThan(0);
  });

  // The agreement property has teeth: each small mistake in the schema is found by it.
  const mistakes: [string, (schema: Mutable) => void][] = [
    ['hasSignedIn not required', (schema) => (schema['required'] = ['id', 'license'])],
    ['an empty id allowed', (schema) => delete schema.properties['id']!['minLength']],
    ['a negative remindersSent allowed', (schema) => (schema.properties['remindersSent']!['minimum'] = -1)],
    ['an unsafe remindersSent allowed', (schema) => delete schema.properties['remindersSent']!['maximum']],
    ['any instant string allowed', (schema) => delete schema.properties['invitedAt']!['pattern']],
    [
      'a last email without a first allowed',
      (schema) => {
        delete schema['if'];
        delete schema['then'];
      },
    ],
    ['previousLicense null refused', (schema) => (schema.properties['previousLicense']!['enum'] = ['free', 'paid'])],
    ['licence in any case', (schema) => (schema.properties['license']!['enum'] = ['free', 'paid', 'Paid', 'FREE'])],
    ['extra fields refused', (schema) => (schema['additionalProperties'] = false)],
  ];
  it.each(mistakes)('would catch a schema with %s', (_label, mistake) => {
    const validate = mistaken('user-snapshot.json', mistake);
    // Mostly snapshots off in one field: a mistake about one rule shows on those.
    const inputs = fc.oneof({ weight: 3, arbitrary: arbOneFieldOff() }, { weight: 1, arbitrary: arbSnapshotInput() });
    const result = fc.check(
      fc.property(inputs, (input) => snapshotVerdict(validate, false, input) !== 'disagree'),
      { numRuns: MISTAKE_RUNS },
    );
    expect(result.failed).toBe(true);
  });

  it.each([
    ['format as an annotation', false, ['impossible-date', 'before-invited-at']],
    ['format asserted (ajv-formats)', true, ['before-invited-at']],
  ] as const)('%s: refuses every flaw of the testing kit but the documented ones', (_label, assertFormats, blind) => {
    const validate = compile('user-snapshot.json', assertFormats);
    const flaws = new Set<string>();
    fc.assert(
      fc.property(arbInvalidUserSnapshot(), ({ value, flaw }) => {
        // Only values JSON can carry as they are (no NaN, Date or undefined) say anything here.
        let text: string | undefined;
        try {
          text = JSON.stringify(value);
        } catch {
          return; // a bigint
        }
        if (text === undefined || !isDeepStrictEqual(JSON.parse(text), value)) return;
        flaws.add(flaw);
        // A blind flaw may still be refused for another reason (a last email without a first).
        if (!(blind as readonly string[]).includes(flaw)) expect(validate(value), `${flaw}: ${text}`).toBe(false);
      }),
      { numRuns: RUNS },
    );
    expect(flaws.size).toBeGreaterThanOrEqual(14);
  });

  it.each([
    ['2026-02-30T00:00:00Z', 'invitedAt'],
    ['2026-02-29T00:00:00Z', 'invitedAt'],
    ['1900-02-29T12:00:00+01:00', 'invitedAt'],
    ['2026-04-31T09:00:00Z', 'invitedAt'],
  ])('the parser still refuses %s, which the pattern lets through', (instant, field) => {
    const input = { id: 'u1', license: 'paid', hasSignedIn: false, [field]: instant };
    expect(compile('user-snapshot.json', false)(input)).toBe(true);
    expect(compile('user-snapshot.json', true)(input)).toBe(false);
    const parsed = parseUserSnapshot(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toStrictEqual([[field]]);
  });

  it('the parser still refuses a last email before the first, which no schema can compare', () => {
    const input = {
      id: 'u1',
      license: 'paid',
      hasSignedIn: false,
      invitedAt: '2026-05-02T00:00:00Z',
      lastEmailedAt: '2026-05-01T23:59:59Z',
    };
    expect(compile('user-snapshot.json', true)(input)).toBe(true);
    const parsed = parseUserSnapshot(input);
    expect(parsed.ok ? [] : parsed.issues).toStrictEqual([
      { path: ['lastEmailedAt'], message: 'is earlier than invitedAt, the first email' },
    ]);
  });

  it('the schema does express that a last email needs a first one', () => {
    const validate = compile('user-snapshot.json', false);
    const base = { id: 'u1', license: 'paid', hasSignedIn: false, lastEmailedAt: '2026-05-01T00:00:00Z' };
    expect(validate(base)).toBe(false);
    expect(validate({ ...base, invitedAt: null })).toBe(false);
    expect(validate({ ...base, invitedAt: '2026-04-01T00:00:00Z' })).toBe(true);
    expect(validate({ ...base, lastEmailedAt: null })).toBe(true);
  });
});

describe('org-settings.json agrees with parseOrgSettings', () => {
  it.each([false, true])('exactly, both ways (formats asserted: %s)', (assertFormats) => {
    const validate = compile('org-settings.json', assertFormats);
    let accepted = 0;
    fc.assert(
      fc.property(arbSettingsInput(), (input) => {
        const ok = parseOrgSettings(input).ok;
        expect(validate(input)).toBe(ok);
        if (ok) accepted += 1;
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(accepted).toBeLessThan(RUNS * 0.9);
  });

  it.each([
    ['unknown keys allowed', (schema: Mutable) => (schema['additionalProperties'] = true)],
    ['a string flag allowed', (schema: Mutable) => (schema.properties['meetingsIncluded']!['type'] = ['boolean', 'string'])],
    ['a null flag allowed', (schema: Mutable) => (schema.properties['autoSendActivationEmails']!['type'] = ['boolean', 'null'])],
  ])('would catch a schema with %s', (_label, mistake) => {
    const validate = mistaken('org-settings.json', mistake);
    const result = fc.check(fc.property(arbSettingsInput(), (input) => validate(input) === parseOrgSettings(input).ok), {
      numRuns: MISTAKE_RUNS,
    });
    expect(result.failed).toBe(true);
  });

  it('carries the defaults as annotations', () => {
    const properties = committed('org-settings.json')['properties'] as Record<string, { default: unknown }>;
    expect(properties['autoSendActivationEmails']?.default).toBe(true);
    expect(properties['meetingsIncluded']?.default).toBe(false);
  });
});

// Every abstract input (licence, previous licence, signed in, emailed, auto-send, Meetings).
function* everyInput(): Generator<{ settings: Record<string, unknown>; user: Record<string, unknown> }> {
  const ABSENT = undefined;
  for (const license of ['free', 'paid'])
    for (const previousLicense of ['free', 'paid', null, ABSENT])
      for (const hasSignedIn of [true, false])
        for (const invitedAt of ['2026-05-01T08:30:00Z', null, ABSENT])
          for (const autoSendActivationEmails of [true, false, ABSENT])
            for (const meetingsIncluded of [true, false, ABSENT]) {
              const user = JSON.parse(JSON.stringify({ id: 'u1', license, previousLicense, hasSignedIn, invitedAt })) as Record<string, unknown>;
              const settings = JSON.parse(JSON.stringify({ autoSendActivationEmails, meetingsIncluded })) as Record<string, unknown>;
              yield { settings, user };
            }
}

describe('decision.json describes every decision', () => {
  const validate = compile('decision.json', true);

  it('accepts every decision over the whole abstract input space', () => {
    let count = 0;
    for (const { settings, user } of everyInput()) {
      const decision = decide(settings, user as never);
      expect(validate(JSON.parse(JSON.stringify(decision))), JSON.stringify(validate.errors)).toBe(true);
      count += 1;
    }
    expect(count).toBe(432);
  });

  it('accepts the decisions of generated inputs', () => {
    fc.assert(
      fc.property(arbDecisionInput(), ({ settings, user }) => {
        expect(validate(decide(settings, user))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const manual = decide({ autoSendActivationEmails: false }, { id: 'u1', license: 'paid', hasSignedIn: false });
  const auto = decide({}, { id: 'u1', license: 'paid', hasSignedIn: false });
  it.each([
    ['an unknown kind', { ...auto, kind: 'send-later' }],
    ['a kind its rule cannot give', { ...auto, kind: 'reminder-eligible' }],
    ['a trigger outside manual-required', { ...auto, trigger: 'new-user' }],
    ['manual-required without its checklist', { ...manual, checklist: undefined }],
    ['an unknown trigger', { ...manual, trigger: 'someone' }],
    ['an unknown checklist item', { ...manual, checklist: ['rollout-plan', 'a-poem'] }],
    ['no reasons', { ...auto, reasons: [] }],
    ['an unknown reason', { ...auto, reasons: ['because'] }],
    ['a repeated reason', { ...auto, reasons: ['paid-license', 'paid-license'] }],
    ['an empty user id', { ...auto, userId: '' }],
    ['an extra field', { ...auto, note: 'hi' }],
    ['no policy version', { ...auto, policyVersion: undefined }],
  ])('refuses %s', (_label, decision) => {
    expect(validate(JSON.parse(JSON.stringify(decision)))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The manual-email draft: a draft may be incomplete; the schema says every field filled in is
// usable. `checkManualEmail` reports both gaps (absent or blank) and faults (present, unusable):
// the schema must accept a draft exactly when it has no fault.

const TEXTS: readonly unknown[] = ['Webex replaces our desk phones on 1 June.', '', '   ', '\n', null, 42, true, ['a'], {}];
const WEB_LINKS = [
  'https://help.example.com/webex',
  'http://intranet.example.com/training?topic=webex#start',
  'HTTPS://Example.COM',
  '  https://help.example.com/a b  ',
  'https://user@help.example.com/',
  'https://example.com:8443/path',
  'https://[::1]/',
  'https://192.168.0.1/',
];
const NOT_LINKS = [
  'javascript:alert(1)',
  'data:text/html,hi',
  'mailto:help@example.com',
  'ftp://example.com/file',
  'help.example.com',
  'https://exa mple.com',
  '//example.com',
  'https://',
];
const PORTAL_LINKS = [
  'https://settings.webex.com',
  'https://settings.webex.com/',
  'https://SETTINGS.Webex.com/en/login?x=1#top',
  'https://settings.webex.com:443/',
  ' https://settings.webex.com ',
];
const NOT_PORTAL_LINKS = [
  'http://settings.webex.com',
  'https://settings.webex.com.evil.example',
  'https://evil.example/settings.webex.com',
  'https://user@settings.webex.com',
  'https://user:secret@settings.webex.com/',
  'https://settings.webex.com:8443/',
  'https://settings.webex.com./',
  'https://webex.com',
];
const OTHERS: readonly unknown[] = ['', '  ', null, 0, false, {}];

const arbLinks = fc.oneof(
  fc.array(fc.constantFrom(...WEB_LINKS), { minLength: 1, maxLength: 3 }),
  fc.array(fc.constantFrom(...WEB_LINKS, ...NOT_LINKS, null, 7), { minLength: 0, maxLength: 3 }),
  fc.constantFrom(...OTHERS, WEB_LINKS[0]),
);
const ABSENT = Symbol('absent');
const maybe = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof(fc.constant(ABSENT), arb);
const arbDraft = fc
  .record({
    rolloutPlan: maybe(fc.constantFrom(...TEXTS)),
    appValue: maybe(fc.constantFrom(...TEXTS)),
    pmrLink: maybe(fc.constantFrom(...WEB_LINKS, ...NOT_LINKS, ...OTHERS)),
    supportLinks: maybe(arbLinks),
    trainingLinks: maybe(arbLinks),
    userPortalLink: maybe(fc.constantFrom(...PORTAL_LINKS, ...NOT_PORTAL_LINKS, ...OTHERS)),
    activationInstructions: maybe(fc.constantFrom(...TEXTS)),
    signature: maybe(fc.constantFrom('The IT team', 3)),
  })
  .map((fields) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ABSENT)));

function isGap(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The fields checkManualEmail finds filled in but unusable. */
function faults(draft: Record<string, unknown>, meetingsIncluded: boolean): string[] {
  return checkManualEmail(draft, { meetingsIncluded })
    .problems.filter((problem) => !isGap(draft[problem.field]))
    .map((problem) => problem.field);
}

describe('manual-email-draft.json agrees with checkManualEmail', () => {
  it.each([false, true])('accepts a draft exactly when no filled-in field is unusable (formats asserted: %s)', (assertFormats) => {
    const validate = compile('manual-email-draft.json', assertFormats);
    let accepted = 0;
    fc.assert(
      fc.property(arbDraft, fc.boolean(), (draft, meetingsIncluded) => {
        const found = faults(draft, meetingsIncluded);
        expect(validate(draft), `${JSON.stringify(draft)} faults: ${found.join(', ')}`).toBe(found.length === 0);
        if (found.length === 0) accepted += 1;
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });

  type Variant = { pattern?: string; type?: string; items?: { pattern?: string }; minItems?: number };
  const variants = (schema: Mutable, field: string): Variant[] => schema.properties[field]!['anyOf'] as Variant[];
  it.each([
    ['any https link as the portal', (schema: Mutable) => (variants(schema, 'userPortalLink')[2]!.pattern = '^\\s*https://\\S+$')],
    ['an http portal link', (schema: Mutable) => (variants(schema, 'userPortalLink')[2]!.pattern = '^\\s*https?://[Ss][Ee][Tt][Tt][Ii][Nn][Gg][Ss]\\.[Ww][Ee][Bb][Ee][Xx]\\.[Cc][Oo][Mm](?:[/?#].*)?\\s*$')],
    ['any scheme in support links', (schema: Mutable) => (variants(schema, 'supportLinks')[2]!.items!.pattern = '^\\s*\\S+$')],
    ['an empty list of training links', (schema: Mutable) => delete variants(schema, 'trainingLinks')[2]!.minItems],
    ['an http PMR link', (schema: Mutable) => (variants(schema, 'pmrLink')[2]!.pattern = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+(?:[/?#].*)?\\s*$')],
    ['a number as text', (schema: Mutable) => (schema.properties['appValue']!['type'] = ['string', 'null', 'number'])],
  ])('would catch a schema with %s', (_label, mistake) => {
    const validate = mistaken('manual-email-draft.json', mistake);
    const result = fc.check(
      fc.property(arbDraft, fc.boolean(), (draft, meetingsIncluded) => validate(draft) === (faults(draft, meetingsIncluded).length === 0)),
      { numRuns: MISTAKE_RUNS },
    );
    expect(result.failed).toBe(true);
  });

  it('refuses what is not a draft, as checkManualEmail throws on it', () => {
    const validate = compile('manual-email-draft.json', false);
    for (const value of [null, [], 'draft', 3]) {
      expect(validate(value)).toBe(false);
      expect(() => checkManualEmail(value)).toThrow();
    }
    expect(validate({})).toBe(true);
  });

  // Links the URL Standard reads differently from any pattern: the checker is the authority.
  it.each([
    ['https://example.com:99999/', 'an invalid port'],
    ['https://[::1/', 'a broken IP literal'],
    ['https://exa<mple.com/', 'a forbidden host character'],
  ])('the checker still refuses %s (%s), which the pattern lets through', (link) => {
    const draft = { supportLinks: [link] };
    expect(compile('manual-email-draft.json', false)(draft)).toBe(true);
    expect(faults(draft, false)).toStrictEqual(['supportLinks']);
  });

  it.each([
    ['https:help.example.com', 'missing slashes'],
    ['https://help.example.com/a\nb', 'a line break inside, which the URL Standard strips'],
  ])('the checker accepts %s (%s), which the pattern refuses', (link) => {
    const draft = { supportLinks: [link] };
    expect(compile('manual-email-draft.json', false)(draft)).toBe(false);
    expect(faults(draft, false)).toStrictEqual([]);
  });
});
