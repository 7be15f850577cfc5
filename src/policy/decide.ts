import { requiredManualEmailItems } from './checklist';
import { parseSettingsFields, plainSettings, type OrgSettings, type ResolvedOrgSettings } from '../input/org-settings';
import { PolicyInputError } from '../input/policy-input-error';
import { parseUser, type UserSnapshot } from '../input/user-snapshot';
import type { Decision } from './decision';
import type { ManualTrigger, OutcomeKind, ReasonCode } from './outcomes';
import { POLICY_VERSION } from './policy-version';
import { ruleFor, type RuleId } from './rules';

/**
 * What a rule row gives under one setting: everything a decision holds but the user's id and
 * the checklist. `trigger` is the row's, read only when the kind is `manual-required`.
 */
interface Outcome {
  readonly kind: OutcomeKind;
  readonly rule: RuleId;
  readonly reasons: readonly ReasonCode[];
  readonly trigger: ManualTrigger;
}

/**
 * The outcome of every combination of facts and setting, worked out once from {@link RULES}, so
 * that deciding a user is a table look-up and one object literal. The index adds up 1 for the
 * setting on, 2 for emailed, 4 for signed in, 8 for a previous licence that is not free (paid or
 * none: no rule tells them apart, only `free` is ever required, and a test compares every
 * combination of facts with {@link ruleFor}), and 16 for a paid licence.
 */
const OUTCOMES: readonly (Outcome | undefined)[] = /* @__PURE__ */ Array.from({ length: 32 }, (_, index) => {
  const rule = ruleFor({
    license: index < 16 ? 'free' : 'paid',
    previousLicense: index & 8 ? null : 'free',
    hasSignedIn: (index & 4) > 0,
    emailed: (index & 2) > 0,
  });
  const autoSend = (index & 1) > 0;
  return (
    rule && {
      kind: autoSend ? rule.autoSendOn : rule.autoSendOff,
      rule: rule.id,
      // Only rows whose outcome depends on the setting say which way it was set.
      reasons: Object.freeze(
        (rule.reasons as readonly ReasonCode[]).concat(
          rule.autoSendOn === rule.autoSendOff ? [] : autoSend ? 'auto-send-on' : 'auto-send-off',
        ),
      ),
      // The row type of RULES gives a trigger to every row that may require a manual email.
      trigger: (rule as { readonly trigger?: ManualTrigger }).trigger!,
    }
  );
});

/**
 * Decides for settings and a user that were already parsed: the whole policy, as one plain
 * function. `decide` and the batch layers call it after parsing each input once.
 *
 * @internal
 */
export function decideParsed(settings: ResolvedOrgSettings, user: UserSnapshot): Decision {
  // Every combination has a row (a test holds RULES to it), so the look-up always finds one.
  const { kind, rule, reasons, trigger } = OUTCOMES[
    (user.license === 'paid' ? 16 : 0) +
      (user.previousLicense === 'free' ? 0 : 8) +
      (user.hasSignedIn ? 4 : 0) +
      (user.invitedAt == null ? 0 : 2) +
      (settings.autoSendActivationEmails ? 1 : 0)
  ]!;
  return kind === 'manual-required'
    ? {
        kind,
        userId: user.id,
        rule,
        reasons,
        policyVersion: POLICY_VERSION,
        trigger,
        checklist: requiredManualEmailItems(settings.meetingsIncluded),
      }
    : { kind, userId: user.id, rule, reasons, policyVersion: POLICY_VERSION };
}

/**
 * Parses settings, throwing a {@link PolicyInputError} that names each bad setting.
 *
 * @internal
 */
export function resolveOrgSettings(settings: unknown): ResolvedOrgSettings {
  const plain = plainSettings(settings);
  if (plain !== undefined) return plain;
  // Thrown here rather than by a shared helper: one frame less for the error to capture.
  const parsed = parseSettingsFields(settings);
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
  // Settings first: their issues are thrown before the snapshot is read.
  const resolved = resolveOrgSettings(settings);
  const parsed = parseUser(user);
  if (!parsed.ok) throw new PolicyInputError(parsed.issues, 'user snapshot');
  return decideParsed(resolved, parsed.value);
}
