/**
 * Decides which Webex Control Hub activation emails go to which users: a pure, typed policy
 * engine with batch planning, settings-change previews and a manual-email checklist.
 *
 * @packageDocumentation
 * @module activation-email-policy
 */
// The public surface of activation-email-policy, named export by export.
// The testing kit (`activation-email-policy/testing`) and the Webex adapters
// (`activation-email-policy/webex`) are separate entries and never imported from here.

// The policy: outcomes, the rule table, the single decision.
export { OUTCOME_KINDS, MANUAL_TRIGGERS, REASON_CODES } from './policy/outcomes';
export type { OutcomeKind, ManualTrigger, ReasonCode } from './policy/outcomes';
export { RULES } from './policy/rules';
export type { Rule, RuleId } from './policy/rules';
export { POLICY_VERSION } from './policy/policy-version';
export { decide } from './policy/decide';
export type {
  Decision,
  DecisionOfKind,
  AutoSendDecision,
  SkipFreeDecision,
  NotifyConversionDecision,
  ManualRequiredDecision,
  ReminderEligibleDecision,
  NoActionDecision,
} from './policy/decision';

// Input: types, parsers that never throw, the error that carries their issues.
export { parseOrgSettings, DEFAULT_ORG_SETTINGS, ORG_SETTINGS_KEYS } from './input/org-settings';
export type { OrgSettings, ResolvedOrgSettings } from './input/org-settings';
export { parseUserSnapshot, USER_SNAPSHOT_KEYS } from './input/user-snapshot';
export type { UserSnapshot, License } from './input/user-snapshot';
export { parseInstant, INSTANT_PATTERN } from './input/instant';
export { PolicyInputError } from './input/policy-input-error';
export type { Issue, Issues, ParseResult } from './input/issue';

// Planning: whole orgs, streamed or at once.
export { decideEach } from './planning/decide-each';
export type { DecidedItem } from './planning/decide-each';
export { planActivation } from './planning/plan-activation';
export type { ActivationPlan, InvalidItem } from './planning/plan-activation';

// The manual activation email.
export {
  MANUAL_EMAIL_ITEMS,
  MANUAL_EMAIL_DRAFT_FIELDS,
  USER_PORTAL_URL,
  requiredManualEmailItems,
} from './manual-email/checklist';
export type { ManualEmailItem } from './manual-email/checklist';

// Org-wide questions an admin console asks: what a settings change would do, whether a manual
// email is complete, and why, in English or French.
export { previewSettingsChange } from './preview/preview-settings-change';
export type { SettingsChangePreview, KindChange, KindCounts } from './preview/preview-settings-change';
export { ADVISORY_CODES } from './preview/advisories';
export type { AdvisoryCode } from './preview/advisories';
export { checkManualEmail } from './manual-email/check-manual-email';
export type { ManualEmailCheck, ManualEmailProblem, ManualEmailDraft } from './manual-email/check-manual-email';
export { explain, explainAdvisory } from './messages/explain';
export { LOCALES } from './messages/catalog';
export type { Locale } from './messages/catalog';

// Standard Schema v1 validators, for libraries that take any such schema.
export { userSnapshotSchema, orgSettingsSchema } from './schema/standard-schema';
export type { PolicyStandardSchema, PolicyStandardSchemaProps } from './schema/standard-schema';
export type { StandardSchemaV1 } from './schema/standard-schema-v1';

// Reminders: the by-hand follow-up of inactive users while automatic emails are off.
export { planReminders, REMINDER_STATUSES, MIN_HOURS_BETWEEN_EMAILS } from './reminders/plan-reminders';
export type {
  ReminderPlan,
  ReminderOptions,
  ReminderCounts,
  ReminderStatus,
  DueReminder,
  UpcomingReminder,
  ExhaustedReminder,
} from './reminders/plan-reminders';
export {
  DEFAULT_REMINDER_CADENCE,
  REMINDER_CADENCE_KEYS,
  MAX_CADENCE_DAYS,
  parseReminderCadence,
} from './reminders/cadence';
export type { ReminderCadence, ResolvedReminderCadence } from './reminders/cadence';
export { explainReminder } from './reminders/explain-reminder';
