// schemas/journal-entry.json is generated from the entry's field table (npm run schemas), like
// the other schemas, and judges every document as parseJournalEntry does, but for the calendar
// day a pattern cannot check.
import { Ajv2020 } from 'ajv/dist/2020';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, SCHEMA_FILES, schemaFileText } from '../../scripts/json-schemas';
import { JOURNAL_ENTRY_KEYS, parseJournalEntry } from '../../src/journal/index';
import { arbJournalEntry } from './arbitraries';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ROOT = join(__dirname, '..', '..');
const text = readFileSync(join(ROOT, 'schemas', 'journal-entry.json'), 'utf8');
const schema = JSON.parse(text) as { required: string[]; properties: Record<string, unknown> };

function compile(assertFormats: boolean) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: assertFormats });
  if (assertFormats) addFormats(ajv);
  return ajv.compile(schema);
}

/** Values that break one field or another, or fit one. */
const ODD_VALUES = [null, 0, 1, '', ' ', 'u1', true, [], {}, 'activation', 'reminder', 'sent', 'sending', 'failed', 'invite',
  '2026-05-01T08:00:00Z', '2026-05-01', '2026-02-30T08:00:00Z', '2026-02-29T08:00:00+02:00', '2026-05-01T08:00:00', '2026-05-01T24:00:00Z'];

/** A valid entry with one field replaced, removed, or an unknown one added. */
const arbNearMiss = fc.tuple(arbJournalEntry(), fc.constantFrom(...JOURNAL_ENTRY_KEYS, 'extra'), fc.option(fc.constantFrom(...ODD_VALUES), { nil: undefined })).map(
  ([entry, key, value]) => {
    const out: Record<string, unknown> = { ...entry };
    if (value === undefined) delete out[key];
    else out[key] = value;
    return out;
  },
);

describe('schemas/journal-entry.json', () => {
  it('is listed with the other schema files, and is what npm run schemas generates', () => {
    expect(SCHEMA_FILES).toContain('journal-entry.json');
    expect(text).toBe(schemaFileText(buildJsonSchemas()['journal-entry.json']));
  });

  it('has one property per field of the table, in order, and requires userId, at and email', () => {
    expect(Object.keys(schema.properties)).toStrictEqual([...JOURNAL_ENTRY_KEYS]);
    expect(schema.required).toStrictEqual(['userId', 'at', 'email']);
  });

  it('resolves through the package exports map', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./schemas/journal-entry.json']).toBe('./schemas/journal-entry.json');
  });

  it('with formats asserted, accepts exactly what parseJournalEntry accepts', () => {
    const validate = compile(true);
    fc.assert(
      fc.property(fc.oneof(arbJournalEntry(), arbNearMiss), (input) => {
        expect(validate(input)).toBe(parseJournalEntry(input).ok);
      }),
      { numRuns: 2_000 },
    );
  });

  it('with formats as annotations, differs from the parser only on an instant that is not a real calendar day', () => {
    const validate = compile(false);
    expect(validate({ userId: 'u1', at: '2026-02-30T08:00:00Z', email: 'activation' })).toBe(true);
    expect(parseJournalEntry({ userId: 'u1', at: '2026-02-30T08:00:00Z', email: 'activation' }).ok).toBe(false);
    fc.assert(
      fc.property(fc.oneof(arbJournalEntry(), arbNearMiss), (input) => {
        const parsed = parseJournalEntry(input);
        if (validate(input) === parsed.ok) return;
        expect(parsed.ok).toBe(false);
        expect(!parsed.ok && parsed.issues.map((issue) => issue.path.join('.'))).toStrictEqual(['at']);
        expect(['2026-02-30T08:00:00Z', '2026-02-29T08:00:00+02:00']).toContain(input['at']);
      }),
      { numRuns: 2_000 },
    );
  });
});
