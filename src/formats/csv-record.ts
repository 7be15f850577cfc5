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

/**
 * The line a CSV record starts on, from the line it ends on (what csv-parse reports) and the
 * line breaks inside its quoted cells.
 *
 * @internal
 */
export function csvRecordStartLine(endLine: number, cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i += 1) {
      const code = cell.charCodeAt(i);
      if (code === 10) breaks += 1;
      else if (code === 13 && cell.charCodeAt(i + 1) !== 10) breaks += 1;
    }
  }
  return endLine - breaks;
}
