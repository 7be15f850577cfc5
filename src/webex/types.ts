import type { InvalidItem, UserSnapshot } from './main-entry';

/**
 * A flag as Webex sends it: the specification says strings, live responses carry booleans.
 *
 * @example
 * const flags: WebexFlag[] = [true, 'false'];
 */
export type WebexFlag = boolean | 'true' | 'false';

/**
 * A person from the Webex People API (`GET /v1/people/{personId}`, or an entry of
 * `GET /v1/people`), with the fields this entry reads. Every other field is allowed and ignored.
 *
 * @example
 * const person: WebexPerson = {
 *   id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hbmE',
 *   licenses: [],
 *   created: '2026-03-02T09:15:00.000Z',
 *   status: 'pending',
 *   invitePending: 'true',
 * };
 */
export interface WebexPerson {
  readonly id: string;
  readonly emails?: readonly string[];
  /** Licence ids; one entry may hold several, joined by commas. */
  readonly licenses?: readonly string[];
  readonly created?: string;
  /** Only present for people of the caller's own org who have been active. */
  readonly lastActivity?: string;
  /** `'pending'` means the person has never logged in. */
  readonly status?: string;
  readonly invitePending?: WebexFlag;
  readonly loginEnabled?: WebexFlag;
  readonly [field: string]: unknown;
}

/**
 * A licence from the Webex Licenses API (`GET /v1/licenses`), with the fields this entry reads.
 *
 * @example
 * const license: WebexLicense = { id: 'Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYWJj', name: 'Webex Meetings Suite' };
 */
export interface WebexLicense {
  readonly id: string;
  readonly name?: string;
  readonly [field: string]: unknown;
}

/**
 * The Licenses API response, `{ items: [...] }`.
 *
 * @example
 * const response: WebexLicenseList = { items: [{ id: 'Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYWJj', name: 'Advanced Messaging' }] };
 */
export interface WebexLicenseList {
  readonly items: readonly WebexLicense[];
  readonly [field: string]: unknown;
}

/**
 * A People API list response, `{ items: [...] }`. Items stay `unknown`: each is checked.
 *
 * @example
 * const page: WebexPeopleList = { items: [{ id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hbmE' }], notFoundIds: [] };
 */
export interface WebexPeopleList {
  readonly items: readonly unknown[];
  readonly [field: string]: unknown;
}

/**
 * The caller's own licence classification: `true` for a paid licence. `license` is the licence's
 * entry in the `licenses` option, when that option lists it.
 *
 * @example
 * const isPaidLicense: IsPaidLicense = (licenseId, license) => license?.name !== 'Basic Messaging';
 */
export type IsPaidLicense = (licenseId: string, license?: WebexLicense) => boolean;

/**
 * One person's email history, as the caller records it: when the first activation email went
 * out, when the last email went out, how many reminders were sent by hand. The People API holds
 * none of it. The onboarding journal's `UserHistory` (from `activation-email-policy/journal`)
 * has this shape, so `historyFromJournal`'s map can be passed as it is.
 *
 * Instants are strict ISO 8601 date-times with seconds and a `Z` or an offset, as in a snapshot.
 *
 * @example
 * const history: WebexPersonHistory = { invitedAt: '2026-03-02T09:15:00Z', lastEmailedAt: '2026-03-09T09:00:00Z', remindersSent: 1 };
 */
export interface WebexPersonHistory {
  /** When the first activation email went out; absent or `null`: never emailed. */
  readonly invitedAt?: string | null;
  /** When the last email (activation or reminder) went out; absent or `null`: no later email. */
  readonly lastEmailedAt?: string | null;
  /** How many reminders were sent by hand, a whole number, 0 or more. */
  readonly remindersSent?: number;
}

/**
 * Options of {@link snapshotFromWebexPerson}.
 *
 * @example
 * const options: WebexPersonOptions = { isPaidLicense: () => true, history: { invitedAt: '2026-03-02T09:15:00Z', remindersSent: 0 } };
 */
export interface WebexPersonOptions {
  /** The Licenses API response or its `items`, so that licences are known by name. */
  readonly licenses?: WebexLicenseList | readonly WebexLicense[];
  /** Your own classification; when given it decides every licence, the built-in rule none. */
  readonly isPaidLicense?: IsPaidLicense;
  /** The same person as last seen (a People API person), to detect a free-to-paid conversion. */
  readonly previous?: unknown;
  /**
   * Your record of the emails this person was sent. Absent or `null`: no record, so never
   * emailed (unless `assumeInvitedAtCreated`).
   */
  readonly history?: WebexPersonHistory | null;
  /**
   * An assumption, off by default: a person with `invitePending` true and no history record was
   * sent their activation email when they were created, so `created` is their `invitedAt`.
   * Valid only when automatic activation emails were on when these people were created; with
   * the setting off then, nobody was emailed and the assumption invents an email.
   */
  readonly assumeInvitedAtCreated?: boolean;
}

/**
 * Your record of each person's emails, for {@link snapshotsFromWebexPeople}: a map from person id
 * to history (`historyFromJournal`'s result fits), or a function of the person id that returns
 * the history, or `null` / `undefined` for a person with no record.
 *
 * @example
 * const byMap: WebexPeopleHistory = new Map([['Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hbmE', { invitedAt: '2026-03-02T09:15:00Z', remindersSent: 0 }]]);
 * const byFunction: WebexPeopleHistory = (personId) => (personId === 'ana' ? { invitedAt: '2026-03-02T09:15:00Z' } : undefined);
 */
export type WebexPeopleHistory =
  | ReadonlyMap<string, WebexPersonHistory>
  | ((personId: string) => WebexPersonHistory | null | undefined);

/**
 * Options of {@link snapshotsFromWebexPeople}: the options of {@link WebexPersonOptions}, with
 * `previous` and `history` given for the whole page.
 *
 * @example
 * const options: WebexPeopleOptions = {
 *   previous: { items: [] },
 *   history: new Map([['Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hbmE', { invitedAt: '2026-03-02T09:15:00Z', remindersSent: 0 }]]),
 * };
 */
export interface WebexPeopleOptions {
  readonly licenses?: WebexLicenseList | readonly WebexLicense[];
  readonly isPaidLicense?: IsPaidLicense;
  /**
   * The people as last seen (a People API list response or its `items`), matched by `id`;
   * a person missing from it is new and has no previous licence.
   */
  readonly previous?: WebexPeopleList | readonly unknown[];
  /** Your record of each person's emails, by person id; a person without one was never emailed. */
  readonly history?: WebexPeopleHistory;
  /** As in {@link WebexPersonOptions}: `created` as the invitation of each person with no record. */
  readonly assumeInvitedAtCreated?: boolean;
}

/**
 * What {@link snapshotsFromWebexPeople} returns: the snapshots of the people it could map, in
 * page order, and each person it could not, with their index in `items` and every issue.
 *
 * @example
 * const result: WebexPeopleSnapshots = { snapshots: [], invalid: [{ index: 0, issues: [{ path: ['id'], message: 'is missing' }] }] };
 */
export interface WebexPeopleSnapshots {
  readonly snapshots: readonly UserSnapshot[];
  readonly invalid: readonly InvalidItem[];
}
