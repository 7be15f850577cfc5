/**
 * One problem found in an input: where it is and what is wrong with it.
 *
 * `path` leads from the value that was passed in to the bad field; it is empty when the value
 * itself is wrong (for example `null` where an object was expected).
 *
 * @example
 * const issue: Issue = { path: ['invitedAt'], message: 'must be a real instant ...' };
 */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A list of issues that holds at least one. */
export type Issues = readonly [Issue, ...Issue[]];

/**
 * True when a list holds at least one issue: narrows it to {@link Issues}.
 *
 * @internal
 */
export function hasIssues(issues: readonly Issue[]): issues is Issues {
  return issues.length > 0;
}

/**
 * The issues of a value nested under `key`, each path led by it: the issues of a `context`
 * argument become `context.meetingsIncluded`.
 *
 * @internal
 */
export function nestIssues(key: string | number, issues: Issues): Issues {
  const nest = (issue: Issue): Issue => ({ path: [key, ...issue.path], message: issue.message });
  const [first, ...rest] = issues;
  return [nest(first), ...rest.map(nest)];
}

/**
 * The result of a parser that never throws: the parsed value, or every issue found at once.
 *
 * @example
 * const result: ParseResult<number> = { ok: false, issues: [{ path: [], message: 'must be a number' }] };
 * if (!result.ok) result.issues[0].message;
 * //=> 'must be a number'
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: Issues };

/**
 * Writes a path the way a reader looks for it: `invitedAt`, `items[3].licenses`, or `(root)`.
 *
 * @example
 * formatPath(['items', 3, 'licenses'])
 * //=> 'items[3].licenses'
 * formatPath(['x'.repeat(1_000_000)]).length
 * //=> 41
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    // A key is data too (an unknown setting's name): cut a huge one as describeValue cuts values.
    const key = typeof segment === 'string' && segment.length > 40 ? `${segment.slice(0, 40)}…` : segment;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * Describes a received value in a few characters, for error messages. Never throws, never
 * prints more than a short excerpt of a long string.
 */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    if (typeof value === 'string') {
      const excerpt = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(excerpt);
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value === 'bigint') return `${String(value)}n`;
    if (typeof value === 'symbol') return 'a symbol';
    if (typeof value === 'function') return 'a function';
    if (Array.isArray(value)) return 'an array';
    return 'an object';
  } catch {
    return 'an unreadable value';
  }
}
