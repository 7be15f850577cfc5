import type { UserSnapshot } from '../input/user-snapshot';
import type { ManualTrigger, OutcomeKind, ReasonCode } from './outcomes';

/**
 * The policy, in precedence order: the first row whose condition holds decides. This table is
 * the one place the rules live; everything else reads it.
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
 */
export const RULES = [
  {
    id: 'free-license',
    autoSendOn: 'skip-free',
    autoSendOff: 'skip-free',
    reasons: ['license-free'],
  },
  {
    id: 'free-to-paid-conversion',
    autoSendOn: 'notify-conversion',
    autoSendOff: 'notify-conversion',
    reasons: ['converted-free-to-paid', 'conversion-never-suppressed'],
  },
  {
    id: 'already-signed-in',
    autoSendOn: 'no-action',
    autoSendOff: 'no-action',
    reasons: ['already-signed-in'],
  },
  {
    id: 'new-user',
    autoSendOn: 'auto-send',
    autoSendOff: 'manual-required',
    trigger: 'new-user',
    reasons: ['paid-license', 'never-signed-in', 'never-emailed'],
  },
  {
    id: 'inactive-user',
    autoSendOn: 'reminder-eligible',
    autoSendOff: 'manual-required',
    trigger: 'inactive-user',
    reasons: ['paid-license', 'never-signed-in', 'already-emailed'],
  },
] as const satisfies readonly {
  readonly id: string;
  readonly autoSendOn: OutcomeKind;
  readonly autoSendOff: OutcomeKind;
  readonly trigger?: ManualTrigger;
  readonly reasons: readonly ReasonCode[];
}[];

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
 * The index in {@link RULES} of the first row that holds for a valid user. Plain comparisons on
 * purpose: this runs once per user in batches of millions.
 */
export function matchRule(user: UserSnapshot): 0 | 1 | 2 | 3 | 4 {
  if (user.license === 'free') return 0;
  if (user.previousLicense === 'free') return 1;
  if (user.hasSignedIn) return 2;
  if (user.invitedAt === undefined || user.invitedAt === null) return 3;
  return 4;
}
