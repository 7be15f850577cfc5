// An independent model of the policy, written as plain data read straight off
// /work/shared/DOMAIN.md ("The rules, in precedence order" and "Manual activation email: what it
// must contain"). It never imports the library's rule code: the point is to have a second,
// separately written statement of the rules to compare `decide` against.
//
// Scope: what DOMAIN.md states. The kind, the manual trigger and the checklist contents are
// predicted; reasons and rule ids are the library's own vocabulary and are not.

/** The abstract facts DOMAIN.md's rule table reads about a user. */
export interface OracleUser {
  readonly license: 'free' | 'paid';
  /** `undefined` stands for a snapshot that leaves the field out. */
  readonly previousLicense: 'free' | 'paid' | null | undefined;
  readonly signedIn: boolean;
  /** Already sent an activation or invitation email. */
  readonly emailed: boolean;
}

/** The abstract facts about the org. `undefined` stands for a setting left out. */
export interface OracleSettings {
  readonly autoSend: boolean | undefined;
  readonly meetings: boolean | undefined;
}

export type OracleOutcome =
  | { readonly kind: 'skip-free' | 'notify-conversion' | 'no-action' | 'auto-send' | 'reminder-eligible' }
  | { readonly kind: 'manual-required'; readonly trigger: 'new-user' | 'inactive-user' };

interface OracleRow {
  /** The row number in DOMAIN.md. */
  readonly row: 1 | 2 | 3 | 4 | 5;
  /** The conditions of the "when" column; a field that is not listed is not looked at. */
  readonly when: Partial<OracleUser>;
  readonly settingOn: OracleOutcome;
  readonly settingOff: OracleOutcome;
}

/** DOMAIN.md's rule table, one entry per row, in precedence order. */
export const DOMAIN_RULE_ROWS: readonly OracleRow[] = [
  // 1 | licence is free | skip-free | skip-free
  { row: 1, when: { license: 'free' }, settingOn: { kind: 'skip-free' }, settingOff: { kind: 'skip-free' } },
  // 2 | licence is paid and the previous licence was free | notify-conversion | notify-conversion
  {
    row: 2,
    when: { license: 'paid', previousLicense: 'free' },
    settingOn: { kind: 'notify-conversion' },
    settingOff: { kind: 'notify-conversion' },
  },
  // 3 | paid, has signed in before | no-action | no-action
  { row: 3, when: { license: 'paid', signedIn: true }, settingOn: { kind: 'no-action' }, settingOff: { kind: 'no-action' } },
  // 4 | paid, never signed in, never emailed yet | auto-send | manual-required (trigger new-user)
  {
    row: 4,
    when: { license: 'paid', signedIn: false, emailed: false },
    settingOn: { kind: 'auto-send' },
    settingOff: { kind: 'manual-required', trigger: 'new-user' },
  },
  // 5 | paid, never signed in, already emailed (inactive) | reminder-eligible | manual-required (trigger inactive-user)
  {
    row: 5,
    when: { license: 'paid', signedIn: false, emailed: true },
    settingOn: { kind: 'reminder-eligible' },
    settingOff: { kind: 'manual-required', trigger: 'inactive-user' },
  },
];

/** DOMAIN.md's manual-email table: each item and when it is required, in table order. */
export const DOMAIN_MANUAL_EMAIL_ITEMS: readonly { readonly id: string; readonly required: 'always' | 'with-meetings' }[] = [
  { id: 'rollout-plan', required: 'always' },
  { id: 'app-value', required: 'always' },
  { id: 'pmr-link', required: 'with-meetings' },
  { id: 'support-links', required: 'always' },
  { id: 'training-links', required: 'always' },
  { id: 'user-portal-link', required: 'always' },
  { id: 'activation-instructions', required: 'always' },
];

/** DOMAIN.md's rows 1 to 3 hold under either setting; only 4 and 5 are suppressible. */
export const SUPPRESSIBLE_ROWS: readonly number[] = [4, 5];

/** The DOMAIN.md row that decides a user: the first whose every condition holds. */
export function oracleRow(user: OracleUser): OracleRow {
  const matches = DOMAIN_RULE_ROWS.filter((candidate) =>
    (Object.keys(candidate.when) as (keyof OracleUser)[]).every((field) => candidate.when[field] === user[field]),
  );
  const first = matches[0];
  if (first === undefined) throw new Error(`the rule table has no row for ${JSON.stringify(user)}`);
  return first;
}

/**
 * What DOMAIN.md says the decision for this user under these settings is.
 *
 * Two facts come from the glossary rather than the table: the setting is on by default, and a
 * checklist exists only where a manual email is required. One comes from the package's
 * documented input contract: `meetingsIncluded` left out means the org did not buy Meetings.
 */
export function oracleDecision(
  settings: OracleSettings,
  user: OracleUser,
): { readonly row: number; readonly kind: string; readonly trigger?: string; readonly checklist?: readonly string[] } {
  const row = oracleRow(user);
  const settingOn = settings.autoSend ?? true;
  const outcome = settingOn ? row.settingOn : row.settingOff;
  if (outcome.kind !== 'manual-required') return { row: row.row, kind: outcome.kind };
  const meetings = settings.meetings ?? false;
  const checklist = DOMAIN_MANUAL_EMAIL_ITEMS.filter((item) => item.required === 'always' || meetings).map(
    (item) => item.id,
  );
  return { row: row.row, kind: outcome.kind, trigger: outcome.trigger, checklist };
}
