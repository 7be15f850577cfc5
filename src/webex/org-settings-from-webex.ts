import { describeValue, hasIssues, type Issue } from '../input/issue';
import { isRecord, ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import type { OrgSettings, ParseResult } from './main-entry';

/**
 * The key of the Webex org setting behind Control Hub's automatic activation emails switch.
 *
 * @example
 * WEBEX_ACTIVATION_EMAIL_SETTING_KEY
 * //=> 'allow-admin-invite-emails'
 */
export const WEBEX_ACTIVATION_EMAIL_SETTING_KEY = 'allow-admin-invite-emails';

/**
 * The org setting as `GET /v1/settings/organizations/{orgId}/settings/allow-admin-invite-emails`
 * returns it.
 *
 * @example
 * const setting: WebexOrgSetting = { key: 'allow-admin-invite-emails', value: false, name: 'Automatic Activation Emails' };
 */
export interface WebexOrgSetting {
  readonly key: string;
  readonly value: unknown;
  readonly name?: string;
  readonly [field: string]: unknown;
}

/**
 * What the Webex setting cannot say: whether the org bought the Webex App with Webex Meetings.
 *
 * @example
 * const extra: WebexOrgSettingsExtra = { meetingsIncluded: true };
 */
export interface WebexOrgSettingsExtra {
  readonly meetingsIncluded?: boolean;
}

function unreadable(value: unknown, rule: string): string {
  return value === UNREADABLE ? UNREADABLE_MESSAGE : `${rule} (received ${describeValue(value)})`;
}

/**
 * Maps the `allow-admin-invite-emails` setting response (`{ key, value, name }`) to
 * `OrgSettings`, as a parse result that never throws: `value` becomes
 * `autoSendActivationEmails`; `meetingsIncluded` comes from `extra` when given. Another `key`,
 * or a `value` that is not a JSON boolean (the string `"false"` included: a setting read wrong
 * would change every decision), is an issue. `name` and other fields are not read.
 *
 * @example
 * orgSettingsFromWebex({ key: 'allow-admin-invite-emails', value: false, name: 'Automatic Activation Emails' })
 * //=> { ok: true, value: { autoSendActivationEmails: false } }
 * orgSettingsFromWebex({ key: 'allow-admin-invite-emails', value: true }, { meetingsIncluded: true })
 * //=> { ok: true, value: { autoSendActivationEmails: true, meetingsIncluded: true } }
 * orgSettingsFromWebex({ key: 'some-other-setting', value: true }).ok
 * //=> false
 */
export function orgSettingsFromWebex(setting: unknown, extra?: WebexOrgSettingsExtra): ParseResult<OrgSettings> {
  const issues: Issue[] = [];
  // Set below from a boolean value, or the setting is refused.
  let autoSendActivationEmails: boolean | undefined;
  if (!isRecord(setting)) {
    issues.push({
      path: [],
      message: `the setting must be an object such as { key: '${WEBEX_ACTIVATION_EMAIL_SETTING_KEY}', value: false } (received ${describeValue(setting)})`,
    });
  } else {
    const key = ownField(setting, 'key');
    if (key !== WEBEX_ACTIVATION_EMAIL_SETTING_KEY) {
      issues.push({ path: ['key'], message: unreadable(key, `must be "${WEBEX_ACTIVATION_EMAIL_SETTING_KEY}"`) });
    }
    const value = ownField(setting, 'value');
    if (typeof value === 'boolean') autoSendActivationEmails = value;
    else issues.push({ path: ['value'], message: unreadable(value, 'must be true or false') });
  }
  let meetingsIncluded: boolean | undefined;
  if (isRecord(extra)) {
    const given = ownField(extra, 'meetingsIncluded');
    if (typeof given === 'boolean') meetingsIncluded = given;
    else if (given !== undefined) {
      issues.push({ path: ['meetingsIncluded'], message: unreadable(given, 'must be true or false, or left out') });
    }
  } else if (extra !== undefined) {
    issues.push({ path: ['meetingsIncluded'], message: `extra must be an object or left out (received ${describeValue(extra)})` });
  }
  if (hasIssues(issues)) return { ok: false, issues };
  const value: OrgSettings =
    meetingsIncluded === undefined
      ? { autoSendActivationEmails: autoSendActivationEmails! }
      : { autoSendActivationEmails: autoSendActivationEmails!, meetingsIncluded };
  return { ok: true, value };
}
