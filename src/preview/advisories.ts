/**
 * What an admin must be told about a change to the automatic-activation-email setting. The
 * first four come with turning it off, the last two with turning it back on; a change that
 * leaves the setting as it was brings none. `AdvisoryCode` is derived from this list.
 *
 * @example
 * ADVISORY_CODES.includes('reminders-suppressed')
 * //=> true
 */
export const ADVISORY_CODES = [
  'manual-onboarding-required',
  'no-verification-link',
  'reminders-suppressed',
  'conversions-still-sent',
  'new-users-emailed-automatically',
  'reminders-resumed',
] as const;

/**
 * One thing an admin must be told about a settings change.
 *
 * @example
 * const code: AdvisoryCode = 'no-verification-link';
 */
export type AdvisoryCode = (typeof ADVISORY_CODES)[number];
