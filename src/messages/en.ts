import type { Catalog } from './catalog';

/** The English messages. See `Catalog` for how to add a section. */
export const en = {
  kinds: {
    'auto-send':
      'Control Hub emails this user the activation email itself, with the link to verify their address and create a password.',
    'skip-free': 'This user has a free licence, so no activation email goes out.',
    'notify-conversion':
      'This user moved from a free to a paid licence and is told about it; no setting can stop this email.',
    'manual-required': 'Automatic activation emails are off, so you must email this user yourself.',
    'reminder-eligible':
      'This user was emailed but has not signed in yet; Control Hub can send them an invitation reminder.',
    'no-action': 'This user has already signed in to the Webex App, so there is nothing to send.',
  },
  triggers: {
    'new-user': 'They were added recently and have never been emailed.',
    'inactive-user':
      'They were emailed before but never signed in, and Control Hub no longer reminds them: send the reminder by hand.',
  },
  advisories: {
    'manual-onboarding-required':
      'From now on you must email every new user yourself; turn automatic emails off only if your organisation has a well-run manual onboarding process.',
    'no-verification-link':
      'Emails you send yourself carry no address-verification link and no password set-up, so tell users how to sign in through your company single sign-on page.',
    'reminders-suppressed':
      'Control Hub stops reminding users who never signed in: keep track of them and remind them yourself.',
    'conversions-still-sent':
      'Users moving from a free to a paid licence are still emailed: this setting cannot stop those emails.',
    'new-users-emailed-automatically':
      'Control Hub will email every user who has not been emailed yet; record the ones you emailed by hand first, so nobody gets two emails.',
    'reminders-resumed':
      'Control Hub reminds users who never signed in again; stop your manual reminders, so nobody is reminded twice.',
  },
  reminders: {
    due: 'A reminder is due: this user was emailed but never signed in, so send them one by hand today.',
    upcoming:
      'Nothing to send yet: the next reminder falls due at the time shown, never sooner than 24 hours after the last email, since Control Hub drops a re-send within that window.',
    exhausted:
      'This user has had every reminder the cadence allows and still has not signed in: rather than emailing again, reach them through their manager or your support team.',
    automatic:
      'Automatic activation emails are on, so Control Hub sends the invitation reminders itself: there is nothing to track by hand.',
  },
} as const satisfies Catalog;
