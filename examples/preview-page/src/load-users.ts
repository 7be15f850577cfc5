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
 * Whether csv-parse, with {@link CSV_PARSE_OPTIONS}, would read `text` as plain splitting does:
 * true for a text that holds no quote and no lone surrogate. Without a quote nothing is quoted,
 * escaped or malformed (the column count is relaxed), so csv-parse cuts the text into records at
 * its record delimiter and into cells at commas, and nothing else; and a well-formed text comes
 * back from its bytes as the same characters.
 */
function isPlainCsv(text: string): boolean {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return text.indexOf('"') === -1 && typeof wellFormed === 'function' && wellFormed.call(text);
}

/**
 * The record delimiter csv-parse settles on: the first line break of the text (`\r\n`, `\n`, or a
 * lone `\r`), from where it finds one; `undefined` for a text without any (one record).
 */
function recordDelimiter(text: string, from: number): string | undefined {
  const feed = text.indexOf('\n', from);
  const ret = text.indexOf('\r', from);
  if (ret === -1) return feed === -1 ? undefined : '\n';
  if (feed !== -1 && feed < ret) return '\n';
  return text.charCodeAt(ret + 1) === 10 ? '\r\n' : '\r';
}

/**
 * The records of a plain text (see {@link isPlainCsv}) as csv-parse hands them on: its byte order
 * mark dropped, records cut at the record delimiter, cells at commas; a blank line is a record
 * of one empty cell, and the text after the last delimiter a record when it is not empty.
 * Several times faster than csv-parse's browser build, which turns the text into bytes and every
 * cell back into text through its own JavaScript `Buffer`.
 */
function splitPlainCsv(text: string, row: (cells: string[]) => void): void {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = recordDelimiter(text, start);
  if (delimiter !== undefined) {
    for (let end = text.indexOf(delimiter, start); end !== -1; end = text.indexOf(delimiter, start)) {
      row(text.slice(start, end).split(','));
      start = end + delimiter.length;
    }
  }
  if (start < text.length) row(text.slice(start).split(','));
}

/**
 * CSV, as `readUsersFromText` reads it (the same csv-parse settings, line counting, header check
 * and row records, all from the formats entry), with a report every few thousand rows. A text
 * without quotes is split as csv-parse would split it (see {@link splitPlainCsv}); any other
 * goes through csv-parse.
 */
function readCsv(text: string, progress: ReadProgress): TextInput {
  const total = lineCount(text);
  const lines = new CsvLines();
  const records: SourceRecord[] = [];
  let columns: readonly CsvColumn[] | undefined;
  let headerProblem: string | undefined;
  let rows = 0;
  const row = (cells: string[]): void => {
    const line = lines.place(cells);
    if ((rows += 1) % PROGRESS_EVERY === 0) progress(Math.min(line ?? rows, total), total);
    if (line === undefined || headerProblem !== undefined) return;
    if (columns === undefined) {
      const header = readCsvHeader(cells);
      if (header.ok) columns = header.columns;
      else headerProblem = header.message;
    } else records.push(recordFromCsvRow(columns, cells, line));
  };
  if (isPlainCsv(text)) splitPlainCsv(text, row);
  else {
    parse(text, {
      ...CSV_PARSE_OPTIONS,
      on_record: (cells: string[]) => {
        row(cells);
        return undefined;
      },
      on_skip: (error) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        lines.skippedThrough(line);
        records.push(malformedCsvRow(line, error?.message));
      },
    });
  }
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
