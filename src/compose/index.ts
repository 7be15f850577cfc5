/**
 * Composes the manual activation emails and reminders that an org sends while automatic
 * activation emails are off, from its checked draft, in English or French.
 *
 * @packageDocumentation
 * @module activation-email-policy/compose
 */
// `activation-email-policy/compose`: one email per user, as plain text and HTML, from the org's
// draft. A separate entry: the main entry never imports it. No dependency, no Node built-in: it
// runs in the browser as in Node; sending is the caller's (the command line uses nodemailer).
export { composeManualEmail, COMPOSED_EMAIL_KINDS } from './compose-manual-email';
export type { ComposeOptions, ComposedEmail, ComposedEmailKind } from './compose-manual-email';
export type { ManualEmailRecipient } from './recipient';

// What this entry's signatures use from the main entry, so that one import does: the same
// PolicyInputError class, so `instanceof` holds whichever entry threw.
export { LOCALES, PolicyInputError } from './main-entry';
export type { Issue, Issues, Locale, ManualEmailDraft } from './main-entry';
