import { parse } from 'csv-parse/browser/esm/sync';
import {
  CSV_PARSE_OPTIONS,
  CsvLines,
  csvRowReader,
  decodeText,
  describeLocation,
  describeIssue,
  detectInputFormat,
  malformedCsvRow,
  missingCsvHeader,
  readUsersFromText,
  recordFromNdjsonLine,
  recordsFromWebexPeople,
  type ControlHubOptions,
  type CsvRowReader,
  type SourceLocation,
  type SourceRecord,
  type TextInput,
  type TextOptions,
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
 * Whether csv-parse's browser build gives back the characters of `text` as they are: it turns
 * the text into UTF-8 bytes and every cell back into text, which changes a lone surrogate only.
 */
function isWellFormed(text: string): boolean {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof wellFormed === 'function' && wellFormed.call(text);
}

/** The line break that starts at `at`, where `text` holds `\r` or `\n`: `\r\n`, `\r` or `\n`. */
function lineBreakAt(text: string, at: number): string {
  if (text.charCodeAt(at) === LF) return '\n';
  return text.charCodeAt(at + 1) === LF ? '\r\n' : '\r';
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** What ends an unquoted cell of the first record, or makes it one csv-parse reads otherwise. */
const FIRST_RECORD_STOP = /[",\r\n]/g;

/**
 * The closing quote of the quoted cell that opens at `open`: the first `"` after it that is not
 * one of a `""` pair; -1 when the quote is never closed.
 */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at !== -1 && text.charCodeAt(at + 1) === QUOTE) at = text.indexOf('"', at + 2);
  return at;
}

/** The value of the quoted cell from `open` to `close`: what lies between, each `""` one `"`. */
function quotedCell(text: string, open: number, close: number): string {
  const inner = text.slice(open + 1, close);
  // Between the two quotes every quote is one of a pair, so the pairs are whole from the left.
  return inner.indexOf('"') === -1 ? inner : inner.replaceAll('""', '"');
}

/**
 * Adds the quoted cell that opens at `open` to `cells`; where the text goes on after its closing
 * quote, or -1 when the quote is never closed.
 */
function pushQuotedCell(text: string, open: number, cells: string[]): number {
  const close = closingQuote(text, open);
  if (close === -1) return -1;
  cells.push(quotedCell(text, open, close));
  return close + 1;
}

/**
 * The records of a well-formed text whose quotes are all regular, as csv-parse (with
 * {@link CSV_PARSE_OPTIONS}) hands them on; `false` as soon as the text holds anything else, the
 * records before it having been handed on already (the caller reads the whole text again through
 * csv-parse). Regular quoting:
 *
 * - a `"` opens a cell only as its first character (right after the start of the text or its
 *   byte order mark, a comma, or a record delimiter), and inside it `""` is one `"`;
 * - its closing quote is followed by a comma, the record delimiter, or the end of the text.
 *
 * So a quote inside an unquoted cell, a closing quote followed by anything else (a space, text, a
 * lone `\r` where the delimiter is `\n` or `\r\n`) and a quote never closed are left to csv-parse,
 * which keeps or reports them its own way. The record delimiter is the one csv-parse discovers:
 * the first `\r\n`, `\n` or lone `\r` outside a quoted cell (a line break inside one, before that,
 * is one of its characters). A record ends at a delimiter outside quotes; the text after the last
 * one is a record when it is not empty (a quoted empty cell is a record of one empty cell).
 *
 * A record without a quote (every record of a text without any) is cut at the delimiter and its
 * cells at commas, the next quote's place kept and looked for again only once passed; only a
 * record that holds a quote is read cell by cell. Several times faster than csv-parse's browser
 * build, which turns the text into bytes and every cell back into text through its own
 * JavaScript `Buffer`.
 */
function splitCsv(text: string, row: (cells: string[]) => void): boolean {
  const length = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (at === length) return true;
  // The first record, up to the first line break outside quotes: the record delimiter.
  let cells: string[] = [];
  let delimiter: string;
  for (;;) {
    if (text.charCodeAt(at) === QUOTE) {
      at = pushQuotedCell(text, at, cells);
      if (at === -1) return false;
      if (at === length) {
        row(cells);
        return true;
      }
      const next = text.charCodeAt(at);
      if (next === COMMA) {
        at += 1;
        continue;
      }
      if (next !== CR && next !== LF) return false;
    } else {
      FIRST_RECORD_STOP.lastIndex = at;
      const stop = FIRST_RECORD_STOP.exec(text)?.index ?? length;
      cells.push(text.slice(at, stop));
      if (stop === length) {
        row(cells);
        return true;
      }
      const next = text.charCodeAt(stop);
      if (next === QUOTE) return false;
      if (next === COMMA) {
        at = stop + 1;
        continue;
      }
      at = stop;
    }
    delimiter = lineBreakAt(text, at);
    break;
  }
  row(cells);
  let start = at + delimiter.length;
  // The next quote, comma and record delimiter from where the reading is (`length` for none);
  // each is looked for again only once the reading has passed it.
  let quote = -1;
  let comma = -1;
  let end = -1;
  while (start < length) {
    if (quote < start) quote = indexOrLength(text, '"', start);
    if (quote !== start) {
      end = indexOrLength(text, delimiter, start);
      if (quote >= end) {
        row(text.slice(start, end).split(','));
        start = end + delimiter.length;
        continue;
      }
    }
    // A record that holds a quote: cell by cell.
    cells = [];
    at = start;
    for (;;) {
      if (text.charCodeAt(at) === QUOTE) {
        at = pushQuotedCell(text, at, cells);
        if (at === -1) return false;
        if (at === length) {
          start = length;
          break;
        }
        if (text.charCodeAt(at) === COMMA) {
          at += 1;
          continue;
        }
        if (!text.startsWith(delimiter, at)) return false;
        start = at + delimiter.length;
        break;
      }
      if (end < at) end = indexOrLength(text, delimiter, at);
      if (quote < at) quote = indexOrLength(text, '"', at);
      if (comma < at) comma = indexOrLength(text, ',', at);
      const stop = comma < end ? comma : end;
      if (quote < stop) return false;
      cells.push(text.slice(at, stop));
      if (stop === end) {
        start = end + delimiter.length;
        break;
      }
      at = stop + 1;
    }
    row(cells);
  }
  return true;
}

/** Where `search` is in `text` from `from` on, or the text's length when it is not. */
function indexOrLength(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

/** What a CSV reading keeps: its records, the line each starts on, and the header once read. */
interface CsvSink {
  /** One record as csv-parse hands it on. */
  readonly row: (cells: string[]) => void;
  /** A record csv-parse had to skip, with its reason. */
  readonly skip: (error: Error | undefined) => undefined;
  readonly result: () => TextInput;
}

/**
 * A fresh sink for one reading of a whole text, reporting every few thousand rows the line it is
 * on through `report`. It keeps what `readUsersFromText` keeps, with the formats entry's pieces
 * and in the same order: the first record that is not blank is the header, Control Hub's export
 * when it names the export's id column (read with `controlHub`, its columns decided by their
 * first values as the rows go, and told once all are read), else a header of snapshot fields;
 * each later record becomes a user or an issue.
 */
function csvSink(report: (done: number) => void, controlHub: ControlHubOptions | undefined): CsvSink {
  const lines = new CsvLines();
  const records: SourceRecord[] = [];
  let reader: CsvRowReader | undefined;
  let rows = 0;
  return {
    row: (cells) => {
      const line = lines.place(cells);
      if ((rows += 1) % PROGRESS_EVERY === 0) report(line ?? rows);
      if (line === undefined || reader?.ok === false) return;
      if (reader === undefined) reader = csvRowReader(cells, controlHub);
      else records.push(reader.record(cells, line));
    },
    skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      lines.skippedThrough(line);
      records.push(malformedCsvRow(line, error?.message));
      return undefined;
    },
    result: () => {
      if (reader === undefined) return { ok: false, message: missingCsvHeader(records[0]) };
      if (!reader.ok) return reader;
      if (reader.format === 'control-hub') return { ok: true, format: 'control-hub', records, columns: reader.columns() };
      return { ok: true, format: 'csv', records };
    },
  };
}

/** Reads `text` through csv-parse with the package's settings into `sink`. */
function parseCsv(text: string, sink: CsvSink): void {
  parse(text, {
    ...CSV_PARSE_OPTIONS,
    on_record: (cells: string[]) => {
      sink.row(cells);
      return undefined;
    },
    on_skip: (error) => sink.skip(error),
  });
}

/**
 * CSV, Control Hub's export included, as `readUsersFromText(text, { controlHub })` reads it (the
 * same csv-parse settings, line counting, header check and row records, all from the formats
 * entry), with a report every few thousand rows. A well-formed text whose quotes (if any) are
 * all regular is split as csv-parse would split it ({@link splitCsv}); any other goes through
 * csv-parse, from its start and into a fresh sink when the split met something irregular
 * partway. Reports only ever move forward, so a text read twice does not report the same lines
 * again.
 *
 * `split: false` reads every text through csv-parse, as the page did before it split any; the
 * tests hold the two readings to each other.
 */
export function readCsv(
  text: string,
  progress: ReadProgress = () => undefined,
  { split = true, controlHub }: { readonly split?: boolean; readonly controlHub?: ControlHubOptions } = {},
): TextInput {
  const total = lineCount(text);
  let reported = 0;
  const report = (line: number): void => {
    const done = Math.min(line, total);
    if (done <= reported) return;
    reported = done;
    progress(done, total);
  };
  let sink = csvSink(report, controlHub);
  if (!(split && isWellFormed(text) && splitCsv(text, sink.row))) {
    // Into a fresh sink: a split that met something irregular has handed on the records before it.
    sink = csvSink(report, controlHub);
    parseCsv(text, sink);
  }
  progress(total, total);
  return sink.result();
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
 * Reads a whole text as `readUsersFromText(text, options)` does; CSV (Control Hub's export too)
 * and NDJSON are read here with the formats entry's own row readers so that the reading can say
 * how far it is, a JSON document is parsed whole by the package.
 */
export function readText(text: string, progress: ReadProgress = () => undefined, options: TextOptions = {}): TextInput {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const detected = detectInputFormat(content);
  if (!detected.ok) return detected;
  if (detected.format === 'csv' || detected.format === 'control-hub') return readCsv(content, progress, { controlHub: options.controlHub });
  if (detected.format === 'ndjson') return readNdjson(content, progress);
  progress(0, 0);
  return readUsersFromText(content, options);
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
