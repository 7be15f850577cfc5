/**
 * Every outcome a decision can have. `OutcomeKind` is derived from this list, so the runtime
 * values and the type always agree.
 *
 * @example
 * OUTCOME_KINDS.length
 * //=> 6
 */
export const OUTCOME_KINDS = [
  'auto-send',
  'skip-free',
  'notify-conversion',
  'manual-required',
  'reminder-eligible',
  'no-action',
] as const;

/**
 * What happens about a user's activation email.
 *
 * @example
 * const kind: OutcomeKind = 'manual-required';
 */
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/**
 * Why an admin must email a user by hand: a new user was never emailed, or an inactive one
 * was emailed and never signed in.
 *
 * @example
 * MANUAL_TRIGGERS
 * //=> ['new-user', 'inactive-user']
 */
export const MANUAL_TRIGGERS = ['new-user', 'inactive-user'] as const;

/**
 * The reason a `manual-required` decision asks for a manual email.
 *
 * @example
 * const trigger: ManualTrigger = 'inactive-user';
 */
export type ManualTrigger = (typeof MANUAL_TRIGGERS)[number];

/**
 * The reason codes a decision may carry, kebab-case and stable across versions.
 *
 * @example
 * REASON_CODES.includes('auto-send-off')
 * //=> true
 */
export const REASON_CODES = [
  'license-free',
  'converted-free-to-paid',
  'conversion-never-suppressed',
  'already-signed-in',
  'paid-license',
  'never-signed-in',
  'never-emailed',
  'already-emailed',
  'auto-send-on',
  'auto-send-off',
] as const;

/**
 * One reason behind a decision.
 *
 * @example
 * const reason: ReasonCode = 'never-signed-in';
 */
export type ReasonCode = (typeof REASON_CODES)[number];
