import { parse } from 'csv-parse/browser/esm/sync';
import { CSV_PARSE_OPTIONS, CsvLines, malformedCsvRow, missingCsvHeader, readCsvHeader, recordFromCsvRow, type CsvColumn } from './csv';
import { detectInputFormat, stripBom } from './input-format';
import { readJsonDocument, recordFromNdjsonLine, type SourceRecord } from './records';

/**
 * A whole input read at once: the users it holds, or a People API page for the Webex adapter to
 * map, or why it could not be read at all (then nothing is planned).
 *
 * @example
 * const input: TextInput = { ok: false, message: 'the input is empty: it holds no users' };
 */
export type TextInput =
  | { readonly ok: true; readonly format: 'json' | 'ndjson' | 'csv'; readonly records: readonly SourceRecord[] }
  | { readonly ok: true; readonly format: 'webex-people'; readonly page: object }
  | { readonly ok: false; readonly message: string };

function readCsv(text: string): TextInput {
  const lines = new CsvLines();
  const records: SourceRecord[] = [];
  let columns: readonly CsvColumn[] | undefined;
  let headerProblem: string | undefined;
  parse(text, {
    ...CSV_PARSE_OPTIONS,
    on_record: (cells: string[]) => {
      const line = lines.place(cells);
      if (line === undefined || headerProblem !== undefined) return undefined;
      if (columns === undefined) {
        const header = readCsvHeader(cells);
        if (header.ok) columns = header.columns;
        else headerProblem = header.message;
      } else records.push(recordFromCsvRow(columns, cells, line));
      // Records are collected here, in order with the skipped ones; csv-parse keeps none.
      return undefined;
    },
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      lines.skippedThrough(line);
      records.push(malformedCsvRow(line, error?.message));
    },
  });
  if (headerProblem !== undefined) return { ok: false, message: headerProblem };
  if (columns === undefined) return { ok: false, message: missingCsvHeader(records[0]) };
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
 * whichever format it is written: a JSON array, NDJSON, CSV with a header of snapshot fields, or
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
 */
export function readUsersFromText(text: string): TextInput {
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
      return readCsv(content);
  }
}
