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

/**
 * How the rows under a CSV header are read: a header of snapshot fields ({@link readCsvHeader}),
 * or Control Hub's user export ({@link readControlHubHeader}, read as `controlHub` says), with
 * the function that turns each row into a record, and for the export how its columns were read
 * so far; or why the header cannot be read. {@link readUsersFromText} reads every CSV this way,
 * and a reader of its own (one that reports progress, or streams) reads the same records by it.
 *
 * @example
 * const reader = csvRowReader(['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt']);
 * reader.ok && reader.format === 'csv' ? reader.record(['u1', 'paid', '', 'false', ''], 2).value : reader
 * //=> { id: 'u1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null }
 * const hub = csvRowReader(['User ID/Email (Required)', 'User Status', 'Basic Messaging']);
 * hub.ok && hub.format === 'control-hub' ? hub.record(['ana@example.com', 'Active', 'TRUE'], 2).value : hub
 * //=> { id: 'ana@example.com', license: 'free', hasSignedIn: true, email: 'ana@example.com' }
 * csvRowReader(['User ID/Email (Required)', 'Basic Messaging'])
 * //=> { ok: false, message: 'the export has no User Status column, which says who signed in: use the file of Users > Export in Control Hub, not the import template' }
 */
export function csvRowReader(header: readonly string[], controlHub?: ControlHubOptions): CsvRowReader {
  if (isControlHubHeader(header)) {
    const read = readControlHubHeader(header, controlHub);
    if (!read.ok) return read;
    const { rows } = read;
    return { ok: true, format: 'control-hub', record: (cells, line) => rows.record(cells, line), columns: () => rows.columns() };
  }
  const read = readCsvHeader(header);
  if (!read.ok) return read;
  const { columns } = read;
  return { ok: true, format: 'csv', record: (cells, line) => recordFromCsvRow(columns, cells, line) };
}

/**
 * What {@link csvRowReader} makes of a header: how each row becomes a record (`line` is the
 * line the row starts on), and for Control Hub's export how its columns were read so far
 * (complete once every row is read); or why the header cannot be read.
 *
 * @example
 * const reader: CsvRowReader = { ok: false, message: 'the CSV header has no id column' };
 */
export type CsvRowReader =
  | { readonly ok: true; readonly format: 'csv'; readonly record: (cells: readonly string[], line: number) => SourceRecord }
  | {
      readonly ok: true;
      readonly format: 'control-hub';
      readonly record: (cells: readonly string[], line: number) => SourceRecord;
      readonly columns: () => ControlHubColumns;
    }
  | { readonly ok: false; readonly message: string };

function readCsv(text: string, options: TextOptions): TextInput {
  const lines = new CsvLines();
  const records: SourceRecord[] = [];
  let reader: CsvRowReader | undefined;
  parse(text, {
    ...CSV_PARSE_OPTIONS,
    on_record: (cells: string[]) => {
      const line = lines.place(cells);
      if (line === undefined || reader?.ok === false) return undefined;
      if (reader === undefined) reader = csvRowReader(cells, options.controlHub);
      else records.push(reader.record(cells, line));
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
  if (reader === undefined) return { ok: false, message: missingCsvHeader(records[0]) };
  if (!reader.ok) return reader;
  if (reader.format === 'control-hub') return { ok: true, format: 'control-hub', records, columns: reader.columns() };
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
