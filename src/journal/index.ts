/**
 * The onboarding journal: the append-only record of the activation emails and reminders sent by
 * hand, read back as each user's email history.
 *
 * @packageDocumentation
 * @module activation-email-policy/journal
 */
export {};
