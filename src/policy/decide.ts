import { requiredManualEmailItems } from './checklist';
import { parseOrgSettings, plainSettings, type OrgSettings, type ResolvedOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { parseUser, type UserSnapshot } from '../input/user-snapshot';
import type { Decision } from './decision';
import type { ManualTrigger, OutcomeKind, ReasonCode } from './outcomes';
import { POLICY_VERSION } from './policy-version';
import { ruleFor, type Rule, type RuleId } from './rules';

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

function outcomeOf(rule: Rule, autoSend: boolean): Outcome {
  const kind = autoSend ? rule.autoSendOn : rule.autoSendOff;
  // Only rows whose outcome depends on the setting say which way it was set.
  const reasons: ReasonCode[] = [...rule.reasons];
  if (rule.autoSendOn !== rule.autoSendOff) reasons.push(autoSend ? 'auto-send-on' : 'auto-send-off');
  const common = { rule: rule.id, reasons: Object.freeze(reasons) };
  if (kind !== 'manual-required') return Object.freeze({ kind, ...common });
  // The row type of RULES gives a trigger to every row that may require a manual email.
  return Object.freeze({ kind, ...common, trigger: ('trigger' in rule ? rule.trigger : undefined)! });
}

const LICENSES = ['free', 'paid'] as const;

/**
 * The outcome of every combination of facts and setting, worked out once from {@link RULES}, so
 * that deciding a user is a table look-up and one object literal. The index is {@link indexOf}'s.
 */
const OUTCOMES: readonly (Outcome | undefined)[] = /* @__PURE__ */ (() => {
  const outcomes: (Outcome | undefined)[] = [];
  for (const license of LICENSES) {
    for (const previousLicense of [...LICENSES, null]) {
      for (const hasSignedIn of [false, true]) {
        for (const emailed of [false, true]) {
          const rule = ruleFor({ license, previousLicense, hasSignedIn, emailed });
          for (const autoSend of [false, true]) outcomes.push(rule && outcomeOf(rule, autoSend));
        }
      }
    }
  }
  return outcomes;
})();

/** The index in OUTCOMES of a user's facts under a setting: the loops above, as digits. */
function indexOf(autoSend: boolean, user: UserSnapshot): number {
  const previous = user.previousLicense === 'free' ? 0 : user.previousLicense === 'paid' ? 1 : 2;
  const emailed = user.invitedAt === undefined || user.invitedAt === null ? 0 : 1;
  return ((((user.license === 'paid' ? 3 : 0) + previous) * 2 + (user.hasSignedIn ? 1 : 0)) * 2 + emailed) * 2 + (autoSend ? 1 : 0);
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
