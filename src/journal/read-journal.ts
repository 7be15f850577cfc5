import { escapeControlCharacters } from '../formats/escape';
import { describeValue } from '../input/issue';
import { parseJournalEntry, type JournalEntry } from './entry';
import type { Issues } from './main-entry';

/**
 * One valid entry of a journal, with the line it was read from (1-based).
 *
 * @example
 * const line: JournalLine = { line: 3, entry: { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' } };
 */
export interface JournalLine {
  /** The number of the line the entry was read from, counting from 1. */
  readonly line: number;
  /** The entry, parsed: its known fields only. */
  readonly entry: JournalEntry;
}

/**
 * A journal read line by line: the valid entries in file order, and every line that could not
 * be read, with its number and its issues.
 *
 * @example
 * const read: JournalRead = { entries: [], invalid: [{ line: 2, issues: [{ path: [], message: 'is not valid JSON' }] }] };
 */
export interface JournalRead {
  /** The valid entries, in file order, each with its line number. */
  readonly entries: readonly JournalLine[];
  /** Every line that is not JSON or not a valid entry, in file order, with its number and issues. */
  readonly invalid: readonly { readonly line: number; readonly issues: Issues }[];
}

/**
 * Reads the text of an onboarding journal: NDJSON, one entry per line. Lines are numbered from
 * 1, every line counted; blank lines are skipped, a line may end with CRLF, and a byte order
 * mark at the start is ignored. A line that is not JSON, or not a valid entry, goes to
 * `invalid` with its number and issues; the other lines are read all the same. Never throws on
 * any text.
 *
 * @throws TypeError when `text` is not a string.
 * @example
 * const read = readJournal('{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation"}\r\n\r\n{"userId":"u1"\n');
 * read.entries
 * //=> [{ line: 1, entry: { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' } }]
 * read.invalid.map((bad) => bad.line)
 * //=> [3]
 */
export function readJournal(text: string): JournalRead {
  const entries: JournalLine[] = [];
  const invalid: { line: number; issues: Issues }[] = [];
  if (typeof text !== 'string') throw new TypeError(`a journal must be read from text (received ${describeValue(text)})`);
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const source = lines[index]!;
    if (source.trim() === '') continue;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      // The parser's message quotes the text it stopped at, which comes from the file.
      const reason = escapeControlCharacters(error instanceof Error ? error.message : String(error));
      invalid.push({ line, issues: [{ path: [], message: `is not valid JSON (${reason})` }] });
      continue;
    }
    const parsed = parseJournalEntry(value);
    if (parsed.ok) entries.push({ line, entry: parsed.value });
    else invalid.push({ line, issues: parsed.issues });
  }
  return { entries, invalid };
}
