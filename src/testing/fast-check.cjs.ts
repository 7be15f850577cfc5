import type * as FastCheck from 'fast-check';
import { missingFastCheck } from './fast-check-missing';

// The CommonJS form of `./fast-check` (the build picks it for dist/testing.cjs): CommonJS has
// no top-level await, and `require` loads fast-check synchronously there.
declare const require: (id: string) => unknown;

let loaded: typeof FastCheck;
try {
  loaded = require('fast-check') as typeof FastCheck;
} catch (cause) {
  loaded = missingFastCheck(cause);
}

/** fast-check, or a stand-in whose every use throws an error that names the missing package. */
export const fc: typeof FastCheck = loaded;
