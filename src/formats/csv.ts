import type { Options } from 'csv-parse/browser/esm/sync';
import { escapeControlCharacters } from './escape';
import { USER_SNAPSHOT_KEYS, type Issue, type UserSnapshot } from './main-entry';
import type { SourceRecord } from './records';

/**
 * A snapshot field a CSV file may hold as a column: the five the policy decides on, which every
 * CSV input must have, `lastEmailedAt` and `remindersSent`, the follow-up history, and `email`,
 * the address outputs name the user by.
 *
 * @example
 * const column: CsvColumn = 'invitedAt';
 */
export type CsvColumn = keyof UserSnapshot;

/**
 * The columns every CSV input must have, in the order the documentation shows them: the fields
 * the policy decides on.
 *
 * @example
 * CSV_DECISION_COLUMNS.join(',')
 * //=> 'id,license,previousLicense,hasSignedIn,invitedAt'
 */
export const CSV_DECISION_COLUMNS = /* @__PURE__ */ Object.freeze(['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt'] as const);

const HEADER = CSV_DECISION_COLUMNS.join(',');

function isColumn(name: string): name is CsvColumn {
  return (USER_SNAPSHOT_KEYS as readonly string[]).includes(name);
}

/**
 * The header's columns, or why the first row is not a header this package can read.
 *
 * @example
 * const header: CsvHeader = { ok: true, columns: ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt'] };
 */
export type CsvHeader =
  | { readonly ok: true; readonly columns: readonly CsvColumn[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the first row of a CSV file as its header, columns in any order.
 *
 * An unknown column is refused rather than skipped, and so is a header without one of the five
 * decision columns: a misspelt `invitedat` column skipped, or an `invitedAt` column left out,
 * would quietly turn every invited user into a never-emailed one and change their decision. A
 * column that is there with empty cells says "none" for those users, on purpose. A column that
 * differs from a field only by case is named with its right spelling.
 *
 * @example
 * readCsvHeader(['id', 'license', 'hasSignedIn']).ok
 * //=> false
 * readCsvHeader(['hasSignedIn', 'id', 'license', 'invitedAt', 'previousLicense', 'remindersSent']).ok
 * //=> true
 */
export function readCsvHeader(cells: readonly string[]): CsvHeader {
  const columns: CsvColumn[] = [];
  for (const raw of cells) {
    const name = raw.trim();
    if (!isColumn(name)) {
      const near = USER_SNAPSHOT_KEYS.find((key) => key.toLowerCase() === name.toLowerCase());
      const hint = near === undefined ? `the known columns are ${USER_SNAPSHOT_KEYS.join(', ')}` : `did you mean "${near}"?`;
      return {
        ok: false,
        message: `the CSV header has an unknown column ${escapeControlCharacters(JSON.stringify(name))}: ${hint} (a CSV input starts with the header ${HEADER})`,
      };
    }
    if (columns.includes(name)) return { ok: false, message: `the CSV header names the column "${name}" twice` };
    columns.push(name);
  }
  const missing = CSV_DECISION_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      message:
        `the CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: a CSV input starts with ` +
        `the header ${HEADER}, in any order, and an empty cell in a column means "none" (no previous licence, never invited)`,
    };
  }
  return { ok: true, columns };
}

/**
 * The csv-parse settings both readers use (the whole-text one, the streaming one of the command
 * line), so a file reads the same everywhere: a byte order mark is dropped, the line ending
 * (`\n` or `\r\n`) is taken from the first line, blank lines come through for {@link CsvLines}
 * to count, a row with too few or too many cells still comes through (the row check reports it
 * with its line), a stray quote inside a cell (`"fa"lse`) stays in the cell for the snapshot
 * parser to name, and a row whose quoting cannot be read is skipped and reported rather than
 * ending the whole read. A quote that is never closed still swallows the rest of the file: CSV
 * allows line breaks inside quotes, so nothing can tell where that cell was meant to end; it is
 * reported with its line.
 *
 * @example
 * CSV_PARSE_OPTIONS.skip_records_with_error
 * //=> true
 */
export const CSV_PARSE_OPTIONS = /* @__PURE__ */ Object.freeze({
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_records_with_error: true,
} as const satisfies Options);

const WHOLE_NUMBER = /^\d+$/;

/**
 * Turns one cell into the value a snapshot field holds. An empty cell is `null` (for `id` and
 * `license` too, so that the parser names them as missing), except for `remindersSent`, whose
 * empty cell means "not recorded" and leaves the field out. `true`/`false` in any case (a
 * spreadsheet writes `TRUE`) are booleans; whole numbers in `remindersSent` are numbers. Any
 * other text stays text, so the parser reports it as received.
 */
function cellValue(column: CsvColumn, cell: string): unknown {
  // An empty cell of a field that takes no null leaves the field out.
  if (cell === '') return column === 'remindersSent' || column === 'email' ? undefined : null;
  if (column === 'hasSignedIn') {
    const lower = cell.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    return cell;
  }
  if (column === 'remindersSent' && WHOLE_NUMBER.test(cell)) return Number(cell);
  return cell;
}

/**
 * Builds the raw record of one CSV row, keyed by the header's columns. `line` is the line the
 * row starts on (a quoted cell may span several lines). A row whose number of cells differs
 * from the header's is not guessed at: it gets an issue and no value.
 *
 * @example
 * recordFromCsvRow(['id', 'license', 'hasSignedIn', 'remindersSent'], ['u1', 'paid', 'TRUE', ''], 2)
 * //=> { location: { kind: 'line', line: 2 }, value: { id: 'u1', license: 'paid', hasSignedIn: true } }
 */
export function recordFromCsvRow(columns: readonly CsvColumn[], cells: readonly string[], line: number): SourceRecord {
  const location = { kind: 'line', line } as const;
  if (cells.length !== columns.length) {
    const issue: Issue = {
      path: [],
      message: `has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${columns.length}`,
    };
    return { location, value: undefined, issues: [issue] };
  }
  const record: Record<string, unknown> = {};
  let column = 0;
  for (const cell of cells) {
    const name = columns[column++]!;
    const value = cellValue(name, cell);
    if (value !== undefined) record[name] = value;
  }
  return { location, value: record };
}

function lineBreaks(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    // Most cells hold no line break: indexOf finds none far sooner than a walk over every character.
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) breaks += 1;
    // A carriage return is a break of its own unless a line feed follows it (CRLF, counted above).
    for (let at = cell.indexOf('\r'); at !== -1; at = cell.indexOf('\r', at + 1)) {
      if (cell.charCodeAt(at + 1) !== 10) breaks += 1;
    }
  }
  return breaks;
}

/**
 * Follows the line numbers of a CSV file record by record: the line each record starts on, as
 * an admin finds it in an editor. csv-parse's own count (`info.lines`) cannot be used: it
 * counts a `\r\n` inside a quoted cell as two lines, so every row after such a cell in an Excel
 * file would be reported one line too far. Blank lines come through as records of one empty
 * cell and are counted, not read; a row csv-parse had to skip resumes the count after the line
 * it was reported on.
 *
 * @example
 * const lines = new CsvLines();
 * [lines.place(['id']), lines.place(['two\r\nlines']), lines.place(['']), lines.place(['u2'])]
 * //=> [1, 2, undefined, 5]
 */
export class CsvLines {
  private next = 1;

  /** The line `cells` starts on, or `undefined` for a blank line; either way the count moves on. */
  place(cells: readonly string[]): number | undefined {
    const start = this.next;
    this.next = start + 1 + lineBreaks(cells);
    if (cells.length === 1 && cells[0]!.trim() === '') return undefined;
    return start;
  }

  /** After a skipped row reported on `line`, the next record starts on the line after it. */
  skippedThrough(line: number): void {
    this.next = Math.max(this.next, line + 1);
  }
}

/**
 * The record of a row csv-parse had to skip (its quoting cannot be read), with its line and
 * csv-parse's own reason, control characters escaped.
 *
 * @example
 * malformedCsvRow(8, 'Quote Not Closed').issues
 * //=> [{ path: [], message: 'is not a well-formed CSV row (Quote Not Closed)' }]
 */
export function malformedCsvRow(line: number, reason: string | undefined): SourceRecord {
  return {
    location: { kind: 'line', line },
    value: undefined,
    issues: [{ path: [], message: `is not a well-formed CSV row (${escapeControlCharacters(reason ?? 'unreadable')})` }],
  };
}

/**
 * Why a CSV input gave no header row: it is empty, or its header is not a well-formed CSV row
 * (a quote opened in the header and never closed swallows the whole file into one bad row).
 * `skipped` is the first row csv-parse could not read, when there was one.
 *
 * @example
 * missingCsvHeader(undefined)
 * //=> 'the input is empty: it holds no users'
 * missingCsvHeader(malformedCsvRow(1, 'Quote Not Closed'))
 * //=> 'the CSV header is not a well-formed CSV row (Quote Not Closed)'
 */
export function missingCsvHeader(skipped: SourceRecord | undefined): string {
  const reason = skipped?.issues?.[0].message;
  return reason === undefined ? 'the input is empty: it holds no users' : `the CSV header ${reason}`;
}
