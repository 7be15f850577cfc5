import { requiredManualEmailItems } from '../manual-email/checklist';
import type { Issues } from '../input/issue';
import { parseOrgSettings, type OrgSettings, type ResolvedOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { isRecord } from '../input/read-field';
import { checkUserSnapshot, newSnapshotFields, type SnapshotFields, type UserSnapshot } from '../input/user-snapshot';
import type { Decision, ManualRequiredDecision } from './decision';
import type { ManualTrigger, OutcomeKind, ReasonCode } from './outcomes';
import { POLICY_VERSION } from './policy-version';
import { matchRule, RULES, type Rule, type RuleId } from './rules';

interface Outcome {
  readonly kind: OutcomeKind;
  readonly rule: RuleId;
  readonly reasons: readonly ReasonCode[];
  readonly trigger: ManualTrigger | undefined;
}

function outcomeOf(rule: Rule, autoSend: boolean): Outcome {
  const kind = autoSend ? rule.autoSendOn : rule.autoSendOff;
  // Only rows whose outcome depends on the setting say which way it was set.
  const settingMatters = rule.autoSendOn !== rule.autoSendOff;
  const reasons: ReasonCode[] = [...rule.reasons];
  if (settingMatters) reasons.push(autoSend ? 'auto-send-on' : 'auto-send-off');
  return Object.freeze({
    kind,
    rule: rule.id,
    reasons: Object.freeze(reasons),
    trigger: kind === 'manual-required' && 'trigger' in rule ? rule.trigger : undefined,
  });
}

// Every (rule, setting) pair has one outcome; work it out once so that deciding a user is a
// table look-up and one object literal.
const OUTCOMES_ON: readonly Outcome[] = RULES.map((rule) => outcomeOf(rule, true));
const OUTCOMES_OFF: readonly Outcome[] = RULES.map((rule) => outcomeOf(rule, false));

/**
 * Decides for settings and a user that were already parsed. The batch layers call this after
 * parsing each item once.
 */
export function decideValid(settings: ResolvedOrgSettings, user: UserSnapshot | SnapshotFields): Decision {
  const outcome = (settings.autoSendActivationEmails ? OUTCOMES_ON : OUTCOMES_OFF)[matchRule(user)]!;
  if (outcome.trigger !== undefined) {
    const manual: ManualRequiredDecision = {
      kind: 'manual-required',
      userId: user.id,
      rule: outcome.rule,
      reasons: outcome.reasons,
      policyVersion: POLICY_VERSION,
      trigger: outcome.trigger,
      checklist: requiredManualEmailItems(settings.meetingsIncluded),
    };
    return manual;
  }
  return {
    kind: outcome.kind,
    userId: user.id,
    rule: outcome.rule,
    reasons: outcome.reasons,
    policyVersion: POLICY_VERSION,
  } as Decision;
}

/**
 * Parses settings, throwing a {@link PolicyInputError} that names each bad setting.
 *
 * @internal
 */
export function resolveOrgSettings(settings: unknown): ResolvedOrgSettings {
  const parsed = parseOrgSettings(settings);
  if (!parsed.ok) throw new PolicyInputError(parsed.issues, 'settings');
  return parsed.value;
}

// Settings as `decide` resolves them when they are plain, indexed by plainSettings, so that no
// object is made per call.


/**
 * Decides which activation email, if any, a user gets under the org's settings, and why.
 *
 * Pure: no clock, randomness, I/O or global state; inputs are never mutated and may be frozen.
 * Omitted settings take their defaults (automatic activation emails on).
 *
 * @param settings - The org's settings; `{}` means the defaults.
 * @param user - The user's snapshot; unknown fields are ignored.
 * @returns A plain-JSON {@link Decision}; `trigger` and `checklist` only on `manual-required`.
 * @throws {@link PolicyInputError} when the settings or the snapshot are malformed; its `issues`
 * list every bad field at once (settings are checked first). Nothing else is ever thrown.
 * @example
 * decide({ autoSendActivationEmails: false }, { id: 'u1', license: 'paid', hasSignedIn: false })
 * //=> {
 * //   kind: 'manual-required',
 * //   userId: 'u1',
 * //   rule: 'new-user',
 * //   reasons: ['paid-license', 'never-signed-in', 'never-emailed', 'auto-send-off'],
 * //   policyVersion: '1.0.0',
 * //   trigger: 'new-user',
 * //   checklist: ['rollout-plan', 'app-value', 'support-links', 'training-links', 'user-portal-link', 'activation-instructions'],
 * // }
 */
export function decide(settings: OrgSettings, user: UserSnapshot): Decision {
  const resolved = resolveOrgSettings(settings);
  // A fresh record per call: module-level scratch space would be global state, which the
  // policy promises never to hold.
  const checked = checkUserSnapshot(user, newSnapshotFields());
  if (Array.isArray(checked)) throw new PolicyInputError(checked as unknown as Issues, 'user snapshot');
  return decideValid(resolved, checked as SnapshotFields);
}
