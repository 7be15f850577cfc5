import type { Issues } from '../input/issue';
import type { SourceLocation } from './location';

/**
 * One user read from an input file, before any policy check: the raw value handed to
 * `decideEach` and where it came from. `issues` is set when the text itself could not be read
 * as a record (a line that is not JSON, a CSV row with the wrong number of cells); the value is
 * then `undefined`, and the caller reports these issues instead of the parser's.
 *
 * @internal
 */
export interface SourceRecord {
  readonly location: SourceLocation;
  readonly value: unknown;
  readonly issues?: Issues;
}
