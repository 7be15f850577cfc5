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

// Standard Schema v1 validators, for libraries that take any such schema.
export { userSnapshotSchema, orgSettingsSchema } from './schema/standard-schema';
export type { PolicyStandardSchema } from './schema/standard-schema';
export type { StandardSchemaV1 } from './schema/standard-schema-v1';
