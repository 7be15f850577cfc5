import { describe, expectTypeOf, it } from 'vitest';
import type { SCHEMA_FILES } from '../../scripts/json-schemas';
import type {
  Decision,
  License,
  MANUAL_EMAIL_DRAFT_FIELDS,
  ManualEmailDraft,
  ManualRequiredDecision,
  ORG_SETTINGS_KEYS,
  OrgSettings,
  USER_SNAPSHOT_KEYS,
  UserSnapshot,
} from '../../src/index';

// The JSON Schema files are generated from these key lists; the lists must name exactly the
// fields of the TypeScript types, so a field added to a type cannot be missing from its schema.
describe('the lists the JSON Schemas are generated from match the types', () => {
  it('USER_SNAPSHOT_KEYS names every UserSnapshot field', () => {
    expectTypeOf<(typeof USER_SNAPSHOT_KEYS)[number]>().toEqualTypeOf<keyof UserSnapshot>();
    expectTypeOf<UserSnapshot['license']>().toEqualTypeOf<License>();
  });

  it('ORG_SETTINGS_KEYS names every OrgSettings field', () => {
    expectTypeOf<(typeof ORG_SETTINGS_KEYS)[number]>().toEqualTypeOf<keyof OrgSettings>();
  });

  it('MANUAL_EMAIL_DRAFT_FIELDS names every ManualEmailDraft field', () => {
    type Fields = (typeof MANUAL_EMAIL_DRAFT_FIELDS)[keyof typeof MANUAL_EMAIL_DRAFT_FIELDS];
    expectTypeOf<Fields>().toEqualTypeOf<keyof ManualEmailDraft>();
  });

  it('a decision has the five common fields, and manual-required two more', () => {
    expectTypeOf<keyof Decision>().toEqualTypeOf<'kind' | 'userId' | 'rule' | 'reasons' | 'policyVersion'>();
    expectTypeOf<Exclude<keyof ManualRequiredDecision, keyof Decision>>().toEqualTypeOf<'trigger' | 'checklist'>();
  });

  it('the five files are named as the package exports them', () => {
    expectTypeOf<(typeof SCHEMA_FILES)[number]>().toEqualTypeOf<
      'user-snapshot.json' | 'org-settings.json' | 'decision.json' | 'manual-email-draft.json' | 'journal-entry.json'
    >();
  });
});
