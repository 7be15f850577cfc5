import { isEmailAddress } from '../input/email-address';
import { describeValue, hasIssues, type Issue, type Issues } from '../input/issue';
import { isRecord, ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import { parseUserSnapshot, type License, type ParseResult, type UserSnapshot } from './main-entry';
import { heldLicense, type Classifier } from './held-license';
import { readFlag } from './read-flag';
import { HISTORY_PATH, type PersonHistory } from './read-history';
import { readInstant } from './read-instant';

/** What the options say about one person, already read and checked. */
export interface PersonInputs {
  readonly classifier: Classifier;
  /** The person as last seen; `undefined` or `null` when not known. */
  readonly previous: unknown;
  /** The caller's record of this person's emails, already read; `undefined` when there is none. */
  readonly history: PersonHistory | undefined;
  /** Whether `created` stands for the invitation of a pending person with no record. */
  readonly assumeInvitedAtCreated: boolean;
}

/**
 * The person's first address, when it is one email address; otherwise nothing. Never an issue:
 * no decision rests on it, and a person is not refused for an address the outputs only show.
 */
function readEmail(person: object): string | undefined {
  const emails = ownField(person, 'emails');
  try {
    if (!Array.isArray(emails)) return undefined;
  } catch {
    // Array.isArray throws on a revoked Proxy.
    return undefined;
  }
  const first = ownField(emails, '0');
  return isEmailAddress(first) ? first : undefined;
}

/**
 * Moves the issues `parseUserSnapshot` raises, once the person's own fields passed, to the
 * history option: every other field it is given was read and checked here first, so an issue
 * can only be about the history's fields (such as a last email earlier than the first).
 */
function fromHistory(issues: Issues): Issues {
  return issues.map((issue): Issue => ({ ...issue, path: [...HISTORY_PATH, ...issue.path] })) as [Issue, ...Issue[]];
}

function readId(person: object, issues: Issue[]): string | undefined {
  const id = ownField(person, 'id');
  if (typeof id === 'string' && id !== '') return id;
  issues.push({
    path: ['id'],
    message:
      id === UNREADABLE
        ? UNREADABLE_MESSAGE
        : id === undefined
          ? 'is missing: every Webex person has an id'
          : `must be a non-empty string (received ${describeValue(id)})`,
  });
  return undefined;
}

function readStatus(person: object, issues: Issue[]): string | undefined {
  const status = ownField(person, 'status');
  if (status === undefined) return undefined;
  if (typeof status === 'string') return status;
  issues.push({
    path: ['status'],
    message: status === UNREADABLE ? UNREADABLE_MESSAGE : `must be a string such as "active" or "pending" (received ${describeValue(status)})`,
  });
  return undefined;
}

function previousLicense(
  previous: unknown,
  id: string | undefined,
  inputs: PersonInputs,
  issues: Issue[],
): License | null | undefined {
  if (previous === undefined || previous === null) return null;
  if (!isRecord(previous)) {
    issues.push({
      path: ['previous'],
      message: `must be the person as last seen, a People API person (received ${describeValue(previous)})`,
    });
    return undefined;
  }
  const previousId = ownField(previous, 'id');
  if (previousId === UNREADABLE) {
    issues.push({ path: ['previous', 'id'], message: UNREADABLE_MESSAGE });
    return undefined;
  }
  if (previousId !== undefined && id !== undefined && previousId !== id) {
    issues.push({
      path: ['previous', 'id'],
      message: `is not this person's id (received ${describeValue(previousId)}): previous must be the same person as last seen`,
    });
    return undefined;
  }
  return heldLicense(ownField(previous, 'licenses'), ['previous', 'licenses'], inputs.classifier, issues);
}

/**
 * Maps one People API person to a snapshot, collecting every issue into `issues` (which may
 * already hold the option issues). The result always goes through `parseUserSnapshot`, so what
 * comes out is exactly what the main entry accepts.
 */
export function mapPerson(person: unknown, inputs: PersonInputs, issues: Issue[]): ParseResult<UserSnapshot> {
  if (!isRecord(person)) {
    const issue: Issue = {
      path: [],
      message: person === UNREADABLE ? UNREADABLE_MESSAGE : `a Webex person must be an object (received ${describeValue(person)})`,
    };
    issues.push(issue);
    return { ok: false, issues: hasIssues(issues) ? issues : [issue] };
  }
  const id = readId(person, issues);
  const license = heldLicense(ownField(person, 'licenses'), ['licenses'], inputs.classifier, issues);
  const invitePending = readFlag(ownField(person, 'invitePending'), ['invitePending'], issues);
  // Checked for shape only: a disabled login does not change which email the policy picks.
  readFlag(ownField(person, 'loginEnabled'), ['loginEnabled'], issues);
  const lastActivity = readInstant(ownField(person, 'lastActivity'), ['lastActivity'], issues);
  const status = readStatus(person, issues);
  const hasSignedIn = lastActivity !== undefined ? true : !(invitePending === true || status === 'pending');

  // No history for a person the caller has no record of: the People API says nothing of emails
  // sent, so `created` is read only when the caller assumes it was the invitation.
  let invitedAt: string | null | undefined = null;
  if (inputs.history === undefined && inputs.assumeInvitedAtCreated && invitePending === true) {
    const created = ownField(person, 'created');
    invitedAt = readInstant(created, ['created'], issues);
    if (created === undefined) {
      issues.push({
        path: ['created'],
        message:
          'is missing, and assumeInvitedAtCreated takes it as when the invitation went out (invitePending is true); pass the history instead',
      });
    }
  }
  const previous = previousLicense(inputs.previous, id, inputs, issues);
  const email = readEmail(person);

  if (hasIssues(issues)) return { ok: false, issues };
  const history = inputs.history;
  if (history === undefined) return parseUserSnapshot({ id, license, previousLicense: previous, hasSignedIn, invitedAt, email });
  const result = parseUserSnapshot({ id, license, previousLicense: previous, hasSignedIn, ...history, email });
  return result.ok ? result : { ok: false, issues: fromHistory(result.issues) };
}
