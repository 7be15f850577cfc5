import type { Issue } from './issue';

/**
 * Reports every key of `input` that is not in `known`, as an issue on that key, so that a
 * misspelt option is named rather than silently ignored: `is not a setting; the known settings
 * are autoSendActivationEmails and meetingsIncluded`. Every own key counts, a Symbol or a
 * non-enumerable one too (a Symbol is named as `Symbol(description)`). Never throws: a Proxy
 * whose keys cannot be listed is an issue on the empty path.
 *
 * @internal
 */
export function reportUnknownKeys(
  input: object,
  known: readonly string[],
  noun: { readonly one: string; readonly many: string },
  issues: Issue[],
): void {
  let keys: (string | symbol)[];
  try {
    // Two lists rather than Reflect.ownKeys, which V8 builds several times slower.
    keys = [...Object.getOwnPropertyNames(input), ...Object.getOwnPropertySymbols(input)];
  } catch {
    issues.push({ path: [], message: 'its keys could not be listed (listing them threw an error)' });
    return;
  }
  for (const key of keys) {
    if (!known.includes(key as string)) {
      issues.push({ path: [String(key)], message: `is not ${noun.one}; the known ${noun.many} are ${listed(known)}` });
    }
  }
}

/** `a and b`, `a, b and c`: every list of known keys holds two or more. */
function listed(items: readonly string[]): string {
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
