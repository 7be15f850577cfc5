import { PolicyInputError } from '../../index';
import { recordsFromWebexPeople, SAMPLE_USERS, type SourceLocation, type SourceRecord } from '../../formats/index';
import type { Issues } from '../../index';
import { snapshotsFromWebexPeople } from '../../webex/index';
import type { CliContext } from '../context';
import type { ParsedArgs } from '../command';
import { RecordPlaces } from '../output/report-invalid';
import { UsageError } from '../usage-error';
import { openInput, readJsonFile } from './open-input';
import { streamRecords } from './stream-records';

/** The flags every command that reads users takes. */
export const USER_INPUT_OPTIONS = {
  sample: { type: 'boolean', help: 'use the sample org bundled with the package instead of a file' },
  licenses: { type: 'string', value: 'FILE', help: 'with a People API page: the Licenses API response (GET /v1/licenses)' },
  previous: {
    type: 'string',
    value: 'FILE',
    help: 'with a People API page: the same page as last seen, to find free-to-paid conversions',
  },
} as const;

/** The users of the input, as they are read, and what they were read from. */
export interface UserInput {
  readonly format: 'sample' | 'json' | 'ndjson' | 'csv' | 'webex-people';
  readonly records: AsyncIterable<SourceRecord>;
}

async function* fromArray(records: readonly SourceRecord[]): AsyncGenerator<SourceRecord> {
  yield* records;
}

/**
 * Opens the users a command works on: the bundled sample, a file, or standard input, in any
 * format `detectInputFormat` knows. NDJSON and CSV are streamed; a People API page is mapped
 * with the Webex adapter, using `--licenses` and `--previous` when given.
 */
export async function openUserInput(path: string | undefined, args: ParsedArgs, context: CliContext, command: string): Promise<UserInput> {
  const licensesPath = args.values.licenses as string | undefined;
  const previousPath = args.values.previous as string | undefined;
  if (args.values.sample === true) {
    if (path !== undefined) throw new UsageError('give either a file or --sample, not both', command);
    if (licensesPath !== undefined || previousPath !== undefined) {
      throw new UsageError('--licenses and --previous go with a People API page, not with --sample', command);
    }
    return {
      format: 'sample',
      records: fromArray(SAMPLE_USERS.map((value, index) => ({ location: { kind: 'index', index } as const, value }))),
    };
  }
  const stream = await streamRecords(await openInput(path, context, command), command);
  if (stream.format !== 'webex-people') {
    if (licensesPath !== undefined || previousPath !== undefined) {
      throw new UsageError(
        `--licenses and --previous go with a People API page ({ "items": [...] }); this input is ${stream.format.toUpperCase()}`,
        command,
      );
    }
    return stream;
  }
  const licenses = licensesPath === undefined ? undefined : await readJsonFile(licensesPath, '--licenses', context, command);
  const previous = previousPath === undefined ? undefined : await readJsonFile(previousPath, '--previous', context, command);
  return { format: 'webex-people', records: fromArray(webexRecords(stream.page, licenses, previous, command)) };
}

/**
 * Maps a People API page with the Webex adapter and lays it out as located records
 * (`recordsFromWebexPeople`); a page or option the adapter refuses is a usage error.
 */
function webexRecords(page: object, licenses: unknown, previous: unknown, command: string): SourceRecord[] {
  try {
    return recordsFromWebexPeople(
      snapshotsFromWebexPeople(page, {
        ...(licenses === undefined ? {} : { licenses: licenses as never }),
        ...(previous === undefined ? {} : { previous: previous as never }),
      }),
    );
  } catch (error) {
    if (error instanceof PolicyInputError) throw new UsageError(error.message, command);
    throw error;
  }
}

/** A whole input held in memory, for the commands that compare or plan over all of it at once. */
export interface HeldInput {
  /** The value of each record in order; `undefined` for one that could not be read. */
  readonly values: readonly unknown[];
  /** Where the record at `index` came from. */
  locate(index: number): SourceLocation;
  /** The reader's issues for a record it could not read, which say more than the parser's. */
  unreadable(index: number): Issues | undefined;
}

/**
 * Reads every record of an input into memory. Only the values are kept as objects: locations
 * are line numbers (or the index itself), so a million users cost a million values, not three
 * million objects.
 */
export async function holdInput(records: AsyncIterable<SourceRecord>): Promise<HeldInput> {
  const values: unknown[] = [];
  const places = new RecordPlaces();
  const unreadable = new Map<number, Issues>();
  let like: SourceLocation = { kind: 'index', index: 0 };
  for await (const record of records) {
    const index = values.length;
    like = record.location;
    places.add(index, record.location);
    if (record.issues === undefined) values.push(record.value);
    else {
      values.push(undefined);
      unreadable.set(index, record.issues);
    }
  }
  return { values, locate: (index) => places.of(index, like), unreadable: (index) => unreadable.get(index) };
}
