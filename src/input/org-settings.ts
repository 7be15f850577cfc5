import { describeValue, type Issue, type Issues, type ParseResult } from './issue';
import { ownField, recordIssues, UNREADABLE, UNREADABLE_MESSAGE } from './read-field';
import { reportUnknownKeys } from './unknown-keys';

/**
 * An org's settings, as Control Hub holds them.
 *
 * @example
 * const settings: OrgSettings = { autoSendActivationEmails: false, meetingsIncluded: true };
 */
export interface OrgSettings {
  /**
   * Control Hub > Organization Settings > Email > automatic activation emails.
   * On by default: omitting it means `true`.
   */
  readonly autoSendActivationEmails?: boolean;
  /** The org bought the Webex App with Webex Meetings. Defaults to `false`. */
  readonly meetingsIncluded?: boolean;
}

/**
 * Settings with every default filled in, as {@link parseOrgSettings} returns them.
 *
 * @example
 * const resolved: ResolvedOrgSettings = { autoSendActivationEmails: true, meetingsIncluded: false };
 */
export interface ResolvedOrgSettings {
  readonly autoSendActivationEmails: boolean;
  readonly meetingsIncluded: boolean;
}

/**
 * The settings of an org that never changed them: automatic activation emails on, no Meetings.
 *
 * @example
 * DEFAULT_ORG_SETTINGS
 * //=> { autoSendActivationEmails: true, meetingsIncluded: false }
 */
export const DEFAULT_ORG_SETTINGS: ResolvedOrgSettings = Object.freeze({
  autoSendActivationEmails: true,
  meetingsIncluded: false,
});

/** The fields settings may hold; any other key is a typo this package refuses to guess at. */
export const ORG_SETTINGS_KEYS = ['autoSendActivationEmails', 'meetingsIncluded'] as const;

function readFlag(input: object, key: (typeof ORG_SETTINGS_KEYS)[number], issues: Issue[]): boolean {
  const value = ownField(input, key);
  if (value === undefined) return DEFAULT_ORG_SETTINGS[key];
  if (typeof value === 'boolean') return value;
  issues.push({
    path: [key],
    message:
      value === UNREADABLE
        ? UNREADABLE_MESSAGE
        : `must be true or false, or left out (received ${describeValue(value)})`,
  });
  return DEFAULT_ORG_SETTINGS[key];
}

/**
 * Checks untrusted settings and fills in the defaults. Never throws.
 *
 * An unknown key is an issue rather than ignored, because a misspelt
 * `autoSendActivationEmail: false` would otherwise leave the setting on without a word.
 *
 * @example
 * parseOrgSettings({ autoSendActivationEmails: false })
 * //=> { ok: true, value: { autoSendActivationEmails: false, meetingsIncluded: false } }
 * parseOrgSettings({ autoSendActivationEmails: 'false' }).ok
 * //=> false
 */
export function parseOrgSettings(input: unknown): ParseResult<ResolvedOrgSettings> {
  const notRecord = recordIssues(input, 'settings');
  // What recordIssues accepts is an object whose fields can be read.
  const record = input as object;
  if (notRecord !== undefined) return { ok: false, issues: notRecord };
  const issues: Issue[] = [];
  const autoSendActivationEmails = readFlag(record, 'autoSendActivationEmails', issues);
  const meetingsIncluded = readFlag(record, 'meetingsIncluded', issues);
  reportUnknownKeys(record, ORG_SETTINGS_KEYS, { one: 'a setting', many: 'settings' }, issues);
  if (issues.length > 0) return { ok: false, issues: issues as unknown as Issues };
  return { ok: true, value: { autoSendActivationEmails, meetingsIncluded } };
}
