import { describeIssue, describeLocation, duplicateIssue, escapeControlCharacters, type SourceLocation } from '../../formats/index';
import type { Issues } from '../../index';
import type { BufferedWriter } from './writer';

/**
 * Reports an input row that could not be decided on standard error, one line per problem:
 * where it is, the field, and why (`line 7: hasSignedIn: must be true or false (received "yes")`).
 * A repeated id names the earlier row where the file names its rows (`line 2`, `item 0`,
 * `items[0]`), not by its position in the batch. Control characters, which a value read from
 * the file may hold, are escaped, so each report stays on its line and never drives the terminal.
 */
export async function reportInvalid(
  err: BufferedWriter,
  location: SourceLocation,
  issues: Issues,
  duplicateOf?: SourceLocation,
): Promise<void> {
  const where = describeLocation(location);
  for (const issue of duplicateOf === undefined ? issues : [duplicateIssue(duplicateOf)]) {
    await err.write(`${escapeControlCharacters(`${where}: ${describeIssue(issue)}`)}\n`);
  }
}

/**
 * Where each record of a streamed input came from, by its index in the batch, so that a repeated
 * id can name the earlier row. Only line numbers need keeping: an item of a JSON array or a
 * People page is located by its index already. A record's line is its index plus a shift
 * that changes only where the input skips lines (a blank line, a quoted cell across lines), so
 * only the indexes where it changes are kept: a million users on a million lines keep one.
 */
export class RecordPlaces {
  /** From `starts[k]` on (until the next start), the line of a record is its index plus `shifts[k]`; NaN: no line. */
  private readonly starts: number[] = [];
  private readonly shifts: number[] = [];
  private count = 0;

  /** Notes where the record at `index` (the next one, in order) came from. */
  add(index: number, location: SourceLocation): void {
    const shift = location.kind === 'line' ? location.line - index : Number.NaN;
    // Object.is, not !==: NaN after NaN is no change.
    if (!Object.is(shift, this.shifts[this.shifts.length - 1])) {
      this.starts.push(index);
      this.shifts.push(shift);
    }
    this.count = index + 1;
  }

  /** Where the record at `index` came from, in an input located like `like`. */
  of(index: number, like: SourceLocation): SourceLocation {
    return like.kind === 'line' ? { kind: 'line', line: this.lineOf(index) } : { kind: like.kind, index };
  }

  private lineOf(index: number): number {
    if (index < 0 || index >= this.count || !Number.isInteger(index)) return 0;
    // The last start at or before index.
    let low = 0;
    let high = this.starts.length - 1;
    if (high === -1 || this.starts[0]! > index) return 0;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    const shift = this.shifts[low]!;
    return Number.isNaN(shift) ? 0 : index + shift;
  }
}
