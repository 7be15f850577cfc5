// The limit: the same work as `decide`, written by hand with plain if/else and nothing shared
// with the package. It checks the settings (booleans or absent, no unknown key) and every field
// of the user (non-empty id, licences, boolean, real calendar instants with seconds and an
// offset, lastEmailedAt needing invitedAt and not earlier than it, a whole reminder count), and
// builds the same decision object. It throws a plain Error on bad input; the benchmark feeds it
// valid users only, and checks that its decisions equal the package's.

export const POLICY_VERSION = '1.0.0';
export const CHECKLIST_WITH_MEETINGS = Object.freeze([
  'rollout-plan',
  'app-value',
  'pmr-link',
  'support-links',
  'training-links',
  'user-portal-link',
  'activation-instructions',
]);
export const CHECKLIST_WITHOUT_MEETINGS = Object.freeze(CHECKLIST_WITH_MEETINGS.filter((item) => item !== 'pmr-link'));

const R_FREE = Object.freeze(['license-free']);
const R_CONVERSION = Object.freeze(['converted-free-to-paid', 'conversion-never-suppressed']);
const R_SIGNED_IN = Object.freeze(['already-signed-in']);
const R_NEW_ON = Object.freeze(['paid-license', 'never-signed-in', 'never-emailed', 'auto-send-on']);
const R_NEW_OFF = Object.freeze(['paid-license', 'never-signed-in', 'never-emailed', 'auto-send-off']);
const R_INACTIVE_ON = Object.freeze(['paid-license', 'never-signed-in', 'already-emailed', 'auto-send-on']);
const R_INACTIVE_OFF = Object.freeze(['paid-license', 'never-signed-in', 'already-emailed', 'auto-send-off']);

function digit(text, at) {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

function two(text, at) {
  const a = digit(text, at);
  const b = digit(text, at + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** Epoch ms of `YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)` on a real calendar day, or NaN. */
function instant(text) {
  const length = text.length;
  if (length < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return NaN;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return NaN;
  const yHigh = two(text, 0);
  const yLow = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (yHigh < 0 || yLow < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return NaN;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return NaN;
  const year = yHigh * 100 + yLow;
  let max = 31;
  if (month === 2) max = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  else if (month === 4 || month === 6 || month === 9 || month === 11) max = 30;
  if (day > max) return NaN;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    at += 1;
    const start = at;
    while (at < length && digit(text, at) >= 0) {
      if (at - start < 3) millis = millis * 10 + digit(text, at);
      at += 1;
    }
    const count = at - start;
    if (count < 1 || count > 9) return NaN;
    if (count === 1) millis *= 100;
    else if (count === 2) millis *= 10;
  }
  let offset = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90) {
    if (at + 1 !== length) return NaN;
  } else if (zone === 43 || zone === 45) {
    if (at + 6 !== length || text.charCodeAt(at + 3) !== 58) return NaN;
    const oh = two(text, at + 1);
    const om = two(text, at + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return NaN;
  }
  // Days from 1970-01-01 to the civil date (proleptic Gregorian), without a Date object.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return ((days * 24 + hour) * 60 + minute - offset) * 60_000 + second * 1000 + millis;
}

function fail(field) {
  throw new Error(`invalid ${field}`);
}

/** The hand-written decision: validation, then the rule table as if/else. */
export function baselineDecide(settings, user) {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) fail('settings');
  let autoSend = settings.autoSendActivationEmails;
  let meetings = settings.meetingsIncluded;
  if (autoSend === undefined) autoSend = true;
  else if (typeof autoSend !== 'boolean') fail('autoSendActivationEmails');
  if (meetings === undefined) meetings = false;
  else if (typeof meetings !== 'boolean') fail('meetingsIncluded');
  for (const key in settings) {
    if (key !== 'autoSendActivationEmails' && key !== 'meetingsIncluded') fail(key);
  }

  if (typeof user !== 'object' || user === null || Array.isArray(user)) fail('user');
  const id = user.id;
  if (typeof id !== 'string' || id.length === 0) fail('id');
  const license = user.license;
  if (license !== 'free' && license !== 'paid') fail('license');
  const previous = user.previousLicense;
  if (previous !== undefined && previous !== null && previous !== 'free' && previous !== 'paid') fail('previousLicense');
  const signedIn = user.hasSignedIn;
  if (typeof signedIn !== 'boolean') fail('hasSignedIn');
  const invitedAt = user.invitedAt;
  let invited = NaN;
  if (invitedAt !== undefined && invitedAt !== null) {
    if (typeof invitedAt !== 'string') fail('invitedAt');
    invited = instant(invitedAt);
    if (invited !== invited) fail('invitedAt');
  }
  const lastEmailedAt = user.lastEmailedAt;
  if (lastEmailedAt !== undefined && lastEmailedAt !== null) {
    if (typeof lastEmailedAt !== 'string') fail('lastEmailedAt');
    const last = instant(lastEmailedAt);
    if (last !== last || invited !== invited || last < invited) fail('lastEmailedAt');
  }
  const reminders = user.remindersSent;
  if (reminders !== undefined && !(Number.isSafeInteger(reminders) && reminders >= 0)) fail('remindersSent');

  if (license === 'free') {
    return { kind: 'skip-free', userId: id, rule: 'free-license', reasons: R_FREE, policyVersion: POLICY_VERSION };
  }
  if (previous === 'free') {
    return {
      kind: 'notify-conversion',
      userId: id,
      rule: 'free-to-paid-conversion',
      reasons: R_CONVERSION,
      policyVersion: POLICY_VERSION,
    };
  }
  if (signedIn) {
    return { kind: 'no-action', userId: id, rule: 'already-signed-in', reasons: R_SIGNED_IN, policyVersion: POLICY_VERSION };
  }
  const checklist = meetings ? CHECKLIST_WITH_MEETINGS : CHECKLIST_WITHOUT_MEETINGS;
  if (invitedAt === undefined || invitedAt === null) {
    if (autoSend) return { kind: 'auto-send', userId: id, rule: 'new-user', reasons: R_NEW_ON, policyVersion: POLICY_VERSION };
    return {
      kind: 'manual-required',
      userId: id,
      rule: 'new-user',
      reasons: R_NEW_OFF,
      policyVersion: POLICY_VERSION,
      trigger: 'new-user',
      checklist,
    };
  }
  if (autoSend) {
    return {
      kind: 'reminder-eligible',
      userId: id,
      rule: 'inactive-user',
      reasons: R_INACTIVE_ON,
      policyVersion: POLICY_VERSION,
    };
  }
  return {
    kind: 'manual-required',
    userId: id,
    rule: 'inactive-user',
    reasons: R_INACTIVE_OFF,
    policyVersion: POLICY_VERSION,
    trigger: 'inactive-user',
    checklist,
  };
}
