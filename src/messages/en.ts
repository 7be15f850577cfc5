import type { Catalog } from './catalog';

/**
 * The English messages. See `Catalog` for how to add a section.
 *
 * @example
 * en.kinds['skip-free']
 * //=> 'This user has a free licence, so no activation email goes out.'
 */
export const en = {
  kinds: {
    'auto-send': 'Control Hub sends this user the activation email, with the links to verify their address and set a password.',
    'skip-free': 'This user has a free licence, so no activation email goes out.',
    'notify-conversion': 'This user moved from a free to a paid licence and is told so; no setting can stop this email.',
    'manual-required': 'Automatic activation emails are off, so you must email this user yourself.',
    'reminder-eligible': 'This user was emailed but has not signed in; Control Hub can send them a reminder.',
    'no-action': 'This user has already signed in to the Webex App: nothing to send.',
  },
  triggers: {
    'new-user': 'They were added recently and have never been emailed.',
    'inactive-user': 'They were emailed but never signed in, and Control Hub no longer reminds them.',
  },
  advisories: {
    'manual-onboarding-required':
      'You must email every new user yourself; turn automatic emails off only with a well-run manual onboarding process.',
    'no-verification-link':
      'Your emails carry no verification link and no password set-up: tell users to sign in through your company single sign-on page.',
    'reminders-suppressed': 'Control Hub stops reminding users who never signed in: track and remind them yourself.',
    'conversions-still-sent': 'Users moving from a free to a paid licence are still emailed; this setting cannot stop that.',
    'new-users-emailed-automatically':
      'Control Hub will email every user not emailed yet; record the ones you emailed by hand first, so nobody gets two emails.',
    'reminders-resumed':
      'Control Hub reminds users who never signed in again; stop your manual reminders so nobody is reminded twice.',
  },
  reminders: {
    due: 'A reminder is due: this user was emailed but never signed in, so send them one by hand today.',
    upcoming: 'Not yet: the next reminder is due at the time shown, at least 24 hours after the last email.',
    exhausted: 'Every planned reminder went out and this user never signed in: ask their manager or your support team to reach them.',
    automatic: 'Automatic activation emails are on, so Control Hub sends the reminders itself.',
  },
} as const satisfies Catalog;
