import { describe, expect, it } from 'vitest';
import { decide, parseOrgSettings, PolicyInputError } from '../../src/index';
import { thrown } from '../support/thrown';

const user = { id: 'u1', license: 'paid', hasSignedIn: false } as const;

describe('parseOrgSettings', () => {
  it('fills in the defaults: automatic emails on, no Meetings', () => {
    expect(parseOrgSettings({})).toEqual({ ok: true, value: { autoSendActivationEmails: true, meetingsIncluded: false } });
    expect(parseOrgSettings({ autoSendActivationEmails: undefined })).toEqual(parseOrgSettings({}));
  });

  it('keeps what is set, in a fresh object', () => {
    const input = Object.freeze({ autoSendActivationEmails: false, meetingsIncluded: true });
    const result = parseOrgSettings(input);
    expect(result).toEqual({ ok: true, value: { autoSendActivationEmails: false, meetingsIncluded: true } });
    expect(result.ok && result.value).not.toBe(input);
  });

  it.each([null, undefined, 'on', true, 1, ['autoSendActivationEmails']])('rejects %j on the empty path', (input) => {
    const result = parseOrgSettings(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual([[]]);
  });

  it.each([
    [{ autoSendActivationEmails: 'false' }, 'autoSendActivationEmails'],
    [{ autoSendActivationEmails: 0 }, 'autoSendActivationEmails'],
    [{ autoSendActivationEmails: null }, 'autoSendActivationEmails'],
    [{ meetingsIncluded: 'yes' }, 'meetingsIncluded'],
    [{ autoSendActivationEmail: false }, 'autoSendActivationEmail'],
  ])('rejects %j on %s', (input, path) => {
    const result = parseOrgSettings(input);
    expect(!result.ok && result.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });

  it('names a misspelt setting rather than ignoring it', () => {
    const result = parseOrgSettings({ autoSendActivationEmail: false });
    expect(!result.ok && result.issues[0]!.message).toMatch(/not a setting/);
  });

  it('rejects __proto__ from parsed JSON without touching any prototype', () => {
    const result = parseOrgSettings(JSON.parse('{"__proto__":{"autoSendActivationEmails":false}}'));
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual([['__proto__']]);
    expect(({} as Record<string, unknown>)['autoSendActivationEmails']).toBeUndefined();
  });

  it('reports a setting whose read throws', () => {
    const hostile = {
      get meetingsIncluded(): boolean {
        throw new Error('boom');
      },
    };
    const result = parseOrgSettings(hostile);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual([['meetingsIncluded']]);
  });
});

describe('decide with bad settings', () => {
  it.each([null, 'off', { autoSendActivationEmails: 'false' }, { autoSendActivationEmails: false, extra: 1 }])(
    'throws PolicyInputError for %j before looking at the user',
    (settings) => {
      const error = thrown(() => decide(settings as never, { id: '' } as never));
      expect(error).toBeInstanceOf(PolicyInputError);
      const issues = (error as PolicyInputError).issues;
      expect(issues.every((issue) => issue.path.length <= 1)).toBe(true);
      expect(issues.some((issue) => issue.path[0] === 'id')).toBe(false);
      expect((error as PolicyInputError).message).toMatch(/^Invalid settings: /);
    },
  );

  it('names the flag that is not a boolean', () => {
    const error = thrown(() => decide({ autoSendActivationEmails: 'false' } as never, user)) as PolicyInputError;
    expect(error.issues).toEqual([{ path: ['autoSendActivationEmails'], message: expect.stringContaining('"false"') }]);
    expect(error.message).toContain('autoSendActivationEmails');
  });
});

describe('messages about huge keys', () => {
  it('keep the key whole in the issue path but cut it short in the error message', () => {
    const key = 'k'.repeat(1_000_000);
    const error = thrown(() => decide({ [key]: true } as never, user)) as PolicyInputError;
    expect(error.issues[0]!.path).toEqual([key]);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain(`${'k'.repeat(40)}…`);
  });
});
