import { PolicyInputError } from '../../index';
import {
  controlHubLicenses,
  recordsFromWebexPeople,
  SAMPLE_USERS,
  type ControlHubColumns,
  type ControlHubOptions,
  type ControlHubStatus,
  type SourceLocation,
  type SourceRecord,
} from '../../formats/index';
import type { Issues, License } from '../../index';
import { snapshotsFromWebexPeople } from '../../webex/index';
import type { CliContext } from '../context';
import type { ParsedArgs } from '../command';
import { RecordPlaces } from '../output/report-invalid';
import { UsageError } from '../usage-error';
import { openInput, readAll, readJsonFile } from './open-input';
import { RecordBatches, streamRecords } from './stream-records';

/** The flags every command that reads users takes. */
export const USER_INPUT_OPTIONS = {
  sample: { type: 'boolean', help: 'use the sample org bundled with the package instead of a file' },
  licenses: { type: 'string', value: 'FILE', help: 'with a People API page: the Licenses API response (GET /v1/licenses)' },
  previous: {
    type: 'string',
    value: 'FILE',
    help: 'with a People API page: the same page as last seen; with a Control Hub export: an older export; to find free-to-paid conversions',
  },
  'free-service': {
    type: 'string',
    value: 'NAME',
    multiple: true,
    help: 'with a Control Hub export: the column NAME is a free service too (repeatable)',
  },
  'paid-service': {
    type: 'string',
    value: 'NAME',
    multiple: true,
    help: 'with a Control Hub export: the column NAME is a paid service, even if free or ignored by default (repeatable)',
  },
  'ignore-column': {
    type: 'string',
    value: 'NAME',
    multiple: true,
    help: 'with a Control Hub export: ignore the column NAME, even a default free service (repeatable)',
  },
  status: {
    type: 'string',
    value: 'VALUE=active|pending',
    multiple: true,
    help: 'with a Control Hub export: the User Status VALUE means signed in (active) or not (pending) (repeatable)',
  },
} as const;

/** The flags that tell how to read Control Hub's export. */
const CONTROL_HUB_FLAGS = ['free-service', 'paid-service', 'ignore-column', 'status'] as const;

/** The users of the input, as they are read, and what they were read from. */
export interface UserInput {
  readonly format: 'sample' | 'json' | 'ndjson' | 'csv' | 'webex-people' | 'control-hub';
  readonly records: AsyncIterable<SourceRecord>;
  /** For Control Hub's export: how its columns were read so far (complete once every record is read). */
  readonly columns?: () => ControlHubColumns;
}

/** The values of a flag that may be given more than once, as a list (none: empty). */
function listOf(args: ParsedArgs, flag: string): string[] {
  const value = args.values[flag] as unknown;
  if (value === undefined || value === false) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Reads `--status VALUE=active|pending`, each given. */
function statusesOf(args: ParsedArgs, command: string): Record<string, ControlHubStatus> {
  const statuses: Record<string, ControlHubStatus> = {};
  for (const given of listOf(args, 'status')) {
    const at = given.lastIndexOf('=');
    const value = at === -1 ? '' : given.slice(0, at).trim();
    const meaning = at === -1 ? '' : given.slice(at + 1).trim().toLowerCase();
    if (value === '' || (meaning !== 'active' && meaning !== 'pending')) {
      throw new UsageError(
        `--status takes VALUE=active or VALUE=pending (such as --status "Inactive=pending"), not ${JSON.stringify(given)}`,
        command,
      );
    }
    statuses[value] = meaning;
  }
  return statuses;
}

/** The column options of Control Hub's export, from the flags (without `previous`). */
export function controlHubOptionsOf(args: ParsedArgs, command: string): ControlHubOptions {
  return {
    freeServices: listOf(args, 'free-service'),
    paidServices: listOf(args, 'paid-service'),
    ignoredColumns: listOf(args, 'ignore-column'),
    statuses: statusesOf(args, command),
  };
}

/** The flags of Control Hub's export that were given, for the message when the input is not one. */
function controlHubFlagsGiven(args: ParsedArgs): string[] {
  return CONTROL_HUB_FLAGS.filter((flag) => listOf(args, flag).length > 0).map((flag) => `--${flag}`);
}

async function* fromArray(records: readonly SourceRecord[]): AsyncGenerator<SourceRecord> {
  yield* records;
}

/**
 * Opens the users a command works on: the bundled sample, a file, or standard input, in any
 * format `detectInputFormat` knows. NDJSON and CSV are streamed; a People API page is mapped
 * with the Webex adapter, using `--licenses` and `--previous` when given; Control Hub's export is
 * read as `--free-service`, `--paid-service`, `--ignore-column` and `--status` say, with
 * `--previous` an older export. A flag that does not go with the input is a usage error.
 */
export async function openUserInput(path: string | undefined, args: ParsedArgs, context: CliContext, command: string): Promise<UserInput> {
  const licensesPath = args.values.licenses as string | undefined;
  const previousPath = args.values.previous as string | undefined;
  const options = controlHubOptionsOf(args, command);
  const hubFlags = controlHubFlagsGiven(args);
  if (args.values.sample === true) {
    if (path !== undefined) throw new UsageError('give either a file or --sample, not both', command);
    if (licensesPath !== undefined || previousPath !== undefined) {
      throw new UsageError('--licenses and --previous go with a People API page or a Control Hub export, not with --sample', command);
    }
    if (hubFlags.length > 0) throw new UsageError(`${hubFlags.join(', ')} ${goes(hubFlags)} with a Control Hub export, not with --sample`, command);
    return {
      format: 'sample',
      records: fromArray(SAMPLE_USERS.map((value, index) => ({ location: { kind: 'index', index } as const, value }))),
    };
  }
  const stream = await streamRecords(await openInput(path, context, command), command, async () => {
    if (licensesPath !== undefined) {
      throw new UsageError('--licenses goes with a People API page; this input is a Control Hub export, whose columns name the services', command);
    }
    if (previousPath === undefined) return options;
    return { ...options, previous: await previousExport(previousPath, options, context, command) };
  });
  if (stream.format === 'control-hub') return stream;
  if (hubFlags.length > 0) {
    throw new UsageError(`${hubFlags.join(', ')} ${goes(hubFlags)} with a Control Hub export; this input is ${describeFormat(stream.format)}`, command);
  }
  if (stream.format !== 'webex-people') {
    if (licensesPath !== undefined || previousPath !== undefined) {
      throw new UsageError(
        `--licenses and --previous go with a People API page ({ "items": [...] }) or, --previous, a Control Hub export; this input is ${describeFormat(stream.format)}`,
        command,
      );
    }
    return stream;
  }
  const licenses = licensesPath === undefined ? undefined : await readJsonFile(licensesPath, '--licenses', context, command);
  const previous = previousPath === undefined ? undefined : await readJsonFile(previousPath, '--previous', context, command);
  return { format: 'webex-people', records: fromArray(webexRecords(stream.page, licenses, previous, command)) };
}

function goes(flags: readonly string[]): string {
  return flags.length === 1 ? 'goes' : 'go';
}

function describeFormat(format: 'json' | 'ndjson' | 'csv' | 'webex-people'): string {
  return format === 'webex-people' ? 'a People API page' : format === 'csv' ? 'a CSV of user snapshots' : format.toUpperCase();
}

/**
 * Reads `--previous` as an older Control Hub export: each user's licence then. A file that is no
 * export is a usage error; rows whose licence cannot be read are left out, and said so.
 */
async function previousExport(path: string, options: ControlHubOptions, context: CliContext, command: string): Promise<ReadonlyMap<string, License>> {
  const read = controlHubLicenses(await readAll(await openInput(path, context, command)), options);
  if (!read.ok) throw new UsageError(`--previous ${path}: ${read.message}`, command);
  if (read.unread > 0) {
    context.stderr.write(`--previous ${path}: ${read.unread} row${read.unread === 1 ? '' : 's'} with no licence that can be read, left out\n`);
  }
  return read.licenses;
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
 * million objects. Records read a batch at a time are taken a batch at a time, so no record
 * crosses a promise of its own.
 */
export async function holdInput(records: AsyncIterable<SourceRecord>): Promise<HeldInput> {
  const values: unknown[] = [];
  const places = new RecordPlaces();
  const unreadable = new Map<number, Issues>();
  let like: SourceLocation = { kind: 'index', index: 0 };
  const hold = (record: SourceRecord): void => {
    const index = values.length;
    like = record.location;
    places.add(index, record.location);
    if (record.issues === undefined) values.push(record.value);
    else {
      values.push(undefined);
      unreadable.set(index, record.issues);
    }
  };
  if (records instanceof RecordBatches) {
    for await (const batch of records.batches()) for (const record of batch) hold(record);
  } else for await (const record of records) hold(record);
  return { values, locate: (index) => places.of(index, like), unreadable: (index) => unreadable.get(index) };
}
