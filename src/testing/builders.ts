import {
  ORG_SETTINGS_KEYS,
  parseOrgSettings,
  parseUserSnapshot,
  PolicyInputError,
  USER_SNAPSHOT_KEYS,
  type Issue,
  type OrgSettings,
  type UserSnapshot,
} from '../index';

/**
 * What {@link userSnapshot} starts from: a new paid user who never signed in and was never
 * emailed.
 *
 * @example
 * USER_SNAPSHOT_DEFAULTS
 * //=> { id: 'user-1', license: 'paid', hasSignedIn: false }
 */
export const USER_SNAPSHOT_DEFAULTS = Object.freeze({
  id: 'user-1',
  license: 'paid',
  hasSignedIn: false,
} as const);

/**
 * What {@link orgSettings} starts from: the settings of an org that never changed them.
 *
 * @example
 * ORG_SETTINGS_DEFAULTS
 * //=> { autoSendActivationEmails: true, meetingsIncluded: false }
 */
export const ORG_SETTINGS_DEFAULTS = Object.freeze({
  autoSendActivationEmails: true,
  meetingsIncluded: false,
} as const);

/**
 * The snapshot {@link userSnapshot} returns for `Overrides`: literal types where the defaults
 * and the overrides have them.
 *
 * @example
 * const user: BuiltUserSnapshot<{ license: 'free' }> = userSnapshot({ license: 'free' });
 * user
 * //=> { id: 'user-1', license: 'free', hasSignedIn: false }
 */
export type BuiltUserSnapshot<Overrides extends Partial<UserSnapshot> = {}> = {
  readonly [K in keyof typeof USER_SNAPSHOT_DEFAULTS | keyof Overrides]: K extends keyof Overrides
    ? Overrides[K]
    : K extends keyof typeof USER_SNAPSHOT_DEFAULTS
      ? (typeof USER_SNAPSHOT_DEFAULTS)[K]
      : never;
};

/**
 * The settings {@link orgSettings} returns for `Overrides`, every field filled in.
 *
 * @example
 * const off: BuiltOrgSettings<{ autoSendActivationEmails: false }> = orgSettings({ autoSendActivationEmails: false });
 * off
 * //=> { autoSendActivationEmails: false, meetingsIncluded: false }
 */
export type BuiltOrgSettings<Overrides extends OrgSettings = {}> = {
  readonly [K in keyof typeof ORG_SETTINGS_DEFAULTS | keyof Overrides]: K extends keyof Overrides
    ? Overrides[K]
    : K extends keyof typeof ORG_SETTINGS_DEFAULTS
      ? (typeof ORG_SETTINGS_DEFAULTS)[K]
      : never;
};

function unknownKeys(overrides: object, known: readonly string[], what: string): Issue[] {
  return Object.keys(overrides)
    .filter((key) => !known.includes(key))
    .map((key) => ({ path: [key], message: `is not a ${what} field; the fields are ${known.join(', ')}` }));
}

function checkOverrides(overrides: unknown, known: readonly string[], what: string, subject: string): object {
  if (overrides === undefined) return {};
  let fields: object;
  try {
    if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
      throw new PolicyInputError([{ path: [], message: 'overrides must be an object or left out' }], subject);
    }
    // Copied once, so that a getter or a Proxy trap that throws is caught here, not later.
    fields = { ...overrides };
  } catch (error) {
    if (error instanceof PolicyInputError) throw error;
    throw new PolicyInputError(
      [{ path: [], message: 'overrides could not be read (reading them threw an error)' }],
      subject,
    );
  }
  const issues = unknownKeys(fields, known, what);
  const [first, ...rest] = issues;
  if (first !== undefined) throw new PolicyInputError([first, ...rest], subject);
  return fields;
}

/**
 * Builds a valid user snapshot for an example test: a new paid user who never signed in and
 * was never emailed ({@link USER_SNAPSHOT_DEFAULTS}), with your overrides on top. The result is
 * a fresh, parsed object; an override set to `undefined` leaves that optional field out.
 *
 * Every call returns the same `id` unless you override it: give each user of a batch its own.
 *
 * @param overrides - Fields to set; literal types are kept (`license: 'free'` stays `'free'`).
 * @throws `PolicyInputError` (the main entry's class) when the result would not be a valid
 * snapshot; each issue's path names the override at fault (an unknown key included).
 * @example
 * userSnapshot()
 * //=> { id: 'user-1', license: 'paid', hasSignedIn: false }
 * userSnapshot({ id: 'u-7', invitedAt: '2026-05-01T08:30:00Z' })
 * //=> { id: 'u-7', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' }
 * decide({}, userSnapshot({ invitedAt: '2026-05-01T08:30:00Z' })).kind
 * //=> 'reminder-eligible'
 * try {
 *   userSnapshot({ invitedAt: '2026-02-30T08:30:00Z' });
 * } catch (error) {
 *   if (error instanceof PolicyInputError) error.issues.map((issue) => issue.path);
 *   //=> [['invitedAt']]
 * }
 */
export function userSnapshot<const Overrides extends Partial<UserSnapshot> = {}>(
  // The mapped part turns a key that is not a field into a compile error (a typo included).
  overrides?: Overrides & { readonly [K in Exclude<keyof Overrides, keyof UserSnapshot>]: never },
): BuiltUserSnapshot<Overrides> {
  const subject = 'userSnapshot() overrides';
  const fields = checkOverrides(overrides, USER_SNAPSHOT_KEYS, 'user snapshot', subject);
  const parsed = parseUserSnapshot({ ...USER_SNAPSHOT_DEFAULTS, ...fields });
  if (!parsed.ok) throw new PolicyInputError(parsed.issues, subject);
  return parsed.value as BuiltUserSnapshot<Overrides>;
}

/**
 * Builds valid settings for an example test: the defaults ({@link ORG_SETTINGS_DEFAULTS}:
 * automatic emails on, no Meetings) with your overrides on top, every field filled in. The
 * result is a fresh, parsed object.
 *
 * @param overrides - Settings to set; literal types are kept (`false` stays `false`).
 * @throws `PolicyInputError` (the main entry's class) when an override is not a valid setting
 * or not a setting at all; each issue's path names it.
 * @example
 * orgSettings()
 * //=> { autoSendActivationEmails: true, meetingsIncluded: false }
 * decide(orgSettings({ autoSendActivationEmails: false }), userSnapshot()).kind
 * //=> 'manual-required'
 */
export function orgSettings<const Overrides extends OrgSettings = {}>(
  overrides?: Overrides & { readonly [K in Exclude<keyof Overrides, keyof OrgSettings>]: never },
): BuiltOrgSettings<Overrides> {
  const subject = 'orgSettings() overrides';
  const fields = checkOverrides(overrides, ORG_SETTINGS_KEYS, 'settings', subject);
  const parsed = parseOrgSettings({ ...ORG_SETTINGS_DEFAULTS, ...fields });
  if (!parsed.ok) throw new PolicyInputError(parsed.issues, subject);
  return parsed.value as BuiltOrgSettings<Overrides>;
}
