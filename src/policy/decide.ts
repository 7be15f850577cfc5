import { requiredManualEmailItems } from './checklist';
import { parseOrgSettings, plainSettings, type OrgSettings, type ResolvedOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { parseUser, type UserSnapshot } from '../input/user-snapshot';
import type { Decision } from './decision';
import type { ManualTrigger, OutcomeKind, ReasonCode } from './outcomes';
import { POLICY_VERSION } from './policy-version';
import { ruleFor, type RuleId } from './rules';

/** What a rule row gives under one setting: everything a decision holds but the user's id. */
type Outcome =
  | {
      readonly kind: Exclude<OutcomeKind, 'manual-required'>;
      readonly rule: RuleId;
      readonly reasons: readonly ReasonCode[];
    }
  | {
      readonly kind: 'manual-required';
      readonly rule: RuleId;
      readonly reasons: readonly ReasonCode[];
      readonly trigger: ManualTrigger;
    };

/**
 * The outcome of every combination of facts and setting, worked out once from {@link RULES}, so
 * that deciding a user is a table look-up and one object literal. The index is {@link indexOf}'s:
 * its bits, from the lowest, are the setting, emailed and signed in; above them, the previous
 * licence (free, paid, none) and the licence (free, paid) as two more digits.
 */
const OUTCOMES: readonly (Outcome | undefined)[] = /* @__PURE__ */ Array.from({ length: 48 }, (_, index) => {
  const rule = ruleFor({
    license: index < 24 ? 'free' : 'paid',
    previousLicense: (['free', 'paid', null] as const)[(index >> 3) % 3]!,
    hasSignedIn: (index & 4) > 0,
    emailed: (index & 2) > 0,
  });
  if (rule === undefined) return undefined;
  const autoSend = (index & 1) > 0;
  // Only rows whose outcome depends on the setting say which way it was set.
  const reasons: readonly ReasonCode[] =
    rule.autoSendOn === rule.autoSendOff ? rule.reasons : [...rule.reasons, autoSend ? 'auto-send-on' : 'auto-send-off'];
  // The row type of RULES gives a trigger to every row that may require a manual email.
  return {
    kind: autoSend ? rule.autoSendOn : rule.autoSendOff,
    rule: rule.id,
    reasons: Object.freeze([...reasons]),
    trigger: (rule as { readonly trigger?: ManualTrigger }).trigger!,
  } as Outcome;
});

/** The index in OUTCOMES of a user's facts under a setting. */
function indexOf(autoSend: boolean, user: UserSnapshot): number {
  const previous = user.previousLicense === 'free' ? 0 : user.previousLicense === 'paid' ? 1 : 2;
  return ((((user.license === 'paid' ? 3 : 0) + previous) * 2 + (user.hasSignedIn ? 1 : 0)) * 2 + (user.invitedAt == null ? 0 : 1)) * 2 + (autoSend ? 1 : 0);
}

/**
 * Decides for settings and a user that were already parsed: the whole policy, as one plain
 * function. `decide` and the batch layers call it after parsing each input once.
 *
 * @internal
 */
export function decideParsed(settings: ResolvedOrgSettings, user: UserSnapshot): Decision {
  // Every combination has a row (a test holds RULES to it), so the look-up always finds one.
  const outcome = OUTCOMES[indexOf(settings.autoSendActivationEmails, user)]!;
  if (outcome.kind === 'manual-required') {
    return {
      kind: outcome.kind,
      userId: user.id,
      rule: outcome.rule,
      reasons: outcome.reasons,
      policyVersion: POLICY_VERSION,
      trigger: outcome.trigger,
      checklist: requiredManualEmailItems(settings.meetingsIncluded),
    };
  }
  return { kind: outcome.kind, userId: user.id, rule: outcome.rule, reasons: outcome.reasons, policyVersion: POLICY_VERSION };
}

/**
 * Parses settings, throwing a {@link PolicyInputError} that names each bad setting.
 *
 * @internal
 */
export function resolveOrgSettings(settings: unknown): ResolvedOrgSettings {
  const plain = plainSettings(settings);
  if (plain !== undefined) return plain;
  const parsed = parseOrgSettings(settings);
  if (!parsed.ok) throw new PolicyInputError(parsed.issues, 'settings');
  return parsed.value;
}

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
  const parsed = parseUser(user);
  if (!parsed.ok) throw new PolicyInputError(parsed.issues, 'user snapshot');
  return decideParsed(resolved, parsed.value);
}
