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
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? cut(segment) : `.${cut(segment)}`;
  }
  return out;
}

/** A text cut to its first 40 characters, with an ellipsis where it was cut. */
function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Describes a received value in a few characters, for error messages. Never throws, never
 * prints more than a short excerpt of a long string.
 */
export function describeValue(value: unknown): string {
  try {
    const type = typeof value;
    return type === 'string'
      ? JSON.stringify(cut(value as string))
      : value == null || type === 'number' || type === 'boolean'
        ? String(value)
        : type === 'bigint'
          ? `${value as bigint}n`
          : type !== 'object'
            ? `a ${type}` // a symbol, a function
            : Array.isArray(value)
              ? 'an array'
              : 'an object';
  } catch {
    return 'an unreadable value';
  }
}
