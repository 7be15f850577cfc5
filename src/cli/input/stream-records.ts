import { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import {
  CSV_PARSE_OPTIONS,
  CsvLines,
  malformedCsvRow,
  missingCsvHeader,
  detectInputFormat,
  firstContentLine,
  isControlHubHeader,
  readControlHubHeader,
  readCsvHeader,
  readJsonDocument,
  recordFromCsvRow,
  recordFromNdjsonLine,
  type ControlHubColumns,
  type ControlHubOptions,
  type InputFormat,
  type SourceRecord,
} from '../../formats/index';
import type { TextSource } from './open-input';
import { UsageError } from '../usage-error';

/**
 * The users of an input, as they are read, or a People API page to map first. Control Hub's
 * export also says how its columns were read so far (see {@link REPORT_ROWS}).
 */
export type RecordStream =
  | { readonly format: 'json' | 'ndjson' | 'csv'; readonly records: AsyncIterable<SourceRecord> }
  | { readonly format: 'control-hub'; readonly records: AsyncIterable<SourceRecord>; columns(): ControlHubColumns }
  | { readonly format: 'webex-people'; readonly page: object };

/**
 * The rows of Control Hub's export read before the first user is handed on: a column with no
 * value yet is decided by its first value, so reading ahead lets the column report printed
 * before the users name nearly every column's role, at the cost of holding this many records.
 */
export const REPORT_ROWS = 1000;

/** How to read Control Hub's export, asked for only when the input is one (it may read a file). */
export type ControlHubOptionsSource = () => ControlHubOptions | Promise<ControlHubOptions>;

/** Reads chunks until the first line with content is whole (or the input ends), to detect the format. */
async function peek(chunks: AsyncIterator<string>): Promise<{ head: string; done: boolean }> {
  let head = '';
  for (;;) {
    const line = firstContentLine(head);
    if (line !== undefined && line.complete) return { head, done: false };
    const step = await chunks.next();
    if (step.done === true) return { head, done: true };
    head += step.value;
  }
}

async function* replay(head: string, done: boolean, chunks: AsyncIterator<string>): AsyncGenerator<string> {
  if (head !== '') yield head;
  if (done) return;
  for (;;) {
    const step = await chunks.next();
    if (step.done === true) return;
    yield step.value;
  }
}

/** Splits chunks into lines, holding only the unfinished last line between chunks. */
async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  let rest = '';
  let lineNumber = 0;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end === -1) break;
      lineNumber += 1;
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      if (line.trim() !== '') yield recordFromNdjsonLine(line, lineNumber);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest.trim() !== '') yield recordFromNdjsonLine(rest.replace(/\r$/, ''), lineNumber + 1);
}

/**
 * Streams CSV rows through csv-parse's Node stream, which handles quoted cells, embedded commas
 * and line breaks, and doubled quotes, and keeps memory flat. The header is read and checked
 * before this returns, so a bad header is a usage error before anyone is planned. Rows with broken
 * quoting come out as issues with their line, in their place. A header with Control Hub's id
 * column is read as its export, and the first {@link REPORT_ROWS} rows are read ahead.
 */
async function csvRecords(
  chunks: AsyncIterable<string>,
  name: string,
  command: string,
  controlHub: ControlHubOptionsSource,
): Promise<Extract<RecordStream, { records: unknown }>> {
  const lines = new CsvLines();
  // csv-parse runs ahead of the reader, so lines are counted as it parses (on_record and on_skip
  // come in file order) and travel with each row; skipped rows wait for their turn by line.
  const skipped: SourceRecord[] = [];
  const options: Options<PlacedRow, string[]> = {
    ...CSV_PARSE_OPTIONS,
    on_record: (cells) => {
      const line = lines.place(cells);
      return line === undefined ? null : { cells, line };
    },
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      lines.skippedThrough(line);
      skipped.push(malformedCsvRow(line, error?.message));
      return undefined;
    },
  };
  // The typings of parse() know only string[] records; on_record above makes them PlacedRow.
  const parser = parse(options as unknown as Options);
  const source = Readable.from(chunks);
  // pipe() forwards no error: an input found not to be text midway must still end the read.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  const rows = (parser as AsyncIterable<PlacedRow>)[Symbol.asyncIterator]();
  const first = await rows.next();
  if (first.done === true) throw new UsageError(`${name}: ${missingCsvHeader(skipped[0])}`, command);
  const refuse = (message: string): never => {
    parser.destroy();
    throw new UsageError(`${name}: ${message}`, command);
  };
  let row: (cells: readonly string[], line: number) => SourceRecord;
  let columns: (() => ControlHubColumns) | undefined;
  if (isControlHubHeader(first.value.cells)) {
    const header = readControlHubHeader(first.value.cells, await controlHub());
    if (!header.ok) return refuse(header.message);
    row = (cells, line) => header.rows.record(cells, line);
    columns = () => header.rows.columns();
  } else {
    const header = readCsvHeader(first.value.cells);
    if (!header.ok) return refuse(header.message);
    row = (cells, line) => recordFromCsvRow(header.columns, cells, line);
  }
  async function* body(): AsyncGenerator<SourceRecord> {
    for (;;) {
      const step = await rows.next();
      const before = step.done === true ? Infinity : step.value.line;
      while (skipped.length > 0 && lineOf(skipped[0]!) < before) yield skipped.shift()!;
      if (step.done === true) return;
      yield row(step.value.cells, step.value.line);
    }
  }
  if (columns === undefined) return { format: 'csv', records: body() };
  // Read ahead, so that the column report is as complete as a short file's before any user is printed.
  const all = body();
  const ahead: SourceRecord[] = [];
  let ended = false;
  while (ahead.length < REPORT_ROWS) {
    const step = await all.next();
    if (step.done === true) {
      ended = true;
      break;
    }
    ahead.push(step.value);
  }
  async function* records(): AsyncGenerator<SourceRecord> {
    yield* ahead.splice(0);
    if (!ended) yield* all;
  }
  return { format: 'control-hub', records: records(), columns };
}

interface PlacedRow {
  readonly cells: string[];
  readonly line: number;
}

function lineOf(record: SourceRecord): number {
  return record.location.kind === 'line' ? record.location.line : 0;
}

async function* jsonRecords(records: readonly SourceRecord[]): AsyncGenerator<SourceRecord> {
  yield* records;
}

/**
 * Detects the format of an input from its first line, then reads it: NDJSON and CSV (Control
 * Hub's export too) stream one record at a time; a JSON document (an array, a People API page) is parsed whole, as JSON
 * needs.
 */
export async function streamRecords(
  source: TextSource,
  command: string,
  controlHub: ControlHubOptionsSource = () => ({}),
): Promise<RecordStream> {
  const chunks = source.chunks[Symbol.asyncIterator]();
  const { head, done } = await peek(chunks);
  const detected = detectInputFormat(head);
  if (!detected.ok) throw new UsageError(`${source.name}: ${detected.message}`, command);
  const format: InputFormat = detected.format;
  const all = replay(head, done, chunks);
  if (format === 'ndjson') return { format, records: ndjsonRecords(all) };
  if (format === 'csv' || format === 'control-hub') return csvRecords(all, source.name, command, controlHub);
  let text = '';
  for await (const chunk of all) text += chunk;
  const document = readJsonDocument(text);
  if (!document.ok) throw new UsageError(`${source.name}: ${document.message}`, command);
  if (document.format === 'webex-people') return { format: 'webex-people', page: document.page };
  return { format: 'json', records: jsonRecords(document.records) };
}
