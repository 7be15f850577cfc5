import type { ManualEmailItem } from './checklist';
import type { ManualTrigger, OutcomeKind, ReasonCode } from './outcomes';
import type { RuleId } from './rules';

interface DecisionOf<K extends OutcomeKind> {
  /** What happens about this user's activation email. */
  readonly kind: K;
  /** The `id` of the user the decision is about. */
  readonly userId: string;
  /** The id of the rule row that decided (see `RULES`). */
  readonly rule: RuleId;
  /** Why, as kebab-case codes; never empty. */
  readonly reasons: readonly ReasonCode[];
  /** The `POLICY_VERSION` that made this decision. */
  readonly policyVersion: string;
}

/**
 * Control Hub emails the new user on its own.
 *
 * @example
 * const decision: AutoSendDecision = decide({}, { id: 'u1', license: 'paid', hasSignedIn: false }) as AutoSendDecision;
 */
export type AutoSendDecision = DecisionOf<'auto-send'>;
/**
 * A free user: no activation email, whatever the settings.
 *
 * @example
 * const decision = decide({}, { id: 'u1', license: 'free', hasSignedIn: false }) as SkipFreeDecision;
 */
export type SkipFreeDecision = DecisionOf<'skip-free'>;
/**
 * A free-to-paid conversion: the user is told, and no setting can stop it.
 *
 * @example
 * const decision = decide({}, { id: 'u1', license: 'paid', previousLicense: 'free', hasSignedIn: true }) as NotifyConversionDecision;
 */
export type NotifyConversionDecision = DecisionOf<'notify-conversion'>;
/**
 * An inactive user Control Hub may remind on its own.
 *
 * @example
 * const decision = decide({}, { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' }) as ReminderEligibleDecision;
 */
export type ReminderEligibleDecision = DecisionOf<'reminder-eligible'>;
/**
 * A user who has signed in: nothing to send.
 *
 * @example
 * const decision = decide({}, { id: 'u1', license: 'paid', hasSignedIn: true }) as NoActionDecision;
 */
export type NoActionDecision = DecisionOf<'no-action'>;

/**
 * Automatic emails are off, so the admin must email this user by hand.
 *
 * @example
 * const decision = decide({ autoSendActivationEmails: false }, { id: 'u1', license: 'paid', hasSignedIn: false });
 * if (decision.kind === 'manual-required') decision.checklist;
 * //=> ['rollout-plan', 'app-value', 'support-links', 'training-links', 'user-portal-link', 'activation-instructions']
 */
export interface ManualRequiredDecision extends DecisionOf<'manual-required'> {
  /** `new-user`: never emailed; `inactive-user`: emailed, never signed in (a manual reminder). */
  readonly trigger: ManualTrigger;
  /** The ids of the contents the manual email must carry, in checklist order. */
  readonly checklist: readonly ManualEmailItem[];
}

/**
 * The outcome for one user, a union on `kind`: `trigger` and `checklist` exist only on
 * `manual-required`. Plain JSON: it survives `JSON.parse(JSON.stringify(decision))` unchanged.
 *
 * @example
 * const decision: Decision = decide({}, { id: 'u1', license: 'free', hasSignedIn: false });
 * decision.kind
 * //=> 'skip-free'
 */
export type Decision =
  | AutoSendDecision
  | SkipFreeDecision
  | NotifyConversionDecision
  | ManualRequiredDecision
  | ReminderEligibleDecision
  | NoActionDecision;

/**
 * The decision type of one kind: narrows a list of decisions to those of that kind.
 *
 * @example
 * const { decisions } = planActivation({ autoSendActivationEmails: false }, [{ id: 'u1', license: 'paid', hasSignedIn: false }]);
 * const manual = decisions.filter((d): d is DecisionOfKind<'manual-required'> => d.kind === 'manual-required');
 * manual.map((d) => d.trigger)
 * //=> ['new-user']
 */
export type DecisionOfKind<K extends OutcomeKind> = Extract<Decision, { readonly kind: K }>;
