// The page's worker reads CSV and NDJSON with the formats entry's row readers, to say how far it
// is; these check that it reads every file exactly as readUsersFromText does (run in Node, with
// the browser suite).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUsersFromText } from '../../src/formats';
import { readCsv, readText } from '../../examples/preview-page/src/load-users';

const HEADER = 'id,license,previousLicense,hasSignedIn,invitedAt';
const QUOTED_HEADER = '"id","license","previousLicense","hasSignedIn","invitedAt"';

const ODD_FILES: readonly [string, string][] = [
  ['a plain CSV', `${HEADER}\nu1,paid,,false,\nu2,free,,TRUE,2026-05-01T08:30:00Z\n`],
  ['a byte order mark and CRLF', `\ufeff${HEADER}\r\nu1,paid,,false,\r\nu2,free,,true,\r\n`],
  ['a quoted cell over two lines, then a row', `${HEADER}\n"u\r\n1",paid,,false,\nu2,paid,,false,\n`],
  ['a stray quote inside a cell', `${HEADER}\nu1,paid,,fa"lse,\nu2,paid,,false,\n`],
  ['a quote never closed', `${HEADER}\nu1,paid,,false,\n"u2,paid,,false,\nu3,paid,,false,\n`],
  ['blank lines and a short row', `${HEADER}\n\nu1,paid\n\n  \nu2,paid,,false,\n`],
  ['a header with an unknown column', 'id,licence,previousLicense,hasSignedIn,invitedAt\nu1,paid,,false,\n'],
  ['a header quote never closed', '"id,license\nu1,paid\n'],
  ['every cell quoted', `${QUOTED_HEADER}\n"u1","paid","","false",""\n"u2","free","","TRUE","2026-05-01T08:30:00Z"\n`],
  [
    'quoted cells holding a comma, doubled quotes and line breaks of every kind',
    `${HEADER}\n"u,1",paid,,false,\n"u""2""",paid,,false,\n"u\n3",paid,,false,\n"u\r\n4",paid,,false,\n"u\r5","pa""""id",,false,\n"""",paid,,false,\n`,
  ],
  [
    'a quoted header cell holding a line break before any record delimiter',
    '"id","lic\nense",previousLicense,hasSignedIn,invitedAt\r\nu1,paid,,false,\r\n',
  ],
  ['a quoted header cell holding a line feed, then a lone carriage return as the delimiter', '"id\n","license"\r"u1",paid\r\n'],
  ['a quoted empty cell at the end, with a final line break', `${HEADER}\nu1,paid,,false,""\n""\n`],
  ['a quoted empty cell at the end, without a final line break', `${HEADER}\nu1,paid,,false,""\n""`],
  ['a last row ending in a quoted cell, without a final line break', `${HEADER}\nu1,paid,,false,"2026-05-01T08:30:00Z"`],
  ['a last row ending in a comma, without a final line break', `${HEADER}\n"u1",paid,,false,`],
  ['a closing quote followed by a space', `${HEADER}\n"u1" ,paid,,false,\nu2,paid,,false,\n`],
  ['a closing quote followed by text', `${HEADER}\n"u1"x,paid,,false,\nu2,paid,,false,\n`],
  ['a closing quote followed by a lone carriage return, the delimiter a line feed', `${HEADER}\n"u1",paid,,false,"x"\r\nu2,paid,,false,\n`],
  ['a closing quote followed by a lone carriage return, the delimiter CRLF', `${HEADER}\r\n"u1",paid,,false,"x"\r"u2",paid,,false,\r\n`],
  ['a quote inside an unquoted cell after quoted ones', `${HEADER}\n"u1","paid",,fa"lse,\nu2,paid,,false,\n`],
  ['a quote closed only at the end of the text', `${HEADER}\n"u1",paid,,false,\n"u2,paid,,false,\nu3"`],
  ['CRLF with quoted cells', `${QUOTED_HEADER}\r\n"u1","paid","","false",""\r\n"u\r\n2",paid,,"TRUE",\r\n\r\n"u3",free,,false,""\r\n`],
  ['lone carriage returns with quoted cells', `${HEADER}\r"u1","paid",,false,\r"u\n2",paid,,false,\r\n"u3",paid,,false,\r`],
  ['a byte order mark then a quoted first cell', `\ufeff${QUOTED_HEADER}\n"u1",paid,,false,\n`],
  ['two byte order marks then a quoted first cell', `\ufeff\ufeff${QUOTED_HEADER}\n"u1",paid,,false,\n`],
  ['quoted cells and a lone surrogate', `${HEADER}\n"u1\ud800",paid,,false,\n`],
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

  it('reads any text built of quoted cells and CSV pieces as readUsersFromText does', () => {
    // Cells quoted as a spreadsheet quotes them (doubled quotes, commas and line breaks inside),
    // unquoted cells, and now and then a raw quote, a doubled one or a quote in mid-cell; cells
    // end at commas or at line breaks of every kind, of which only the first outside quotes is
    // the record delimiter. Most texts are regular (read by the page's own split), the others go
    // through csv-parse.
    const start = fc.constantFrom('', '\ufeff', '\ufeff\ufeff');
    const header = fc.constantFrom(HEADER, QUOTED_HEADER, '"id","lic\nense",previousLicense,hasSignedIn,invitedAt', '"id\r"');
    const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '');
    const quoted = fc
      .array(fc.constantFrom('u1', 'paid', '"', '""', ',', '\n', '\r\n', '\r', ' ', 'é', '😀'), { maxLength: 6 })
      .map((parts) => `"${parts.join('').replaceAll('"', '""')}"`);
    const cell = fc.oneof(
      { weight: 4, arbitrary: quoted },
      { weight: 4, arbitrary: fc.constantFrom('u1', 'paid', 'false', 'TRUE', '', ' ', 'é', '😀', '2026-05-01T08:30:00Z') },
      { weight: 1, arbitrary: fc.constantFrom('"', '""', 'fa"lse', ' "', '\ufeff', '\ud800', '\u0000') },
    );
    const after = fc.constantFrom(',', ',', ',', '\n', '\r\n', '\r', '');
    fc.assert(
      fc.property(start, header, lineBreak, fc.array(fc.tuple(cell, after), { maxLength: 30 }), (first, head, lineBreak, cells) => {
        const text = `${first}${head}${lineBreak}${cells.map(([value, end]) => value + end).join('')}`;
        expect(readText(text)).toEqual(readUsersFromText(text));
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 30_000 },
    );
  });

  it('says how far it is in a quoted file as a csv-parse reading does, never going back', () => {
    // A few rows repeated past two reports, some with line breaks in quoted cells, and maybe one
    // irregular row (a closing quote followed by text), anywhere or last, which sends the whole
    // text back through csv-parse after some reports. Each run reads 66,000 rows three or four
    // times, so there are few runs.
    const row = fc.constantFrom(
      '"u","paid","","false",""',
      '"u\r\nx",paid,,false,',
      'u,"free","","TRUE","2026-05-01T08:30:00Z"',
      '"u\n\nx",paid,,false,""',
      '',
      '"u,1"',
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('none', 'somewhere', 'last'),
        fc.nat(65_999),
        (rows, lineBreak, irregular, where) => {
          const lines: string[] = Array.from({ length: 66_000 }, (_, index) => rows[index % rows.length]!);
          if (irregular !== 'none') lines[irregular === 'last' ? lines.length - 1 : where] = '"u"x,paid,,false,';
          const text = `${QUOTED_HEADER}${lineBreak}${lines.join(lineBreak)}${lineBreak}`;
          const split: [number, number][] = [];
          const parsed: [number, number][] = [];
          const input = readCsv(text, (done, total) => split.push([done, total]));
          expect(input).toEqual(readCsv(text, (done, total) => parsed.push([done, total]), { split: false }));
          expect(split).toEqual(parsed);
          expect(split.length).toBeGreaterThanOrEqual(3);
          for (let index = 1; index < split.length; index += 1) expect(split[index]![0]).toBeGreaterThan(split[index - 1]![0]);
        },
      ),
      { numRuns: 6, interruptAfterTimeLimit: 40_000 },
    );
  }, 120_000);

  it('says how far it is every 32,768 rows of a quoted file, by the lines the rows start on', () => {
    // Each row spans two lines (a CRLF inside its quoted id): the 32,768th record is the
    // 32,767th row, on line 65,534.
    const rows = Array.from({ length: 70_000 }, (_, index) => `"u${index}\r\nx","paid","","false",""`);
    const reports: [number, number][] = [];
    const input = readText(`${QUOTED_HEADER}\n${rows.join('\n')}\n`, (done, total) => reports.push([done, total]));
    expect(input.ok && input.format === 'csv' && input.records.map((record) => record.location)).toEqual(
      rows.map((_, index) => ({ kind: 'line', line: 2 + 2 * index })),
    );
    expect(reports).toEqual([
      [65_534, 140_002],
      [131_070, 140_002],
      [140_002, 140_002],
    ]);
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
