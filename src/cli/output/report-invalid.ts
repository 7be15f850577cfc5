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
 * People page is located by its index already.
 */
export class RecordPlaces {
  private readonly lines: number[] = [];

  /** Notes where the record at `index` (the next one, in order) came from. */
  add(index: number, location: SourceLocation): void {
    if (location.kind === 'line') this.lines[index] = location.line;
  }

  /** Where the record at `index` came from, in an input located like `like`. */
  of(index: number, like: SourceLocation): SourceLocation {
    return like.kind === 'line' ? { kind: 'line', line: this.lines[index] ?? 0 } : { kind: like.kind, index };
  }
}
