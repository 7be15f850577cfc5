// The journal file as text: NDJSON, every line counted from 1, blank lines skipped, CRLF and a
// byte order mark read as any editor writes them; a bad line is reported, never thrown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTANT_RULE } from '../../src/input/fields';
import { formatJournalEntry, readJournal, type JournalEntry } from '../../src/journal/index';
import { thrown } from '../support/thrown';

const a: JournalEntry = { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' };
const b: JournalEntry = { userId: 'u2', at: '2026-05-02T08:00:00+02:00', email: 'reminder', status: 'sent' };
const line = (entry: JournalEntry): string => formatJournalEntry(entry);

describe('readJournal', () => {
  it('reads an empty journal as no entries', () => {
    expect(readJournal('')).toStrictEqual({ entries: [], invalid: [] });
    expect(readJournal('\n\n')).toStrictEqual({ entries: [], invalid: [] });
  });

  it('gives each entry its 1-based line number, counting blank lines', () => {
    const text = `${line(a)}\n\n   \n\t\n${line(b)}\n`;
    expect(readJournal(text)).toStrictEqual({ entries: [{ line: 1, entry: a }, { line: 5, entry: b }], invalid: [] });
  });

  it('reads a last line without its newline', () => {
    expect(readJournal(`${line(a)}\n${line(b)}`).entries.map((read) => read.line)).toStrictEqual([1, 2]);
  });

  it('reads CRLF line endings, and blank CRLF lines', () => {
    const text = `${line(a)}\r\n\r\n${line(b)}\r\n`;
    expect(readJournal(text)).toStrictEqual({ entries: [{ line: 1, entry: a }, { line: 3, entry: b }], invalid: [] });
  });

  it('ignores a byte order mark at the start, and keeps line 1 line 1', () => {
    expect(readJournal(`\uFEFF${line(a)}\n`)).toStrictEqual({ entries: [{ line: 1, entry: a }], invalid: [] });
  });

  it('reports a line that is not JSON with its number and the parser\'s words, and reads the rest', () => {
    const read = readJournal(`${line(a)}\n{"userId":"u1",\n${line(b)}\n`);
    expect(read.entries).toStrictEqual([{ line: 1, entry: a }, { line: 3, entry: b }]);
    expect(read.invalid).toHaveLength(1);
    expect(read.invalid[0]!.line).toBe(2);
    expect(read.invalid[0]!.issues).toHaveLength(1);
    expect(read.invalid[0]!.issues[0].path).toStrictEqual([]);
    expect(read.invalid[0]!.issues[0].message).toMatch(/^is not valid JSON \(.+\)$/);
  });

  it('writes control characters of a bad line as escapes in its issue', () => {
    const read = readJournal('\u001b[2J{oops\n');
    expect(read.invalid[0]!.issues[0].message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reports a line that is JSON but not an entry with every issue of the entry', () => {
    const read = readJournal(`${line(a)}\n{"userId":"u3","at":"2026-05-01","email":"invite","extra":1}\n[1,2]\n"text"\n`);
    expect(read.entries).toStrictEqual([{ line: 1, entry: a }]);
    expect(read.invalid).toStrictEqual([
      {
        line: 2,
        issues: [
          { path: ['at'], message: `${INSTANT_RULE} (received "2026-05-01")` },
          { path: ['email'], message: 'must be "activation" or "reminder" (received "invite")' },
        ],
      },
      { line: 3, issues: [{ path: [], message: 'a journal entry must be an object (received an array)' }] },
      { line: 4, issues: [{ path: [], message: 'a journal entry must be an object (received "text")' }] },
    ]);
  });

  it('keeps the entries in file order, duplicates included (the history counts them once)', () => {
    const read = readJournal(`${line(b)}\n${line(a)}\n${line(b)}\n`);
    expect(read.entries.map((entry) => entry.line)).toStrictEqual([1, 2, 3]);
  });

  it('throws a TypeError for a value that is not text', () => {
    const error = thrown(() => readJournal(Buffer.from(line(a)) as unknown as string));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('a journal must be read from text (received an object)');
  });

  it('never throws on any text, and accounts for every non-blank line once', () => {
    const arbLine = fc.oneof(
      fc.string(),
      fc.constantFrom(line(a), line(b), '', ' ', '\r', '{}', 'null', '{"userId":"u1"'),
    );
    fc.assert(
      fc.property(fc.array(arbLine), fc.boolean(), fc.boolean(), (lines, crlf, bom) => {
        const text = `${bom ? '\uFEFF' : ''}${lines.join(crlf ? '\r\n' : '\n')}`;
        const read = readJournal(text);
        const numbers = [...read.entries.map((entry) => entry.line), ...read.invalid.map((bad) => bad.line)].sort((x, y) => x - y);
        const physical = (bom ? text.slice(1) : text).split('\n');
        const expected = physical.flatMap((source, index) => (source.trim() === '' ? [] : [index + 1]));
        expect(numbers).toStrictEqual(expected);
      }),
    );
  });
});
