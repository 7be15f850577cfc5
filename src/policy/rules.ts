import type { License } from '../input/user-snapshot';
import type { ManualTrigger, OutcomeKind, ReasonCode } from './outcomes';

/**
 * The facts about a user that the rules read, as a rule row's `when` names them:
 * `previousLicense` is `null` when none is recorded, and `emailed` is whether a first activation
 * or invitation email went out (`invitedAt` is set).
 *
 * @example
 * const facts: RuleFacts = { license: 'paid', previousLicense: null, hasSignedIn: false, emailed: true };
 */
export interface RuleFacts {
  readonly license: License;
  readonly previousLicense: License | null;
  readonly hasSignedIn: boolean;
  readonly emailed: boolean;
}

/**
 * The policy, in precedence order: the first row whose `when` holds decides. A row's `when`
 * lists the facts it requires (licence, previous licence, signed in, emailed); a fact it
 * leaves out may be anything. This table is the one place the rules live; everything else
 * reads it.
 *
 * | # | id | when | auto-send on | auto-send off |
 * | - | -- | ---- | ------------ | ------------- |
 * | 1 | `free-license` | the licence is free | `skip-free` | `skip-free` |
 * | 2 | `free-to-paid-conversion` | paid now, free before | `notify-conversion` | `notify-conversion` |
 * | 3 | `already-signed-in` | paid, has signed in | `no-action` | `no-action` |
 * | 4 | `new-user` | paid, never signed in, never emailed | `auto-send` | `manual-required` (`new-user`) |
 * | 5 | `inactive-user` | paid, never signed in, already emailed | `reminder-eligible` | `manual-required` (`inactive-user`) |
 *
 * Only rows 4 and 5 depend on the setting: conversion emails can never be suppressed.
 *
 * @example
 * RULES.map((rule) => rule.id)
 * //=> ['free-license', 'free-to-paid-conversion', 'already-signed-in', 'new-user', 'inactive-user']
 * RULES[3].when
 * //=> { license: 'paid', hasSignedIn: false, emailed: false }
 */
export const RULES = [
  {
    id: 'free-license',
    when: { license: 'free' },
    autoSendOn: 'skip-free',
    autoSendOff: 'skip-free',
    reasons: ['license-free'],
  },
  {
    id: 'free-to-paid-conversion',
    when: { license: 'paid', previousLicense: 'free' },
    autoSendOn: 'notify-conversion',
    autoSendOff: 'notify-conversion',
    reasons: ['converted-free-to-paid', 'conversion-never-suppressed'],
  },
  {
    id: 'already-signed-in',
    when: { license: 'paid', hasSignedIn: true },
    autoSendOn: 'no-action',
    autoSendOff: 'no-action',
    reasons: ['already-signed-in'],
  },
  {
    id: 'new-user',
    when: { license: 'paid', hasSignedIn: false, emailed: false },
    autoSendOn: 'auto-send',
    autoSendOff: 'manual-required',
    trigger: 'new-user',
    reasons: ['paid-license', 'never-signed-in', 'never-emailed'],
  },
  {
    id: 'inactive-user',
    when: { license: 'paid', hasSignedIn: false, emailed: true },
    autoSendOn: 'reminder-eligible',
    autoSendOff: 'manual-required',
    trigger: 'inactive-user',
    reasons: ['paid-license', 'never-signed-in', 'already-emailed'],
  },
] as const satisfies readonly RuleRow[];

/**
 * What a row of {@link RULES} holds. A row that may require a manual email says why (its
 * `trigger`); no other row has one.
 */
type RuleRow = {
  readonly id: string;
  readonly when: Partial<RuleFacts>;
  readonly reasons: readonly ReasonCode[];
} & (
  | { readonly autoSendOn: AutomaticKind; readonly autoSendOff: AutomaticKind }
  | { readonly autoSendOn: OutcomeKind; readonly autoSendOff: OutcomeKind; readonly trigger: ManualTrigger }
);

/** The outcomes that ask nothing of the admin. */
type AutomaticKind = Exclude<OutcomeKind, 'manual-required'>;

/**
 * One row of {@link RULES}.
 *
 * @example
 * const rule: Rule = RULES[0];
 */
export type Rule = (typeof RULES)[number];

/**
 * The stable id of a rule row; a decision names the row that decided it.
 *
 * @example
 * const rule: RuleId = 'inactive-user';
 */
export type RuleId = Rule['id'];

/**
 * The first row of {@link RULES} whose `when` holds for these facts, or `undefined` when none
 * does (the rules cover every combination of facts: a test holds them to it).
 *
 * @internal
 */
export function ruleFor(facts: RuleFacts): Rule | undefined {
  return RULES.find((rule) =>
    Object.entries(rule.when).every(([fact, value]) => facts[fact as keyof RuleFacts] === value),
  );
}
