import { escapeControlCharacters } from '../formats/escape';
import { describeValue } from '../input/issue';
import { markChecked } from './checked';
import { JOURNAL_ENTRY_KEYS, parseJournalEntry, type JournalEntry } from './entry';
import { parseInstant, type Issues } from './main-entry';

/**
 * One valid entry of a journal, with the line it was read from (1-based).
 *
 * @example
 * const line: JournalLine = { line: 3, entry: { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' } };
 */
export interface JournalLine {
  /** The number of the line the entry was read from, counting from 1. */
  readonly line: number;
  /** The entry, parsed: its known fields only (frozen, as `readJournal` gives it). */
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
 * The keys {@link entryOfJson} reads: a value Object.prototype held under one would be read as
 * the line's own.
 */
const KEYS = /* @__PURE__ */ (JOURNAL_ENTRY_KEYS as readonly string[]).concat('callee');

/**
 * True when nothing added to Object.prototype can change what a parsed JSON object's fields
 * read as, so that {@link entryOfJson} may read them directly. When a library has polluted it,
 * every line goes through `parseJournalEntry`, which reads own fields only.
 */
function prototypeIsClean(): boolean {
  return !KEYS.some((key) => Object.hasOwn(Object.prototype, key)) && !Object.hasOwn(Object.prototype, Symbol.toStringTag);
}

/**
 * The entry a value from `JSON.parse` holds, marked as checked, when it is a valid entry;
 * `undefined` otherwise, and `parseJournalEntry` then says why (or, for an object with a key
 * `callee`, decides). This is `parseJournalEntry` for the one kind of value a journal line
 * gives, a plain record of own data fields, so it reads each field once and directly, with no
 * look-alike check; the journal tests hold the two to the same results.
 */
function entryOfJson(value: unknown): JournalEntry | undefined {
  // JSON.parse gives a record, an array, a primitive or null: only a record holds a userId.
  const { userId, at, email, status, messageId, reply, callee } = (value ?? {}) as Record<string, unknown>;
  if (typeof userId !== 'string' || userId === '' || callee !== undefined) return undefined;
  if (email !== 'activation' && email !== 'reminder') return undefined;
  // Null for anything but an instant, a string or not.
  const instant = parseInstant(at as string);
  if (instant === null) return undefined;
  if (status !== undefined && status !== 'sending' && status !== 'sent' && status !== 'failed') return undefined;
  if ((messageId !== undefined && typeof messageId !== 'string') || (reply !== undefined && typeof reply !== 'string')) return undefined;
  // A fresh object of the known fields, in table order, as parseJournalEntry makes it (keeping
  // the parsed object itself when it holds just those was measured slower: telling so costs more
  // than the object).
  const entry: { -readonly [K in keyof JournalEntry]: JournalEntry[K] } = { userId, at: at as string, email };
  if (status !== undefined) entry.status = status;
  if (messageId !== undefined) entry.messageId = messageId;
  if (reply !== undefined) entry.reply = reply;
  return markChecked(entry, instant);
}

/**
 * Reads the text of an onboarding journal: NDJSON, one entry per line. Lines are numbered from
 * 1, every line counted; blank lines are skipped, a line may end with CRLF, and a byte order
 * mark at the start is ignored. A line that is not JSON, or not a valid entry, goes to
 * `invalid` with its number and issues; the other lines are read all the same. Never throws on
 * any text.
 *
 * Each entry given is frozen and known to `historyFromJournal` and `uncertainSends` as checked,
 * so they take it as it is (given alone or in a line object of the caller's own making) rather
 * than checking it again; a copy of it, or any other entry, is checked as any input is.
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
  const fast = prototypeIsClean();
  // Line by line without splitting the text first (a journal of a million lines would be a
  // million strings held at once); a byte order mark at the start is not part of line 1.
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 1; start <= text.length; line += 1) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const source = text.slice(start, end);
    start = end + 1;
    if (source.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      // The parser's message quotes the text it stopped at, which comes from the file.
      const reason = escapeControlCharacters(error instanceof Error ? error.message : String(error));
      invalid.push({ line, issues: [{ path: [], message: `is not valid JSON (${reason})` }] });
      continue;
    }
    const entry = fast ? entryOfJson(value) : undefined;
    if (entry !== undefined) {
      entries.push({ line, entry });
      continue;
    }
    const parsed = parseJournalEntry(value);
    // A valid entry is marked as checked, so that the batch functions do not check it again.
    if (parsed.ok) entries.push({ line, entry: markChecked(parsed.value, parseInstant(parsed.value.at)!) });
    else invalid.push({ line, issues: parsed.issues });
  }
  return { entries, invalid };
}
