import { keysOf, ORG_SETTINGS_FIELDS } from './fields';
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

/**
 * The fields settings may hold, in the order of their field table; any other key is a
 * typo this package refuses to guess at.
 *
 * @example
 * ORG_SETTINGS_KEYS
 * //=> ['autoSendActivationEmails', 'meetingsIncluded']
 */
export const ORG_SETTINGS_KEYS = /* @__PURE__ */ keysOf(ORG_SETTINGS_FIELDS);

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
  if (plain !== undefined) return { ok: true, value: { ...plain } };
  return parseOptionalFields(input, ORG_SETTINGS_FIELDS, ORG_SETTINGS_KEYS, DEFAULT_ORG_SETTINGS, SETTINGS_WORDS);
}

const SETTINGS_WORDS = { subject: 'settings', one: 'a setting', many: 'settings' } as const;

/** Resolved settings for each pair of flags, indexed by `autoSend * 2 + meetings`. */
const RESOLVED: readonly ResolvedOrgSettings[] = /* @__PURE__ */ [false, true].flatMap((autoSendActivationEmails) =>
  [false, true].map((meetingsIncluded) => Object.freeze({ autoSendActivationEmails, meetingsIncluded })),
);

/**
 * Settings resolved as {@link parseOrgSettings} would, without allocating, when they are a
 * plain object holding nothing but valid flags (the call `decide` gets for every user);
 * `undefined` for anything else, which the full parser then reads. Each flag is read once.
 *
 * @internal
 */
export function plainSettings(input: unknown): ResolvedOrgSettings | undefined {
  try {
    if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
    // Every own key, a non-enumerable or Symbol one too, as the full parser lists them.
    const names = Object.getOwnPropertyNames(input);
    if (Object.getOwnPropertySymbols(input).length > 0) return undefined;
    const settings = input as OrgSettings;
    let autoSend: unknown = true;
    let meetings: unknown = false;
    for (const name of names) {
      if (name === 'autoSendActivationEmails') autoSend = settings.autoSendActivationEmails;
      else if (name === 'meetingsIncluded') meetings = settings.meetingsIncluded;
      else return undefined;
    }
    if (typeof autoSend !== 'boolean' || typeof meetings !== 'boolean') return undefined;
    return RESOLVED[(autoSend ? 2 : 0) + (meetings ? 1 : 0)];
  } catch {
    return undefined;
  }
}
