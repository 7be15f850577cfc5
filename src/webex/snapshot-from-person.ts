import { describeValue, type Issue, type Issues } from '../input/issue';
import { isRecord, readField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import { parseInstant, type ParseResult, type UserSnapshot } from './main-entry';
import { mapPerson } from './map-person';
import { readClassifier } from './read-classifier';
import type { WebexPersonOptions } from './types';

const EMPTY_OPTIONS: WebexPersonOptions = Object.freeze({});

/** Reads the `invitedAt` option: a strict instant, `null`, or `undefined` (not given). */
export function readInvitedAtOption(value: unknown, issues: Issue[]): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value === 'string' && parseInstant(value) !== null) return value;
  issues.push({
    path: ['options', 'invitedAt'],
    message:
      value === UNREADABLE
        ? UNREADABLE_MESSAGE
        : `must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, null, or left out (received ${describeValue(value)})`,
  });
  return undefined;
}

/**
 * Builds a {@link UserSnapshot} from a Webex People API person. Never throws, whatever it is
 * given (getters that throw and Proxies included): every problem is an issue naming its path
 * (`['licenses', 0]`, `['invitePending']`, `['options', 'isPaidLicense']`, or `[]` for a person
 * that is not an object), and the snapshot it returns always passes `parseUserSnapshot`.
 *
 * The mapping:
 * - `id`: `person.id`, a non-empty string.
 * - `license`: `'paid'` when any held licence is paid, else `'free'` (no licence at all is
 *   `'free'`). Entries of `person.licenses` may hold several ids joined by commas. Licences are
 *   classified by `isPaidLicense` when given (it always wins), else by
 *   {@link classifyWebexLicense}: the type decoded from the id, free for
 *   {@link FREE_LICENSE_TYPES}, paid for any other; an id without a type is classified by its
 *   name in `licenses`, and is an issue when that does not name it either (unless another held
 *   licence is already paid, which settles the answer).
 * - `hasSignedIn`: `true` when `lastActivity` is present; else `false` when `invitePending` is
 *   true or `status` is `'pending'`; else `true`. `invitePending` and `loginEnabled` may be
 *   booleans or the strings `"true"`/`"false"`.
 * - `invitedAt`: the `invitedAt` option when given (`null` included); else `person.created` when
 *   `invitePending` is true; else `null`. `created` in a close variant of the strict instant
 *   shape (no seconds, `+0100`, a space for `T`) is rewritten to the strict shape, same instant.
 * - `previousLicense`: `previous`'s licences, classified the same way, when `previous` is given;
 *   else `null`. A `previous` whose `id` is another person's is an issue.
 *
 * An absent field is fine; a field set to `null` is an issue on that field (it cannot back a
 * decision). `lastActivity` must be a date-time when present; `loginEnabled` is checked for
 * shape only.
 *
 * @param person - One person of `GET /v1/people` or `GET /v1/people/{personId}`, as parsed JSON.
 * @example
 * const paid = btoa('ciscospark://us/LICENSE/org-1:EE_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f');
 * const free = btoa('ciscospark://us/LICENSE/org-1:FMS_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f');
 * snapshotFromWebexPerson({
 *   id: 'person-1',
 *   licenses: [`${free},${paid}`],
 *   created: '2026-03-02T09:15:00.000Z',
 *   status: 'pending',
 *   invitePending: 'true',
 * })
 * //=> { ok: true, value: { id: 'person-1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: '2026-03-02T09:15:00.000Z' } }
 * snapshotFromWebexPerson({ id: 'person-2', licenses: [paid] }, { previous: { id: 'person-2', licenses: [free] } })
 * //=> { ok: true, value: { id: 'person-2', license: 'paid', previousLicense: 'free', hasSignedIn: true, invitedAt: null } }
 * snapshotFromWebexPerson({ id: 'person-3', invitePending: 'yes' })
 * //=> { ok: false, issues: [{ path: ['invitePending'], message: 'must be true or false, as a boolean or the string "true" or "false" (received "yes")' }] }
 */
export function snapshotFromWebexPerson(person: unknown, options?: WebexPersonOptions): ParseResult<UserSnapshot> {
  try {
    const issues: Issue[] = [];
    let given: object = EMPTY_OPTIONS;
    if (isRecord(options)) given = options;
    else if (options !== undefined) {
      issues.push({ path: ['options'], message: `must be an object or left out (received ${describeValue(options)})` });
    }
    const classifier = readClassifier(given, issues);
    const previous = readField(given, 'previous');
    if (previous === UNREADABLE) issues.push({ path: ['options', 'previous'], message: UNREADABLE_MESSAGE });
    const invitedAt = readInvitedAtOption(readField(given, 'invitedAt'), issues);
    return mapPerson(person, { classifier, previous: previous === UNREADABLE ? undefined : previous, invitedAt }, issues);
  } catch {
    // Every read above is guarded; this only keeps the promise never to throw.
    const issues: Issues = [{ path: [], message: 'could not be read (reading it threw an error)' }];
    return { ok: false, issues };
  }
}
