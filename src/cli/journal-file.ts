// The onboarding journal on disk: read whole for the commands that decide, appended to, one
// whole line at a time, by the commands that record emails.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeIssue, escapeControlCharacters, InputDecoder } from '../formats/index';
import {
  formatJournalEntry,
  historyFromJournal,
  parseJournalEntry,
  readJournal,
  type JournalEntry,
  type JournalLine,
  type JournalRead,
  type UserHistory,
} from '../journal/index';
import { UsageError } from './usage-error';

/** What {@link readJournalFile} does with a journal that is not all there. */
export interface ReadJournalOptions {
  /**
   * A file that does not exist: `'empty'` (the default) reads it as an empty journal, for the
   * commands that create it; `'error'` refuses it, for the commands that only read it, where a
   * missing file is most likely a mistyped path, and an empty history would make every emailed
   * user look new.
   */
  readonly missing?: 'empty' | 'error';
  /**
   * A last line without its newline that is not a whole entry: the trace of a write cut short
   * (the process killed, the power lost). `'error'` (the default) refuses the journal like any bad
   * line; `'skip'` leaves it out, for a command that repairs it as it appends
   * ({@link openJournalAppender} does).
   */
  readonly tornTail?: 'error' | 'skip';
}

/** A journal file read whole: its entries, each user's history, and a torn last line left out. */
export type JournalFile = JournalRead & {
  readonly history: Map<string, UserHistory>;
  /** The line number of a torn last line, when `tornTail: 'skip'` left one out. */
  readonly torn?: number;
};

/** `-` means standard input elsewhere; a journal is a file, appended to and read again. */
function refuseStandardInput(path: string, command: string | undefined): void {
  if (path === '-' || path === '') throw new UsageError(`--journal takes the path of a file, not ${JSON.stringify(path)}`, command);
}

function why(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'no space left on the disk (ENOSPC)'.replace('ENOSPC', code);
  if (code === 'EROFS') return 'the file system is read-only';
  return String(code ?? error);
}

/** True when `text` (one line) holds a whole journal entry. */
function isWholeEntry(text: string): boolean {
  try {
    return parseJournalEntry(JSON.parse(text)).ok;
  } catch {
    return false;
  }
}

/** What a scan of a journal file found besides its entries: its bad lines, a torn last line. */
interface ScanReport {
  /** The first bad line, with its issues, and how many bad lines there were in all. */
  bad?: { readonly line: number; readonly issues: JournalRead['invalid'][number]['issues']; count: number };
  /** A torn last line, by its number. */
  torn?: number;
  /** Why the file could not be read as text. */
  notText?: string;
}

const READ_CHUNK = 1024 * 1024;

/**
 * The entries of a journal file, read a chunk at a time (so that a journal of millions of lines
 * is never held whole, text and entries at once), each line checked by `readJournal`. Bad lines
 * and a torn last line go to `report`, never thrown: the caller may be folding the entries
 * through a library function, and decides what to refuse once the scan is over.
 */
function* scanJournal(fd: number, report: ScanReport): Generator<JournalLine> {
  const decoder = new InputDecoder();
  const buffer = Buffer.alloc(READ_CHUNK);
  // The text read but not yet checked, and how many lines were checked before it.
  let carry = '';
  let lines = 0;
  function* take(text: string): Generator<JournalLine> {
    // A batch after the first starts with an empty line, so that readJournal never takes a
    // U+FEFF at the start of a later line for the file's byte order mark.
    const read = readJournal(lines === 0 ? text : `\n${text}`);
    const offset = lines === 0 ? 0 : lines - 1;
    for (const bad of read.invalid) {
      report.bad ??= { line: bad.line + offset, issues: bad.issues, count: 0 };
      report.bad.count += 1;
    }
    for (const { line, entry } of read.entries) yield { line: line + offset, entry };
    lines += 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  }
  /** Checks the whole lines of `carry`, keeping what follows its last newline. */
  function* takeWholeLines(): Generator<JournalLine> {
    const cut = carry.lastIndexOf('\n');
    if (cut === -1) return;
    const whole = carry.slice(0, cut);
    carry = carry.slice(cut + 1);
    yield* take(whole);
  }
  for (;;) {
    const size = readSync(fd, buffer, 0, READ_CHUNK, null);
    const decoded = decoder.decode(buffer.subarray(0, size), size === 0);
    if (!decoded.ok) {
      report.notText = decoded.message;
      return;
    }
    carry += decoded.text;
    yield* takeWholeLines();
    if (size === 0) break;
  }
  // What follows the last newline: a whole entry an editor saved without its newline, or the
  // trace of a write cut short.
  if (carry.trim() === '') return;
  if (isWholeEntry(carry)) yield* take(carry);
  else report.torn = lines + 1;
}

/** Opens a journal for reading, or says why not; `undefined` for a missing file the caller reads as empty. */
function openForReading(path: string, command: string, missing: 'empty' | 'error'): number | undefined {
  refuseStandardInput(path, command);
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`--journal ${path}: cannot read it: it is a directory`, command);
    return openSync(path, 'r');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as { code?: string }).code === 'ENOENT') {
      if (missing === 'empty') return undefined;
      throw new UsageError(`--journal ${path}: no such file (the record command creates it; for an empty journal, create an empty file)`, command);
    }
    throw new UsageError(`--journal ${path}: cannot read it: ${why(error)}`, command);
  }
}

/** Refuses what a scan found that makes the journal untrusted: bytes that are not text, a bad line, a torn last line. */
function refuseUntrusted(report: ScanReport, path: string, command: string, tornTail: 'error' | 'skip'): void {
  if (report.notText !== undefined) throw new UsageError(`--journal ${path}: ${report.notText}`, command);
  if (report.bad !== undefined) {
    const more = report.bad.count - 1;
    const [issue] = report.bad.issues;
    throw new UsageError(
      escapeControlCharacters(`--journal ${path}, line ${report.bad.line}: ${describeIssue(issue)}${more > 0 ? ` (and ${more} more bad line${more === 1 ? '' : 's'})` : ''}`),
      command,
    );
  }
  if (report.torn !== undefined && tornTail !== 'skip') {
    throw new UsageError(
      `--journal ${path}, line ${report.torn}: the line is cut short (a write that was interrupted); run the record command again for those users to repair it, or remove the line`,
      command,
    );
  }
}

/**
 * Reads a journal file a chunk at a time and hands each entry to `visit`, in file order, without
 * keeping them: for a command that needs one pass (record's "already there" check). Refuses it
 * as {@link readJournalFile} does, once every line was read; a missing file is an empty journal.
 *
 * @returns the line number of a torn last line left out (with `tornTail: 'skip'`)
 */
export async function visitJournalFile(
  path: string,
  command: string,
  options: ReadJournalOptions,
  visit: (line: JournalLine) => void,
): Promise<{ readonly torn?: number }> {
  const fd = openForReading(path, command, options.missing ?? 'empty');
  if (fd === undefined) return {};
  const report: ScanReport = {};
  try {
    for (const line of scanJournal(fd, report)) visit(line);
  } finally {
    closeSync(fd);
  }
  refuseUntrusted(report, path, command, options.tornTail ?? 'error');
  return report.torn === undefined ? {} : { torn: report.torn };
}

/**
 * Reads a journal file whole, checks every line, and gives each user's history. A line that is
 * not an entry stops the command (a usage error, exit 2) naming the file, the line and the field:
 * history that cannot be trusted must not turn an emailed user into a new one.
 *
 * @param path the journal's path
 * @param command the command reading it, whose `--help` an error points to
 */
export async function readJournalFile(path: string, command: string, options: ReadJournalOptions = {}): Promise<JournalFile> {
  const fd = openForReading(path, command, options.missing ?? 'empty');
  if (fd === undefined) return { entries: [], invalid: [], history: new Map() };
  const report: ScanReport = {};
  let entries: JournalLine[];
  try {
    entries = [...scanJournal(fd, report)];
  } finally {
    closeSync(fd);
  }
  refuseUntrusted(report, path, command, options.tornTail ?? 'error');
  // The history is folded on first use only: record reads a journal for its entries alone, and
  // on a journal of a million lines the fold costs as much as the reading.
  let history: Map<string, UserHistory> | undefined;
  return {
    entries,
    invalid: [],
    get history() {
      history ??= historyFromJournal(entries);
      return history;
    },
    ...(report.torn === undefined ? {} : { torn: report.torn }),
  };
}

/** A journal opened for appending. Close it once done; every append is on disk when it resolves. */
export interface JournalAppender {
  /** Appends one entry: one write of its whole line, then a sync to the disk. */
  append(entry: JournalEntry): Promise<void>;
  /**
   * Appends entries in order, one write per whole line, and syncs once after the last: for a
   * batch, where a sync per line would cost a disk flush per user. A process killed midway leaves
   * whole lines, but for the last one when the kill fell inside its write (Linux copies a write a
   * page at a time and stops between pages for SIGKILL), which the next open cuts off; the lines
   * written are on disk once it resolves.
   */
  appendAll(entries: Iterable<JournalEntry>): Promise<void>;
  close(): Promise<void>;
  /**
   * A torn last line (a write cut short) found on opening and removed, with its line number and
   * text: it was never a whole entry, and the command that wrote it never said it was done.
   */
  readonly repaired?: { readonly line: number; readonly text: string };
  /** True when the file did not exist and was created. */
  readonly created: boolean;
}

const TAIL_CHUNK = 64 * 1024;

/** The offset just after the last newline of the file (0 if none), reading back from its end. */
async function afterLastNewline(handle: FileHandle, size: number): Promise<number> {
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - TAIL_CHUNK);
    const buffer = Buffer.alloc(end - start);
    await handle.read(buffer, 0, buffer.length, start);
    const at = buffer.lastIndexOf(0x0a);
    if (at !== -1) return start + at + 1;
    end = start;
  }
  return 0;
}

async function countLines(handle: FileHandle, upTo: number): Promise<number> {
  let lines = 1;
  const buffer = Buffer.alloc(TAIL_CHUNK);
  for (let offset = 0; offset < upTo; offset += TAIL_CHUNK) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(TAIL_CHUNK, upTo - offset), offset);
    for (let i = 0; i < bytesRead; i += 1) if (buffer[i] === 0x0a) lines += 1;
  }
  return lines;
}

async function writeWhole(handle: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  // One write call per line: O_APPEND puts it at the end as one piece, so a process killed
  // between two writes leaves whole lines only, and one killed inside a write that crosses a
  // page of the file leaves at most that line torn, which the next open cuts off.
  const { bytesWritten } = await handle.write(bytes, 0, bytes.length, null);
  if (bytesWritten !== bytes.length) {
    throw Object.assign(new Error('short write'), { code: `only ${bytesWritten} of the ${bytes.length} bytes of a line were written` });
  }
}

async function syncFolder(path: string): Promise<void> {
  // A new file's name is on disk once its folder is synced; some systems cannot open a folder.
  let folder: FileHandle | undefined;
  try {
    folder = await open(dirname(path), 'r');
    await folder.sync();
  } catch {
    // Best effort: the file's own data is synced either way.
  } finally {
    await folder?.close();
  }
}

/**
 * Opens a journal for appending, creating it when needed (not its folder: a missing folder is a
 * usage error naming it). It is opened in append mode (`a+`: append, and read to check its last
 * line), so each line lands at the end as one piece even with another writer. A last line without
 * its newline gets one first when it is a whole entry (a file saved by an editor); when it is not
 * one, it is the trace of a write cut short and is cut off (see {@link JournalAppender.repaired}).
 * A journal in UTF-16 is refused: appending UTF-8 to it would garble it.
 *
 * @param path the journal's path
 * @param command the command appending, whose `--help` an error points to
 */
export async function openJournalAppender(path: string, command?: string): Promise<JournalAppender> {
  refuseStandardInput(path, command);
  let created = false;
  try {
    await stat(path);
  } catch {
    created = true;
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'a+');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? `no such folder ${dirname(path)}` : why(error);
    throw new UsageError(`--journal ${path}: cannot ${created ? 'create' : 'open'} it: ${reason}`, command);
  }
  try {
    const { size } = await handle.stat();
    let repaired: JournalAppender['repaired'];
    if (size >= 2) {
      const head = Buffer.alloc(2);
      await handle.read(head, 0, 2, 0);
      if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
        throw new UsageError(`--journal ${path}: the file is UTF-16; save it as UTF-8 to append to it`, command);
      }
    }
    if (size > 0) {
      const start = await afterLastNewline(handle, size);
      if (start < size) {
        const buffer = Buffer.alloc(size - start);
        await handle.read(buffer, 0, buffer.length, start);
        const tail = buffer.toString('utf8');
        if (tail.trim() === '' || isWholeEntry(tail)) await writeWhole(handle, '\n');
        else {
          repaired = { line: await countLines(handle, start), text: tail };
          await handle.truncate(start);
        }
        await handle.datasync();
      }
    }
    let syncedFolder = !created;
    const sync = async (): Promise<void> => {
      await handle.datasync();
      if (!syncedFolder) {
        syncedFolder = true;
        await syncFolder(path);
      }
    };
    // A disk full or gone mid-way is the command's failure to report, not a crash: the lines
    // written are whole or, the last one, cut short and removed by the next append.
    const guard = async (work: () => Promise<void>): Promise<void> => {
      try {
        await work();
      } catch (error) {
        if (error instanceof UsageError || (error as { code?: unknown }).code === undefined) throw error;
        throw new UsageError(`--journal ${path}: cannot append to it: ${why(error)}`, command);
      }
    };
    return {
      created,
      ...(repaired === undefined ? {} : { repaired }),
      async append(entry) {
        const line = `${formatJournalEntry(entry)}\n`;
        await guard(async () => {
          await writeWhole(handle, line);
          await sync();
        });
      },
      async appendAll(entries) {
        const lines = [...entries].map((entry) => `${formatJournalEntry(entry)}\n`);
        await guard(async () => {
          for (const line of lines) await writeWhole(handle, line);
          await sync();
        });
      },
      async close() {
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--journal ${path}: cannot append to it: ${why(error)}`, command);
  }
}

/**
 * A journal read for the commands that decide: each user's history, and what the table outputs
 * say of it. The entries themselves are not kept: a million of them would stay in memory while
 * every user is decided.
 */
export interface JournalHistory {
  readonly path: string;
  readonly history: ReadonlyMap<string, UserHistory>;
  /** How many emails it holds that count (sent ones: no status, or `sent`). */
  readonly sent: number;
}

/**
 * Reads `--journal` for plan, preview and reminders: it must exist, and every line must be an
 * entry. The entries are folded into the history as they are read, never all held at once.
 */
export async function readJournalHistory(path: string, command: string): Promise<JournalHistory> {
  const fd = openForReading(path, command, 'error')!;
  const report: ScanReport = {};
  let sent = 0;
  let history: Map<string, UserHistory>;
  try {
    history = historyFromJournal(
      (function* counted(): Generator<JournalLine> {
        for (const line of scanJournal(fd, report)) {
          if (line.entry.status === undefined || line.entry.status === 'sent') sent += 1;
          yield line;
        }
      })(),
    );
  } finally {
    closeSync(fd);
  }
  refuseUntrusted(report, path, command, 'error');
  return { path, history, sent };
}

/** The table outputs' line about the journal read: how many emails (sent ones only), to how many users. */
export function journalSummary(journal: JournalHistory, words: { journal(path: string, entries: number, users: number): string }): string {
  return words.journal(journal.path, journal.sent, journal.history.size);
}
