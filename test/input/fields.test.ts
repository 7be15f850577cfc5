// Issue 15 point 1: one field table per input drives the parsers, the key lists and the JSON
// Schema files. These tests tie each of them to the table, so a field added to a table and
// missed anywhere fails here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  MANUAL_EMAIL_DRAFT_TABLE,
  ORG_SETTINGS_FIELDS,
  REMINDER_CADENCE_FIELDS,
  USER_SNAPSHOT_FIELDS,
} from '../../src/input/fields';
import {
  MANUAL_EMAIL_DRAFT_FIELDS,
  ORG_SETTINGS_KEYS,
  parseOrgSettings,
  parseReminderCadence,
  parseUserSnapshot,
  REMINDER_CADENCE_KEYS,
  USER_SNAPSHOT_KEYS,
} from '../../src/index';

const valid = { id: 'u1', license: 'paid', hasSignedIn: false } as const;
const schema = (file: string) => JSON.parse(readFileSync(join(__dirname, '../../schemas', file), 'utf8'));

describe('the field tables', () => {
  it('give the public key lists, in their order', () => {
    expect(USER_SNAPSHOT_KEYS).toEqual(USER_SNAPSHOT_FIELDS.map((field) => field.key));
    expect(ORG_SETTINGS_KEYS).toEqual(ORG_SETTINGS_FIELDS.map((field) => field.key));
    expect(REMINDER_CADENCE_KEYS).toEqual(REMINDER_CADENCE_FIELDS.map((field) => field.key));
    expect(Object.entries(MANUAL_EMAIL_DRAFT_FIELDS)).toEqual(MANUAL_EMAIL_DRAFT_TABLE.map((field) => [field.item, field.key]));
  });

  it("give every snapshot field's issue its rule, in table order", () => {
    const everyFieldBad = Object.fromEntries(USER_SNAPSHOT_FIELDS.map((field) => [field.key, Symbol('bad')]));
    const result = parseUserSnapshot(everyFieldBad);
    expect(!result.ok && result.issues).toEqual(
      USER_SNAPSHOT_FIELDS.map((field) => ({ path: [field.key], message: `${field.rule} (received a symbol)` })),
    );
  });

  it('say which snapshot fields are required and which may be null', () => {
    for (const field of USER_SNAPSHOT_FIELDS) {
      const absent = parseUserSnapshot(Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field.key)));
      expect(absent.ok).toBe(!('required' in field));
      expect(parseUserSnapshot({ ...valid, [field.key]: null }).ok).toBe('nullable' in field);
    }
  });

  it("give every settings and cadence field's issue its rule", () => {
    for (const [fields, parse] of [
      [ORG_SETTINGS_FIELDS, parseOrgSettings],
      [REMINDER_CADENCE_FIELDS, parseReminderCadence],
    ] as const) {
      const result = parse(Object.fromEntries(fields.map((field) => [field.key, 'bad'])));
      expect(!result.ok && result.issues).toEqual(
        fields.map((field) => ({ path: [field.key], message: `${field.rule} (received "bad")` })),
      );
    }
  });

  it('give the JSON Schema files their properties, in table order, and their required fields', () => {
    const snapshot = schema('user-snapshot.json');
    expect(Object.keys(snapshot.properties)).toEqual(USER_SNAPSHOT_KEYS);
    expect(snapshot.required).toEqual(USER_SNAPSHOT_FIELDS.filter((field) => 'required' in field).map((field) => field.key));
    expect(Object.keys(schema('org-settings.json').properties)).toEqual(ORG_SETTINGS_KEYS);
    expect(Object.keys(schema('manual-email-draft.json').properties)).toEqual(MANUAL_EMAIL_DRAFT_TABLE.map((field) => field.key));
  });
});
