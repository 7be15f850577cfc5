// Hostile values and the contract every public function must keep against them. Shared by the
// bounded suite (hostile.test.ts) and the long campaign (scripts/fuzz.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as main from '../../src/index';
import { arbBrokenIterable, BROKEN_ITERABLES, type BrokenIterable } from '../support/broken-iterables';
import { oracleDecision, type OracleUser } from './oracle';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { PolicyInputError } = main;
export { PolicyInputError } from '../../src/index';

// ---------------------------------------------------------------------------------------------
// The public surface: every function exported by an entry the package exports.

/**
 * How to load each public entry's source (tsup's entry map mirrors this). Literal import paths,
 * so that both vitest and the fuzz script's bundler see them.
 */
const ENTRY_SOURCES: Readonly<Record<string, { readonly file: string; readonly load: () => Promise<unknown> }>> = {
  '.': { file: 'src/index.ts', load: async () => main },
  './webex': { file: 'src/webex/index.ts', load: () => import('../../src/webex/index') },
  './testing': { file: 'src/testing/index.ts', load: () => import('../../src/testing/index') },
};

export interface PublicFunction {
  readonly entry: string;
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
}

/**
 * Loads every function of every entry that `package.json` exports and that this suite covers.
 * An exported entry whose source is missing is an error, not a skip. Classes (the error type)
 * are constructed by the package itself, never from caller input, so they are left out; so are
 * the testing kit's `arb*` factories, which configure a generator in a test file rather than
 * read data (the kit's builders are covered).
 */
export async function loadPublicFunctions(): Promise<PublicFunction[]> {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const found: PublicFunction[] = [];
  for (const [entry, source] of Object.entries(ENTRY_SOURCES)) {
    if (!(entry in pkg.exports)) continue;
    if (!existsSync(resolve(ROOT, source.file))) throw new Error(`package.json exports ${entry} but ${source.file} does not exist`);
    const module = (await source.load()) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const standard = standardValidate(value);
      if (standard !== undefined) found.push({ entry, name: `${name}['~standard'].validate`, fn: standard });
      if (typeof value !== 'function') continue;
      if (/^class\b/.test(Function.prototype.toString.call(value))) continue;
      if (entry === './testing' && name.startsWith('arb')) continue;
      found.push({ entry, name, fn: value as (...args: unknown[]) => unknown });
    }
  }
  return found;
}

/** A Standard Schema's `validate`, which takes untrusted values like any parser. */
function standardValidate(value: unknown): ((...args: unknown[]) => unknown) | undefined {
  if (typeof value !== 'object' || value === null || !('~standard' in value)) return undefined;
  const props = (value as { '~standard': { validate?: unknown } })['~standard'];
  return typeof props.validate === 'function' ? (props.validate as (...args: unknown[]) => unknown) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Valid inputs, written here rather than taken from the testing kit, which is itself under test.

const INSTANTS = [
  '2026-05-01T08:30:00Z',
  '2026-05-01T10:30:00.250+02:00',
  '2024-02-29T23:59:59.999999999-12:00',
  '1970-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
] as const;

export interface ValidUser {
  readonly snapshot: Record<string, unknown>;
  readonly facts: OracleUser;
}

export const arbValidUser: fc.Arbitrary<ValidUser> = fc
  .record({
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('u-1', '__proto__', 'constructor', ' ')),
    license: fc.constantFrom('free', 'paid'),
    previousLicense: fc.constantFrom('free', 'paid', null, undefined, 'absent'),
    hasSignedIn: fc.boolean(),
    invited: fc.constantFrom(...INSTANTS, null, undefined, 'absent'),
    reminders: fc.constantFrom(0, 1, 7, undefined, 'absent'),
    extra: fc.dictionary(fc.constantFrom('Email', 'displayName', 'License', 'invitedat'), fc.jsonValue(), { maxKeys: 2 }),
  })
  .map(({ id, license, previousLicense, hasSignedIn, invited, reminders, extra }) => {
    const snapshot: Record<string, unknown> = { ...extra, id, license, hasSignedIn };
    if (previousLicense !== 'absent') snapshot.previousLicense = previousLicense;
    const emailed = invited !== 'absent' && typeof invited === 'string';
    if (invited !== 'absent') snapshot.invitedAt = invited;
    if (emailed) snapshot.lastEmailedAt = invited;
    if (reminders !== 'absent') snapshot.remindersSent = reminders;
    const facts: OracleUser = {
      license: license as 'free' | 'paid',
      previousLicense: previousLicense === 'absent' ? undefined : (previousLicense as OracleUser['previousLicense']),
      signedIn: hasSignedIn,
      emailed,
    };
    return { snapshot, facts };
  });

export const arbValidSettings: fc.Arbitrary<Record<string, unknown>> = fc.record(
  { autoSendActivationEmails: fc.oneof(fc.boolean(), fc.constant(undefined)), meetingsIncluded: fc.boolean() },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------------------------------------
// Near misses: a valid snapshot with one field a little wrong. Each names the field it breaks.

export interface NearMiss {
  readonly value: Record<string, unknown>;
  /** The field the parser must name; the issue's path starts with it. */
  readonly field: string;
  readonly why: string;
}

const BAD_INSTANTS = [
  ['2026-02-30T08:30:00Z', 'impossible day'],
  ['2025-02-29T08:30:00Z', 'not a leap year'],
  ['1900-02-29T00:00:00Z', 'century, not a leap year'],
  ['2026-04-31T00:00:00Z', '31 April'],
  ['2026-13-01T00:00:00Z', 'month 13'],
  ['2026-05-01T24:00:00Z', 'hour 24'],
  ['2026-05-01T08:60:00Z', 'minute 60'],
  ['2026-05-01T08:30:60Z', 'leap second'],
  ['2026-05-01T08:30:00+24:00', 'offset +24:00'],
  ['2026-05-01T08:30:00+02:60', 'offset minutes 60'],
  ['2026-05-01T08:30:00+0200', 'offset without colon'],
  ['2026-05-01', 'date only'],
  ['2026-05-01T08:30:00', 'no offset'],
  ['2026-05-01T08:30Z', 'no seconds'],
  ['2026-05-01t08:30:00z', 'lower-case t and z'],
  ['2026-05-01 08:30:00Z', 'space for T'],
  [' 2026-05-01T08:30:00Z', 'leading space'],
  ['2026-05-01T08:30:00Z\n', 'trailing newline'],
  ['2026-05-01T08:30:00.Z', 'empty fraction'],
  ['2026-05-01T08:30:00.1234567890Z', 'ten fraction digits'],
  ['+002026-05-01T08:30:00Z', 'expanded year'],
  ['2026-5-1T8:30:00Z', 'unpadded fields'],
  ['２０２６-05-01T08:30:00Z', 'full-width digits'],
  ['', 'empty'],
] as const;

const nearMissRecipes: readonly ((user: Record<string, unknown>) => NearMiss)[] = [
  ...(['Paid', 'FREE', 'paid ', 'Free', 'premium', ''] as const).map(
    (bad) => (user: Record<string, unknown>) => ({ value: { ...user, license: bad }, field: 'license', why: `license ${bad}` }),
  ),
  (user) => ({ value: { ...user, license: 1 }, field: 'license', why: 'license a number' }),
  (user) => ({ value: { ...user, previousLicense: 'Free' }, field: 'previousLicense', why: 'previousLicense wrong case' }),
  (user) => ({ value: { ...user, previousLicense: false }, field: 'previousLicense', why: 'previousLicense false' }),
  ...([0, 1, 'true', 'false', 'yes', null, new Boolean(false)] as const).map(
    (bad) => (user: Record<string, unknown>) => ({
      value: { ...user, hasSignedIn: bad },
      field: 'hasSignedIn',
      why: `hasSignedIn ${String(bad)}`,
    }),
  ),
  (user) => {
    const { hasSignedIn: _, ...rest } = user;
    return { value: rest, field: 'hasSignedIn', why: 'hasSignedIn missing' };
  },
  (user) => {
    const { id: _, ...rest } = user;
    return { value: rest, field: 'id', why: 'id missing' };
  },
  ...([42, '', null, ['u1']] as const).map(
    (bad) => (user: Record<string, unknown>) => ({ value: { ...user, id: bad }, field: 'id', why: `id ${JSON.stringify(bad)}` }),
  ),
  ...BAD_INSTANTS.map(([bad, why]) => (user: Record<string, unknown>) => {
    const { lastEmailedAt: _, ...rest } = user;
    return { value: { ...rest, invitedAt: bad }, field: 'invitedAt', why: `invitedAt: ${why}` };
  }),
  ...BAD_INSTANTS.map(([bad, why]) => (user: Record<string, unknown>) => ({
    value: { ...user, invitedAt: INSTANTS[0], lastEmailedAt: bad },
    field: 'lastEmailedAt',
    why: `lastEmailedAt: ${why}`,
  })),
  (user) => ({ value: { ...user, invitedAt: 1777624200000 }, field: 'invitedAt', why: 'invitedAt epoch number' }),
  (user) => ({ value: { ...user, invitedAt: new Date(0) }, field: 'invitedAt', why: 'invitedAt a Date' }),
  (user) => ({
    value: { ...user, invitedAt: '2026-05-02T00:00:00Z', lastEmailedAt: '2026-05-01T23:59:59Z' },
    field: 'lastEmailedAt',
    why: 'lastEmailedAt before invitedAt',
  }),
  (user) => ({
    value: { ...user, invitedAt: null, lastEmailedAt: '2026-05-01T23:59:59Z' },
    field: 'lastEmailedAt',
    why: 'lastEmailedAt without invitedAt',
  }),
  ...([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', 2 ** 53, null] as const).map(
    (bad) => (user: Record<string, unknown>) => ({
      value: { ...user, remindersSent: bad },
      field: 'remindersSent',
      why: `remindersSent ${String(bad)}`,
    }),
  ),
];

export const arbNearMissUser: fc.Arbitrary<NearMiss> = fc
  .tuple(arbValidUser, fc.integer({ min: 0, max: nearMissRecipes.length - 1 }))
  .map(([user, recipe]) => nearMissRecipes[recipe]!(user.snapshot));

export const arbNearMissSettings: fc.Arbitrary<NearMiss> = fc.oneof(
  fc.constantFrom(
    { value: { autoSendActivationEmails: 'false' }, field: 'autoSendActivationEmails', why: 'string for a boolean' },
    { value: { autoSendActivationEmails: 0 }, field: 'autoSendActivationEmails', why: 'number for a boolean' },
    { value: { autoSendActivationEmails: null }, field: 'autoSendActivationEmails', why: 'null' },
    { value: { autoSendActivationEmail: false }, field: 'autoSendActivationEmail', why: 'misspelt key' },
    { value: { AutoSendActivationEmails: false }, field: 'AutoSendActivationEmails', why: 'wrong case key' },
    { value: { meetingsIncluded: 'yes' }, field: 'meetingsIncluded', why: 'string for a boolean' },
    { value: { meetingsIncluded: 1 }, field: 'meetingsIncluded', why: 'number for a boolean' },
  ),
);

// ---------------------------------------------------------------------------------------------
// Hostile values: anything at all, plus objects that fight back.

/** An object whose every trap throws; reading anything from it throws. */
export function throwingProxy(target: object = {}): object {
  const boom = () => {
    throw new Error('hostile trap');
  };
  const proxy = new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    defineProperty: boom,
    set: boom,
    deleteProperty: boom,
  });
  PROXIES.add(proxy);
  return proxy;
}

export function revokedProxy(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  PROXIES.add(proxy);
  return proxy;
}

/** A valid-looking snapshot where reading `field` throws. */
export function throwingGetter(base: Record<string, unknown>, field: string): Record<string, unknown> {
  const value = { ...base };
  Object.defineProperty(value, field, {
    enumerable: true,
    get() {
      throw new Error(`hostile getter on ${field}`);
    },
  });
  return value;
}

/** An iterable whose iteration breaks at a given step. */
export function brokenIterable(items: readonly unknown[], failAt: number): Iterable<unknown> {
  return {
    [Symbol.iterator]() {
      let index = 0;
      return {
        next() {
          if (index === failAt) throw new Error('hostile iterator');
          return index < items.length ? { value: items[index++], done: false } : { value: undefined, done: true };
        },
      };
    },
  };
}

export function nest(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = { id: 'deep', license: 'paid', hasSignedIn: false };
  for (let level = 0; level < depth; level += 1) value = kind === 'object' ? { id: value, next: value } : [value];
  return value;
}

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;
const FIELD_KEYS = [
  'id',
  'license',
  'previousLicense',
  'hasSignedIn',
  'invitedAt',
  'lastEmailedAt',
  'remindersSent',
  'autoSendActivationEmails',
  'meetingsIncluded',
  'items',
  'licenses',
  'key',
  'value',
  'kind',
  'trigger',
  'checklist',
] as const;

const arbAnything = fc.anything({
  key: fc.oneof(fc.constantFrom(...DANGEROUS_KEYS, ...FIELD_KEYS), fc.string({ maxLength: 6 })),
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** JSON text with prototype-pollution keys, parsed the way a service reads a request body. */
export const arbPollutingJson: fc.Arbitrary<unknown> = fc
  .tuple(
    arbValidUser,
    fc.subarray(['__proto__', 'constructor', 'prototype'] as const, { minLength: 1 }),
    fc.boolean(),
  )
  .map(([user, keys, nested]) => {
    const payload = `{"polluted":"yes","isAdmin":true,"prototype":{"polluted":"yes"}}`;
    const injected = keys.map((key) => `"${key}":${key === 'constructor' ? `{"prototype":${payload}}` : payload}`).join(',');
    const body = JSON.stringify(user.snapshot).slice(1, -1);
    const text = `{${injected}${body === '' ? '' : `,${body}`}}`;
    return nested ? JSON.parse(`{"items":[${text}],"users":[${text}],"value":${text}}`) : JSON.parse(text);
  });

/**
 * A value built only when a call needs it. Objects that fight back (throwing proxies and getters,
 * 50,000-deep nesting, one-shot iterators) would break fast-check's own printing and replay of a
 * counterexample, so the arbitraries hold a recipe with a readable label instead.
 */
const LAZY = new WeakSet<object>();

export class Lazy {
  constructor(
    readonly label: string,
    readonly build: () => unknown,
  ) {
    LAZY.add(this);
  }

  [fc.toStringMethod](): string {
    return `<${this.label}>`;
  }
}

/** Builds the Lazy values of an argument (itself, or the items of an array, two levels down). */
export function materialize(value: unknown, depth = 0): unknown {
  // Never `instanceof` or `in`: the value may be a proxy whose traps throw.
  if (isLazy(value)) return value.build();
  if (depth < 2 && isPlainArray(value) && value.some((item) => isLazy(item) || isPlainArray(item))) {
    return value.map((item) => materialize(item, depth + 1));
  }
  return value;
}

function isLazy(value: unknown): value is Lazy {
  return typeof value === 'object' && value !== null && LAZY.has(value);
}

function isPlainArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value) && !PROXIES.has(value);
  } catch {
    return false;
  }
}

/** Proxies the kit made, so the kit itself never reads through them. */
const PROXIES = new WeakSet<object>();

const arbFighter: fc.Arbitrary<Lazy> = fc.oneof(
  fc
    .tuple(arbValidUser, fc.constantFrom(...FIELD_KEYS))
    .map(([user, field]) => new Lazy(`getter throwing on ${field}`, () => throwingGetter(user.snapshot, field))),
  fc.constantFrom(
    new Lazy('proxy whose traps throw', () => throwingProxy()),
    new Lazy('array proxy whose traps throw', () => throwingProxy([])),
    new Lazy('function proxy whose traps throw', () => throwingProxy(() => 0)),
    new Lazy('revoked proxy', () => revokedProxy()),
    new Lazy('revoked array proxy', () => revokedProxy([])),
    new Lazy('object nested 2,000 deep', () => nest(2_000, 'object')),
    new Lazy('array nested 2,000 deep', () => nest(2_000, 'array')),
    new Lazy('frozen valid snapshot', () => Object.freeze({ id: 'f1', license: 'paid', hasSignedIn: false })),
  ),
  fc
    .tuple(fc.array(arbValidUser.map((user) => user.snapshot), { maxLength: 4 }), fc.nat(4))
    .map(([items, failAt]) => new Lazy(`iterable of ${items.length} breaking at ${failAt}`, () => brokenIterable(items, failAt))),
);

/**
 * Sources that break the iteration protocol (a next() giving null or 42, `{ done: 1 }`, a
 * throwing `done`, a next that is not a function...), each bounded and counting its calls: the
 * fixed table's, and ones generated from parts (items first, then a breach). The ones built for
 * the call under way are watched: a batch that calls next more often than the protocol allows
 * breaks the contract, where it would otherwise loop for ever.
 */
const WATCHED: { label: string; calls: () => number; maxCalls: number }[] = [];

const watchedLazy = (broken: BrokenIterable): Lazy =>
  new Lazy(`iterable breaking the protocol, ${broken.label}`, () => {
    const { users, calls } = broken.make();
    WATCHED.push({ label: broken.label, calls, maxCalls: broken.maxCalls });
    return users;
  });

const arbBrokenProtocol: fc.Arbitrary<Lazy> = fc.oneof(
  fc.constantFrom(...BROKEN_ITERABLES.map(watchedLazy)),
  arbBrokenIterable.map(watchedLazy),
);

/** Every kind of bad value the suites throw at the public functions. */
export const arbHostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: arbAnything },
  { weight: 3, arbitrary: arbNearMissUser.map((miss) => miss.value) },
  { weight: 2, arbitrary: arbNearMissSettings.map((miss) => miss.value) },
  { weight: 2, arbitrary: arbValidUser.map((user) => user.snapshot) },
  { weight: 2, arbitrary: arbPollutingJson },
  { weight: 3, arbitrary: arbFighter },
);

/** A list of users for the batch functions: mostly arrays, sometimes other iterables or junk. */
export const arbUsers: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(arbValidUser.map((user) => user.snapshot), arbHostile), { maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(arbValidUser.map((user) => user.snapshot), { maxLength: 5 })
      .map((items) => new Lazy(`Set of ${items.length}`, () => new Set(items))),
  },
  {
    weight: 1,
    arbitrary: fc.array(arbHostile, { maxLength: 5 }).map(
      (items) =>
        new Lazy(`generator of ${items.length}`, () =>
          (function* generate() {
            for (const item of items) yield materialize(item);
          })(),
        ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.array(arbHostile, { maxLength: 5 }).map(
      (items) =>
        new Lazy(`async iterable of ${items.length}`, () => ({
          async *[Symbol.asyncIterator]() {
            for (const item of items) yield materialize(item);
          },
        })),
    ),
  },
  { weight: 1, arbitrary: arbBrokenProtocol },
  { weight: 2, arbitrary: arbHostile },
);

// ---------------------------------------------------------------------------------------------
// What each parameter of a known public function is, so that the other arguments can be valid
// while one is hostile. A function this table does not know gets hostile values everywhere.

type Role =
  | 'settings'
  | 'user'
  | 'users'
  | 'any'
  | 'decision'
  | 'locale'
  | 'advisory'
  | 'draft'
  | 'draftContext'
  | 'reminderOptions'
  | 'person'
  | 'people'
  | 'webexOptions'
  | 'webexSetting'
  | 'licenseId';

const PARAMETERS: Readonly<Record<string, readonly Role[]>> = {
  decide: ['settings', 'user'],
  "userSnapshotSchema['~standard'].validate": ['user'],
  "orgSettingsSchema['~standard'].validate": ['settings'],
  parseOrgSettings: ['settings'],
  parseUserSnapshot: ['user'],
  decideEach: ['settings', 'users'],
  planActivation: ['settings', 'users'],
  previewSettingsChange: ['settings', 'settings', 'users'],
  planReminders: ['settings', 'users', 'reminderOptions'],
  checkManualEmail: ['draft', 'draftContext'],
  explain: ['decision', 'locale'],
  explainAdvisory: ['advisory', 'locale'],
  snapshotFromWebexPerson: ['person', 'webexOptions'],
  snapshotsFromWebexPeople: ['people', 'webexOptions'],
  orgSettingsFromWebex: ['webexSetting', 'draftContext'],
  licenseTypeCode: ['licenseId'],
  classifyWebexLicense: ['licenseId', 'any'],
};

const arbInstantOrBad = fc.oneof(fc.constantFrom(...INSTANTS), fc.constantFrom(...BAD_INSTANTS.map(([bad]) => bad)));

const arbDecision: fc.Arbitrary<unknown> = fc.tuple(arbValidSettings, arbValidUser).map(([settings, user]) => {
  try {
    return main.decide(settings, user.snapshot as never);
  } catch {
    return undefined;
  }
});

const arbNearMissDecision: fc.Arbitrary<unknown> = fc
  .tuple(arbDecision, fc.constantFrom('kind', 'trigger', 'checklist', 'userId', 'reasons'), arbHostile)
  .map(([decision, field, value]) => ({ ...(decision as object), [field]: value }));

/** A Webex licence id as the People API gives it: base64 of `ciscospark://us/LICENSE/<org>:<TYPE>_<uuid>`. */
const arbLicenseId: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('FMS', 'FSS', 'FTC', 'FTM', 'EE', 'MC', 'CF', 'ms', ''), fc.uuid(), fc.boolean())
  .map(([type, uuid, url]) => {
    const encoded = btoa(`ciscospark://us/LICENSE/${uuid}:${type}_${uuid}`);
    return url ? encoded.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '') : encoded;
  });

const arbPerson: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: fc.oneof(fc.constantFrom('Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hbmE', 'p-1', 'p-2'), fc.string({ maxLength: 4 })),
    licenses: fc.oneof(
      fc.array(arbLicenseId, { maxLength: 3 }),
      fc.array(arbLicenseId, { minLength: 2, maxLength: 3 }).map((ids) => [ids.join(',')]),
      arbHostile,
    ),
    lastActivity: arbInstantOrBad,
    invitePending: fc.constantFrom(true, false, 'true', 'false', 'TRUE', 1, null),
    loginEnabled: fc.constantFrom(true, false, 'true', 'false', 'no'),
    status: fc.constantFrom('active', 'pending', 'inactive', 'PENDING', 3),
    created: arbInstantOrBad,
    emails: fc.constant(['someone@example.com']),
  },
  { requiredKeys: [] },
);

const arbIsPaid: fc.Arbitrary<unknown> = fc.constantFrom(
  new Lazy('isPaidLicense always true', () => () => true),
  new Lazy('isPaidLicense always false', () => () => false),
  new Lazy('isPaidLicense returning a string', () => () => 'yes'),
  new Lazy('isPaidLicense returning undefined', () => () => undefined),
  'not a function',
);

const VALID_FOR_ROLE: Readonly<Record<Role, fc.Arbitrary<unknown>>> = {
  settings: arbValidSettings,
  user: arbValidUser.map((user) => user.snapshot),
  users: fc.array(arbValidUser.map((user) => user.snapshot), { maxLength: 6 }),
  any: fc.constant(undefined),
  decision: arbDecision,
  locale: fc.constantFrom('en', 'fr', undefined),
  advisory: fc.constantFrom(
    'manual-onboarding-required',
    'no-verification-link',
    'reminders-suppressed',
    'conversions-still-sent',
    'new-users-emailed-automatically',
    'reminders-resumed',
  ),
  draft: fc.record(
    {
      rolloutPlan: fc.constantFrom('Phase 1: sales, in May.', ' '),
      appValue: fc.constantFrom('One app for calls, meetings and messages.', ''),
      pmrLink: fc.constantFrom('https://example.webex.com/meet/ana', 'http://example.webex.com/meet/ana'),
      supportLinks: fc.constantFrom(['https://intranet.example.com/help'], [], ['javascript:alert(1)']),
      trainingLinks: fc.constantFrom(['https://learn.example.com/webex', 'http://learn.example.com/2'], ['data:text/html,x']),
      userPortalLink: fc.constantFrom('https://settings.webex.com', 'https://settings.webex.com.evil.example', 'http://settings.webex.com'),
      activationInstructions: fc.constantFrom('Sign in on the company SSO page; the app does the rest.'),
    },
    { requiredKeys: [] },
  ),
  draftContext: fc.oneof(fc.constant(undefined), fc.record({ meetingsIncluded: fc.boolean() }, { requiredKeys: [] })),
  reminderOptions: fc.record(
    {
      now: fc.constantFrom(...INSTANTS),
      cadence: fc.record(
        {
          firstAfterDays: fc.constantFrom(0, 1, 3, 30),
          everyDays: fc.constantFrom(0, 2, 7),
          maxReminders: fc.constantFrom(0, 1, 3),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['now'] },
  ),
  person: arbPerson,
  people: fc.array(arbPerson, { maxLength: 5 }).map((items) => ({ items })),
  webexOptions: fc.oneof(
    fc.constant(undefined),
    fc.record(
      {
        licenses: fc.array(fc.record({ id: arbLicenseId, name: fc.constantFrom('Messaging', 'Meeting - Webex Meeting Center') })).map(
          (items) => ({ items }),
        ),
        isPaidLicense: arbIsPaid,
        previous: arbPerson,
        history: fc.oneof(
          fc.constant(null),
          fc.record({ invitedAt: fc.constantFrom(...INSTANTS, null), remindersSent: fc.nat({ max: 3 }) }, { requiredKeys: [] }),
        ),
        assumeInvitedAtCreated: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  ),
  webexSetting: fc.record({
    key: fc.constantFrom('allow-admin-invite-emails'),
    value: fc.boolean(),
    name: fc.constantFrom('Automatic Activation Emails'),
  }),
  licenseId: arbLicenseId,
};

const HOSTILE_FOR_ROLE: Readonly<Record<Role, fc.Arbitrary<unknown>>> = {
  settings: fc.oneof(arbNearMissSettings.map((miss) => miss.value), arbHostile),
  user: arbHostile,
  users: arbUsers,
  any: arbHostile,
  decision: fc.oneof(arbNearMissDecision, arbHostile),
  locale: fc.oneof(fc.constantFrom('EN', 'fr-FR', 'de', '', 'constructor', '__proto__', 'toString'), arbHostile),
  advisory: fc.oneof(fc.constantFrom('Reminders-Suppressed', 'constructor', '__proto__', ''), arbHostile),
  draft: fc.oneof(
    fc.record(
      {
        rolloutPlan: arbHostile,
        pmrLink: fc.oneof(fc.constantFrom('javascript:alert(1)', 'https://', 'https://exa mple.com', '//settings.webex.com'), arbHostile),
        supportLinks: fc.oneof(fc.array(arbHostile, { maxLength: 3 }), arbHostile),
        trainingLinks: arbHostile,
        userPortalLink: fc.oneof(fc.constantFrom('https://SETTINGS.webex.com/', 'https://user@settings.webex.com'), arbHostile),
        activationInstructions: arbHostile,
      },
      { requiredKeys: [] },
    ),
    arbHostile,
  ),
  draftContext: fc.oneof(fc.record({ meetingsIncluded: arbHostile }), arbHostile),
  reminderOptions: fc.oneof(
    fc.record(
      {
        now: fc.oneof(arbInstantOrBad, arbHostile),
        cadence: fc.oneof(
          fc.record(
            {
              firstAfterDays: fc.constantFrom(-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, '3', 1e308, 2 ** 53),
              everyDays: fc.constantFrom(-0, -3, 1.5, null, 1e9),
              maxReminders: fc.constantFrom(-1, 2.5, '1', 1e12, Number.MAX_SAFE_INTEGER),
            },
            { requiredKeys: [] },
          ),
          arbHostile,
        ),
      },
      { requiredKeys: [] },
    ),
    arbHostile,
  ),
  person: arbHostile,
  people: fc.oneof(fc.array(fc.oneof(arbPerson, arbHostile), { maxLength: 5 }).map((items) => ({ items })), arbUsers),
  webexOptions: fc.oneof(
    fc.record(
      {
        licenses: arbHostile,
        isPaidLicense: fc.oneof(arbIsPaid, arbHostile),
        previous: arbHostile,
        history: fc.oneof(
          fc.record({ invitedAt: fc.oneof(arbInstantOrBad, arbHostile), remindersSent: arbHostile }, { requiredKeys: [] }),
          arbHostile,
        ),
        assumeInvitedAtCreated: arbHostile,
      },
      { requiredKeys: [] },
    ),
    arbHostile,
  ),
  webexSetting: fc.oneof(
    fc.record(
      {
        key: fc.constantFrom('allow-admin-invite-emails', 'Allow-Admin-Invite-Emails', 'allow-admin-invite-email', '__proto__'),
        value: fc.oneof(fc.constantFrom('false', 'true', 0, 1, null), arbHostile),
      },
      { requiredKeys: [] },
    ),
    arbHostile,
  ),
  licenseId: fc.oneof(fc.constantFrom('', '====', 'Y2lzY29zcGFyazovL3VzL0xJQ0VOU0U', '\u0000'), arbHostile),
};

/** Arguments for a public function: each parameter valid or hostile, at least one hostile most of the time. */
export function arbArguments(name: string): fc.Arbitrary<unknown[]> {
  const roles = PARAMETERS[name];
  if (roles === undefined) return fc.array(arbHostile, { maxLength: 4 });
  return fc.tuple(...roles.map((role) => fc.oneof(VALID_FOR_ROLE[role], HOSTILE_FOR_ROLE[role], HOSTILE_FOR_ROLE[role])));
}

// ---------------------------------------------------------------------------------------------
// The contract.

export class ContractViolation extends Error {}

function fail(message: string): never {
  throw new ContractViolation(message);
}

function checkIssues(issues: unknown, where: string): void {
  if (!Array.isArray(issues) || issues.length === 0) fail(`${where}: issues must be a non-empty array`);
  for (const issue of issues as unknown[]) {
    if (typeof issue !== 'object' || issue === null) fail(`${where}: an issue is not an object`);
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (!Array.isArray(path)) fail(`${where}: an issue path is not an array`);
    for (const segment of path) {
      if (typeof segment !== 'string' && typeof segment !== 'number') fail(`${where}: a path segment is ${typeof segment}`);
    }
    if (typeof message !== 'string' || message.trim() === '') fail(`${where}: an issue message is empty`);
  }
}

/** A parse result is `{ ok: true, value }` or `{ ok: false, issues }` with well-formed issues. */
export function checkParseResult(result: unknown, where: string): void {
  if (typeof result !== 'object' || result === null) fail(`${where}: a parse result must be an object`);
  const { ok } = result as { ok?: unknown };
  if (ok === true) {
    if (!('value' in result)) fail(`${where}: ok result without a value`);
    return;
  }
  if (ok !== false) fail(`${where}: ok must be true or false`);
  checkIssues((result as { issues?: unknown }).issues, where);
}

/** A Standard Schema result: `{ value }`, or `{ issues }` with at least one `{ message, path? }`. */
function checkStandardResult(result: unknown, where: string): void {
  if (typeof result !== 'object' || result === null || result instanceof Promise) fail(`${where}: not a synchronous result`);
  const { issues } = result as { issues?: unknown };
  if (issues === undefined) {
    if (!('value' in result)) fail(`${where}: neither value nor issues`);
    return;
  }
  if (!Array.isArray(issues) || issues.length === 0) fail(`${where}: issues must be a non-empty array`);
  for (const issue of issues as { message?: unknown; path?: unknown }[]) {
    if (typeof issue.message !== 'string' || issue.message === '') fail(`${where}: an issue without a message`);
    if (issue.path !== undefined && !Array.isArray(issue.path)) fail(`${where}: an issue path is not an array`);
  }
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;
const PRISTINE = PROTOTYPES.map((proto) => Reflect.ownKeys(proto).length);

export function checkPrototypesUntouched(where: string): void {
  PROTOTYPES.forEach((proto, index) => {
    if (Reflect.ownKeys(proto).length !== PRISTINE[index]) fail(`${where}: a built-in prototype gained a property`);
  });
  if ((({}) as Record<string, unknown>).polluted !== undefined || (({}) as Record<string, unknown>).isAdmin !== undefined) {
    fail(`${where}: Object.prototype was polluted`);
  }
}

/** True when an own key `__proto__`, `constructor` or `prototype` sits anywhere in plain data. */
export function hasPollutingKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
    const inner = Reflect.getOwnPropertyDescriptor(value, key);
    if (inner !== undefined && 'value' in inner && hasPollutingKey(inner.value, depth + 1)) return true;
  }
  return false;
}

function isIterator(value: unknown): value is Iterator<unknown> & Iterable<unknown> {
  if (typeof value !== 'object' || value === null || PROXIES.has(value)) return false;
  return typeof (value as Iterator<unknown>).next === 'function' && Symbol.iterator in value;
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> & AsyncIterable<unknown> {
  if (typeof value !== 'object' || value === null || PROXIES.has(value)) return false;
  return typeof (value as AsyncIterator<unknown>).next === 'function' && Symbol.asyncIterator in value;
}

function inputLength(users: unknown): number | undefined {
  if (typeof users !== 'object' || users === null || PROXIES.has(users)) return undefined;
  if (Array.isArray(users)) return users.length;
  if (users instanceof Set) return users.size;
  return undefined;
}

/** Checks what came back from a call, by function name where the contract says more. */
function checkResult(name: string, args: readonly unknown[], result: unknown): void {
  const where = name;
  if (typeof result === 'object' && result !== null && 'ok' in result && typeof (result as { ok: unknown }).ok === 'boolean') {
    checkParseResult(result, where);
  }
  if (name.endsWith("['~standard'].validate")) checkStandardResult(result, name);
  if (name === 'parseInstant' && result !== null && !(typeof result === 'number' && Number.isFinite(result))) {
    fail('parseInstant must give a finite number or null');
  }
  if (name === 'decide') {
    const decision = result as { kind?: unknown; trigger?: unknown; checklist?: unknown };
    if (!(main.OUTCOME_KINDS as readonly unknown[]).includes(decision.kind)) fail('decide gave an unknown kind');
    checkAgainstOracle(args, decision);
  }
  if (name === 'planActivation') {
    const plan = result as { decisions: unknown[]; invalid: { index: number; issues: unknown }[]; byKind: Record<string, unknown[]> };
    const expected = inputLength(args[1]);
    if (expected !== undefined && plan.decisions.length + plan.invalid.length !== expected) {
      fail(`planActivation lost items: ${plan.decisions.length} + ${plan.invalid.length} != ${expected}`);
    }
    for (const item of plan.invalid) checkIssues(item.issues, 'planActivation invalid item');
    if (Object.keys(plan.byKind).sort().join() !== [...main.OUTCOME_KINDS].sort().join()) fail('byKind lacks a kind');
    const total = Object.values(plan.byKind).reduce((sum, ids) => sum + ids.length, 0);
    if (total !== plan.decisions.length) fail('byKind does not account for every decision');
  }
  if (name === 'previewSettingsChange') {
    const preview = result as {
      changes: { before: string; after: string }[];
      invalid: { issues: unknown }[];
      counts: { before: Record<string, number>; after: Record<string, number> };
    };
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);
    const expected = inputLength(args[2]);
    if (expected !== undefined && sum(preview.counts.before) + preview.invalid.length !== expected) {
      fail('previewSettingsChange lost items');
    }
    if (sum(preview.counts.before) !== sum(preview.counts.after)) fail('previewSettingsChange counts differ before and after');
    if (preview.changes.length > sum(preview.counts.before)) fail('previewSettingsChange has more changes than users');
    for (const change of preview.changes) if (change.before === change.after) fail('a change that changes nothing');
    for (const item of preview.invalid) checkIssues(item.issues, 'previewSettingsChange invalid item');
  }
  if (name === 'planReminders') {
    const plan = result as {
      automatic: boolean;
      due: unknown[];
      upcoming: unknown[];
      exhausted: unknown[];
      invalid: { issues: unknown }[];
      counts: { users: number; invalid: number; inactive: number; notInactive: Record<string, number> };
    };
    const expected = inputLength(args[1]);
    const notInactive = Object.values(plan.counts.notInactive).reduce((total, count) => total + count, 0);
    if (expected !== undefined && plan.counts.users !== expected) fail('planReminders miscounted the users');
    if (plan.counts.users !== plan.counts.invalid + plan.counts.inactive + notInactive) fail('planReminders lost users');
    if (plan.invalid.length !== plan.counts.invalid) fail('planReminders invalid list and count differ');
    const listed = plan.due.length + plan.upcoming.length + plan.exhausted.length;
    if (plan.automatic ? listed !== 0 : listed !== plan.counts.inactive) fail('planReminders lists do not add up');
    for (const item of plan.invalid) checkIssues(item.issues, 'planReminders invalid item');
  }
  if (name === 'checkManualEmail') {
    const check = result as { complete: unknown; missing: unknown[]; problems: { message?: unknown }[] };
    if (check.complete !== (check.missing.length === 0)) fail('checkManualEmail: complete disagrees with missing');
    for (const problem of check.problems) {
      if (typeof problem.message !== 'string' || problem.message === '') fail('checkManualEmail: a problem without a message');
    }
  }
  if ((name === 'explain' || name === 'explainAdvisory') && (typeof result !== 'string' || result.trim() === '')) {
    fail(`${name} gave no text`);
  }
  if (name === 'snapshotsFromWebexPeople') {
    const mapped = result as { snapshots: unknown[]; invalid: { issues: unknown }[] };
    const list = args[0] as { items?: unknown } | undefined;
    const items = Array.isArray(list) ? list : typeof list === 'object' && list !== null ? list.items : undefined;
    if (Array.isArray(items) && mapped.snapshots.length + mapped.invalid.length !== items.length) {
      fail('snapshotsFromWebexPeople lost items');
    }
    for (const item of mapped.invalid) checkIssues(item.issues, 'snapshotsFromWebexPeople invalid item');
  }
}

/**
 * An own field of an accepted input, read without going through a Proxy the kit made: inherited
 * fields are absent, as they are to the parsers.
 */
function ownField(value: unknown, key: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || PROXIES.has(value)) return undefined;
  const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
  if (descriptor === undefined) return undefined;
  return 'value' in descriptor ? descriptor.value : descriptor.get?.call(value);
}

/**
 * Whatever decide accepted, hostile or not, must get the decision the independent oracle gives
 * the same facts: kind, trigger and checklist.
 */
function checkAgainstOracle(args: readonly unknown[], decision: { kind?: unknown; trigger?: unknown; checklist?: unknown }): void {
  const [settings, user] = args;
  if (typeof user === 'object' && user !== null && PROXIES.has(user)) fail('decide accepted a hostile proxy as a user');
  const facts: OracleUser = {
    license: ownField(user, 'license') as OracleUser['license'],
    previousLicense: ownField(user, 'previousLicense') as OracleUser['previousLicense'],
    signedIn: ownField(user, 'hasSignedIn') as boolean,
    emailed: typeof ownField(user, 'invitedAt') === 'string',
  };
  if (facts.license !== 'free' && facts.license !== 'paid') fail(`decide accepted a licence of ${String(facts.license)}`);
  const expected = oracleDecision(
    {
      autoSend: ownField(settings, 'autoSendActivationEmails') as boolean | undefined,
      meetings: ownField(settings, 'meetingsIncluded') as boolean | undefined,
    },
    facts,
  );
  const got = {
    kind: decision.kind,
    trigger: decision.trigger,
    checklist: Array.isArray(decision.checklist) ? decision.checklist.join() : decision.checklist,
  };
  const wanted = { kind: expected.kind, trigger: expected.trigger, checklist: expected.checklist?.join() };
  if (JSON.stringify(got) !== JSON.stringify(wanted)) {
    fail(`decide gave ${JSON.stringify(got)} where the oracle says ${JSON.stringify(wanted)}`);
  }
}

function checkBatchItems(name: string, args: readonly unknown[], items: readonly { index: number; ok: boolean; issues?: unknown }[]): void {
  items.forEach((item, position) => {
    if (item.index !== position) fail(`${name}: item ${position} has index ${item.index}`);
    if (!item.ok) checkIssues(item.issues, `${name} item ${position}`);
  });
  const expected = inputLength(args[1]);
  if (expected !== undefined && items.length !== expected) fail(`${name}: ${items.length} items for ${expected} inputs`);
}

function checkThrown(name: string, error: unknown): void {
  if (error instanceof ContractViolation) throw error;
  if (!(error instanceof PolicyInputError)) {
    fail(`${name} let ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} escape`);
  }
  checkIssues(error.issues, `${name} PolicyInputError`);
  if (typeof error.message !== 'string' || error.message === '') fail(`${name}: PolicyInputError without a message`);
}

const DRAIN_LIMIT = 10_000;

/**
 * Calls a public function and holds it to the contract: it returns, or it throws a well-formed
 * `PolicyInputError`; parse results are well-formed; batches account for every item; no
 * built-in prototype changes. Generators and async generators are drained, promises awaited.
 */
export async function callUnderContract(subject: PublicFunction, lazyArgs: readonly unknown[]): Promise<void> {
  const { name } = subject;
  WATCHED.length = 0;
  const args = lazyArgs.map((arg) => materialize(arg));
  try {
    let result = subject.fn(...args);
    if (result instanceof Promise) result = await result;
    if (isAsyncIterator(result)) {
      const items: { index: number; ok: boolean; issues?: unknown }[] = [];
      for await (const item of result) {
        items.push(item as never);
        if (items.length > DRAIN_LIMIT) break;
      }
      if (name === 'decideEach') checkBatchItems(name, args, items);
    } else if (isIterator(result)) {
      const items: { index: number; ok: boolean; issues?: unknown }[] = [];
      for (const item of result) {
        items.push(item as never);
        if (items.length > DRAIN_LIMIT) break;
      }
      if (name === 'decideEach') checkBatchItems(name, args, items);
    } else {
      checkResult(name, args, result);
    }
  } catch (error) {
    checkThrown(name, error);
  }
  for (const watched of WATCHED) {
    if (watched.calls() > watched.maxCalls) {
      fail(`${name} called next ${watched.calls()} times on an iterable that allows ${watched.maxCalls} (${watched.label})`);
    }
  }
  checkPrototypesUntouched(name);
}
