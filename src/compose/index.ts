/**
 * Composes the manual activation emails and reminders that an org sends while automatic
 * activation emails are off, from its checked draft, in English or French.
 *
 * @packageDocumentation
 * @module activation-email-policy/compose
 */
export {};
