import { describeValue, hasIssues, type Issue, type Issues } from '../input/issue';
import { isRecord, ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import { PolicyInputError, type InvalidItem, type UserSnapshot } from './main-entry';
import type { Classifier } from './held-license';
import { mapPerson } from './map-person';
import { readClassifier } from './read-classifier';
import { HISTORY_PATH, readAssumption, readPersonHistory, type PersonHistory } from './read-history';
import type { WebexPeopleOptions, WebexPeopleSnapshots } from './types';

type HistoryLookup = (personId: string, issues: Issue[]) => PersonHistory | undefined;

/** A list read once: its entries and how many there are. */
interface List {
  readonly items: readonly unknown[];
  readonly length: number;
}

/**
 * The `items` of a list response, or the array itself, with its length; `undefined` when it is
 * neither, or its length cannot be read or is not a count.
 */
function readList(value: unknown): List | undefined {
  const items = isRecord(value) ? ownField(value, 'items') : value;
  try {
    if (!Array.isArray(items)) return undefined;
    const length = items.length;
    return Number.isSafeInteger(length) && length >= 0 ? { items, length } : undefined;
  } catch {
    // Array.isArray, or the length of a Proxy, threw: no list.
  }
  return undefined;
}

/**
 * Reads the previous page into a map by id. An entry that cannot be matched to a person, or an
 * id seen twice, is a problem for the whole page: a conversion hidden in it would be missed.
 */
function readPrevious(value: unknown, problems: Issue[]): ReadonlyMap<string, unknown> {
  const byId = new Map<string, unknown>();
  if (value === undefined || value === null) return byId;
  if (value === UNREADABLE) {
    problems.push({ path: ['options', 'previous'], message: UNREADABLE_MESSAGE });
    return byId;
  }
  const list = readList(value);
  if (list === undefined) {
    problems.push({
      path: ['options', 'previous'],
      message: `must be a People API list response ({ items: [...] }) or its items (received ${describeValue(value)})`,
    });
    return byId;
  }
  for (let index = 0; index < list.length; index += 1) {
    const person = ownField(list.items, String(index));
    const id = isRecord(person) ? ownField(person, 'id') : undefined;
    if (typeof id !== 'string' || id === '') {
      problems.push({
        path: ['options', 'previous', index],
        message: 'has no readable id, so it cannot be matched to a person and a conversion could be missed',
      });
    } else if (byId.has(id)) {
      problems.push({ path: ['options', 'previous', index, 'id'], message: 'appears twice in the previous people' });
    } else byId.set(id, person);
  }
  return byId;
}

function readHistoryLookup(value: unknown, problems: Issue[]): HistoryLookup | undefined {
  if (value === undefined) return undefined;
  if (value === UNREADABLE) {
    problems.push({ path: [...HISTORY_PATH], message: UNREADABLE_MESSAGE });
    return undefined;
  }
  if (typeof value === 'function') {
    return (personId, issues) => {
      let answer: unknown;
      try {
        answer = (value as (id: string) => unknown)(personId);
      } catch {
        issues.push({ path: [...HISTORY_PATH], message: 'threw an error for this person' });
        return undefined;
      }
      return readPersonHistory(answer, issues);
    };
  }
  // A method, so read through the prototype chain (a Map's get is Map.prototype's); a get that
  // only Object.prototype holds was put there by a library, as lookAlike says of then.
  let get: unknown;
  try {
    get = isRecord(value) ? (value as { get?: unknown }).get : undefined;
  } catch {
    // A getter or a proxy that throws: no get, and the option is refused below.
  }
  if (typeof get === 'function' && get !== (Object.prototype as { get?: unknown }).get) {
    return (personId, issues) => {
      let answer: unknown;
      try {
        answer = (get as (id: string) => unknown).call(value, personId);
      } catch {
        issues.push({ path: [...HISTORY_PATH], message: 'could not be read for this person (its get threw an error)' });
        return undefined;
      }
      return readPersonHistory(answer, issues);
    };
  }
  problems.push({
    path: [...HISTORY_PATH],
    message: `must be a Map from person id to history, or a function of the person id, or left out (received ${describeValue(value)})`,
  });
  return undefined;
}

function fail(problems: Issues): never {
  throw new PolicyInputError(problems, 'Webex people page');
}

/**
 * Maps a whole `GET /v1/people` page with the mapping of {@link snapshotFromWebexPerson}, ready
 * for `planActivation`. `snapshots` holds the people that could be mapped, in page order;
 * `invalid` holds `{ index, issues }` for each one that could not, `index` being its position in
 * `items`. Nothing is dropped: `snapshots.length + invalid.length` is always `items.length`.
 * Repeated ids are left to `planActivation`, which reports them.
 *
 * Each person is mapped as {@link snapshotFromWebexPerson} maps it alone, with `previous` being
 * its entry in the `previous` page (none: a new person, `previousLicense: null`) and `history`
 * what the map or function gives for its id (`undefined` or `null`: no record, never emailed).
 * `historyFromJournal`'s map (from `activation-email-policy/journal`) can be passed as it is.
 *
 * @param page - The People API list response (`{ items }`) or its `items` array.
 * @throws {@link activation-email-policy!PolicyInputError} before mapping anyone, when the page is not a list or an
 * option is malformed, including a `previous` entry without an id (a conversion could be missed).
 * @example
 * const paid = btoa('ciscospark://us/LICENSE/org-1:MS_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f');
 * const page = {
 *   items: [
 *     { id: 'ana', emails: ['ana@example.com'], licenses: [paid], status: 'pending', invitePending: true },
 *     { id: 'cleo', licenses: [paid], status: 'pending', invitePending: true },
 *     { id: 'ben', licenses: 'not a list' },
 *   ],
 * };
 * // Your record of the emails sent: ana was emailed, cleo never was.
 * const history = new Map([['ana', { invitedAt: '2026-03-02T10:00:00Z', remindersSent: 0 }]]);
 * const { snapshots, invalid } = snapshotsFromWebexPeople(page, { history });
 * snapshots
 * //=> [
 * //   { id: 'ana', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: '2026-03-02T10:00:00Z', remindersSent: 0, email: 'ana@example.com' },
 * //   { id: 'cleo', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null },
 * // ]
 * invalid.map((item) => [item.index, item.issues[0].path])
 * //=> [[2, ['licenses']]]
 */
export function snapshotsFromWebexPeople(page: unknown, options?: WebexPeopleOptions): WebexPeopleSnapshots {
  const problems: Issue[] = [];
  const list = readList(page);
  if (list === undefined) {
    fail([
      {
        path: isRecord(page) ? ['items'] : [],
        message: `must be a People API list response ({ items: [...] }) or its items (received ${describeValue(isRecord(page) ? ownField(page, 'items') : page)})`,
      },
    ]);
  }
  let given: object = {};
  if (isRecord(options)) given = options;
  else if (options !== undefined) {
    problems.push({ path: ['options'], message: `must be an object or left out (received ${describeValue(options)})` });
  }
  const classifier: Classifier = readClassifier(given, problems);
  // Without a previous page the map is empty, and everyone is a new person (previous: null).
  const previousById = readPrevious(ownField(given, 'previous'), problems);
  const history = readHistoryLookup(ownField(given, 'history'), problems);
  const assumeInvitedAtCreated = readAssumption(given, problems);
  if (hasIssues(problems)) fail(problems);

  const snapshots: UserSnapshot[] = [];
  const invalid: InvalidItem[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const issues: Issue[] = [];
    const person = ownField(list.items, String(index));
    const rawId = isRecord(person) ? ownField(person, 'id') : undefined;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
    const previous = id === undefined ? null : (previousById.get(id) ?? null);
    const own = history !== undefined && id !== undefined ? history(id, issues) : undefined;
    const result = mapPerson(person, { classifier, previous, history: own, assumeInvitedAtCreated }, issues);
    if (result.ok) snapshots.push(result.value);
    else invalid.push({ index, issues: result.issues });
  }
  return { snapshots, invalid };
}
