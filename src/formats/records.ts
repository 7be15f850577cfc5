import { formatPath } from '../input/issue';
import { escapeControlCharacters } from './escape';
import type { Issue, Issues } from './main-entry';

/**
 * Where a record came from in the input, so that a problem can be reported where the admin
 * will look for it: a line of an NDJSON or CSV file, or a position in a JSON array or a People
 * API page.
 *
 * @example
 * const where: SourceLocation = { kind: 'line', line: 7 };
 */
export type SourceLocation =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'people-item'; readonly index: number };

/**
 * Writes a location the way an admin searches for it in their file: `line 7`, `item 3`
 * (0-based, as in the JSON array) or `items[3]` (as in the People API page).
 *
 * @example
 * describeLocation({ kind: 'people-item', index: 3 })
 * //=> 'items[3]'
 */
export function describeLocation(location: SourceLocation): string {
  switch (location.kind) {
    case 'line':
      return `line ${location.line}`;
    case 'index':
      return `item ${location.index}`;
    case 'people-item':
      return `items[${location.index}]`;
  }
}

/**
 * Writes one issue of a record the way a report lists it: `field: why`, or only why when the
 * issue is about the whole record.
 *
 * @example
 * describeIssue({ path: ['hasSignedIn'], message: 'must be true or false (received "yes")' })
 * //=> 'hasSignedIn: must be true or false (received "yes")'
 * describeIssue({ path: [], message: 'is not valid JSON' })
 * //=> 'is not valid JSON'
 */
export function describeIssue(issue: Issue): string {
  return issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`;
}

/**
 * The issue of a user whose id an earlier user already has, naming the earlier one the way the
 * file names its rows (a batch reports it by its index, `duplicateOf`, which only a program can
 * look up). The command line and the preview page both report repeats with it.
 *
 * @example
 * duplicateIssue({ kind: 'line', line: 2 })
 * //=> { path: ['id'], message: 'is a duplicate: line 2 already has this id' }
 */
export function duplicateIssue(earlier: SourceLocation): Issue {
  return { path: ['id'], message: `is a duplicate: ${describeLocation(earlier)} already has this id` };
}

/**
 * One user read from an input file, before any policy check: the raw value to decide and where
 * it came from. `issues` is set when the text itself could not be read as a record (a line that
 * is not JSON, a CSV row with the wrong number of cells); the value is then `undefined`, and
 * these issues are the ones to report, rather than the snapshot parser's.
 *
 * @example
 * const record: SourceRecord = { location: { kind: 'index', index: 0 }, value: { id: 'u1' } };
 */
export interface SourceRecord {
  readonly location: SourceLocation;
  readonly value: unknown;
  readonly issues?: Issues;
}

function jsonReason(error: unknown): string {
  // The parser's message quotes the text it stopped at, which comes from the file.
  return escapeControlCharacters(error instanceof Error ? error.message : String(error));
}

/**
 * Reads one NDJSON line (already known to hold more than white space) as a raw record. A line
 * that is not JSON gets an issue saying so, with the parser's own words, so that the caller can
 * report it with its line number and go on with the next line.
 *
 * @example
 * recordFromNdjsonLine('{"id":"u1"}', 4)
 * //=> { location: { kind: 'line', line: 4 }, value: { id: 'u1' } }
 */
export function recordFromNdjsonLine(text: string, line: number): SourceRecord {
  const location = { kind: 'line', line } as const;
  try {
    return { location, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { location, value: undefined, issues: [{ path: [], message: `is not valid JSON (${jsonReason(error)})` }] };
  }
}

/**
 * A JSON document read whole: the users of a JSON array, or a People API page to map.
 *
 * @example
 * const document: JsonDocument = { ok: true, format: 'webex-people', page: { items: [] } };
 */
export type JsonDocument =
  | { readonly ok: true; readonly format: 'json'; readonly records: readonly SourceRecord[] }
  | { readonly ok: true; readonly format: 'webex-people'; readonly page: object }
  | { readonly ok: false; readonly message: string };

/**
 * Parses a whole JSON input: an array of snapshots, or a People API page (an object holding an
 * `items` array). Anything else is refused with a sentence that says what was expected.
 *
 * @example
 * readJsonDocument('[{"id":"u1"}]')
 * //=> { ok: true, format: 'json', records: [{ location: { kind: 'index', index: 0 }, value: { id: 'u1' } }] }
 * readJsonDocument('{"users":[]}').ok
 * //=> false
 */
export function readJsonDocument(text: string): JsonDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `the input is not valid JSON (${jsonReason(error)})` };
  }
  if (Array.isArray(value)) {
    const records: SourceRecord[] = [];
    for (let index = 0; index < value.length; index += 1) records.push({ location: { kind: 'index', index }, value: value[index] });
    return { ok: true, format: 'json', records };
  }
  if (value !== null && Array.isArray((value as { items?: unknown }).items)) {
    return { ok: true, format: 'webex-people', page: value as object };
  }
  return {
    ok: false,
    message: 'the input is JSON but neither an array of users nor a People API page ({ "items": [...] })',
  };
}

/**
 * What `snapshotsFromWebexPeople` (from `activation-email-policy/webex`) returns, as far as
 * laying it out needs.
 *
 * @example
 * const mapped: MappedPeople = { snapshots: [], invalid: [] };
 */
export interface MappedPeople {
  readonly snapshots: readonly unknown[];
  readonly invalid: readonly { readonly index: number; readonly issues: Issues }[];
}

/**
 * Lays out a People page mapped by `snapshotsFromWebexPeople` as records in page order: each
 * person that could be mapped as its snapshot, each one that could not with the adapter's
 * issues, both located as `items[i]`, so a plan loses nobody.
 *
 * @example
 * recordsFromWebexPeople({ snapshots: [{ id: 'P2' }], invalid: [{ index: 0, issues: [{ path: ['id'], message: 'is missing' }] }] })
 * //=> [
 * //   { location: { kind: 'people-item', index: 0 }, value: undefined, issues: [{ path: ['id'], message: 'is missing' }] },
 * //   { location: { kind: 'people-item', index: 1 }, value: { id: 'P2' } },
 * // ]
 */
export function recordsFromWebexPeople(mapped: MappedPeople): SourceRecord[] {
  const invalid = new Map(mapped.invalid.map((item) => [item.index, item.issues]));
  const total = mapped.snapshots.length + mapped.invalid.length;
  const records: SourceRecord[] = [];
  let next = 0;
  for (let index = 0; index < total; index += 1) {
    const location = { kind: 'people-item', index } as const;
    const issues = invalid.get(index);
    if (issues !== undefined) records.push({ location, value: undefined, issues });
    else {
      records.push({ location, value: mapped.snapshots[next] });
      next += 1;
    }
  }
  return records;
}
