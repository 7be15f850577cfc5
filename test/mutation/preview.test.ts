// Preview of a settings change: what test/preview leaves unsaid and a caller still sees. Each
// test names the mutant it was written against (Stryker run over src/preview).
import { describe, expect, it } from 'vitest';
import { previewSettingsChange, type OrgSettings } from '../../src/index';
import { thrownPolicyError } from '../support/thrown';

describe('previewSettingsChange refusing the settings', () => {
  // Mutants: nestIssues('after', ...) and the subject 'settings' emptied, when only `after` is bad.
  it('names after, and calls it settings, when only the settings being considered are bad', () => {
    const error = thrownPolicyError(() => previewSettingsChange({}, { autoSendActivationEmails: 'off' } as never, []));
    expect(error.issues.map((issue) => issue.path)).toEqual([['after', 'autoSendActivationEmails']]);
    expect(error.message).toMatch(/^Invalid settings: after\.autoSendActivationEmails: /);
  });

  it('names before, and calls it settings, when only the settings now are bad', () => {
    const error = thrownPolicyError(() => previewSettingsChange({ autoSendActivationEmails: 'on' } as never, {}, []));
    expect(error.issues.map((issue) => issue.path)).toEqual([['before', 'autoSendActivationEmails']]);
    expect(error.message).toMatch(/^Invalid settings: before\.autoSendActivationEmails: /);
  });

  it('names both, before first, when both are bad', () => {
    const error = thrownPolicyError(() =>
      previewSettingsChange({ autoSendActivationEmails: 1 } as never, { meetingsIncluded: 'yes' } as never, []),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([['before', 'autoSendActivationEmails'], ['after', 'meetingsIncluded']]);
    expect(error.message).toMatch(/^Invalid settings: before\.autoSendActivationEmails: .*; after\.meetingsIncluded: /);
  });
});

describe('previewSettingsChange changes', () => {
  const inactive = { id: 'ina', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' };
  const fresh = { id: 'new', license: 'paid', hasSignedIn: false };
  const off: OrgSettings = { autoSendActivationEmails: false };

  // Mutants of kindChange: the trigger taken from the wrong side.
  it('carries the manual side\'s trigger whichever way the setting turns', () => {
    expect(previewSettingsChange({}, off, [fresh, inactive]).changes).toEqual([
      { userId: 'new', before: 'auto-send', after: 'manual-required', rule: 'new-user', trigger: 'new-user' },
      { userId: 'ina', before: 'reminder-eligible', after: 'manual-required', rule: 'inactive-user', trigger: 'inactive-user' },
    ]);
    expect(previewSettingsChange(off, {}, [fresh, inactive]).changes).toEqual([
      { userId: 'new', before: 'manual-required', after: 'auto-send', rule: 'new-user', trigger: 'new-user' },
      { userId: 'ina', before: 'manual-required', after: 'reminder-eligible', rule: 'inactive-user', trigger: 'inactive-user' },
    ]);
  });
});
