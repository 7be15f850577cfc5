// Every C0 and C1 control character, and DEL: what a terminal may act on rather than print.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Writes every control character of `text` as an escape (`\n`, `\t`, `\u001b`...), so that a
 * value quoted in a message, which may come from a file, can neither move the cursor, colour a
 * terminal, nor break a one-line report over several lines.
 *
 * @example
 * escapeControlCharacters('line\u001b[2Jnext\nrow')
 * //=> 'line\\u001b[2Jnext\\nrow'
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
