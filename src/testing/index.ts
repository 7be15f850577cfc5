// The testing kit, `activation-email-policy/testing`: fast-check arbitraries and builders for
// the tests of services that embed the policy. fast-check is an optional peer dependency that
// only this entry needs; the main entry never imports anything from here.
export { arbOrgSettings, arbUserSnapshot, arbDecisionInput, arbInstant, arbUserId } from './arbitraries';
export type { DecisionInput, DecisionInputOptions } from './arbitraries';
