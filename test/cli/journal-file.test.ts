// The journal on disk, in-process: reading it whole (a missing file, a bad line, a line cut
// short), appending to it (one write per whole line, then a sync), and the journal put into
// the users before they are decided.
import { mkdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { applyJournal, journalChecker } from '../../src/cli/input/decide-records';
import { journalSummary, openJournalAppender, readJournalFile, readJournalHistory } from '../../src/cli/journal-file';
import { LABELS } from '../../src/cli/labels';
import { UsageError } from '../../src/cli/usage-error';
import { historyFromJournal, readJournal, type JournalEntry } from '../../src/journal/index';
import { scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-journal-file-');
afterAll(() => scratch.cleanup());
afterEach(() => vi.restoreAllMocks());

const ANA = { userId: 'ana@corp.example', at: '2026-11-20T09:00:00Z', email: 'activation' } as const;
const BEN = { userId: 'ben@corp.example', at: '2026-11-20T09:00:00Z', email: 'activation' } as const;
const line = (entry: JournalEntry): string => `${JSON.stringify(entry)}\n`;
const AT_OF = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

let files = 0;
function journal(text: string | Uint8Array): string {
  files += 1;
  return scratch.write(`journal-${files}.ndjson`, text);
}

async function usageError(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('readJournalFile', () => {
  it('reads every entry with its line, and each user history', async () => {
    const path = journal(`${line(ANA)}\n${line({ ...ANA, email: 'reminder', at: '2026-11-24T09:00:00Z' })}${line(BEN)}`);
    const read = await readJournalFile(path, 'plan');
    expect(read.entries.map((entry) => entry.line)).toEqual([1, 3, 4]);
    expect(read.history.get('ana@corp.example')).toEqual({
      invitedAt: '2026-11-20T09:00:00Z',
      lastEmailedAt: '2026-11-24T09:00:00Z',
      remindersSent: 1,
    });
    expect(read.history.get('ben@corp.example')).toEqual({ invitedAt: '2026-11-20T09:00:00Z', remindersSent: 0 });
    expect(read.torn).toBeUndefined();
  });

  it('a missing file is an empty journal by default, and refused when it must exist', async () => {
    const path = join(scratch.dir, 'never-written.ndjson');
    const read = await readJournalFile(path, 'record');
    expect(read.entries).toEqual([]);
    expect(read.history.size).toBe(0);
    const error = await usageError(readJournalFile(path, 'plan', { missing: 'error' }));
    expect(error.message).toBe(`--journal ${path}: no such file (the record command creates it; for an empty journal, create an empty file)`);
    expect(error.command).toBe('plan');
  });

  it('a bad line stops the reading, naming the file, the line, the field, and how many more', async () => {
    const path = journal(`${line(ANA)}{"userId":"ben","at":"2026-11-20","email":"activation"}\nnot json\n${line(BEN)}`);
    const error = await usageError(readJournalFile(path, 'reminders'));
    expect(error.message).toMatch(new RegExp(`^--journal ${path.replace(/[.]/g, '\\.')}, line 2: at: must be an ISO 8601 date-time.*\\(and 1 more bad line\\)$`));
    expect(error.command).toBe('reminders');
  });

  it('a last line cut short is refused by default, naming it, and left out with tornTail skip', async () => {
    const path = journal(`${line(ANA)}${line(BEN)}{"userId":"cleo@corp.exa`);
    const error = await usageError(readJournalFile(path, 'plan'));
    expect(error.message).toContain(`--journal ${path}, line 3: the line is cut short (a write that was interrupted)`);
    const read = await readJournalFile(path, 'record', { tornTail: 'skip' });
    expect(read.entries.map((entry) => entry.entry.userId)).toEqual(['ana@corp.example', 'ben@corp.example']);
    expect(read.torn).toBe(3);
  });

  it('a journal of several read chunks: the same entries and line numbers as readJournal on the whole text', async () => {
    // About 3 MiB: lines cross the 1 MiB chunks; blank lines, CRLF and accents on the way.
    const lines: string[] = [];
    for (let n = 0; n < 30_000; n += 1) {
      if (n % 997 === 0) lines.push('');
      const entry = JSON.stringify({ userId: `hélène-${n}@corp.example`, at: AT_OF(n), email: n % 3 === 0 ? 'reminder' : 'activation' });
      lines.push(n % 5 === 0 ? `${entry}\r` : entry);
    }
    const text = `${lines.join('\n')}\n`;
    const path = journal(text);
    const read = await readJournalFile(path, 'plan');
    const whole = readJournal(text);
    expect(read.entries).toEqual(whole.entries);
    expect(read.entries.at(-1)!.line).toBe(lines.length);
    expect((await readJournalHistory(path, 'plan')).history).toEqual(historyFromJournal(whole.entries));
    // The same in UTF-16 with its byte order mark, whose chunks may end inside a character.
    const utf16 = await readJournalFile(journal(Buffer.from(`\ufeff${text}`, 'utf16le')), 'plan');
    expect(utf16.entries).toEqual(whole.entries);
    // A bad line far past the first chunk is named by its own number.
    const bad = [...lines];
    bad[25_000] = '{"userId":"x","at":"2026-11-20T09:00:00Z","email":"invite"}';
    const error = await usageError(readJournalHistory(journal(`${bad.join('\n')}\n`), 'plan'));
    expect(error.message).toMatch(/, line 25001: email: must be "activation" or "reminder" \(received "invite"\)$/);
    // And so is a torn last line.
    const torn = await usageError(readJournalFile(journal(`${lines.join('\n')}\n{"userId":"y`), 'plan'));
    expect(torn.message).toContain(`, line ${lines.length + 1}: the line is cut short`);
  });

  it('a whole last line without its newline is an entry like any other', async () => {
    const path = journal(`${line(ANA)}${JSON.stringify(BEN)}`);
    const read = await readJournalFile(path, 'plan');
    expect(read.entries.map((entry) => entry.entry.userId)).toEqual(['ana@corp.example', 'ben@corp.example']);
  });

  it('reads UTF-16 with a byte order mark, and refuses bytes that are not text', async () => {
    const text = `\ufeff${line(ANA)}`;
    const utf16 = Buffer.from(text, 'utf16le');
    expect((await readJournalFile(journal(utf16), 'plan')).entries).toHaveLength(1);
    const error = await usageError(readJournalFile(journal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])), 'plan'));
    expect(error.message).toMatch(/: the input is not text/);
  });

  it('a folder is refused by name', async () => {
    const error = await usageError(readJournalFile(scratch.dir, 'plan'));
    expect(error.message).toBe(`--journal ${scratch.dir}: cannot read it: it is a directory`);
  });

  it('readJournalHistory: the journal must exist; the table line counts sent emails only, and the users they went to', async () => {
    const path = journal(`${line(ANA)}${line({ ...BEN, status: 'sending' })}${line({ ...BEN, status: 'failed', reply: '550 no' })}`);
    const read = await readJournalHistory(path, 'plan');
    expect(read.sent).toBe(1);
    expect([...read.history.keys()]).toEqual(['ana@corp.example']);
    expect(journalSummary({ ...read, path: 'j.ndjson' }, LABELS.en.record)).toBe('Onboarding journal: j.ndjson, 1 email to 1 user');
    expect(journalSummary({ ...read, path: 'j.ndjson' }, LABELS.fr.record)).toBe("Journal d'intégration\u00a0: j.ndjson, 1 courrier électronique à 1 utilisateur");
    const error = await usageError(readJournalHistory(join(scratch.dir, 'missing.ndjson'), 'reminders'));
    expect(error.message).toMatch(/: no such file \(the record command creates it/);
  });
});

describe('openJournalAppender', () => {
  it('creates the file, and each append is one write of the whole line followed by a sync', async () => {
    const path = join(scratch.dir, 'created.ndjson');
    const probe = await open(scratch.write('probe', ''), 'r');
    const prototype = Object.getPrototypeOf(probe) as { write: () => unknown; datasync: () => unknown };
    await probe.close();
    const writes = vi.spyOn(prototype, 'write');
    const syncs = vi.spyOn(prototype, 'datasync');
    const appender = await openJournalAppender(path, 'record');
    expect(appender.created).toBe(true);
    await appender.append(ANA);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(syncs).toHaveBeenCalledTimes(1);
    await appender.appendAll([BEN, { ...BEN, email: 'reminder', at: '2026-11-24T09:00:00+01:00' }]);
    expect(writes).toHaveBeenCalledTimes(3);
    expect(syncs).toHaveBeenCalledTimes(2);
    await appender.close();
    expect(readFileSync(path, 'utf8')).toBe(
      `${line(ANA)}${line(BEN)}{"userId":"ben@corp.example","at":"2026-11-24T09:00:00+01:00","email":"reminder"}\n`,
    );
  });

  it('appends after what is there, and a whole last line without its newline gets one first', async () => {
    const path = journal(`${line(ANA)}${JSON.stringify(BEN)}`);
    const appender = await openJournalAppender(path);
    expect(appender.created).toBe(false);
    expect(appender.repaired).toBeUndefined();
    await appender.append({ ...ANA, email: 'reminder' });
    await appender.close();
    expect(readFileSync(path, 'utf8')).toBe(`${line(ANA)}${line(BEN)}${line({ ...ANA, email: 'reminder' })}`);
  });

  it('a last line cut short is cut off, and said so with its line and text', async () => {
    const path = journal(`${line(ANA)}${line(BEN)}{"userId":"cleo@corp.exa`);
    const appender = await openJournalAppender(path, 'record');
    expect(appender.repaired).toEqual({ line: 3, text: '{"userId":"cleo@corp.exa' });
    await appender.append({ ...BEN, userId: 'cleo@corp.example' });
    await appender.close();
    expect(readFileSync(path, 'utf8')).toBe(`${line(ANA)}${line(BEN)}${line({ ...BEN, userId: 'cleo@corp.example' })}`);
  });

  it('a disk full mid-way is a usage error naming the journal, and the next opening removes the line cut short', async () => {
    const path = journal(line(ANA));
    const probe = await open(scratch.write('probe-full', ''), 'r');
    const prototype = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<{ bytesWritten: number }> };
    await probe.close();
    const real = prototype.write;
    let calls = 0;
    vi.spyOn(prototype, 'write').mockImplementation(async function (this: unknown, ...args: unknown[]) {
      calls += 1;
      if (calls === 1) return real.apply(this, args);
      if (calls === 2) {
        // Half of the second line reaches the file, then the disk is full.
        const [buffer, offset, length, position] = args as [Buffer, number, number, null];
        await real.call(this, buffer, offset, Math.floor(length / 2), position);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      throw new Error('not reached');
    });
    const appender = await openJournalAppender(path, 'record');
    const error = await usageError(appender.appendAll([BEN, { ...BEN, userId: 'cleo@corp.example' }, { ...BEN, userId: 'dan@corp.example' }]));
    expect(error.message).toBe(`--journal ${path}: cannot append to it: no space left on the disk (ENOSPC)`);
    await appender.close();
    vi.restoreAllMocks();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`${line(ANA)}${line(BEN)}{"userId":"cleo@corp.e`)).toBe(true);
    expect(text.endsWith('\n')).toBe(false);
    const again = await openJournalAppender(path, 'record');
    expect(again.repaired?.line).toBe(3);
    await again.close();
    expect(readFileSync(path, 'utf8')).toBe(`${line(ANA)}${line(BEN)}`);
  });

  it('a missing folder is not created: a usage error names it', async () => {
    const folder = join(scratch.dir, 'no', 'such');
    const error = await usageError(openJournalAppender(join(folder, 'journal.ndjson'), 'record'));
    expect(error.message).toBe(`--journal ${join(folder, 'journal.ndjson')}: cannot create it: no such folder ${folder}`);
    expect(error.command).toBe('record');
  });

  it('a UTF-16 journal is refused rather than garbled with UTF-8 lines', async () => {
    const path = journal(Buffer.from(`\ufeff${line(ANA)}`, 'utf16le'));
    const error = await usageError(openJournalAppender(path, 'record'));
    expect(error.message).toBe(`--journal ${path}: the file is UTF-16; save it as UTF-8 to append to it`);
    expect(readFileSync(path)).toEqual(Buffer.from(`\ufeff${line(ANA)}`, 'utf16le'));
  });

  it('an entry that is not valid is refused before anything is written', async () => {
    const path = journal(line(ANA));
    const appender = await openJournalAppender(path);
    await expect(appender.append({ ...ANA, at: 'yesterday' })).rejects.toThrow(/at/);
    await appender.close();
    expect(readFileSync(path, 'utf8')).toBe(line(ANA));
  });

  it('a folder given as the journal is refused by name', async () => {
    const folder = join(scratch.dir, 'a-folder');
    mkdirSync(folder);
    const error = await usageError(openJournalAppender(folder, 'record'));
    expect(error.message).toMatch(new RegExp(`^--journal ${folder}: cannot open it: `));
  });
});

describe('the journal put into the users', () => {
  const history = historyFromJournal([ANA, { ...ANA, email: 'reminder', at: '2026-11-24T09:00:00Z' }]);
  const paid = (id: string, more: Record<string, unknown> = {}): Record<string, unknown> => ({ id, license: 'paid', hasSignedIn: false, ...more });

  it('gives a user the journal knows its history, and leaves the others untouched', () => {
    const check = journalChecker(history);
    const ben = paid('ben@corp.example');
    expect(check(ben, 0)).toEqual({ ok: true, value: ben });
    const ana = check(paid('ana@corp.example'), 1);
    expect(ana).toEqual({
      ok: true,
      value: expect.objectContaining({ invitedAt: '2026-11-20T09:00:00Z', lastEmailedAt: '2026-11-24T09:00:00Z', remindersSent: 1 }),
    });
  });

  it('a user whose own history disagrees is refused naming both; a later user with its id is its duplicate', () => {
    const check = journalChecker(history);
    const refused = check(paid('ana@corp.example', { invitedAt: '2026-11-01T09:00:00Z' }), 3);
    expect(refused).toEqual({
      ok: false,
      issues: [{ path: ['invitedAt'], message: "is 2026-11-01T09:00:00Z but the journal's first email is 2026-11-20T09:00:00Z" }],
    });
    const again = check(paid('ana@corp.example'), 5);
    expect(again).toMatchObject({ ok: false, duplicateOf: 3 });
  });

  it('a value that is not a valid snapshot goes through as it is, for the batch to report', () => {
    const check = journalChecker(history);
    const bad = { id: 'ana@corp.example', license: 'gold' };
    expect(check(bad, 0)).toEqual({ ok: true, value: bad });
    expect(check(undefined, 1)).toEqual({ ok: true, value: undefined });
  });

  it('applyJournal: refused users become undefined, and their invalid items carry the journal issues', () => {
    const values = [paid('ben@corp.example'), paid('ana@corp.example', { remindersSent: 3 })];
    const applied = applyJournal(values, history);
    expect(applied.values[0]).toBe(values[0]);
    expect(applied.values[1]).toBeUndefined();
    expect(applied.item({ index: 1, issues: [{ path: [], message: 'whatever the batch said' }] })).toEqual({
      index: 1,
      issues: [{ path: ['remindersSent'], message: 'is 3 but the journal holds 1 reminder' }],
    });
    const untouched = { index: 0, issues: [{ path: ['id'], message: 'x' }] } as const;
    expect(applied.item(untouched)).toBe(untouched);
    expect(applyJournal(values, undefined).values).toBe(values);
  });
});
