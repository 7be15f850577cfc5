import { describeValue, type Issue } from '../input/issue';
import { isRecord, ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import type { ParseResult, UserSnapshot } from './main-entry';
import { mapPerson } from './map-person';
import { readClassifier } from './read-classifier';
import { readAssumption, readPersonHistory } from './read-history';
import type { WebexPersonOptions } from './types';

const EMPTY_OPTIONS: WebexPersonOptions = Object.freeze({});

/**
 * Builds a {@link UserSnapshot} from a Webex People API person. Never throws, whatever it is
 * given (getters that throw and Proxies included): every problem is an issue naming its path
 * (`['licenses', 0]`, `['invitePending']`, `['options', 'history', 'invitedAt']`, or `[]` for a
 * person that is not an object), and the snapshot it returns always passes `parseUserSnapshot`.
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
 * - `invitedAt`, `lastEmailedAt`, `remindersSent`: from the `history` option, the caller's
 *   record of the emails sent (the onboarding journal's history fits); the People API carries
 *   none of it. Without a record the person was never emailed: `invitedAt: null`, so a paid
 *   person who never signed in is a new user (`auto-send` with automatic emails on,
 *   `manual-required` / `new-user` with them off). Only with `assumeInvitedAtCreated: true`
 *   does a person with `invitePending` true and no record get `created` as `invitedAt`; that
 *   assumption holds only when automatic activation emails were on when the person was
 *   created. `created` in a close variant of the strict instant shape (no seconds, `+0100`, a
 *   space for `T`) is then rewritten to the strict shape, same instant.
 * - `previousLicense`: `previous`'s licences, classified the same way, when `previous` is given;
 *   else `null`. A `previous` whose `id` is another person's is an issue.
 * - `email`: `emails[0]` when it is one email address; otherwise left out, never an issue (no
 *   decision rests on it).
 *
 * An absent field is fine; a field set to `null` is an issue on that field (it cannot back a
 * decision). `lastActivity` must be a date-time when present; `loginEnabled` is checked for
 * shape only. A history whose last email is earlier than its first, or that has a last email
 * and no first, is an issue under `['options', 'history']`.
 *
 * @param person - One person of `GET /v1/people` or `GET /v1/people/{personId}`, as parsed JSON.
 * @example
 * const paid = btoa('ciscospark://us/LICENSE/org-1:EE_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f');
 * const free = btoa('ciscospark://us/LICENSE/org-1:FMS_5a7d9c9e-0b1f-4a55-9f3e-1c2b3a4d5e6f');
 * const invited = {
 *   id: 'person-1',
 *   emails: ['ana@example.com'],
 *   licenses: [`${free},${paid}`],
 *   created: '2026-03-02T09:15:00.000Z',
 *   status: 'pending',
 *   invitePending: 'true',
 * };
 * snapshotFromWebexPerson(invited)
 * //=> { ok: true, value: { id: 'person-1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null, email: 'ana@example.com' } }
 * snapshotFromWebexPerson(invited, { history: { invitedAt: '2026-03-02T10:00:00Z', remindersSent: 0 } })
 * //=> { ok: true, value: { id: 'person-1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: '2026-03-02T10:00:00Z', remindersSent: 0, email: 'ana@example.com' } }
 * snapshotFromWebexPerson(invited, { assumeInvitedAtCreated: true })
 * //=> { ok: true, value: { id: 'person-1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: '2026-03-02T09:15:00.000Z', email: 'ana@example.com' } }
 * snapshotFromWebexPerson({ id: 'person-2', licenses: [paid] }, { previous: { id: 'person-2', licenses: [free] } })
 * //=> { ok: true, value: { id: 'person-2', license: 'paid', previousLicense: 'free', hasSignedIn: true, invitedAt: null } }
 * snapshotFromWebexPerson({ id: 'person-3', invitePending: 'yes' })
 * //=> { ok: false, issues: [{ path: ['invitePending'], message: 'must be true or false, as a boolean or the string "true" or "false" (received "yes")' }] }
 */
export function snapshotFromWebexPerson(person: unknown, options?: WebexPersonOptions): ParseResult<UserSnapshot> {
  // Never throws: every read of the person and the options goes through ownField, isRecord or
  // a try of its own, and every call of the caller's code (isPaidLicense, history) is guarded.
  const issues: Issue[] = [];
  let given: object = EMPTY_OPTIONS;
  if (isRecord(options)) given = options;
  else if (options !== undefined) {
    issues.push({ path: ['options'], message: `must be an object or left out (received ${describeValue(options)})` });
  }
  const classifier = readClassifier(given, issues);
  const previous = ownField(given, 'previous');
  if (previous === UNREADABLE) issues.push({ path: ['options', 'previous'], message: UNREADABLE_MESSAGE });
  const history = readPersonHistory(ownField(given, 'history'), issues);
  const assumeInvitedAtCreated = readAssumption(given, issues);
  return mapPerson(
    person,
    { classifier, previous: previous === UNREADABLE ? undefined : previous, history, assumeInvitedAtCreated },
    issues,
  );
}
