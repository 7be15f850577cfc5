import { parse } from 'csv-parse/browser/esm/sync';
import { isControlHubHeader, readControlHubHeader, type ControlHubColumns, type ControlHubOptions } from './control-hub';
import { CSV_PARSE_OPTIONS, CsvLines, malformedCsvRow, missingCsvHeader, readCsvHeader, recordFromCsvRow } from './csv';
import { detectInputFormat, stripBom } from './input-format';
import { readJsonDocument, recordFromNdjsonLine, type SourceRecord } from './records';

/**
 * A whole input read at once: the users it holds, or a People API page for the Webex adapter to
 * map, or why it could not be read at all (then nothing is planned). Control Hub's export also
 * says how its columns were read.
 *
 * @example
 * const input: TextInput = { ok: false, message: 'the input is empty: it holds no users' };
 */
export type TextInput =
  | { readonly ok: true; readonly format: 'json' | 'ndjson' | 'csv'; readonly records: readonly SourceRecord[] }
  | { readonly ok: true; readonly format: 'control-hub'; readonly records: readonly SourceRecord[]; readonly columns: ControlHubColumns }
  | { readonly ok: true; readonly format: 'webex-people'; readonly page: object }
  | { readonly ok: false; readonly message: string };

/**
 * How {@link readUsersFromText} reads an input: for Control Hub's export, which columns are free
 * or paid services or ignored, and which statuses mean what ({@link ControlHubOptions}).
 *
 * @example
 * const options: TextOptions = { controlHub: { freeServices: ['Webex Calling - Basic'] } };
 */
export interface TextOptions {
  /** How to read Control Hub's export; the defaults when left out. */
  readonly controlHub?: ControlHubOptions;
}

function readCsv(text: string, options: TextOptions): TextInput {
  const lines = new CsvLines();
  const records: SourceRecord[] = [];
  let row: ((cells: readonly string[], line: number) => SourceRecord) | undefined;
  let columns: (() => ControlHubColumns) | undefined;
  let headerProblem: string | undefined;
  parse(text, {
    ...CSV_PARSE_OPTIONS,
    on_record: (cells: string[]) => {
      const line = lines.place(cells);
      if (line === undefined || headerProblem !== undefined) return undefined;
      if (row !== undefined) records.push(row(cells, line));
      else if (isControlHubHeader(cells)) {
        const header = readControlHubHeader(cells, options.controlHub);
        if (header.ok) {
          row = (rowCells, rowLine) => header.rows.record(rowCells, rowLine);
          columns = () => header.rows.columns();
        } else headerProblem = header.message;
      } else {
        const header = readCsvHeader(cells);
        if (header.ok) row = (rowCells, rowLine) => recordFromCsvRow(header.columns, rowCells, rowLine);
        else headerProblem = header.message;
      }
      // Records are collected here, in order with the skipped ones; csv-parse keeps none.
      return undefined;
    },
    on_skip: (error) => {
      // csv-parse hands every skipped record its CsvError, which says the line it ends on.
      const line = (error as { lines?: number }).lines ?? 0;
      lines.skippedThrough(line);
      records.push(malformedCsvRow(line, error!.message));
    },
  });
  if (headerProblem !== undefined) return { ok: false, message: headerProblem };
  if (row === undefined) return { ok: false, message: missingCsvHeader(records[0]) };
  if (columns !== undefined) return { ok: true, format: 'control-hub', records, columns: columns() };
  return { ok: true, format: 'csv', records };
}

function readNdjson(text: string): TextInput {
  const records: SourceRecord[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    records.push(recordFromNdjsonLine(line, index + 1));
  }
  return { ok: true, format: 'ndjson', records };
}

/**
 * Reads a whole input held in memory (a file picked in the browser, a small file on disk) in
 * whichever format it is written: a JSON array, NDJSON, CSV with a header of snapshot fields,
 * Control Hub's user export (read as `options.controlHub` says, see `readControlHubHeader`), or
 * a People API page. Every user comes back with where it came from; a line or row that cannot
 * be read as a record comes back with its issues, in its place, so nothing is dropped. Bytes
 * become text through {@link decodeText} first.
 *
 * Browser-safe: CSV goes through csv-parse's browser build, which brings its own `Buffer`.
 *
 * @example
 * const input = readUsersFromText('id,license,previousLicense,hasSignedIn,invitedAt\nu1,paid,,false,\n');
 * input.ok && input.format === 'csv' ? input.records : input
 * //=> [{
 * //   location: { kind: 'line', line: 2 },
 * //   value: { id: 'u1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null },
 * // }]
 * const hub = readUsersFromText('User ID/Email (Required),User Status,Basic Messaging\nana@example.com,Active,TRUE\n');
 * hub.ok && hub.format === 'control-hub' ? hub.records[0]!.value : hub
 * //=> { id: 'ana@example.com', license: 'free', hasSignedIn: true, email: 'ana@example.com' }
 */
export function readUsersFromText(text: string, options: TextOptions = {}): TextInput {
  const content = stripBom(text);
  const detected = detectInputFormat(content);
  if (!detected.ok) return detected;
  switch (detected.format) {
    case 'json':
    case 'webex-people':
      return readJsonDocument(content);
    case 'ndjson':
      return readNdjson(content);
    case 'csv':
    case 'control-hub':
      return readCsv(content, options);
  }
}
