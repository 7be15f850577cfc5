import {
  decodeText,
  describeLocation,
  describeIssue,
  readUsersFromText,
  recordsFromWebexPeople,
  type SourceLocation,
  type SourceRecord,
} from 'activation-email-policy/formats';
import { snapshotsFromWebexPeople } from 'activation-email-policy/webex';

/** A line or item of the file that could not even be read as a user. */
export interface UnreadableItem {
  readonly where: string;
  readonly message: string;
}

/** Users read from a file, each with where it came from, ready for the planner. */
export interface LoadedUsers {
  readonly users: readonly unknown[];
  /** `locations[i]` says where `users[i]` stands in the file (a line, an item). */
  readonly locations: readonly SourceLocation[];
  readonly unreadable: readonly UnreadableItem[];
}

export type LoadResult = ({ readonly ok: true } & LoadedUsers) | { readonly ok: false; readonly message: string };

/** The issues of one item on one line: `field: reason; field: reason`. */
export function issuesText(issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[]): string {
  return issues.map(describeIssue).join('; ');
}

/**
 * Reads a file's bytes in whichever format it is written, through the package's decoder (UTF-8,
 * or UTF-16 with a byte order mark, as the command line reads them). A People API page goes
 * through the package's Webex adapter, with the Licenses API response when one was given.
 */
export function loadUsers(bytes: Uint8Array, licensesBytes?: Uint8Array): LoadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const input = readUsersFromText(decoded.text);
  if (!input.ok) return { ok: false, message: input.message };
  if (input.format !== 'webex-people') return { ok: true, ...fromRecords(input.records) };
  let licenses: unknown;
  if (licensesBytes !== undefined) {
    const licensesText = decodeText(licensesBytes);
    try {
      if (!licensesText.ok) throw new Error(licensesText.message);
      licenses = JSON.parse(licensesText.text) as unknown;
    } catch {
      return { ok: false, message: 'the Licenses API file is not JSON' };
    }
  }
  let page: readonly SourceRecord[];
  try {
    page = recordsFromWebexPeople(snapshotsFromWebexPeople(input.page, licenses === undefined ? {} : { licenses: licenses as never }));
  } catch (error) {
    // The page or the Licenses file is not what the adapter reads; the error says why.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, ...fromRecords(page) };
}

/** Splits records into the users to plan, each with where it stands, and the unreadable ones. */
function fromRecords(records: readonly SourceRecord[]): LoadedUsers {
  const users: unknown[] = [];
  const locations: SourceLocation[] = [];
  const unreadable: UnreadableItem[] = [];
  for (const record of records) {
    if (record.issues !== undefined) {
      unreadable.push({ where: describeLocation(record.location), message: issuesText(record.issues) });
    } else {
      users.push(record.value);
      locations.push(record.location);
    }
  }
  return { users, locations, unreadable };
}
