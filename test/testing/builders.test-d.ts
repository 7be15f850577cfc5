import { describe, expectTypeOf, it } from 'vitest';
import type { OrgSettings, UserSnapshot } from '../../src';
import { orgSettings, userSnapshot } from '../../src/testing';

describe('builders', () => {
  it('keeps literal types', () => {
    expectTypeOf(userSnapshot()).toEqualTypeOf<{ readonly id: 'user-1'; readonly license: 'paid'; readonly hasSignedIn: false }>();
    const free = userSnapshot({ license: 'free', invitedAt: '2026-05-01T08:30:00Z' });
    expectTypeOf(free.license).toEqualTypeOf<'free'>();
    expectTypeOf(free.invitedAt).toEqualTypeOf<'2026-05-01T08:30:00Z'>();
    expectTypeOf(free).toMatchTypeOf<UserSnapshot>();
    expectTypeOf(orgSettings({ autoSendActivationEmails: false }).autoSendActivationEmails).toEqualTypeOf<false>();
    expectTypeOf(orgSettings()).toMatchTypeOf<OrgSettings>();
    const flag: boolean = Math.random() > 0.5;
    expectTypeOf(orgSettings({ meetingsIncluded: flag }).meetingsIncluded).toEqualTypeOf<boolean>();
  });
  it('rejects unknown keys and wrong types', () => {
    // @ts-expect-error a typo is not a field
    userSnapshot({ hasSignedin: true });
    // @ts-expect-error a licence is 'free' or 'paid'
    userSnapshot({ license: 'Paid' });
    // @ts-expect-error not a setting
    orgSettings({ autoSendActivationEmail: false });
  });
});
