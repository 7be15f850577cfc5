import { parse } from 'csv-parse/browser/esm/sync';
import {
  CSV_PARSE_OPTIONS,
  CsvLines,
  decodeText,
  describeLocation,
  describeIssue,
  detectInputFormat,
  malformedCsvRow,
  missingCsvHeader,
  readCsvHeader,
  readUsersFromText,
  recordFromCsvRow,
  recordFromNdjsonLine,
  recordsFromWebexPeople,
  type CsvColumn,
  type SourceLocation,
  type SourceRecord,
  type TextInput,
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

/** How far the reading is: `done` of `total` lines (both 0 while a JSON document is parsed whole). */
export type ReadProgress = (done: number, total: number) => void;

/** How many rows or lines are read between two progress reports. */
const PROGRESS_EVERY = 1 << 15;

/** The issues of one item on one line: `field: reason; field: reason`. */
export function issuesText(issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[]): string {
  return issues.map(describeIssue).join('; ');
}

/** The number of lines of `text`, counted by line feeds, to say how far the reading is. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

/**
 * CSV, as `readUsersFromText` reads it (the same csv-parse settings, line counting, header check
 * and row records, all from the formats entry), with a report every few thousand rows.
 */
function readCsv(text: string, progress: ReadProgress): TextInput {
  const total = lineCount(text);
  const lines = new CsvLines();
  const records: SourceRecord[] = [];
  let columns: readonly CsvColumn[] | undefined;
  let headerProblem: string | undefined;
  let rows = 0;
  parse(text, {
    ...CSV_PARSE_OPTIONS,
    on_record: (cells: string[]) => {
      const line = lines.place(cells);
      if ((rows += 1) % PROGRESS_EVERY === 0) progress(Math.min(line ?? rows, total), total);
      if (line === undefined || headerProblem !== undefined) return undefined;
      if (columns === undefined) {
        const header = readCsvHeader(cells);
        if (header.ok) columns = header.columns;
        else headerProblem = header.message;
      } else records.push(recordFromCsvRow(columns, cells, line));
      return undefined;
    },
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      lines.skippedThrough(line);
      records.push(malformedCsvRow(line, error?.message));
    },
  });
  progress(total, total);
  if (headerProblem !== undefined) return { ok: false, message: headerProblem };
  if (columns === undefined) return { ok: false, message: missingCsvHeader(records[0]) };
  return { ok: true, format: 'csv', records };
}

/** NDJSON, as `readUsersFromText` reads it: one record per line that holds something. */
function readNdjson(text: string, progress: ReadProgress): TextInput {
  const records: SourceRecord[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if ((index + 1) % PROGRESS_EVERY === 0) progress(index + 1, lines.length);
    const line = lines[index]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    records.push(recordFromNdjsonLine(line, index + 1));
  }
  progress(lines.length, lines.length);
  return { ok: true, format: 'ndjson', records };
}

/**
 * Reads a whole text as `readUsersFromText` does; CSV and NDJSON are read here with the formats
 * entry's own row readers so that the reading can say how far it is, a JSON document is parsed
 * whole by the package.
 */
export function readText(text: string, progress: ReadProgress = () => undefined): TextInput {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const detected = detectInputFormat(content);
  if (!detected.ok) return detected;
  if (detected.format === 'csv') return readCsv(content, progress);
  if (detected.format === 'ndjson') return readNdjson(content, progress);
  progress(0, 0);
  return readUsersFromText(content);
}

/**
 * Reads a file's bytes in whichever format it is written, through the package's decoder (UTF-8,
 * or UTF-16 with a byte order mark, as the command line reads them). A People API page goes
 * through the package's Webex adapter, with the Licenses API response when one was given.
 */
export function loadUsers(bytes: Uint8Array, licensesBytes?: Uint8Array, progress?: ReadProgress): LoadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const input = readText(decoded.text, progress);
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
