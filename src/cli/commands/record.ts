import { parse as parseCsv } from 'csv-parse/sync';
import { MANUAL_TRIGGERS, OUTCOME_KINDS, parseInstant } from '../../index';
import { escapeControlCharacters } from '../../formats/index';
import { parseJournalEntry, type JournalEmail, type JournalEntry } from '../../journal/index';
import { EXIT_CODES, type Command, type ParsedArgs } from '../command';
import type { CliContext } from '../context';
import { openInput, readAll } from '../input/open-input';
import { openJournalAppender, visitJournalFile } from '../journal-file';
import { LABELS } from '../labels';
import { choice, JOURNAL_OPTION, localeOf, SHARED_OPTIONS } from '../options';
import { BufferedWriter } from '../output/writer';
import { UsageError } from '../usage-error';

const NAME = 'record';

const EMAILS = ['activation', 'reminder'] as const satisfies readonly JournalEmail[];

/** What an `--ids` file turned out to be. */
type IdsSource = 'list' | 'plan' | 'reminders';

/** One user of an `--ids` file, with what plan or reminders said of them and where. */
interface IdRow {
  readonly userId: string;
  readonly where: string;
  readonly kind?: string;
  readonly trigger?: string;
  readonly status?: string;
}

interface IdsFile {
  readonly source: IdsSource;
  readonly rows: readonly IdRow[];
}

/** The instant to record: `--at`, or the clock's, to the second, in UTC. */
function atFrom(args: ParsedArgs): string {
  const at = args.values.at;
  if (at === undefined) return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (typeof at !== 'string' || parseInstant(at) === null) {
    throw new UsageError(
      `--at takes an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, such as 2026-05-11T09:00:00Z, not ${JSON.stringify(at)}`,
      NAME,
    );
  }
  return at;
}

/** The `--kind` values: outcome kinds, each with or without a trigger (`manual-required/new-user`). */
function kindsFrom(args: ParsedArgs): readonly string[] {
  const raw = args.values.kind;
  const kinds = raw === undefined ? [] : typeof raw === 'string' || typeof raw === 'boolean' ? [String(raw)] : raw;
  const allowed = [...OUTCOME_KINDS, ...MANUAL_TRIGGERS.map((trigger) => `manual-required/${trigger}`)];
  for (const kind of kinds) {
    if (!allowed.includes(kind)) throw new UsageError(`--kind takes one of ${allowed.join(', ')}, not ${JSON.stringify(kind)}`, NAME);
  }
  return kinds;
}

// What a spreadsheet-safe CSV cell got in front (see csvCell): a ' before a formula's first character.
const DEFUSED = /^'[=+\-@\t\r]/;

function cellText(cell: string): string {
  return DEFUSED.test(cell) ? cell.slice(1) : cell;
}

function rowError(path: string, where: string, message: string): UsageError {
  return new UsageError(escapeControlCharacters(`--ids ${path}, ${where}: ${message}`), NAME);
}

/** A user id as a row of the file gives it: a non-empty string. */
function idOf(value: unknown, path: string, where: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw rowError(path, where, `${field} must be a non-empty text (received ${JSON.stringify(value) ?? String(value)})`);
  return value;
}

/** The decisions of plan's JSON output, or the users of reminders' JSON output. */
function fromJson(document: unknown, path: string): IdsFile | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  const record = document as Record<string, unknown>;
  if (Array.isArray(record.decisions)) {
    return {
      source: 'plan',
      rows: record.decisions.map((decision: unknown, index) => {
        const where = `decisions[${index}]`;
        const item = (typeof decision === 'object' && decision !== null ? decision : {}) as Record<string, unknown>;
        return { userId: idOf(item.userId, path, where, 'userId'), where, kind: String(item.kind), trigger: String(item.trigger) };
      }),
    };
  }
  if (Array.isArray(record.due) && Array.isArray(record.upcoming) && Array.isArray(record.exhausted)) {
    const rows: IdRow[] = [];
    for (const status of ['due', 'upcoming', 'exhausted'] as const) {
      (record[status] as unknown[]).forEach((entry, index) => {
        const where = `${status}[${index}]`;
        const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
        rows.push({ userId: idOf(item.userId, path, where, 'userId'), where, status });
      });
    }
    return { source: 'reminders', rows };
  }
  return undefined;
}

/** Plan's NDJSON output: one decision per line. */
function fromNdjson(lines: readonly string[], path: string): IdsFile {
  const rows: IdRow[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw rowError(path, where, 'is not valid JSON (a plain list of ids does not start with { )');
    }
    const item = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (item.userId === undefined && item.id !== undefined) {
      throw rowError(path, where, 'is a user snapshot, not a decision: give the output of plan or reminders, or a plain list of ids');
    }
    if (item.kind === undefined) {
      throw rowError(path, where, 'is not a decision of plan (it has no kind): give the output of plan or reminders, or a plain list of ids');
    }
    rows.push({ userId: idOf(item.userId, path, where, 'userId'), where, kind: String(item.kind), trigger: String(item.trigger) });
  });
  return { source: 'plan', rows };
}

/** Plan's or reminders' CSV output, read by its header: userId, and kind (plan) or status (reminders). */
function fromCsv(text: string, path: string): IdsFile {
  let table: string[][];
  try {
    table = parseCsv(text, { skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw rowError(path, 'CSV', error instanceof Error ? error.message : String(error));
  }
  const [header = [], ...body] = table;
  const column = (name: string): number => header.findIndex((cell) => cell.trim() === name);
  const user = column('userId');
  const kind = column('kind');
  const trigger = column('trigger');
  const status = column('status');
  const source: IdsSource = kind !== -1 ? 'plan' : status !== -1 ? 'reminders' : 'list';
  const rows = body.map((cells, index) => {
    // The header is line 1; rows are counted as records (a quoted line break would shift lines).
    const where = `row ${index + 2}`;
    const userId = idOf(cellText(cells[user] ?? ''), path, where, 'userId');
    return {
      userId,
      where,
      ...(kind === -1 ? {} : { kind: cells[kind] ?? '' }),
      ...(trigger === -1 ? {} : { trigger: cells[trigger] ?? '' }),
      ...(status === -1 ? {} : { status: cells[status] ?? '' }),
    };
  });
  return { source, rows };
}

/**
 * Reads `--ids`: a plain list (one id per line), or the output of plan (NDJSON, CSV or JSON) or
 * of reminders (CSV or JSON), told apart by their content.
 */
export function readIdsText(text: string, path: string): IdsFile {
  const lines = text.split(/\r?\n/);
  const first = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  if (first.startsWith('{') || first.startsWith('[')) {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      document = undefined;
    }
    if (Array.isArray(document)) {
      throw rowError(path, 'line 1', 'is a JSON array: give the output of plan or reminders, or a plain list of ids');
    }
    return (document === undefined ? undefined : fromJson(document, path)) ?? fromNdjson(lines, path);
  }
  const cells = first.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (cells.includes('userId')) return fromCsv(text, path);
  if (cells.includes('id') && cells.includes('license')) {
    throw rowError(path, 'line 1', 'is the header of a users file: give the output of plan or reminders, or a plain list of ids');
  }
  const rows: IdRow[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') rows.push({ userId: line.trim(), where: `line ${index + 1}` });
  });
  return { source: 'list', rows };
}

/** The users `--ids` picks, by `--kind` (plan's output) or `--due` (reminders' output). */
function pick(file: IdsFile, kinds: readonly string[], due: boolean, email: JournalEmail, path: string): IdRow[] {
  if (file.source === 'list') {
    if (kinds.length > 0 || due) {
      throw new UsageError(`--kind and --due pick users from the output of plan or reminders; ${path} is a plain list of ids`, NAME);
    }
    return [...file.rows];
  }
  if (file.source === 'plan') {
    if (due) throw new UsageError(`--due picks from the output of reminders; ${path} is the output of plan: pick with --kind`, NAME);
    if (kinds.length === 0) {
      throw new UsageError(`${path} is the output of plan: say which users were emailed with --kind, such as --kind manual-required/new-user`, NAME);
    }
    return file.rows.filter((row) => kinds.includes(row.kind ?? '') || kinds.includes(`${row.kind}/${row.trigger}`));
  }
  if (kinds.length > 0) throw new UsageError(`--kind picks from the output of plan; ${path} is the output of reminders: pick with --due`, NAME);
  if (!due) throw new UsageError(`${path} is the output of reminders: pick the users reminded with --due`, NAME);
  if (email !== 'reminder') throw new UsageError('--due picks the users due a reminder: record them with --email reminder', NAME);
  return file.rows.filter((row) => row.status === 'due');
}

/** The ids to record, from the command line or `--ids`, each once, in order. */
async function idsFrom(args: ParsedArgs, email: JournalEmail, context: CliContext): Promise<readonly string[]> {
  const path = args.values.ids;
  const kinds = kindsFrom(args);
  const due = args.values.due === true;
  let ids: string[];
  if (typeof path === 'string') {
    if (args.positionals.length > 0) throw new UsageError('give user ids or --ids FILE, not both', NAME);
    const text = await readAll(await openInput(path, context, NAME));
    ids = pick(readIdsText(text, path), kinds, due, email, path).map((row) => row.userId);
  } else {
    if (kinds.length > 0 || due) throw new UsageError(`${kinds.length > 0 ? '--kind' : '--due'} goes with --ids FILE, the output of plan or reminders`, NAME);
    if (args.positionals.length === 0) throw new UsageError('needs the users emailed: their ids, or --ids FILE', NAME);
    ids = [...args.positionals];
  }
  return [...new Set(ids)];
}

/** The key of an entry for "already there": the same user, email and instant (whatever its offset). */
function keyOf(entry: JournalEntry): string {
  return `${entry.email} ${parseInstant(entry.at)} ${entry.userId}`;
}

export const recordCommand: Command = {
  name: NAME,
  summary: 'write to the journal the activation emails and reminders sent by hand',
  usage: '--journal FILE --email activation|reminder [--at ISO] (ID... | --ids FILE [--kind KIND]... [--due])',
  description: [
    'Records in the onboarding journal that users were sent an activation email or a reminder by',
    'hand, so that plan, preview and reminders (with --journal) know who was emailed and when.',
    'One line is appended per user, {"userId":...,"at":...,"email":...}, unless the journal',
    'already has that user, email and instant: running the same record twice (an interrupted',
    'run, a retry) appends nothing twice. Give --at to make a rerun find the lines of the first.',
    '',
    'The journal is created if needed (not its folder). Each line is one write to the file opened',
    'for appending, and the file is synced to the disk before the command says it is done, so a',
    'crash leaves whole lines only; a line a crash cut short is removed on the next record.',
    '',
    '--ids reads a plain list (one id per line, - for standard input) or what plan or reminders',
    'wrote: plan --format ndjson, csv or json, picked with --kind; reminders --format csv or json,',
    'picked with --due.',
  ].join('\n'),
  options: {
    journal: { ...JOURNAL_OPTION, help: 'the journal to append to (created if missing) (required)' },
    email: { type: 'string', value: 'activation|reminder', help: 'which email the users were sent (required)' },
    at: { type: 'string', value: 'ISO', help: 'when it was sent, with seconds and an offset (default: now, to the second, UTC)' },
    ids: { type: 'string', value: 'FILE', help: 'read the users from FILE instead of the command line' },
    kind: {
      type: 'string',
      value: 'KIND',
      multiple: true,
      help: 'with --ids and the output of plan: the users of this outcome (manual-required, or manual-required/new-user with a trigger); repeatable',
    },
    due: { type: 'boolean', help: 'with --ids and the output of reminders: the users due a reminder' },
    lang: { ...SHARED_OPTIONS.lang, help: 'language of the summary (default: en)' },
  },
  examples: [
    {
      command: 'record --journal journal.ndjson --email activation ana@corp.example ben@corp.example',
      does: 'ana and ben were sent their activation email by hand just now',
    },
    {
      command: 'record --journal journal.ndjson --email activation --ids plan.ndjson --kind manual-required/new-user',
      does: 'everyone plan said to email by hand as new users was emailed',
    },
    {
      command: 'record --journal journal.ndjson --email reminder --at 2026-05-11T09:00:00Z --ids reminders.csv --due',
      does: 'everyone reminders said was due was reminded at 9:00 UTC',
    },
  ],

  async run(args, context) {
    const path = args.values.journal;
    if (typeof path !== 'string' || path === '') throw new UsageError('needs --journal FILE, the journal to append to', NAME);
    if (args.values.email === undefined) throw new UsageError('needs --email activation|reminder: which email the users were sent', NAME);
    const email = choice(args, 'email', EMAILS, 'activation', NAME);
    const at = atFrom(args);
    const locale = localeOf(args, NAME);
    const ids = await idsFrom(args, email, context);

    const entries: JournalEntry[] = [];
    for (const userId of ids) {
      const parsed = parseJournalEntry({ userId, at, email });
      if (!parsed.ok) throw new UsageError(escapeControlCharacters(`user ${JSON.stringify(userId)}: ${parsed.issues[0].message}`), NAME);
      entries.push(parsed.value);
    }

    // One pass over the journal, keeping only what the check needs: the entries already there
    // (sent ones) and the users it holds an activation email for. The journal takes a user's
    // first email as their invitation: a reminder to a user whose activation email it does not
    // hold would become their invitation date. A torn last line is no entry: it is left out
    // here and cut off when the file is opened for appending.
    const there = new Set<string>();
    const invited = new Set<string>();
    await visitJournalFile(path, NAME, { missing: 'empty', tornTail: 'skip' }, ({ entry }) => {
      if (entry.status !== undefined && entry.status !== 'sent') return;
      there.add(keyOf(entry));
      if (entry.email === 'activation') invited.add(entry.userId);
    });
    const fresh = entries.filter((entry) => !there.has(keyOf(entry)));
    // A record is of emails already sent: an instant ahead of the clock (beyond a few minutes of
    // drift between machines) is most likely a mistyped date. Said to a person at a terminal, not
    // refused, and not said to a script, whose output must not depend on the day it runs.
    const ahead = context.stderr.isTTY === true && parseInstant(at)! - Date.now() > 5 * 60_000;
    const uninvited = email === 'reminder' ? fresh.filter((entry) => !invited.has(entry.userId)).map((entry) => entry.userId) : [];

    const labels = LABELS[locale].record;
    const err = new BufferedWriter(context.stderr);
    const appender = await openJournalAppender(path, NAME);
    try {
      if (appender.repaired !== undefined) await err.write(`${escapeControlCharacters(labels.repaired(path, appender.repaired.line))}\n`);
      if (ahead) await err.write(`${escapeControlCharacters(labels.ahead(at, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')))}\n`);
      if (uninvited.length > 0) await err.write(`${escapeControlCharacters(labels.noActivation(uninvited))}\n`);
      await err.flush();
      await appender.appendAll(fresh);
    } finally {
      await appender.close();
    }
    const out = new BufferedWriter(context.stdout);
    await out.write(`${escapeControlCharacters(labels.done(fresh.length, entries.length - fresh.length, email, at, path))}\n`);
    await out.flush();
    return EXIT_CODES.ok;
  },
};
