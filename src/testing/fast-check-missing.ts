import type * as FastCheck from 'fast-check';

/** What a use of an arbitrary says when fast-check is not installed. */
export const FAST_CHECK_MISSING =
  'activation-email-policy/testing: the arbitraries (arb*) need fast-check, an optional peer ' +
  'dependency of activation-email-policy that is not installed; install it beside the package ' +
  '(npm install --save-dev fast-check, version 3 or 4). The builders work without it.';

/**
 * Stands in for fast-check when loading it failed: the kit still loads, so the builders work,
 * and the first use of an arbitrary throws an error that says which package to install (the
 * loader's own error is its `cause`).
 */
export function missingFastCheck(cause: unknown): typeof FastCheck {
  return new Proxy({} as typeof FastCheck, {
    get() {
      throw new Error(FAST_CHECK_MISSING, { cause });
    },
  });
}
