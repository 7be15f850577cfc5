import { MAX_CADENCE_DAYS, REMINDER_CADENCE_FIELDS } from '../input/fields';
import type { ParseResult } from '../input/issue';
import { parseOptionalFields } from '../input/parse-fields';

/**
 * How often an admin reminds an inactive user by hand. Every field is optional; an omitted one
 * takes its value from {@link DEFAULT_REMINDER_CADENCE}.
 *
 * Days are spans of 24 hours of elapsed time, not calendar days (see {@link planReminders}).
 * They may be fractional (`0.5` is 12 hours) and may be `0`, which means "as soon as the
 * 24-hour rule allows".
 *
 * @example
 * const cadence: ReminderCadence = { firstAfterDays: 2, maxReminders: 4 };
 */
export interface ReminderCadence {
  /** Days from the first email (`invitedAt`) to the first reminder. 0 to 3650. */
  readonly firstAfterDays?: number;
  /** Days from the last email (`lastEmailedAt`) to each later reminder. 0 to 3650. */
  readonly everyDays?: number;
  /** The most reminders a user gets before the admin escalates instead. A whole number, 0 or more. */
  readonly maxReminders?: number;
}

/**
 * A cadence with every default filled in, as {@link parseReminderCadence} returns it.
 *
 * @example
 * const cadence: ResolvedReminderCadence = { firstAfterDays: 3, everyDays: 7, maxReminders: 3 };
 */
export interface ResolvedReminderCadence {
  readonly firstAfterDays: number;
  readonly everyDays: number;
  readonly maxReminders: number;
}

/**
 * This package's recommended cadence: a first reminder 3 days after the invitation, then one
 * every 7 days, at most 3 reminders. Cisco publishes no figure; these are a recommendation,
 * and every one can be overridden.
 *
 * Why: 3 days leaves a user who is travelling or busy the time to act on the first email while
 * it is still near the top of their inbox; a weekly rhythm keeps reminding without nagging and
 * lands on the same weekday as the one before; after 3 reminders (about two and a half weeks
 * after the invitation) one more email rarely helps, and a word from the user's manager or
 * support team is the better next step.
 *
 * @example
 * DEFAULT_REMINDER_CADENCE
 * //=> { firstAfterDays: 3, everyDays: 7, maxReminders: 3 }
 */
export const DEFAULT_REMINDER_CADENCE: ResolvedReminderCadence = /* @__PURE__ */ Object.freeze({
  firstAfterDays: 3,
  everyDays: 7,
  maxReminders: 3,
});

/**
 * The fields a cadence may hold; any other key is a typo this package refuses to guess at.
 *
 * @example
 * REMINDER_CADENCE_KEYS
 * //=> ['firstAfterDays', 'everyDays', 'maxReminders']
 */
export const REMINDER_CADENCE_KEYS = ['firstAfterDays', 'everyDays', 'maxReminders'] as const satisfies readonly (keyof ReminderCadence)[];

export { MAX_CADENCE_DAYS };

/**
 * Checks an untrusted cadence and fills in the defaults of {@link DEFAULT_REMINDER_CADENCE}.
 * Never throws; reports every bad field at once. `undefined` means the default cadence.
 *
 * An unknown key is an issue rather than ignored: a misspelt `everyDay: 14` would otherwise
 * leave the weekly default in place without a word.
 *
 * @example
 * parseReminderCadence({ everyDays: 14 })
 * //=> { ok: true, value: { firstAfterDays: 3, everyDays: 14, maxReminders: 3 } }
 * parseReminderCadence({ maxReminders: 1.5 })
 * //=> { ok: false, issues: [{ path: ['maxReminders'], message: 'must be a whole number, 0 or more, or left out (received 1.5)' }] }
 */
export function parseReminderCadence(input: unknown): ParseResult<ResolvedReminderCadence> {
  if (input === undefined) return { ok: true, value: DEFAULT_REMINDER_CADENCE };
  return parseOptionalFields(input, REMINDER_CADENCE_FIELDS, REMINDER_CADENCE_KEYS, DEFAULT_REMINDER_CADENCE, CADENCE_WORDS);
}

const CADENCE_WORDS = { subject: 'a cadence', tail: ', or left out', one: 'a cadence field', many: 'fields' } as const;
