/** ANSI styles for the table. Every styled word is also plain text: colour never carries meaning alone. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly red: (text: string) => string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

export function styleFor(colour: boolean): Style {
  if (!colour) return { bold: plain, dim: plain, yellow: plain, green: plain, cyan: plain, red: plain };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    red: wrap(31, 39),
  };
}

/**
 * The length of the longest text, or `atLeast`: a loop, not `Math.max(...texts)`, since a
 * spread of a list as long as an org passes every element on the call stack and overflows it
 * at about 100,000 users.
 */
export function widest(texts: Iterable<string>, atLeast = 0): number {
  let width = atLeast;
  for (const text of texts) if (text.length > width) width = text.length;
  return width;
}
