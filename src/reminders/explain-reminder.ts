import type { Locale } from '../messages/catalog';
import { resolveLocale } from '../messages/explain';
import { readCode } from '../messages/read-code';
import { REMINDER_STATUSES, type ReminderStatus } from './plan-reminders';

/**
 * Tells an admin, in one or two sentences of English or French, what a reminder status means
 * and what to do about it: the `due`, `upcoming` and `exhausted` lists of
 * {@link planReminders}, or `automatic` when automatic activation emails are on, so invitation
 * reminders are not suppressed and there is nothing to follow up by hand.
 *
 * @param locale - `'en'` (the default) or `'fr'`.
 * @throws {@link PolicyInputError} when `status` is not one of `REMINDER_STATUSES` (path
 * `['status']`) or `locale` is not one of `LOCALES` (path `['locale']`).
 * @example
 * explainReminder('due')
 * //=> 'A reminder is due: this user was emailed but never signed in, so send them one by hand today.'
 * explainReminder('automatic', 'fr')
 * //=> "Les courriers électroniques d'activation automatiques sont activés\u00a0: les rappels d'invitation ne sont pas supprimés."
 */
export function explainReminder(status: ReminderStatus, locale?: Locale): string {
  return resolveLocale(locale).reminders[readCode(REMINDER_STATUSES, status, 'status', 'reminder status')];
}
