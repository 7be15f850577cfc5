import { ORG_SETTINGS_FIELDS } from './fields';
import type { ParseResult } from './issue';
import { parseOptionalFields } from './parse-fields';

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

/** Resolved settings for each pair of flags, indexed by `autoSend * 2 + meetings`. */
const RESOLVED: readonly ResolvedOrgSettings[] = /* @__PURE__ */ [0, 1, 2, 3].map((index) =>
  Object.freeze({ autoSendActivationEmails: index > 1, meetingsIncluded: index % 2 > 0 }),
);

/**
 * The settings of an org that never changed them: automatic activation emails on, no Meetings.
 *
 * @example
 * DEFAULT_ORG_SETTINGS
 * //=> { autoSendActivationEmails: true, meetingsIncluded: false }
 */
export const DEFAULT_ORG_SETTINGS: ResolvedOrgSettings = /* @__PURE__ */ (() => RESOLVED[2]!)();

/**
 * The fields settings may hold, in the order of their field table; any other key is a
 * typo this package refuses to guess at.
 *
 * @example
 * ORG_SETTINGS_KEYS
 * //=> ['autoSendActivationEmails', 'meetingsIncluded']
 */
export const ORG_SETTINGS_KEYS = ['autoSendActivationEmails', 'meetingsIncluded'] as const satisfies readonly (keyof OrgSettings)[];

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
  const plain = plainSettings(input);
  return plain === undefined ? parseSettingsFields(input) : { ok: true, value: { ...plain } };
}

/**
 * The full parse of settings, field by field from their table, with an issue for each bad or
 * unknown key: what {@link parseOrgSettings} does for settings that are not plain.
 *
 * @internal
 */
export function parseSettingsFields(input: unknown): ParseResult<ResolvedOrgSettings> {
  return parseOptionalFields(input, ORG_SETTINGS_FIELDS, ORG_SETTINGS_KEYS, DEFAULT_ORG_SETTINGS, SETTINGS_WORDS);
}

const SETTINGS_WORDS = { subject: 'settings', one: 'a setting', many: 'settings' } as const;

/**
 * Settings resolved as {@link parseOrgSettings} would, without allocating, when they are a
 * plain object holding nothing but valid flags (the call `decide` gets for every user);
 * `undefined` for anything else, which the full parser then reads. Each flag is read once.
 *
 * @internal
 */
// Stryker disable next-line BlockStatement: giving up at once leaves the settings to the full parser, which gives the same result
export function plainSettings(input: unknown): ResolvedOrgSettings | undefined {
  // Stryker disable next-line BlockStatement: giving up at once leaves the settings to the full parser, which gives the same result
  try {
    // A primitive's prototype is not Object.prototype either, and null or undefined throws. Every
    // own key counts, a non-enumerable or Symbol one too, as the full parser lists them.
    // Stryker disable next-line ConditionalExpression: giving up before any read leaves the settings to the full parser, which gives the same result
    if (Object.getPrototypeOf(input) !== Object.prototype || Object.getOwnPropertySymbols(input).length) return undefined;
    let autoSend: unknown = true;
    let meetings: unknown = false;
    for (const name of Object.getOwnPropertyNames(input)) {
      if (name === 'autoSendActivationEmails') autoSend = (input as OrgSettings).autoSendActivationEmails;
      else if (name === 'meetingsIncluded') meetings = (input as OrgSettings).meetingsIncluded;
      else return undefined;
    }
    return typeof autoSend === 'boolean' && typeof meetings === 'boolean' ? RESOLVED[(autoSend ? 2 : 0) + (meetings ? 1 : 0)] : undefined;
  } catch {
    // A getter or a proxy that throws: the full parser reads it again and names the setting.
  }
}
