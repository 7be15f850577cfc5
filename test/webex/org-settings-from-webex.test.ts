import { describe, expect, it } from 'vitest';
import { parseOrgSettings } from '../../src/index';
import { orgSettingsFromWebex, WEBEX_ACTIVATION_EMAIL_SETTING_KEY } from '../../src/webex/index';
import { throwingGetter, throwingProxy } from '../support/hostile';
import settingOff from './fixtures/setting-off.json';
import settingOn from './fixtures/setting-on.json';

const paths = (result: ReturnType<typeof orgSettingsFromWebex>) => (result.ok ? [] : result.issues.map((issue) => issue.path));

describe('orgSettingsFromWebex', () => {
  it('maps the setting value to autoSendActivationEmails', () => {
    expect(orgSettingsFromWebex(settingOff)).toEqual({ ok: true, value: { autoSendActivationEmails: false } });
    expect(orgSettingsFromWebex(settingOn)).toEqual({ ok: true, value: { autoSendActivationEmails: true } });
    expect(orgSettingsFromWebex({ key: WEBEX_ACTIVATION_EMAIL_SETTING_KEY, value: false })).toEqual(orgSettingsFromWebex(settingOff));
  });

  it('adds meetingsIncluded from extra', () => {
    expect(orgSettingsFromWebex(settingOff, { meetingsIncluded: true })).toEqual({
      ok: true,
      value: { autoSendActivationEmails: false, meetingsIncluded: true },
    });
    expect(orgSettingsFromWebex(settingOff, {})).toEqual(orgSettingsFromWebex(settingOff));
    expect(paths(orgSettingsFromWebex(settingOff, { meetingsIncluded: 'yes' as unknown as boolean }))).toEqual([['meetingsIncluded']]);
  });

  it('returns settings that parseOrgSettings accepts', () => {
    for (const setting of [settingOff, settingOn]) {
      for (const extra of [undefined, { meetingsIncluded: true }, { meetingsIncluded: false }]) {
        const result = orgSettingsFromWebex(setting, extra);
        expect(result.ok && parseOrgSettings(result.value).ok).toBe(true);
      }
    }
  });

  it('rejects another key and any value that is not a JSON boolean', () => {
    expect(paths(orgSettingsFromWebex({ ...settingOff, key: 'allow-user-invite-emails' }))).toEqual([['key']]);
    for (const value of ['false', 'true', 0, null, undefined]) {
      expect(paths(orgSettingsFromWebex({ ...settingOff, value })), String(value)).toEqual([['value']]);
    }
    expect(paths(orgSettingsFromWebex({ name: 'Automatic Activation Emails' }))).toEqual([['key'], ['value']]);
  });

  it('never throws', () => {
    expect(paths(orgSettingsFromWebex(null))).toEqual([[]]);
    expect(paths(orgSettingsFromWebex([settingOff]))).toEqual([[]]);
    expect(paths(orgSettingsFromWebex(throwingProxy()))).toEqual([['key'], ['value']]);
    expect(paths(orgSettingsFromWebex(throwingGetter('value', { key: WEBEX_ACTIVATION_EMAIL_SETTING_KEY })))).toEqual([['value']]);
    expect(paths(orgSettingsFromWebex(settingOn, throwingProxy()))).toEqual([['meetingsIncluded']]);
    expect(paths(orgSettingsFromWebex(settingOn, 'meetings' as never))).toEqual([['meetingsIncluded']]);
  });
});
