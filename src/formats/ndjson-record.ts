import type { SourceRecord } from './source-record';

/**
 * Reads one NDJSON line (already known to hold more than white space) as a raw record. A line
 * that is not JSON gets an issue saying so, with the parser's own words, so that the caller can
 * report it with its line number and go on with the next line.
 *
 * @internal
 */
export function recordFromNdjsonLine(text: string, line: number): SourceRecord {
  const location = { kind: 'line', line } as const;
  try {
    return { location, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { location, value: undefined, issues: [{ path: [], message: `is not valid JSON (${reason})` }] };
  }
}
