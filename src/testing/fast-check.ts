import type * as FastCheck from 'fast-check';
import { missingFastCheck } from './fast-check-missing';

// fast-check is an optional peer dependency: a static import of it would make the whole kit,
// builders included, fail to load where it is not installed. So it is loaded here, once, and a
// failure is kept for the arbitraries to report when they are used. This is the ES module form
// (top-level await); the CommonJS build swaps in `./fast-check.cjs`, which uses `require`.
let loaded: typeof FastCheck;
try {
  loaded = await import('fast-check');
} catch (cause) {
  loaded = missingFastCheck(cause);
}

/** fast-check, or a stand-in whose every use throws an error that names the missing package. */
export const fc: typeof FastCheck = loaded;
