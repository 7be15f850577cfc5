import type { Issue } from '../input/issue';
import type { CsvColumn } from './csv-columns';
import type { SourceRecord } from './source-record';

const WHOLE_NUMBER = /^\d+$/;

/**
 * Turns one cell into the value a snapshot field holds. An empty cell is `null` (for `id` and
 * `license` too, so that the parser names them as missing), except for `remindersSent`, whose
 * empty cell means "not recorded" and leaves the field out. `true`/`false` in any case (a
 * spreadsheet writes `TRUE`) are booleans; whole numbers in `remindersSent` are numbers. Any
 * other text stays text, so the parser reports it as received.
 */
function cellValue(column: CsvColumn, cell: string): unknown {
  if (cell === '') return column === 'remindersSent' ? undefined : null;
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
 * @internal
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
  for (let column = 0; column < columns.length; column += 1) {
    const value = cellValue(columns[column]!, cells[column]!);
    if (value !== undefined) record[columns[column]!] = value;
  }
  return { location, value: record };
}

function lineBreaks(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    // Most cells hold no line break; indexOf is far cheaper than walking every character.
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    for (let i = 0; i < cell.length; i += 1) {
      const code = cell.charCodeAt(i);
      if (code === 10) breaks += 1;
      else if (code === 13 && cell.charCodeAt(i + 1) !== 10) breaks += 1;
    }
  }
  return breaks;
}

/**
 * The line a CSV record starts on, from the line it ends on and the line breaks inside its
 * quoted cells.
 *
 * @internal
 */
export function csvRecordStartLine(endLine: number, cells: readonly string[]): number {
  return endLine - lineBreaks(cells);
}

/**
 * Follows the line numbers of a CSV file record by record, so that csv-parse need not build an
 * `info` object for every record (which doubled its time on a million rows). Blank lines come
 * through as records of one empty cell and are counted, not read; a row csv-parse had to skip
 * resumes the count after the line it was reported on.
 *
 * @internal
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
 * csv-parse's own reason.
 *
 * @internal
 */
export function malformedCsvRow(line: number, reason: string | undefined): SourceRecord {
  return {
    location: { kind: 'line', line },
    value: undefined,
    issues: [{ path: [], message: `is not a well-formed CSV row (${reason ?? 'unreadable'})` }],
  };
}
