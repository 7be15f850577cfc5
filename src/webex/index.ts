/**
 * Webex adapters: snapshots and settings built straight from Webex API payloads.
 *
 * @packageDocumentation
 * @module activation-email-policy/webex
 */
// `activation-email-policy/webex`: builds snapshots and settings straight from Webex API
// payloads (People, Licenses, the org's activation-email setting). A separate entry: the main
// entry never imports it.
export { snapshotFromWebexPerson } from './snapshot-from-person';
export { snapshotsFromWebexPeople } from './snapshots-from-people';
export { orgSettingsFromWebex, WEBEX_ACTIVATION_EMAIL_SETTING_KEY } from './org-settings-from-webex';
export type { WebexOrgSetting, WebexOrgSettingsExtra } from './org-settings-from-webex';
export { licenseTypeCode, isFreeLicenseType, FREE_LICENSE_TYPES } from './license-type';
export type { FreeLicenseType } from './license-type';
export { classifyWebexLicense, FREE_LICENSE_NAMES } from './classify-license';
export type {
  WebexFlag,
  WebexPerson,
  WebexLicense,
  WebexLicenseList,
  WebexPeopleList,
  IsPaidLicense,
  WebexPersonHistory,
  WebexPeopleHistory,
  WebexPersonOptions,
  WebexPeopleOptions,
  WebexPeopleSnapshots,
} from './types';
