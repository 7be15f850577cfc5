import { forEachEntry } from './entries-of';
import type { JournalEntry } from './entry';
import { parseInstant, parseUserSnapshot, type Issue, type ParseResult, type UserSnapshot } from './main-entry';
import type { JournalLine } from './read-journal';

/**
 * A user's email history, as the journal tells it: the fields of a snapshot that reminders and
 * decisions rest on.
 *
 * @example
 * const history: UserHistory = { invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-08T08:00:00Z', remindersSent: 1 };
 */
export interface UserHistory {
  /** The first email counted, as written in its entry. */
  readonly invitedAt: string;
  /** The last email counted, as written in its entry; absent when there was only one. */
  readonly lastEmailedAt?: string;
  /** How many distinct reminders were counted. */
  readonly remindersSent: number;
}

/**
 * What is gathered for a user with two entries or more counted. A user with one (most users, in
 * a journal of activation emails) needs none of it: their history is final from the first entry.
 */
interface Gathered {
  firstAt: number;
  first: string;
  lastAt: number;
  last: string;
  /**
   * The distinct emails counted, each as its instant in ms times 4 plus 1 for an activation
   * email or 2 for a reminder (exact: instants are whole milliseconds within years 0 to 9999, far
   * below 2^51).
   */
  readonly emails: Set<number>;
  reminders: number;
}

/** The key of an email in {@link Gathered.emails}: at `at`, a reminder or an activation email. */
function keyOf(at: number, reminder: boolean): number {
  const scaled = at * 4;
  // Stryker disable next-line ArithmeticOperator: `scaled - 2` and `scaled - 1` keep one distinct number per (instant, email) too
  return scaled + (reminder ? 2 : 1);
}

/**
 * Each user's email history from the journal's entries (or its lines, as `readJournal` gives
 * them). An entry counts when it has no status or status `sent`; `sending` and `failed` entries
 * do not. `invitedAt` is the earliest email counted, `lastEmailedAt` the latest when more than
 * one distinct email was counted, `remindersSent` the number of distinct `reminder` entries
 * counted. Instants are compared as instants, whatever their offsets, and each is returned as
 * written in the entry that holds it (of two entries at one instant, the text that sorts first).
 * The same email to the same user at the same instant counts once; the order of the entries
 * does not matter. A user with no email counted has no history.
 *
 * @throws PolicyInputError when an entry is not valid (each issue's path starts with its index),
 * or when `entries` is not iterable or breaks the iteration protocol (at the empty path). An
 * error the iterable's own `next` throws (a file that could not be read) is passed on as thrown.
 * @example
 * const history = historyFromJournal([
 *   { userId: 'u1', at: '2026-05-08T10:00:00+02:00', email: 'reminder' },
 *   { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' },
 *   { userId: 'u1', at: '2026-05-08T08:00:00Z', email: 'reminder' },
 *   { userId: 'u2', at: '2026-05-02T08:00:00Z', email: 'activation', status: 'failed' },
 * ]);
 * history.get('u1')
 * //=> { invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-08T08:00:00Z', remindersSent: 1 }
 * history.has('u2')
 * //=> false
 */
export function historyFromJournal(entries: Iterable<JournalEntry | JournalLine>): Map<string, UserHistory> {
  // Each user's history, final for a user with one email counted; the others are gathered apart.
  const history = new Map<string, UserHistory>();
  const gathered = new Map<string, Gathered>();
  forEachEntry(entries, (entry, at, status) => {
    if (status !== undefined && status !== 'sent') return;
    const { userId, email, at: text } = entry;
    const known = history.get(userId);
    if (known === undefined) {
      history.set(userId, { invitedAt: text, remindersSent: email === 'reminder' ? 1 : 0 });
      return;
    }
    let user = gathered.get(userId);
    if (user === undefined) {
      // A second entry for this user: their one email so far is the first, the last and the only
      // one (a reminder when it counted one).
      const oneAt = parseInstant(known.invitedAt)!;
      user = {
        firstAt: oneAt,
        first: known.invitedAt,
        lastAt: oneAt,
        last: known.invitedAt,
        emails: new Set([keyOf(oneAt, known.remindersSent === 1)]),
        reminders: known.remindersSent,
      };
      gathered.set(userId, user);
    }
    const key = keyOf(at, email === 'reminder');
    if (!user.emails.has(key)) {
      user.emails.add(key);
      if (email === 'reminder') user.reminders += 1;
    }
    // Ties go to the text that sorts first, so that the result does not depend on the order.
    if (at < user.firstAt || (at === user.firstAt && text < user.first)) {
      user.firstAt = at;
      user.first = text;
    }
    if (at > user.lastAt || (at === user.lastAt && text < user.last)) {
      user.lastAt = at;
      user.last = text;
    }
  });
  // Setting a key already there keeps its place: the users stay in the order they first appear.
  for (const [userId, user] of gathered) {
    history.set(
      userId,
      user.emails.size > 1
        ? { invitedAt: user.first, lastEmailedAt: user.last, remindersSent: user.reminders }
        : { invitedAt: user.first, remindersSent: user.reminders },
    );
  }
  return history;
}

/** `1 reminder`, `2 reminders`. */
function reminders(count: number): string {
  return `${count} reminder${count === 1 ? '' : 's'}`;
}

/**
 * A user snapshot with the journal's history: the snapshot is parsed as `parseUserSnapshot`
 * parses it; a user the journal covers gets the journal's `invitedAt`, `lastEmailedAt` and
 * `remindersSent`. History the snapshot carries itself (a field that is neither absent nor
 * `null`) must agree with the journal's (instants as instants, whatever their offsets);
 * where it does not, the snapshot is refused with an issue naming both values, never silently
 * overwritten. A user the journal does not cover is returned as parsed.
 *
 * @example
 * const history = historyFromJournal([{ userId: 'u1', at: '2026-05-03T09:00:00Z', email: 'activation' }]);
 * withHistory({ id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: null }, history)
 * //=> { ok: true, value: { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-03T09:00:00Z', remindersSent: 0 } }
 * withHistory({ id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:00:00Z' }, history)
 * //=> { ok: false, issues: [{ path: ['invitedAt'], message: "is 2026-05-01T08:00:00Z but the journal's first email is 2026-05-03T09:00:00Z" }] }
 */
export function withHistory(user: unknown, history: ReadonlyMap<string, UserHistory>): ParseResult<UserSnapshot> {
  const parsed = parseUserSnapshot(user);
  if (!parsed.ok) return parsed;
  const snapshot = parsed.value;
  const known = history.get(snapshot.id);
  if (known === undefined) return parsed;
  // The journal's last email: its first, when it holds one email only.
  const last = known.lastEmailedAt ?? known.invitedAt;
  const issues: Issue[] = [];
  if (snapshot.invitedAt != null && parseInstant(snapshot.invitedAt) !== parseInstant(known.invitedAt)) {
    issues.push({ path: ['invitedAt'], message: `is ${snapshot.invitedAt} but the journal's first email is ${known.invitedAt}` });
  }
  if (snapshot.lastEmailedAt != null && parseInstant(snapshot.lastEmailedAt) !== parseInstant(last)) {
    issues.push({ path: ['lastEmailedAt'], message: `is ${snapshot.lastEmailedAt} but the journal's last email is ${last}` });
  }
  if (snapshot.remindersSent !== undefined && snapshot.remindersSent !== known.remindersSent) {
    issues.push({
      path: ['remindersSent'],
      message: `is ${snapshot.remindersSent} but the journal holds ${reminders(known.remindersSent)}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues: issues as [Issue, ...Issue[]] };
  const merged: Record<string, unknown> = { ...snapshot, invitedAt: known.invitedAt, remindersSent: known.remindersSent };
  // A snapshot whose last email agrees with a one-email journal keeps one, as the journal writes it.
  if (known.lastEmailedAt !== undefined || snapshot.lastEmailedAt != null) merged['lastEmailedAt'] = last;
  else delete merged['lastEmailedAt'];
  // Parsed again: the fields in table order, and a history that breaks a rule of the snapshot's
  // (a map built by hand) refused rather than passed on.
  return parseUserSnapshot(merged);
}
