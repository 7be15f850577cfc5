import type { Options } from 'csv-parse';
import {
  CSV_PARSE_OPTIONS,
  CsvLines,
  csvRowReader,
  malformedCsvRow,
  missingCsvHeader,
  detectInputFormat,
  firstContentLine,
  isControlHubHeader,
  readJsonDocument,
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

/**
 * Records read a batch at a time (the records of one chunk of the input), which can also be read
 * one at a time. A command that reads millions of records takes the batches: each record then
 * crosses no promise of its own.
 */
export class RecordBatches implements AsyncIterable<SourceRecord> {
  constructor(private readonly source: AsyncIterable<readonly SourceRecord[]>) {}

  /** The batches, in order; read either these or the records, once. */
  batches(): AsyncIterable<readonly SourceRecord[]> {
    return this.source;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SourceRecord> {
    for await (const batch of this.source) yield* batch;
  }
}

/**
 * How much of the input a batch holds: a few hundred records. The records of a batch are all
 * alive while it is decided and printed, and every young-generation collection copies what is
 * alive, so a whole chunk (256 KiB, thousands of records) per batch costs more in collections
 * than it saves in steps.
 */
const BATCH_BYTES = 32 * 1024;
const BATCH_RECORDS = 256;

/**
 * `recordFromNdjsonLine`, with `JSON.parse` called here, in the loop over a million lines: a line
 * that is not JSON is read again by `recordFromNdjsonLine`, for its very issue.
 */
function ndjsonRecord(line: string, lineNumber: number): SourceRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return recordFromNdjsonLine(line, lineNumber);
  }
  return { location: { kind: 'line', line: lineNumber }, value };
}

/** Splits chunks into lines, holding only the unfinished last line between chunks. */
async function* ndjsonBatches(chunks: AsyncIterable<string>): AsyncGenerator<SourceRecord[]> {
  let rest = '';
  let lineNumber = 0;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let batch: SourceRecord[] = [];
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end === -1) break;
      lineNumber += 1;
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      // A line that starts with `{` has content: most lines, which need no trim.
      if (text.charCodeAt(start) === 123 || line.trim() !== '') batch.push(ndjsonRecord(line, lineNumber));
      start = end + 1;
      if (batch.length === BATCH_RECORDS) {
        yield batch;
        batch = [];
      }
    }
    rest = text.slice(start);
    if (batch.length > 0) yield batch;
  }
  if (rest.trim() !== '') yield [recordFromNdjsonLine(rest.replace(/\r$/, ''), lineNumber + 1)];
}

/** csv-parse's parser itself, under its Node stream: `parse` runs over one chunk synchronously. */
interface CsvParserCore {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/**
 * Streams CSV rows through csv-parse, which handles quoted cells, embedded commas and line
 * breaks, and doubled quotes, and keeps memory flat. The header is read and checked before this
 * returns, so a bad header is a usage error before anyone is planned. Rows with broken quoting
 * come out as issues with their line, in their place. A header with Control Hub's id column is
 * read as its export, and its first {@link REPORT_ROWS} records are read ahead.
 *
 * Each chunk goes through the parser under csv-parse's stream (`parser.api`), synchronously, so
 * its records and its skipped rows come out in file order with no stream between: lines are
 * counted from the records as they come (no `on_record`, which builds two objects per record),
 * and a chunk's rows travel on as one batch.
 */
async function csvRecords(
  chunks: AsyncIterable<string>,
  name: string,
  command: string,
  controlHub: ControlHubOptionsSource,
): Promise<Extract<RecordStream, { records: unknown }>> {
  const { parse } = await import('csv-parse');
  const lines = new CsvLines();
  // Skipped rows wait for their turn by line.
  const skipped: SourceRecord[] = [];
  let placed: PlacedRow[] = [];
  const options: Options = {
    ...CSV_PARSE_OPTIONS,
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      lines.skippedThrough(line);
      skipped.push(malformedCsvRow(line, error?.message));
      return undefined;
    },
  };
  const core = (parse(options) as unknown as { api: CsvParserCore }).api;
  const push = (cells: string[]): void => {
    const line = lines.place(cells);
    if (line !== undefined) placed.push({ cells, line });
  };
  const close = (): void => {};
  const taken = (): PlacedRow[] => {
    const rows = placed;
    placed = [];
    return rows;
  };
  async function* rowBatches(): AsyncGenerator<PlacedRow[]> {
    for await (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      for (let at = 0; at < bytes.length; at += BATCH_BYTES) {
        const error = core.parse(bytes.subarray(at, at + BATCH_BYTES), false, push, close);
        if (error !== undefined) throw error;
        yield taken();
      }
    }
    const error = core.parse(undefined, true, push, close);
    if (error !== undefined) throw error;
    yield taken();
  }
  const batches = rowBatches();
  let pending: PlacedRow[] = [];
  let ended = false;
  while (pending.length === 0 && !ended) {
    const step = await batches.next();
    if (step.done === true) ended = true;
    else pending = step.value;
  }
  const first = pending.shift();
  if (first === undefined) throw new UsageError(`${name}: ${missingCsvHeader(skipped[0])}`, command);
  const refuse = (message: string): never => {
    void batches.return(undefined);
    throw new UsageError(`${name}: ${message}`, command);
  };
  // The rows in hand and where the reading is in them.
  let rows = pending;
  let at = 0;
  /** Up to `limit` records of the rows in hand, each after the skipped rows found before its line. */
  const take = (record: RowRecord, limit = Infinity): SourceRecord[] => {
    const records: SourceRecord[] = [];
    while (records.length < limit && at < rows.length) {
      const { cells, line } = rows[at]!;
      if (skipped.length > 0 && lineOf(skipped[0]!) < line) records.push(skipped.shift()!);
      else {
        records.push(record(cells, line));
        at += 1;
      }
    }
    return records;
  };
  /** The parser's next rows in hand; false once the input has ended. */
  const more = async (): Promise<boolean> => {
    const step = await batches.next();
    if (step.done === true) return false;
    rows = step.value;
    at = 0;
    return true;
  };
  /** The records, a batch at a time: `first`, then those of each piece's rows, then the skipped rows left. */
  async function* recordBatches(record: RowRecord, first: SourceRecord[]): AsyncGenerator<SourceRecord[]> {
    if (first.length > 0) yield first;
    do {
      const records = take(record);
      if (records.length > 0) yield records;
    } while (await more());
    if (skipped.length > 0) yield skipped.splice(0);
  }
  // The export's options are asked for only when the header is the export's (they may read a file).
  const reader = csvRowReader(first.cells, isControlHubHeader(first.cells) ? await controlHub() : undefined);
  if (!reader.ok) return refuse(reader.message);
  if (reader.format === 'csv') return { format: 'csv', records: new RecordBatches(recordBatches(reader.record, [])) };
  // A column is decided by its first value, so the rows read ahead, exactly the first
  // REPORT_ROWS records, are what the column report printed before the users tells; later rows
  // become records only as the command takes them, a batch at a time like any CSV.
  let ahead: SourceRecord[] = [];
  while (ahead.length < REPORT_ROWS) {
    ahead = ahead.concat(take(reader.record, REPORT_ROWS - ahead.length));
    if (ahead.length < REPORT_ROWS && !(await more())) break;
  }
  return { format: 'control-hub', records: new RecordBatches(recordBatches(reader.record, ahead)), columns: reader.columns };
}

/** The record of one row of the body, from its cells and the line it starts on. */
type RowRecord = (cells: string[], line: number) => SourceRecord;

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
 * Hub's export too) stream a batch of records at a time ({@link RecordBatches}); a JSON document
 * (an array, a People API page) is parsed whole, as JSON needs.
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
  if (format === 'ndjson') return { format, records: new RecordBatches(ndjsonBatches(all)) };
  if (format === 'csv' || format === 'control-hub') return csvRecords(all, source.name, command, controlHub);
  let text = '';
  for await (const chunk of all) text += chunk;
  const document = readJsonDocument(text);
  if (!document.ok) throw new UsageError(`${source.name}: ${document.message}`, command);
  if (document.format === 'webex-people') return { format: 'webex-people', page: document.page };
  return { format: 'json', records: jsonRecords(document.records) };
}
