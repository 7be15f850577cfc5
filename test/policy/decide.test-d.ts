import { describe, expectTypeOf, it } from 'vitest';
import {
  decide,
  DEFAULT_ORG_SETTINGS,
  MANUAL_TRIGGERS,
  OUTCOME_KINDS,
  parseInstant,
  parseOrgSettings,
  parseUserSnapshot,
  PolicyInputError,
  POLICY_VERSION,
  REASON_CODES,
  RULES,
  type Decision,
  type DecisionOfKind,
  type Issue,
  type ManualEmailItem,
  type ManualRequiredDecision,
  type ManualTrigger,
  type OrgSettings,
  type OutcomeKind,
  type ParseResult,
  type ReasonCode,
  type ResolvedOrgSettings,
  type RuleId,
  type UserSnapshot,
} from '../../src/index';

describe('the decision type', () => {
  it('is a union on kind, with trigger and checklist only on manual-required', () => {
    const decision = decide({}, { id: 'u', license: 'paid', hasSignedIn: false });
    expectTypeOf(decision).toEqualTypeOf<Decision>();
    expectTypeOf(decision.kind).toEqualTypeOf<OutcomeKind>();
    // @ts-expect-error trigger only exists once the kind is narrowed to manual-required
    void decision.trigger;
    if (decision.kind === 'manual-required') {
      expectTypeOf(decision).toEqualTypeOf<ManualRequiredDecision>();
      expectTypeOf(decision.trigger).toEqualTypeOf<ManualTrigger>();
      expectTypeOf(decision.checklist).toEqualTypeOf<readonly ManualEmailItem[]>();
    } else {
      expectTypeOf(decision).not.toHaveProperty('trigger');
      expectTypeOf(decision).not.toHaveProperty('checklist');
    }
    expectTypeOf(decision.reasons).toEqualTypeOf<readonly ReasonCode[]>();
    expectTypeOf(decision.rule).toEqualTypeOf<RuleId>();
  });

  it('picks one member by kind', () => {
    expectTypeOf<DecisionOfKind<'manual-required'>>().toEqualTypeOf<ManualRequiredDecision>();
    expectTypeOf<DecisionOfKind<'auto-send'>['kind']>().toEqualTypeOf<'auto-send'>();
  });

  it('derives the kinds, triggers, reasons and rule ids from their lists', () => {
    expectTypeOf<OutcomeKind>().toEqualTypeOf<(typeof OUTCOME_KINDS)[number]>();
    expectTypeOf<OutcomeKind>().toEqualTypeOf<
      'auto-send' | 'skip-free' | 'notify-conversion' | 'manual-required' | 'reminder-eligible' | 'no-action'
    >();
    expectTypeOf<ManualTrigger>().toEqualTypeOf<'new-user' | 'inactive-user'>();
    expectTypeOf<ManualTrigger>().toEqualTypeOf<(typeof MANUAL_TRIGGERS)[number]>();
    expectTypeOf<ReasonCode>().toEqualTypeOf<(typeof REASON_CODES)[number]>();
    expectTypeOf<RuleId>().toEqualTypeOf<(typeof RULES)[number]['id']>();
  });
});

describe('the inputs', () => {
  it('types settings and snapshots as the contract says', () => {
    expectTypeOf<OrgSettings>().toEqualTypeOf<{
      readonly autoSendActivationEmails?: boolean;
      readonly meetingsIncluded?: boolean;
    }>();
    expectTypeOf<UserSnapshot['license']>().toEqualTypeOf<'free' | 'paid'>();
    expectTypeOf<UserSnapshot['previousLicense']>().toEqualTypeOf<'free' | 'paid' | null | undefined>();
    expectTypeOf<UserSnapshot['invitedAt']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<UserSnapshot['hasSignedIn']>().toEqualTypeOf<boolean>();
    expectTypeOf<UserSnapshot['id']>().toEqualTypeOf<string>();
    expectTypeOf(DEFAULT_ORG_SETTINGS).toEqualTypeOf<ResolvedOrgSettings>();
    expectTypeOf(POLICY_VERSION).toEqualTypeOf<string>();
  });

  it('makes decide refuse malformed literals at compile time', () => {
    // @ts-expect-error a licence is 'free' or 'paid'
    expectTypeOf(decide).toBeCallableWith({}, { id: 'u', license: 'gold', hasSignedIn: false });
    // @ts-expect-error hasSignedIn is required
    expectTypeOf(decide).toBeCallableWith({}, { id: 'u', license: 'paid' });
    expectTypeOf(decide).toBeCallableWith({}, { id: 'u', license: 'paid', hasSignedIn: false, invitedAt: null });
  });

  it('types the parsers as results that never throw', () => {
    expectTypeOf(parseUserSnapshot).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseUserSnapshot).returns.toEqualTypeOf<ParseResult<UserSnapshot>>();
    expectTypeOf(parseOrgSettings).returns.toEqualTypeOf<ParseResult<ResolvedOrgSettings>>();
    const result = parseUserSnapshot({});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<UserSnapshot>();
    else expectTypeOf(result.issues[0]).toEqualTypeOf<Issue>();
    expectTypeOf(parseInstant).returns.toEqualTypeOf<number | null>();
  });

  it('types the error with its issues', () => {
    expectTypeOf<PolicyInputError>().toMatchTypeOf<Error>();
    expectTypeOf<PolicyInputError['issues']>().toEqualTypeOf<readonly [Issue, ...Issue[]]>();
    expectTypeOf<Issue['path']>().toEqualTypeOf<readonly (string | number)[]>();
  });
});
