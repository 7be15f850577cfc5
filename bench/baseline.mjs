// The limit: the same contract as `decide`, written by hand with plain if/else and nothing shared
// with the package, as tight as such a validator can honestly be. It accepts and refuses exactly
// what `decide` accepts and refuses (the bench and test/performance check it on mixed input):
//
// - settings: an object whose prototype is Object.prototype or null, or a class instance, that is
//   not a look-alike (a Map, a Date, a promise...); every own key known (a non-enumerable or
//   Symbol key too), each flag a boolean or absent; inherited flags do not count;
// - the user: the same kind of object; own fields only (a value inherited from a prototype is
//   absent); a non-empty id, the licences, a boolean, real calendar instants with seconds and an
//   offset read by character codes, lastEmailedAt needing invitedAt and not earlier than it, a
//   whole reminder count, one email address (through a regular expression: V8 compiles it to
//   machine code, twice as fast as a loop over the character codes on a typical address).
//
// It takes the shortcuts the package may take, and no other: good plain settings are read
// without the look-alike check (their own keys show it is none), and nothing but the decision
// is allocated for a valid user.
//
// It builds the same decision object. On bad input it throws a plain Error without the package's
// issue list and messages: building those is work decide does only for bad input. A getter that
// throws simply throws through it (decide turns it into an issue: both refuse).

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

const ObjectProto = Object.prototype;
const hasOwn = Object.hasOwn;
const getProto = Object.getPrototypeOf;
const toTag = Object.prototype.toString;

function fail(field) {
  throw new Error(`invalid ${field}`);
}

/** 0 to 9 for a digit at `at`, else -100 (so a sum of digits turns negative). */
function digit(text, at) {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -100;
}

function two(text, at) {
  return digit(text, at) * 10 + digit(text, at + 1);
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

/**
 * One address: text, one @, text; no white space, no control character, none of , ; < > " ( )
 * [ ] \. A regular expression: V8 compiles it to machine code, and it reads a typical address
 * in half the time a loop over its character codes takes.
 */
const EMAIL = /^[^\s\0-\x1f\x7f@,;<>"()[\]\\]+@[^\s\0-\x1f\x7f@,;<>"()[\]\\]+$/u;

/**
 * True when `value` may be read as a record: a plain object (only its own `then` and `callee`
 * looked up), an object without a prototype, or an instance whose tag is Object and which is not
 * a thenable.
 */
function isRecordObject(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = getProto(value);
  if (proto === ObjectProto) {
    if (hasOwn(value, 'then') && typeof value.then === 'function') return false;
    return !hasOwn(value, 'callee') || toTag.call(value) === '[object Object]';
  }
  if (proto === null) return true;
  if ('then' in value && typeof value.then === 'function') return false;
  return toTag.call(value) === '[object Object]';
}

/** The hand-written decision: validation, then the rule table as if/else. */
export function baselineDecide(settings, user) {
  let autoSend = true;
  let meetings = false;
  // Every own key, a non-enumerable or Symbol one too. A plain object holding known keys only
  // cannot be a look-alike (a thenable, an arguments object and an array each hold a key of
  // their own: then, callee, length), so only other objects get that check.
  let plainKnown = typeof settings === 'object' && settings !== null && getProto(settings) === ObjectProto;
  plainKnown &&= Object.getOwnPropertySymbols(settings).length === 0;
  if (plainKnown) {
    for (const key of Object.getOwnPropertyNames(settings)) {
      if (key === 'autoSendActivationEmails') autoSend = settings.autoSendActivationEmails;
      else if (key === 'meetingsIncluded') meetings = settings.meetingsIncluded;
      else plainKnown = false;
    }
  }
  if (!plainKnown) {
    if (!isRecordObject(settings)) fail('settings');
    for (const key of Reflect.ownKeys(settings)) {
      if (key === 'autoSendActivationEmails') autoSend = settings.autoSendActivationEmails;
      else if (key === 'meetingsIncluded') meetings = settings.meetingsIncluded;
      else fail(String(key));
    }
  }
  if (autoSend === undefined) autoSend = true;
  else if (typeof autoSend !== 'boolean') fail('autoSendActivationEmails');
  if (meetings === undefined) meetings = false;
  else if (typeof meetings !== 'boolean') fail('meetingsIncluded');

  if (!isRecordObject(user)) fail('user');
  // Own fields only, each read at its own site: for a plain record only a value equal to what
  // Object.prototype holds needs the own-property check (it could be inherited).
  const plain = getProto(user) === ObjectProto;
  let id = user.id;
  if (id !== undefined && !(plain && id !== ObjectProto.id) && !hasOwn(user, 'id')) id = undefined;
  if (typeof id !== 'string' || id.length === 0) fail('id');
  let license = user.license;
  if (license !== undefined && !(plain && license !== ObjectProto.license) && !hasOwn(user, 'license')) license = undefined;
  if (license !== 'free' && license !== 'paid') fail('license');
  let previous = user.previousLicense;
  if (previous !== undefined && !(plain && previous !== ObjectProto.previousLicense) && !hasOwn(user, 'previousLicense')) previous = undefined;
  if (previous !== undefined && previous !== null && previous !== 'free' && previous !== 'paid') fail('previousLicense');
  let signedIn = user.hasSignedIn;
  if (signedIn !== undefined && !(plain && signedIn !== ObjectProto.hasSignedIn) && !hasOwn(user, 'hasSignedIn')) signedIn = undefined;
  if (typeof signedIn !== 'boolean') fail('hasSignedIn');
  let invitedAt = user.invitedAt;
  if (invitedAt !== undefined && !(plain && invitedAt !== ObjectProto.invitedAt) && !hasOwn(user, 'invitedAt')) invitedAt = undefined;
  let invited = NaN;
  if (invitedAt !== undefined && invitedAt !== null) {
    if (typeof invitedAt !== 'string') fail('invitedAt');
    invited = instant(invitedAt);
    if (invited !== invited) fail('invitedAt');
  }
  let lastEmailedAt = user.lastEmailedAt;
  if (lastEmailedAt !== undefined && !(plain && lastEmailedAt !== ObjectProto.lastEmailedAt) && !hasOwn(user, 'lastEmailedAt')) lastEmailedAt = undefined;
  if (lastEmailedAt !== undefined && lastEmailedAt !== null) {
    if (typeof lastEmailedAt !== 'string') fail('lastEmailedAt');
    const last = instant(lastEmailedAt);
    if (last !== last || invited !== invited || last < invited) fail('lastEmailedAt');
  }
  let reminders = user.remindersSent;
  if (reminders !== undefined && !(plain && reminders !== ObjectProto.remindersSent) && !hasOwn(user, 'remindersSent')) reminders = undefined;
  if (reminders !== undefined && !(Number.isSafeInteger(reminders) && reminders >= 0)) fail('remindersSent');
  let email = user.email;
  if (email !== undefined && !(plain && email !== ObjectProto.email) && !hasOwn(user, 'email')) email = undefined;
  if (email !== undefined && !(typeof email === 'string' && EMAIL.test(email))) fail('email');

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
