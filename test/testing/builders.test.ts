import { describe, expect, it } from 'vitest';
import { decide, PolicyInputError, planActivation } from '../../src';
import { ORG_SETTINGS_DEFAULTS, orgSettings, USER_SNAPSHOT_DEFAULTS, userSnapshot } from '../../src/testing';

function thrown(build: () => unknown): PolicyInputError {
  try {
    build();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error('expected the builder to throw');
}

describe('userSnapshot', () => {
  it('is a new paid user, never signed in, never emailed', () => {
    expect(userSnapshot()).toStrictEqual({ id: 'user-1', license: 'paid', hasSignedIn: false });
    expect(decide({}, userSnapshot())).toMatchObject({ kind: 'auto-send', rule: 'new-user', userId: 'user-1' });
  });

  it('puts overrides on top and returns a fresh object each time', () => {
    const overrides = { id: 'u-7', invitedAt: '2026-05-01T08:30:00+02:00', remindersSent: 2 } as const;
    const user = userSnapshot(overrides);
    expect(user).toStrictEqual({ ...USER_SNAPSHOT_DEFAULTS, ...overrides });
    expect(user).not.toBe(userSnapshot(overrides));
    expect(userSnapshot()).not.toBe(userSnapshot());
    expect(Object.isFrozen(userSnapshot())).toBe(false);
  });

  it('leaves out an optional field overridden with undefined', () => {
    const user = userSnapshot({ invitedAt: undefined, previousLicense: null });
    expect(user).toStrictEqual({ id: 'user-1', license: 'paid', hasSignedIn: false, previousLicense: null });
    expect('invitedAt' in user).toBe(false);
  });

  it('throws a PolicyInputError naming each bad override', () => {
    const error = thrown(() => userSnapshot({ remindersSent: -1, invitedAt: '2026-02-30T08:30:00Z' }));
    expect(error.issues.map((issue) => issue.path)).toEqual([['invitedAt'], ['remindersSent']]);
    expect(error.message).toMatch(/^Invalid userSnapshot\(\) overrides: invitedAt: .*; remindersSent: /);
  });

  it('names lastEmailedAt when it is set without invitedAt', () => {
    const error = thrown(() => userSnapshot({ lastEmailedAt: '2026-05-01T08:30:00Z' }));
    expect(error.issues.map((issue) => issue.path)).toEqual([['lastEmailedAt']]);
  });

  it('names a required field overridden with undefined', () => {
    expect(thrown(() => userSnapshot({ id: undefined })).issues.map((issue) => issue.path)).toEqual([['id']]);
  });

  it('refuses unknown keys, typos included, instead of dropping them', () => {
    const error = thrown(() => userSnapshot({ hasSignedin: true } as never));
    expect(error.issues).toEqual([
      { path: ['hasSignedin'], message: expect.stringMatching(/^is not a user snapshot field; the fields are id, /) },
    ]);
  });

  it('refuses overrides that are not an object', () => {
    for (const overrides of [null, 'u1', 3, []]) {
      expect(thrown(() => userSnapshot(overrides as never)).issues.map((issue) => issue.path)).toEqual([[]]);
    }
  });

  it('turns overrides whose reads throw into a PolicyInputError', () => {
    const getter = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const overrides of [getter, proxy]) {
      expect(thrown(() => userSnapshot(overrides as never)).issues.map((issue) => issue.path)).toEqual([[]]);
      expect(thrown(() => orgSettings(overrides as never)).issues.map((issue) => issue.path)).toEqual([[]]);
    }
  });

  it('builds batches when each user has its own id', () => {
    const plan = planActivation(orgSettings(), [userSnapshot({ id: 'a' }), userSnapshot({ id: 'b', license: 'free' })]);
    expect(plan.invalid).toEqual([]);
  });
});

describe('orgSettings', () => {
  it('fills every default and keeps overrides', () => {
    expect(orgSettings()).toStrictEqual({ autoSendActivationEmails: true, meetingsIncluded: false });
    expect(orgSettings()).toStrictEqual(ORG_SETTINGS_DEFAULTS);
    expect(orgSettings()).not.toBe(ORG_SETTINGS_DEFAULTS);
    expect(orgSettings({ autoSendActivationEmails: false, meetingsIncluded: true })).toStrictEqual({
      autoSendActivationEmails: false,
      meetingsIncluded: true,
    });
    expect(orgSettings({ meetingsIncluded: undefined })).toStrictEqual(ORG_SETTINGS_DEFAULTS);
  });

  it('throws a PolicyInputError naming a bad or unknown setting', () => {
    expect(thrown(() => orgSettings({ autoSendActivationEmails: 'false' } as never)).issues.map((i) => i.path)).toEqual([
      ['autoSendActivationEmails'],
    ]);
    const typo = thrown(() => orgSettings({ autoSendActivationEmail: false } as never));
    expect(typo.issues.map((issue) => issue.path)).toEqual([['autoSendActivationEmail']]);
    expect(typo.message).toMatch(/^Invalid orgSettings\(\) overrides: autoSendActivationEmail: is not a settings field/);
  });
});
