import { nestIssues } from '../input/issue';
import { parseOrgSettings, type OrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { forEachChecked, perKind } from '../planning/decide-each';
import type { InvalidItem } from '../planning/plan-activation';
import { decideParsed } from '../policy/decide';
import type { Decision, DecisionOfKind } from '../policy/decision';
import type { ManualTrigger, OutcomeKind } from '../policy/outcomes';
import type { RuleId } from '../policy/rules';
import { ADVISORY_CODES, type AdvisoryCode } from './advisories';

/**
 * A user whose outcome differs between the two settings: the two kinds, the rule row that
 * decides the user under both (a setting moves a user within its row, never to another), and,
 * when one side is `manual-required`, what calls for the manual email.
 *
 * @example
 * const [change] = previewSettingsChange({}, { autoSendActivationEmails: false }, [
 *   { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' },
 * ]).changes;
 * change
 * //=> { userId: 'u1', before: 'reminder-eligible', after: 'manual-required', rule: 'inactive-user', trigger: 'inactive-user' }
 */
export interface KindChange {
  readonly userId: string;
  readonly before: OutcomeKind;
  readonly after: OutcomeKind;
  /** The id of the rule row (see `RULES`) that decides this user under either setting. */
  readonly rule: RuleId;
  /** When `before` or `after` is `manual-required`: its trigger, as on that decision. */
  readonly trigger?: ManualTrigger;
}

/**
 * The change between two decisions of one user that differ in kind. The setting moves a user
 * only to or from `manual-required` (within the user's rule row), so when the kinds differ one
 * side is always the manual one.
 */
function kindChange(before: Decision, after: Decision): KindChange {
  const manual = (before.kind === 'manual-required' ? before : after) as DecisionOfKind<'manual-required'>;
  return { userId: before.userId, before: before.kind, after: after.kind, rule: before.rule, trigger: manual.trigger };
}

/**
 * How many users have each outcome, for all six kinds.
 *
 * @example
 * const counts: KindCounts = { 'auto-send': 2, 'skip-free': 0, 'notify-conversion': 0, 'manual-required': 0, 'reminder-eligible': 1, 'no-action': 0 };
 */
export type KindCounts = { readonly [K in OutcomeKind]: number };

/**
 * What a settings change would do to an org, before it is made.
 *
 * @example
 * const preview: SettingsChangePreview = previewSettingsChange({}, {}, []);
 * preview.autoSend
 * //=> 'unchanged'
 */
export interface SettingsChangePreview {
  /** Every valid user whose outcome differs, in input order. */
  readonly changes: readonly KindChange[];
  /** What the admin must be told, in `ADVISORY_CODES` order; empty when auto-send stays as it was. */
  readonly advisories: readonly AdvisoryCode[];
  /** Every item that could not be decided, in input order (as in `planActivation`). */
  readonly invalid: readonly InvalidItem[];
  /** Which way the automatic-activation-email setting moves. */
  readonly autoSend: 'turned-off' | 'turned-on' | 'unchanged';
  /** How many valid users have each outcome before and after the change. */
  readonly counts: { readonly before: KindCounts; readonly after: KindCounts };
}

// `ADVISORY_CODES` lists the four of turning the setting off, then the two of turning it on.
const TURNED_OFF: readonly AdvisoryCode[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ ADVISORY_CODES.slice(0, 4));
const TURNED_ON: readonly AdvisoryCode[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ ADVISORY_CODES.slice(4));
const NONE: readonly AdvisoryCode[] = /* @__PURE__ */ Object.freeze([]);

const zero = (): number => 0;

/**
 * Shows what changing the org's settings would do, before anyone changes them: which users'
 * outcomes would differ, and what the admin must be told.
 *
 * Each user is read and parsed once, on the same batch path as `planActivation` (same issues,
 * same duplicate check), then decided under both settings.
 *
 * Advisories depend on the setting alone, never on the users (the `counts` say how many
 * users each one touches):
 * - turning automatic emails off: `manual-onboarding-required`, `no-verification-link`,
 *   `reminders-suppressed`, `conversions-still-sent`;
 * - turning them back on: `new-users-emailed-automatically` (newly added users get the
 *   activation email automatically again; users emailed by hand should carry their `invitedAt`
 *   so that they count as emailed) and `reminders-resumed` (invitation reminders are no longer
 *   suppressed: Control Hub lets the admin send them again);
 * - leaving it as it was: none, even if `meetingsIncluded` changes (that changes the checklist
 *   of a manual email, never an outcome).
 *
 * @param before - The settings now.
 * @param after - The settings being considered.
 * @param users - Any iterable of user snapshots: an array, a Set, a generator.
 * @throws {@link PolicyInputError} before deciding anyone when either settings object is
 * malformed (the issue paths start with `before` or `after`), or when `users` is not iterable.
 * @example
 * const preview = previewSettingsChange({}, { autoSendActivationEmails: false }, [
 *   { id: 'ana', license: 'paid', hasSignedIn: false },
 *   { id: 'ben', license: 'paid', previousLicense: 'free', hasSignedIn: false },
 * ]);
 * preview.changes
 * //=> [{ userId: 'ana', before: 'auto-send', after: 'manual-required', rule: 'new-user', trigger: 'new-user' }]
 * preview.advisories
 * //=> ['manual-onboarding-required', 'no-verification-link', 'reminders-suppressed', 'conversions-still-sent']
 */
export function previewSettingsChange(
  before: OrgSettings,
  after: OrgSettings,
  users: Iterable<unknown>,
): SettingsChangePreview {
  const parsedBefore = parseOrgSettings(before);
  const parsedAfter = parseOrgSettings(after);
  if (!parsedBefore.ok) {
    const issues = nestIssues('before', parsedBefore.issues);
    throw new PolicyInputError(parsedAfter.ok ? issues : [...issues, ...nestIssues('after', parsedAfter.issues)], 'settings');
  }
  if (!parsedAfter.ok) throw new PolicyInputError(nestIssues('after', parsedAfter.issues), 'settings');
  const was = parsedBefore.value;
  const will = parsedAfter.value;

  const changes: KindChange[] = [];
  const invalid: InvalidItem[] = [];
  const countsBefore = perKind(zero);
  const countsAfter = perKind(zero);
  forEachChecked(
    users,
    (user) => {
      const current = decideParsed(was, user);
      const proposed = decideParsed(will, user);
      countsBefore[current.kind] += 1;
      countsAfter[proposed.kind] += 1;
      if (proposed.kind !== current.kind) changes.push(kindChange(current, proposed));
    },
    (item) => {
      invalid.push(item);
    },
  );

  const autoSend =
    was.autoSendActivationEmails === will.autoSendActivationEmails
      ? 'unchanged'
      : will.autoSendActivationEmails
        ? 'turned-on'
        : 'turned-off';
  const advisories = autoSend === 'turned-off' ? TURNED_OFF : autoSend === 'turned-on' ? TURNED_ON : NONE;
  return { changes, advisories, invalid, autoSend, counts: { before: countsBefore, after: countsAfter } };
}
