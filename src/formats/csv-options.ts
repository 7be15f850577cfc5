import type { Options } from 'csv-parse/browser/esm/sync';

/**
 * The csv-parse settings both readers use (the whole-text one for the browser, the streaming one
 * for the command line), so a file reads the same everywhere: a byte order mark is dropped, the
 * line ending (`\n` or `\r\n`) is taken from the first line, blank lines come through for
 * {@link CsvLines} to count (csv-parse's own `info` doubles its time), a row with too
 * few or too many cells still comes through (the row check reports it with its line), a stray
 * quote inside a cell (`"fa"lse`) stays in the cell for the snapshot parser to name, and a row
 * whose quoting cannot be read is skipped and reported rather than ending the whole read. A
 * quote that is never closed still swallows the rest of the file: CSV allows line breaks inside
 * quotes, so nothing can tell where that cell was meant to end; it is reported with its line.
 *
 * @internal
 */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_records_with_error: true,
} as const satisfies Options;
