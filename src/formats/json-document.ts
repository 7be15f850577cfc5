import type { SourceRecord } from './source-record';

/** A JSON document read whole: the users of a JSON array, or a People API page to map. */
export type JsonDocument =
  | { readonly ok: true; readonly format: 'json'; readonly records: readonly SourceRecord[] }
  | { readonly ok: true; readonly format: 'webex-people'; readonly page: object }
  | { readonly ok: false; readonly message: string };

/**
 * Parses a whole JSON input: an array of snapshots, or a People API page (an object holding an
 * `items` array). Anything else is refused with a sentence that says what was expected.
 *
 * @internal
 */
export function readJsonDocument(text: string): JsonDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the input is not valid JSON (${reason})` };
  }
  if (Array.isArray(value)) {
    return {
      ok: true,
      format: 'json',
      records: value.map((item: unknown, index) => ({ location: { kind: 'index', index } as const, value: item })),
    };
  }
  if (typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items)) {
    return { ok: true, format: 'webex-people', page: value };
  }
  return {
    ok: false,
    message: 'the input is JSON but neither an array of users nor a People API page ({ "items": [...] })',
  };
}
