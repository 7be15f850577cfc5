import { describe, expectTypeOf, it } from 'vitest';
import {
  checkManualEmail,
  type ManualEmailCheck,
  type ManualEmailDraft,
  type ManualEmailItem,
  type ManualEmailProblem,
  type Locale,
  type OrgSettings,
} from '../../src/index';

describe('manual-email types', () => {
  it('checkManualEmail takes any draft, an optional context and an optional locale', () => {
    expectTypeOf(checkManualEmail).parameter(0).toBeUnknown();
    expectTypeOf(checkManualEmail).parameter(1).toEqualTypeOf<{ readonly meetingsIncluded?: boolean } | undefined>();
    expectTypeOf(checkManualEmail).parameter(2).toEqualTypeOf<Locale | undefined>();
    expectTypeOf(checkManualEmail).returns.toEqualTypeOf<ManualEmailCheck>();
    // @ts-expect-error only known locales
    checkManualEmail({}, {}, 'de');
    // The org's settings fit as the context.
    const settings: OrgSettings = { meetingsIncluded: true };
    checkManualEmail({}, settings);
    // @ts-expect-error meetingsIncluded is a boolean
    checkManualEmail({}, { meetingsIncluded: 'yes' });
  });

  it('the result names checklist items and draft fields', () => {
    expectTypeOf<ManualEmailCheck['missing']>().toEqualTypeOf<readonly ManualEmailItem[]>();
    expectTypeOf<ManualEmailCheck['problems']>().toEqualTypeOf<readonly ManualEmailProblem[]>();
    expectTypeOf<ManualEmailCheck['complete']>().toBeBoolean();
    expectTypeOf<ManualEmailProblem['item']>().toEqualTypeOf<ManualEmailItem>();
    expectTypeOf<ManualEmailProblem['field']>().toEqualTypeOf<
      'rolloutPlan' | 'appValue' | 'pmrLink' | 'supportLinks' | 'trainingLinks' | 'userPortalLink' | 'activationInstructions'
    >();
  });

  it('ManualEmailDraft has one optional field per item', () => {
    expectTypeOf<keyof ManualEmailDraft>().toEqualTypeOf<ManualEmailProblem['field']>();
    expectTypeOf<ManualEmailDraft['supportLinks']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<{}>().toMatchTypeOf<ManualEmailDraft>();
  });
});
