import type { Options } from 'csv-parse/browser/esm/sync';

/**
 * The csv-parse settings both readers use (the whole-text one for the browser, the streaming one
 * for the command line), so a file reads the same everywhere: a byte order mark is dropped, blank
 * lines are skipped, any line ending is accepted, `info` gives each record's line, a row with too
 * few or too many cells still comes through (the row check reports it with its line), and a row
 * with broken quoting is skipped and reported rather than ending the whole read.
 *
 * @internal
 */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  info: true,
  skip_empty_lines: true,
  relax_column_count: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  skip_records_with_error: true,
} as const satisfies Options;
