/**
 * The testing kit: fast-check arbitraries and builders for the tests of services that embed
 * the policy.
 *
 * @packageDocumentation
 * @module activation-email-policy/testing
 */
// The testing kit, `activation-email-policy/testing`: fast-check arbitraries and builders for
// the tests of services that embed the policy. fast-check is an optional peer dependency that
// only this entry needs; the main entry never imports anything from here.

// Arbitraries: every valid input, inputs that land on one outcome or rule, broken inputs.
export { arbOrgSettings, arbUserSnapshot, arbDecisionInput, arbInstant, arbUserId } from './arbitraries';
export type { DecisionInput, DecisionInputOptions } from './arbitraries';
export { arbInvalidUserSnapshot } from './invalid-user-snapshot';
export type { InvalidUserSnapshot, SnapshotFlaw } from './invalid-user-snapshot';

// Builders for example tests.
export { userSnapshot, orgSettings, USER_SNAPSHOT_DEFAULTS, ORG_SETTINGS_DEFAULTS } from './builders';
export type { BuiltUserSnapshot, BuiltOrgSettings } from './builders';
