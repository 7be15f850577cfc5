import type fc from 'fast-check';
import { describe, expectTypeOf, it } from 'vitest';
import type { OrgSettings, OutcomeKind, RuleId, UserSnapshot } from '../../src';
import {
  arbDecisionInput,
  arbInstant,
  arbInvalidUserSnapshot,
  arbOrgSettings,
  arbUserId,
  arbUserSnapshot,
  ORG_SETTINGS_DEFAULTS,
  USER_SNAPSHOT_DEFAULTS,
  type BuiltOrgSettings,
  type BuiltUserSnapshot,
  type DecisionInput,
  type DecisionInputOptions,
  type InvalidUserSnapshot,
  type SnapshotFlaw,
} from '../../src/testing';

describe('the arbitraries', () => {
  it('are fast-check arbitraries of the package types', () => {
    expectTypeOf(arbOrgSettings()).toEqualTypeOf<fc.Arbitrary<OrgSettings>>();
    expectTypeOf(arbUserSnapshot()).toEqualTypeOf<fc.Arbitrary<UserSnapshot>>();
    expectTypeOf(arbInstant()).toEqualTypeOf<fc.Arbitrary<string>>();
    expectTypeOf(arbUserId()).toEqualTypeOf<fc.Arbitrary<string>>();
    expectTypeOf(arbInvalidUserSnapshot()).toEqualTypeOf<fc.Arbitrary<InvalidUserSnapshot>>();
    expectTypeOf(arbDecisionInput()).toEqualTypeOf<fc.Arbitrary<DecisionInput>>();
    expectTypeOf(arbDecisionInput('auto-send')).toEqualTypeOf<fc.Arbitrary<DecisionInput>>();
    expectTypeOf(arbDecisionInput({ kind: 'manual-required', rule: 'inactive-user' })).toEqualTypeOf<fc.Arbitrary<DecisionInput>>();
  });

  it('take a kind, a rule, or both, and nothing else', () => {
    expectTypeOf(arbDecisionInput).parameter(0).toEqualTypeOf<OutcomeKind | DecisionInputOptions | undefined>();
    expectTypeOf<DecisionInputOptions>().toEqualTypeOf<{ readonly kind?: OutcomeKind; readonly rule?: RuleId }>();
    // @ts-expect-error not an outcome kind
    arbDecisionInput('send');
    // @ts-expect-error not a rule id
    arbDecisionInput({ rule: 'new-users' });
  });

  it('describe their values', () => {
    expectTypeOf<DecisionInput>().toEqualTypeOf<{ readonly settings: OrgSettings; readonly user: UserSnapshot }>();
    expectTypeOf<InvalidUserSnapshot['value']>().toBeUnknown();
    expectTypeOf<InvalidUserSnapshot['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<InvalidUserSnapshot['flaw']>().toEqualTypeOf<SnapshotFlaw>();
    expectTypeOf<'wrong-case'>().toMatchTypeOf<SnapshotFlaw>();
    expectTypeOf<'typo'>().not.toMatchTypeOf<SnapshotFlaw>();
  });
});

describe('the defaults and built types', () => {
  it('are literal and readonly', () => {
    expectTypeOf(USER_SNAPSHOT_DEFAULTS).toEqualTypeOf<{ readonly id: 'user-1'; readonly license: 'paid'; readonly hasSignedIn: false }>();
    expectTypeOf(ORG_SETTINGS_DEFAULTS).toEqualTypeOf<{ readonly autoSendActivationEmails: true; readonly meetingsIncluded: false }>();
    expectTypeOf<BuiltUserSnapshot>().toEqualTypeOf<{ readonly id: 'user-1'; readonly license: 'paid'; readonly hasSignedIn: false }>();
    expectTypeOf<BuiltUserSnapshot<{ license: 'free'; remindersSent: number }>>().toEqualTypeOf<{
      readonly id: 'user-1';
      readonly license: 'free';
      readonly hasSignedIn: false;
      readonly remindersSent: number;
    }>();
    expectTypeOf<BuiltOrgSettings<{ autoSendActivationEmails: false }>>().toEqualTypeOf<{
      readonly autoSendActivationEmails: false;
      readonly meetingsIncluded: false;
    }>();
    expectTypeOf<BuiltUserSnapshot<{ invitedAt: string }>>().toMatchTypeOf<UserSnapshot>();
    expectTypeOf<BuiltOrgSettings>().toMatchTypeOf<OrgSettings>();
  });
});
