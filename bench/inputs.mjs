// Realistic, mixed user snapshots for the benchmark: every rule row, both settings, instants in
// UTC and with offsets (with and without fractions), nulls, absent optional fields, extra fields
// an export carries (email, display name). Deterministic: the same seed gives the same users.

/** A small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
const ZONES = ['Z', 'Z', 'Z', '+02:00', '-05:00', '+05:30', '+00:00', '-03:30'];

/** An instant string in one of the forms exports hold, at `epoch` (ms) plus some jitter. */
function instantAt(random, epoch) {
  const zone = ZONES[Math.floor(random() * ZONES.length)];
  const offsetMinutes =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = new Date(epoch + offsetMinutes * 60_000);
  const fraction = random() < 0.5 ? `.${pad(local.getUTCMilliseconds(), 3)}` : '';
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${fraction}${zone}`
  );
}

const START = Date.UTC(2024, 0, 1);
const SPAN = 3 * 365 * 24 * 3600 * 1000;

/**
 * One user snapshot. The mix, roughly: 20% free, 10% conversions, 30% signed in, 20% never
 * emailed, 20% emailed and inactive (half of them with follow-up history).
 */
export function makeUser(random, n) {
  const id = `u-${pad(n, 7)}`;
  const roll = random();
  const user = { id, email: `user${n}@example.com`, displayName: `User ${n}` };
  if (roll < 0.2) {
    user.license = 'free';
    user.previousLicense = random() < 0.5 ? null : 'free';
    user.hasSignedIn = random() < 0.5;
  } else if (roll < 0.3) {
    user.license = 'paid';
    user.previousLicense = 'free';
    user.hasSignedIn = random() < 0.3;
  } else if (roll < 0.6) {
    user.license = 'paid';
    user.previousLicense = random() < 0.5 ? 'paid' : null;
    user.hasSignedIn = true;
    user.invitedAt = instantAt(random, START + Math.floor(random() * SPAN));
  } else if (roll < 0.8) {
    user.license = 'paid';
    if (random() < 0.5) user.previousLicense = null;
    user.hasSignedIn = false;
    user.invitedAt = null;
  } else {
    user.license = 'paid';
    user.hasSignedIn = false;
    const invited = START + Math.floor(random() * SPAN);
    user.invitedAt = instantAt(random, invited);
    if (random() < 0.5) {
      user.lastEmailedAt = instantAt(random, invited + 86_400_000 * (1 + Math.floor(random() * 30)));
      user.remindersSent = Math.floor(random() * 3);
    } else {
      user.lastEmailedAt = null;
    }
  }
  return user;
}

/**
 * Users as a service holds them after reading an export: through JSON, so that every string is
 * a flat one, as JSON.parse makes it (strings built by concatenation are held as trees by V8,
 * and reading characters from those costs more than real input does).
 */
export function asParsedJson(users) {
  return JSON.parse(JSON.stringify(users));
}

/** `count` valid users with distinct ids, as parsed from JSON. */
export function makeUsers(count, seed = 1) {
  const random = seededRandom(seed);
  const users = new Array(count);
  for (let n = 0; n < count; n += 1) users[n] = makeUser(random, n);
  return asParsedJson(users);
}

/** Like `generateUsers`, collected into an array as parsed from JSON, 10,000 at a time. */
export function collectUsers(count, options) {
  const users = [];
  let chunk = [];
  for (const user of generateUsers(count, options)) {
    chunk.push(user);
    if (chunk.length === 10_000) {
      for (const parsed of asParsedJson(chunk)) users.push(parsed);
      chunk = [];
    }
  }
  for (const parsed of asParsedJson(chunk)) users.push(parsed);
  return users;
}

/** A bad item, of the kinds a real export holds: a typo'd licence, an impossible day, a duplicate id. */
export function makeBadUser(random, n) {
  const roll = random();
  if (roll < 0.4) return { id: `u-${pad(n, 7)}`, license: 'Paid', hasSignedIn: false };
  if (roll < 0.7) {
    return { id: `u-${pad(n, 7)}`, license: 'paid', hasSignedIn: false, invitedAt: '2025-02-29T10:00:00Z' };
  }
  return { id: 'u-0000000', license: 'free', hasSignedIn: false };
}

/** Users with about `badShare` of bad items mixed in. */
export function* generateUsers(count, { seed = 1, badShare = 0 } = {}) {
  const random = seededRandom(seed);
  for (let n = 0; n < count; n += 1) {
    yield badShare > 0 && random() < badShare ? makeBadUser(random, n) : makeUser(random, n);
  }
}

/** The header of Control Hub's user export as the benchmarks write it. */
export const CONTROL_HUB_EXPORT_HEADER = ['User ID/Email (Required)', 'First Name', 'Last Name', 'Display Name', 'User Status', 'Basic Messaging', 'Webex Meetings Suite'];
const FIRST_NAMES = ['Ana', 'Bruno', 'Chloé', 'Dmitri', 'Emma', 'Farid', 'Grace', 'Hiro', 'Inès', 'Jonas', 'Kemi'];
const LAST_NAMES = ['Martin', 'Okafor', 'Nguyen', 'Schmidt', 'Dubois', 'Rossi', 'Tanaka', 'García', 'Novak', 'Silva', 'Kowalski', 'Haddad', 'Ivanova'];

/**
 * User number `n` as a row of Control Hub's user export: the email as the id (empty for a bad
 * item, which has none), names (every fifth display name written `"Last, First"`, quoted for its
 * comma), the status (`Active` for a user who signed in; `Invite Pending` or `Not Verified` for
 * one who never did), Basic Messaging held by all (a free service) and Webex Meetings Suite by
 * the paid users.
 */
export function controlHubExportRow(user, n) {
  const first = FIRST_NAMES[n % FIRST_NAMES.length];
  const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length];
  const display = n % 5 === 0 ? `"${last}, ${first}"` : `${first} ${last}`;
  const status = user.hasSignedIn ? 'Active' : n % 3 === 0 ? 'Not Verified' : 'Invite Pending';
  return [user.email ?? '', first, last, display, status, 'TRUE', user.license === 'paid' ? 'TRUE' : 'FALSE'].join(',');
}

/** The settings the benchmark cycles through. */
export const SETTINGS = [
  {},
  { autoSendActivationEmails: true },
  { autoSendActivationEmails: false },
  { autoSendActivationEmails: false, meetingsIncluded: true },
];

/**
 * Settings and users that `decide` and a faithful reference must treat alike: valid ones, and
 * every way of being wrong the contract names (each field bad, inherited fields, look-alike
 * records, unknown, non-enumerable and Symbol keys, broken instants and emails). Pairs of
 * `{ settings, user }`; deterministic.
 */
export function makeMixedInputs(count = 4_000, seed = 11) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const hidden = (object, key, value) => Object.defineProperty(object, key, { value, enumerable: false });
  const badSettings = [
    null,
    undefined,
    [],
    'on',
    1,
    () => ({}),
    new Map(),
    { autoSendActivationEmails: 'false' },
    { meetingsIncluded: 1 },
    { autoSendActivationEmail: false },
    { autoSendActivationEmails: null },
    hidden({}, 'extra', true),
    { [Symbol('extra')]: true },
    Promise.resolve({}),
    new Date(0),
  ];
  const goodSettings = [
    ...SETTINGS,
    { autoSendActivationEmails: undefined },
    Object.create({ autoSendActivationEmails: false }),
    Object.assign(Object.create(null), { meetingsIncluded: true }),
    Object.freeze({ autoSendActivationEmails: false }),
  ];
  const badValues = {
    id: ['', 7, null, undefined, ['u']],
    license: ['Paid', 'gold', null, undefined, 1],
    previousLicense: ['Free', 0, false],
    hasSignedIn: ['no', 0, null, undefined],
    invitedAt: ['2025-02-29T10:00:00Z', '2026-05-01', '2026-05-01T08:30Z', '2026-05-01T08:30:00', '2026-13-01T00:00:00Z', 20260501, '2026-05-01T24:00:00Z', '2026-05-01T08:30:00.Z', '2026-05-01T08:30:00+2:00'],
    lastEmailedAt: ['2026-04-31T00:00:00Z', '2023-01-01T00:00:00Z', 'yesterday', 5],
    remindersSent: [-1, 1.5, null, '2', Number.NaN, 2 ** 53],
    email: ['', 'ana', 'ana@', '@example.com', 'ana@b@c', 'ana @example.com', 'ana@example.com, eve@example.org', '<ana@example.com>', 'ana@exam\u00a0ple.com', 'ana\u2028@x', null, 3],
  };
  const goodEmails = ['ana@example.com', 'a@b', 'ñandú@example.es', 'x.y+z@sub.example.co.uk', '\ud800@x'];
  const pairs = [];
  for (let n = 0; n < count; n += 1) {
    const user = makeUser(random, n);
    let settings = pick(goodSettings);
    const roll = random();
    if (roll < 0.3) {
      // valid, with an email now and then
      if (random() < 0.5) user.email = pick(goodEmails);
      else delete user.email;
    } else if (roll < 0.75) {
      const key = pick(Object.keys(badValues));
      const value = pick(badValues[key]);
      if (value === undefined) delete user[key];
      else user[key] = value;
      if (key === 'lastEmailedAt' && random() < 0.5) user.invitedAt = null;
    } else if (roll < 0.82) {
      settings = pick(badSettings);
    } else if (roll < 0.9) {
      // a field inherited rather than own: absent for decide
      const key = pick(['id', 'license', 'hasSignedIn', 'invitedAt', 'email', 'previousLicense']);
      const proto = { [key]: user[key] ?? 'paid' };
      const child = Object.create(proto);
      for (const [k, v] of Object.entries(user)) if (k !== key) child[k] = v;
      pairs.push({ settings, user: child });
      continue;
    } else if (roll < 0.95) {
      pairs.push({ settings, user: pick([new Map(Object.entries(user)), [user], Promise.resolve(user), new Date(0), 'u-1', null, Object.assign(Object.create(null), user)]) });
      continue;
    } else {
      // a thenable, or an instance of a class (its own fields count)
      const target = random() < 0.5 ? Object.assign({ then() {} }, user) : Object.assign(new (class Snapshot {})(), user);
      pairs.push({ settings, user: target });
      continue;
    }
    pairs.push({ settings, user });
  }
  return pairs;
}
