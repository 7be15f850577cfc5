import { describe, expectTypeOf, it } from 'vitest';
import {
  composeManualEmail,
  COMPOSED_EMAIL_KINDS,
  PolicyInputError,
  type ComposedEmail,
  type ComposedEmailKind,
  type ComposeOptions,
  type Locale,
  type ManualEmailDraft,
  type ManualEmailRecipient,
} from '../../src/compose/index';
import { PolicyInputError as MainPolicyInputError, type ManualEmailDraft as MainDraft } from '../../src/index';

describe('compose types', () => {
  it('composeManualEmail takes a draft, a recipient and optional options, and gives four strings', () => {
    expectTypeOf(composeManualEmail).parameter(0).toEqualTypeOf<ManualEmailDraft>();
    expectTypeOf(composeManualEmail).parameter(1).toEqualTypeOf<ManualEmailRecipient>();
    expectTypeOf(composeManualEmail).parameter(2).toEqualTypeOf<ComposeOptions | undefined>();
    expectTypeOf(composeManualEmail).returns.toEqualTypeOf<ComposedEmail>();
    expectTypeOf<ComposedEmail>().toEqualTypeOf<{ readonly to: string; readonly subject: string; readonly text: string; readonly html: string }>();
  });

  it('options: a known locale, one of the two emails, a boolean', () => {
    expectTypeOf<ComposedEmailKind>().toEqualTypeOf<'activation' | 'reminder'>();
    expectTypeOf(COMPOSED_EMAIL_KINDS).toEqualTypeOf<readonly ['activation', 'reminder']>();
    expectTypeOf<ComposeOptions['locale']>().toEqualTypeOf<Locale | undefined>();
    const draft: ManualEmailDraft = {};
    // @ts-expect-error only known locales
    composeManualEmail(draft, { email: 'a@b.example' }, { locale: 'de' });
    // @ts-expect-error only the two emails
    composeManualEmail(draft, { email: 'a@b.example' }, { email: 'welcome' });
    // @ts-expect-error meetingsIncluded is a boolean
    composeManualEmail(draft, { email: 'a@b.example' }, { meetingsIncluded: 'yes' });
  });

  it('a recipient needs an email; name and pmrLink are optional strings; a user snapshot with an email fits', () => {
    // @ts-expect-error email is required
    const none: ManualEmailRecipient = { name: 'Ana' };
    const full: ManualEmailRecipient = { email: 'a@b.example', name: 'Ana', pmrLink: 'https://acme.webex.com/meet/ana' };
    const snapshot = { id: 'u1', license: 'paid', hasSignedIn: false, email: 'a@b.example' } as const;
    composeManualEmail({}, snapshot);
    expectTypeOf(full.name).toEqualTypeOf<string | undefined>();
    void none;
  });

  it('shares the main entry\'s draft type and error class', () => {
    expectTypeOf<ManualEmailDraft>().toEqualTypeOf<MainDraft>();
    expectTypeOf(PolicyInputError).toEqualTypeOf<typeof MainPolicyInputError>();
  });
});
