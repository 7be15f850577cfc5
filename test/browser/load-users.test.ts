// The page's worker reads CSV and NDJSON with the formats entry's row readers, to say how far it
// is; these check that it reads every file exactly as readUsersFromText does (run in Node, with
// the browser suite).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUsersFromText } from '../../src/formats';
import { readText } from '../../examples/preview-page/src/load-users';

const HEADER = 'id,license,previousLicense,hasSignedIn,invitedAt';

const ODD_FILES: readonly [string, string][] = [
  ['a plain CSV', `${HEADER}\nu1,paid,,false,\nu2,free,,TRUE,2026-05-01T08:30:00Z\n`],
  ['a byte order mark and CRLF', `\ufeff${HEADER}\r\nu1,paid,,false,\r\nu2,free,,true,\r\n`],
  ['a quoted cell over two lines, then a row', `${HEADER}\n"u\r\n1",paid,,false,\nu2,paid,,false,\n`],
  ['a stray quote inside a cell', `${HEADER}\nu1,paid,,fa"lse,\nu2,paid,,false,\n`],
  ['a quote never closed', `${HEADER}\nu1,paid,,false,\n"u2,paid,,false,\nu3,paid,,false,\n`],
  ['blank lines and a short row', `${HEADER}\n\nu1,paid\n\n  \nu2,paid,,false,\n`],
  ['a header with an unknown column', 'id,licence,previousLicense,hasSignedIn,invitedAt\nu1,paid,,false,\n'],
  ['a header quote never closed', '"id,license\nu1,paid\n'],
  ['only blank lines', '\n\n'],
  ['NDJSON with a bad line and CRLF', '{"id":"u1","license":"paid","hasSignedIn":false}\r\n{"id":\n\n{"id":"u2"}\n'],
  ['a JSON array', '[{"id":"u1","license":"paid","hasSignedIn":false}]'],
  ['a People API page', '{"items":[]}'],
];

describe("the page's reader", () => {
  it.each(ODD_FILES)('reads %s as readUsersFromText does', (_, text) => {
    expect(readText(text)).toEqual(readUsersFromText(text));
  });

  it('reads any text built of CSV pieces as readUsersFromText does', () => {
    const piece = fc.constantFrom('u1', 'paid', 'free', 'true', 'false', '', ',', '"', '""', '\n', '\r\n', '\r', ' ', '2026-05-01T08:30:00Z', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = `${HEADER}\n${pieces.join('')}`;
        expect(readText(text)).toEqual(readUsersFromText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads any text without quotes (split without csv-parse) as readUsersFromText does', () => {
    // The line break after the header is the record delimiter csv-parse settles on; the others in
    // the rows are then cells' characters or breaks, as it has them. A second byte order mark,
    // astral and lone surrogates (the latter left to csv-parse) too.
    const start = fc.constantFrom('', '\ufeff', '\ufeff\ufeff');
    const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '');
    const piece = fc.constantFrom('u1', 'paid', 'true', 'false', '', ',', '\n', '\r\n', '\r', '\r\r\n', ' ', '2026-05-01T08:30:00Z', 'é', '😀', '\ud800', '\ufeff');
    fc.assert(
      fc.property(start, lineBreak, fc.array(piece, { maxLength: 60 }), (first, lineBreak, pieces) => {
        const text = `${first}${HEADER}${lineBreak}${pieces.join('')}`;
        expect(readText(text)).toEqual(readUsersFromText(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('says how far it is every 32,768 rows, and once at the end', () => {
    const rows = Array.from({ length: 70_000 }, (_, index) => `u${index},paid,,false,`);
    const reports: [number, number][] = [];
    const input = readText(`${HEADER}\n${rows.join('\n')}\n`, (done, total) => reports.push([done, total]));
    expect(input.ok && input.format === 'csv' && input.records.length).toBe(70_000);
    // 70,002 lines: the header, the rows, and the empty one after the last line feed.
    expect(reports).toEqual([
      [32_768, 70_002],
      [65_536, 70_002],
      [70_002, 70_002],
    ]);
    const ndjson: [number, number][] = [];
    readText(rows.map((_, index) => `{"id":"u${index}"}`).join('\n'), (done, total) => ndjson.push([done, total]));
    expect(ndjson).toEqual([
      [32_768, 70_000],
      [65_536, 70_000],
      [70_000, 70_000],
    ]);
  });
});
