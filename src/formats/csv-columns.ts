import { USER_SNAPSHOT_KEYS } from '../input/user-snapshot';

/**
 * A snapshot field a CSV file may hold as a column. The header names columns in any order; `id`,
 * `license` and `hasSignedIn` must be there. The documented header is
 * `id,license,previousLicense,hasSignedIn,invitedAt`; `lastEmailedAt` and `remindersSent` carry
 * the follow-up history.
 *
 * @internal
 */
export type CsvColumn = (typeof USER_SNAPSHOT_KEYS)[number];

/** The header the documentation shows, in its order. */
export const CSV_HEADER = 'id,license,previousLicense,hasSignedIn,invitedAt';

const REQUIRED_COLUMNS: readonly CsvColumn[] = ['id', 'license', 'hasSignedIn'];

function isColumn(name: string): name is CsvColumn {
  return (USER_SNAPSHOT_KEYS as readonly string[]).includes(name);
}

/** The header's columns, or why the first row is not a header this package can read. */
export type CsvHeader =
  | { readonly ok: true; readonly columns: readonly CsvColumn[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the first row of a CSV file as its header.
 *
 * An unknown column is refused rather than skipped: a misspelt `invitedat` column, skipped,
 * would quietly turn every invited user into a never-emailed one and change their decision.
 * A column that differs from a field only by case is named with its right spelling.
 *
 * @internal
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
        message: `the CSV header has an unknown column ${JSON.stringify(name)}: ${hint} (a CSV input starts with the header ${CSV_HEADER})`,
      };
    }
    if (columns.includes(name)) return { ok: false, message: `the CSV header names the column "${name}" twice` };
    columns.push(name);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `the CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a CSV input starts with the header ${CSV_HEADER})`,
    };
  }
  return { ok: true, columns };
}
