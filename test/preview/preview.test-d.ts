import { describe, expectTypeOf, it } from 'vitest';
import {
  ADVISORY_CODES,
  previewSettingsChange,
  type AdvisoryCode,
  type InvalidItem,
  type KindChange,
  type KindCounts,
  type ManualTrigger,
  type OrgSettings,
  type OutcomeKind,
  type RuleId,
  type SettingsChangePreview,
} from '../../src/index';

describe('preview types', () => {
  it('ADVISORY_CODES is a read-only tuple and AdvisoryCode its union', () => {
    expectTypeOf(ADVISORY_CODES).toEqualTypeOf<
      readonly [
        'manual-onboarding-required',
        'no-verification-link',
        'reminders-suppressed',
        'conversions-still-sent',
        'new-users-emailed-automatically',
        'reminders-resumed',
      ]
    >();
    expectTypeOf<AdvisoryCode>().toEqualTypeOf<(typeof ADVISORY_CODES)[number]>();
  });

  it('previewSettingsChange takes two settings and an iterable', () => {
    expectTypeOf(previewSettingsChange).parameters.toEqualTypeOf<[OrgSettings, OrgSettings, Iterable<unknown>]>();
    expectTypeOf(previewSettingsChange).returns.toEqualTypeOf<SettingsChangePreview>();
    // @ts-expect-error settings are checked by type too
    previewSettingsChange({ autoSendActivationEmails: 'no' }, {}, []);
  });

  it('the preview is read-only and typed with outcome kinds and advisory codes', () => {
    expectTypeOf<SettingsChangePreview['changes']>().toEqualTypeOf<readonly KindChange[]>();
    expectTypeOf<SettingsChangePreview['advisories']>().toEqualTypeOf<readonly AdvisoryCode[]>();
    expectTypeOf<SettingsChangePreview['invalid']>().toEqualTypeOf<readonly InvalidItem[]>();
    expectTypeOf<SettingsChangePreview['autoSend']>().toEqualTypeOf<'turned-off' | 'turned-on' | 'unchanged'>();
    expectTypeOf<SettingsChangePreview['counts']['after']>().toEqualTypeOf<KindCounts>();
    expectTypeOf<KindChange>().toEqualTypeOf<{
      readonly userId: string;
      readonly before: OutcomeKind;
      readonly after: OutcomeKind;
      readonly rule: RuleId;
      readonly trigger?: ManualTrigger;
    }>();
    expectTypeOf<KindCounts>().toEqualTypeOf<{ readonly [K in OutcomeKind]: number }>();
  });
});
