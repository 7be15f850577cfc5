import { USER_PORTAL_URL } from '../manual-email/checklist';
import type { ManualTrigger, OutcomeKind } from '../policy/outcomes';
import type { ResolvedReminderCadence } from '../reminders/cadence';
import type { ReminderPlan } from '../reminders/plan-reminders';
import type { LibraryWords } from './catalog';

// Every sentence a user reads in English, one named export per reader, so that a bundle keeps
// only the sections it reads: `library` (the main entry), `cli` (the command line), `page` (the
// preview page). Every other language is checked against these: see `fr.ts`.

/** "1 user", "2 users", "0 users": English takes the singular for one only. */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The library's English words: explanations, advisories, reminder statuses, and the
 * problems of a manual email draft. See `LibraryWords` for how to add a section.
 *
 * @internal
 * @example
 * library.kinds['skip-free']
 * //=> 'This user has a free licence, so no activation email goes out.'
 */
export const library = {
  kinds: {
    'auto-send': 'Control Hub sends this user the activation email, with the links to verify their address and set a password.',
    'skip-free': 'This user has a free licence, so no activation email goes out.',
    'notify-conversion': 'This user moved from a free to a paid licence and is told so; no setting can stop this email.',
    'manual-required': 'Automatic activation emails are off, so you must email this user yourself.',
    'reminder-eligible': 'This user was emailed but has not signed in; Control Hub can send them a reminder.',
    'no-action': 'This user has already signed in to the Webex App: nothing to send.',
  },
  triggers: {
    'new-user': 'They hold a paid licence, never signed in and were never emailed.',
    'inactive-user': 'They were emailed but never signed in, and Control Hub no longer reminds them.',
  },
  advisories: {
    'manual-onboarding-required':
      'Keeping automatic emails on is strongly recommended, unless you have a well-thought-out system to onboard users by hand: you must email every new user yourself.',
    'no-verification-link':
      'Your emails carry no verification link and no password set-up: tell users to sign in through your company single sign-on page.',
    'reminders-suppressed': 'Control Hub stops reminding users who never signed in: track and remind them yourself.',
    'conversions-still-sent': 'Users moving from a free to a paid licence are still emailed; this setting cannot stop that.',
    'new-users-emailed-automatically':
      'Control Hub emails newly added users automatically again: give the users you emailed by hand their invitedAt, so they count as emailed.',
    'reminders-resumed': 'Invitation reminders are no longer suppressed: Control Hub lets you send them to inactive users again.',
  },
  reminders: {
    due: 'A reminder is due: this user was emailed but never signed in, so send them one by hand today.',
    upcoming: 'Not yet: the next reminder is due at the time shown, at least 24 hours after the last email.',
    exhausted: 'Every planned reminder went out and this user never signed in: ask their manager or your support team to reach them.',
    automatic: 'Automatic activation emails are on, so invitation reminders are not suppressed: Control Hub lets you send them.',
  },
  manualEmail: {
    // Built by a call marked pure: a template literal at the top level would keep the whole
    // catalogue in the bundle of every app that imports anything from the main entry.
    wanted: /* @__PURE__ */ (() => ({
      'rollout-plan': "state the company's goals and rollout plan",
      'app-value': 'say what the Webex App is for and why it helps',
      'pmr-link': "give the user's Personal Meeting Room link, an https: URL",
      'support-links': 'list at least one internal support link, each an http: or https: URL',
      'training-links': 'list at least one link to internal training, each an http: or https: URL',
      'user-portal-link': `link to the end-user portal, ${USER_PORTAL_URL}`,
      'activation-instructions':
        'explain how to activate (sign in on the company single sign-on page with company credentials, then the app signs them in)',
    }))(),
    problem: (fault: string, wanted: string) => `${fault}: ${wanted}.`,
    missing: ' is missing',
    blank: ' is blank',
    unreadable: ' could not be read',
    emptyList: ' is an empty list',
    credentials: ' carries a user name or password',
    isNot: (value: string, what: string) => ` is ${value}, not ${what}`,
    text: 'text',
    https: 'an https: link',
    list: 'a list of links',
    link: 'an http: or https: link',
    wrongHost: (host: string, portalHost: string) => ` points to ${host}, not ${portalHost}`,
  },
} as const satisfies LibraryWords;

/**
 * The command line's English words: the headings and sums of its tables.
 *
 * @internal
 * @example
 * cli.planned(1, 0)
 * //=> '1 user planned, 0 invalid rows'
 */
export const cli = {
  user: 'user',
  outcome: 'outcome',
  trigger: 'trigger',
  explanation: 'explanation',
  autoSend: (on: boolean | undefined) =>
    `Automatic activation emails: ${on === false ? 'off' : on === true ? 'on' : 'on (the Control Hub default)'}`,
  meetings: (included: boolean) => `Webex Meetings included: ${included ? 'yes' : 'no'}`,
  planned: (decided: number, invalid: number) =>
    `${count(decided, 'user')} planned, ${count(invalid, 'invalid row')}${invalid > 0 ? ' (see standard error)' : ''}`,
  invalidRows: (n: number) => `${count(n, 'invalid row')} (see standard error)`,
  perKind: 'Users per outcome:',
  before: 'before',
  after: 'after',
  changes: (n: number) => `${count(n, 'user')} would change:`,
  noChanges: 'No user would change outcome.',
  advisories: 'What to know before making this change:',
  /** Between a code and its explanation: French puts a no-break space before the colon. */
  labelSeparator: ': ',
  noAdvisories: 'Nothing to be told: automatic activation emails stay as they are.',
  previewTitle: (from: boolean, to: boolean) => `Automatic activation emails: ${from ? 'on' : 'off'} -> ${to ? 'on' : 'off'}`,
  progress: (read: number, invalid: number) =>
    `planned ${read.toLocaleString('en')} user${read === 1 ? '' : 's'}, ${invalid.toLocaleString('en')} invalid`,
  checkEmail: {
    complete: (total: number) => `Complete: the draft carries all ${total} items a manual activation email needs.`,
    incomplete: (missing: number, total: number) => `Incomplete: ${missing} of ${total} items missing.`,
    ok: 'ok',
    missing: 'MISSING',
  },
  reminders: {
    asOf: (now: string) => `Reminders as of ${now}`,
    cadence: (c: ResolvedReminderCadence) =>
      `Cadence: first reminder ${count(c.firstAfterDays, 'day')} after the invitation, then every ${count(c.everyDays, 'day')}, at most ${c.maxReminders}; never within 24 hours of the last email`,
    due: 'Due now',
    upcoming: 'Upcoming',
    exhausted: 'Exhausted',
    sent: 'reminders sent',
    lastEmail: 'last email',
    dueAt: 'due at (UTC)',
    none: '  (none)',
    summary: (plan: ReminderPlan) => {
      const c = plan.counts;
      const others = Object.values(c.notInactive).reduce((sum, n) => sum + n, 0);
      const split = plan.automatic ? 'reminders not suppressed' : `${c.due} due, ${c.upcoming} upcoming, ${c.exhausted} exhausted`;
      return `${count(c.inactive, 'inactive user')}: ${split}; ${count(others, 'other user')}, not inactive`;
    },
  },
  exportColumns: {
    title: "How the columns of Control Hub's export were read:",
    idStatus: (id: string, status: string) => `  id and email: ${id}; signed in or not: ${status}`,
    free: (names: string) => `  free services: ${names}`,
    paid: (names: string) => `  paid services: ${names}`,
    entitlement: (names: string) => `  ignored, entitlements (not licences): ${names}`,
    option: (names: string) => `  ignored, as asked (--ignore-column): ${names}`,
    text: (names: string) => `  ignored, names and other text: ${names}`,
    notBoolean: (names: string) => `  ignored, values not TRUE or FALSE: ${names}`,
    firstValue: (value: string, line: number) => (line > 0 ? `${value} on line ${line}` : value),
    empty: (names: string) => `  no value yet (a service if its first value is TRUE or FALSE): ${names}`,
    none: '(none)',
    change: 'Change a column with --free-service, --paid-service or --ignore-column NAME.',
  },
  record: {
    done: (appended: number, already: number, email: 'activation' | 'reminder', at: string, path: string) =>
      `${count(appended, email === 'activation' ? 'activation email' : 'reminder')} recorded in ${path}, sent at ${at}${already > 0 ? `; ${already} already there, not added again` : ''}`,
    repaired: (path: string, line: number) => `${path}, line ${line}: cut short by an interrupted write; removed before appending`,
    journal: (path: string, entries: number, users: number) => `Onboarding journal: ${path}, ${count(entries, 'email')} to ${count(users, 'user')}`,
    ahead: (at: string, now: string) => `Note: --at ${at} is later than this machine's clock (${now}): is the date right?`,
    noActivation: (ids: readonly string[]) =>
      `Note: the journal holds no activation email for ${count(ids.length, 'user')} reminded (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', ...' : ''}); it takes a user's first email as their invitation, so record that email too (record --email activation --at WHEN ID).`,
  },
  send: {
    automatic: 'Automatic activation emails are on: Control Hub sends them, so there is nothing to send by hand.',
    kinds: { activation: 'activation email', reminder: 'reminder' },
    toSend: (n: number, via: string) => `${count(n, 'email')} to send ${via}:`,
    through: (server: string) => `through ${server}`,
    into: (dir: string) => `as .eml files in ${dir}`,
    skipped: (n: number) => `Not emailed (${n}):`,
    noAddress: 'no email address (no email field, and the id is not one)',
    recent: (at: string) => `emailed less than 24 hours ago (${at})`,
    uncertain: (at: string) => `a send begun at ${at} has no known outcome: check the mail server's log, then record it or use --resend-uncertain`,
    notSelected: (outcome: string) => `gets no email by hand now (${outcome})`,
    refused: (at: string, reply: string) => `refused for good at ${at} (${reply}): once the address is fixed, send to this user with --only`,
    first: 'The first message:',
    dryRun: (out: boolean) => `Nothing ${out ? 'written' : 'sent'}: add --yes to ${out ? 'write the files' : 'send'}.`,
    progress: (done: number, total: number) => `sending ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    outcomes: { failed: 'failed', deferred: 'deferred, try again later', uncertain: 'uncertain, may have been delivered' },
    summary: (sent: number, failed: number, deferred: number, uncertain: number, skipped: number) =>
      `Sent ${sent}, failed ${failed}, deferred ${deferred}, uncertain ${uncertain}, skipped ${skipped}.`,
    written: (n: number, dir: string) => `${count(n, 'file')} written in ${dir}. Once they are sent, record them with the record command.`,
    stale: (n: number) =>
      `${count(n, 'user')} emailed now had their own lastEmailedAt or remindersSent in the file: the journal now holds a later email, so the next run refuses those rows until the file agrees (export it again, or leave those columns out).`,
  },
};

/**
 * The preview page's English words: headings, labels and statuses; its explanations come
 * from `library`, through `explain` and `explainAdvisory`.
 *
 * @internal
 * @example
 * page.changed(1)
 * //=> '1 user changes outcome.'
 */
export const page = {
  title: 'Activation email preview',
  intro: "What Control Hub would email each user, and what changes when the org's settings change.",
  skip: 'Skip to the users',
  language: 'Language',
  sourceHeading: 'Users',
  loadUsers: 'Load users from a file (JSON, NDJSON, CSV or a People API page)',
  loadLicenses: 'Licenses API response, for a People API page (optional)',
  useSample: 'Use the sample org',
  settingsHeading: 'Org settings',
  settingsLegend: 'Organization Settings > Email',
  autoSend: 'Send activation emails automatically',
  meetings: 'The Webex App was bought with Webex Meetings',
  countsHeading: 'Outcomes',
  changeHeading: 'What the last change does',
  usersHeading: 'Each user',
  filter: 'Show',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  draftHeading: 'Manual activation email',
  draftIntro: 'With automatic emails off, write the email here: the checklist says what it still lacks.',
  rolloutPlan: 'Goals and rollout plan',
  appValue: 'What the Webex App is for',
  pmrLink: 'Personal Meeting Room (PMR) link',
  supportLinks: 'Support links, one per line',
  trainingLinks: 'Training links, one per line',
  userPortalLink: 'End-user portal link',
  activationInstructions: 'How to activate',
  checklistHeading: 'Checklist',
  kinds: {
    'auto-send': 'Sent automatically',
    'skip-free': 'Free licence: no email',
    'notify-conversion': 'Conversion email',
    'manual-required': 'Manual email needed',
    'reminder-eligible': 'Reminder possible',
    'no-action': 'Nothing to send',
  } satisfies Record<OutcomeKind, string>,
  allKinds: 'Every outcome',
  columns: { user: 'User', outcome: 'Outcome', trigger: 'Why by hand', why: 'Explanation', count: 'Users', before: 'Before', after: 'After' },
  triggers: { 'new-user': 'New user', 'inactive-user': 'Inactive user' } satisfies Record<ManualTrigger, string>,
  sampleLoaded: (n: number, millis: number) => `Sample org: ${count(n, 'user')}, planned in ${millis} ms.`,
  fileLoaded: (name: string, n: number, millis: number) => `${name}: ${count(n, 'user')} read and planned in ${millis} ms.`,
  fileUnreadable: (name: string, reason: string) => `${name} could not be read: ${reason}`,
  invalidHeading: (n: number) => `${count(n, 'item')} could not be decided`,
  invalidRow: (where: string, problems: string) => `${where}: ${problems}`,
  noChangeYet: 'Flip a setting to see who it affects.',
  changed: (n: number) => `${count(n, 'user')} ${n === 1 ? 'changes' : 'change'} outcome.`,
  moreChanges: (n: number) => `…and ${n} more.`,
  pageStatus: (first: number, last: number, total: number) => `Users ${first}–${last} of ${total}`,
  noUsers: 'No users to show.',
  checklistComplete: 'The draft holds everything a manual activation email needs.',
  itemPresent: 'present',
  /** Between a checklist label and its state: French puts a no-break space before the colon. */
  labelSeparator: ': ',
  notRequired: 'not needed without Webex Meetings',
  /** The preview page's progress while its worker reads and plans a file. */
  work: {
    label: 'Progress',
    decode: 'Decoding the file…',
    read: (done: number, total: number) => `Reading the users: line ${done} of ${total}…`,
    readWhole: 'Reading the users…',
    plan: (n: number) => `Planning ${count(n, 'user')}…`,
  },
  /** The preview page's email preview: the manual email a chosen user would get. */
  email: {
    heading: 'The email a user would get',
    intro: "Choose a user who needs a manual email: the email is written from the draft above, in the page's language.",
    user: 'User',
    sampleDraft: 'Fill in a sample draft',
    noUser: 'No user needs a manual email with these settings: with automatic emails on, Control Hub writes to them.',
    incomplete: 'The draft is not complete yet: the checklist above says what it lacks.',
    noAddress: (userId: string) => `${userId} has no email address in the file, and its id is not one.`,
    activation: 'activation email',
    reminder: 'reminder',
    option: (userId: string, which: string) => `${userId} (${which})`,
    to: 'To',
    subject: 'Subject',
    text: 'Text version',
    frame: 'The email as its HTML shows it',
    /** The draft that **Fill in a sample draft** writes into the form: complete, to see an email before writing one's own. */
    sample: {
      rolloutPlan: 'The Webex App replaces our desk phones on 1 June; every team moves by the end of June.',
      appValue: 'Calls, meetings and messages in one app, on every device.',
      pmrLink: 'https://example.webex.com/meet/{localPart}',
      supportLinks: 'https://help.example.com/webex',
      trainingLinks: 'https://help.webex.com/landing/app',
      userPortalLink: 'https://settings.webex.com',
      activationInstructions: 'Sign in on the company SSO page with your usual company credentials; the app then signs you in.',
    },
  },
};

/**
 * The words of the manual activation emails and reminders that `composeManualEmail` writes
 * (the `compose` entry), and of its refusals of a recipient. Sections follow the order the
 * email gives them in; `headings` has one per checklist item.
 *
 * @internal
 * @example
 * email.subject.reminder
 * //=> 'Reminder: activate your Webex account'
 */
export const email = {
  subject: {
    activation: 'Activate your Webex account',
    reminder: 'Reminder: activate your Webex account',
  },
  greeting: (name: string | undefined) => (name === undefined ? 'Hello,' : `Hello ${name},`),
  intro: {
    activation:
      'This is your activation email for the Webex App: what it brings, how to activate your account and where to find help.',
    reminder:
      'This is a reminder of your invitation to the Webex App: your account is not activated yet, and everything you need to activate it is below.',
  },
  headings: {
    'rollout-plan': 'Our goals and rollout plan',
    'app-value': 'Why the Webex App',
    'activation-instructions': 'How to activate your account',
    'pmr-link': 'Your Personal Meeting Room',
    'user-portal-link': 'Your Webex settings',
    'support-links': 'Help and support',
    'training-links': 'Training',
  },
  sso: "Sign in on your company's SSO page with your company credentials: the Webex App then signs you in.",
  pmr: 'The link to your Personal Meeting Room (PMR), the same for every meeting you host:',
  portal: 'Manage your profile and settings on the end-user portal:',
  closing: 'Welcome to the Webex App.',
  /** Why a recipient is refused; each takes the value as `describeValue` writes it. */
  refused: {
    recipient: (value: string) => `must be an object with an email field (received ${value})`,
    email: (value: string) =>
      `must be one email address: a local part, one @ and a domain, with no space, control character or any of , ; : < > " ( ) [ ] \\ (received ${value})`,
    name: (value: string) => `must be text with no control character or line break (received ${value})`,
    pmrLink: (value: string) => `must be an https: link (received ${value})`,
    filledPmrLink: (value: string) => `becomes ${value} for this recipient, not an https: link`,
  },
};
