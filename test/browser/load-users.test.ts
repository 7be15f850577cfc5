// The page's worker reads CSV and NDJSON with the formats entry's row readers, to say how far it
// is; these check that it reads every file exactly as readUsersFromText does (run in Node, with
// the browser suite).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTROL_HUB_STATUSES,
  DEFAULT_ENTITLEMENT_COLUMNS,
  DEFAULT_FREE_SERVICES,
  DEFAULT_TEXT_COLUMNS,
  readUsersFromText,
  type ControlHubOptions,
} from '../../src/formats';
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

const HUB = 'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Basic Messaging,Webex Meetings Suite';

const ODD_EXPORTS: readonly [string, string][] = [
  ['an export', `${HUB}\nana@example.com,Ana,Doe,Ana Doe,Active,TRUE,FALSE\nbo@example.com,Bo,Li,Bo Li,Invite Pending,TRUE,TRUE\n`],
  [
    'quoted names holding commas and doubled quotes',
    `${HUB}\nana@example.com,Ana,Doe,"Doe, Ana",Active,TRUE,FALSE\nbo@example.com,"Bo ""B""",Li,"Li, Bo ""B""",Not Verified,TRUE,TRUE\n`,
  ],
  ['CRLF', `${HUB}\r\nana@example.com,Ana,Doe,"Doe, Ana",Active,TRUE,FALSE\r\nbo@example.com,Bo,Li,Bo Li,Pending,TRUE,TRUE\r\n`],
  ['a byte order mark', `\ufeff${HUB}\r\nana@example.com,Ana,Doe,Ana Doe,Active,TRUE,FALSE\r\n`],
  ['a byte order mark then a quoted header', `\ufeff"User ID/Email (Required)","User Status","Basic Messaging"\n"ana@example.com","Active","TRUE"\n`],
  [
    'columns decided by their first value on a later row',
    'User ID/Email (Required),User Status,Basic Messaging,Webex Calling,Cost Center,Webex Meetings Suite,Advanced Messaging\n' +
      'ana@example.com,Active,TRUE,,,,\nbo@example.com,Active,TRUE,, ,,\ncy@example.com,Active,TRUE,TRUE,Sales,,\ndi@example.com,Active,TRUE,FALSE,TRUE,maybe,\n',
  ],
  [
    'bad and odd statuses',
    `${HUB}\nana@example.com,Ana,Doe,Ana Doe,Inactive,TRUE,FALSE\nbo@example.com,Bo,Li,Bo Li,,TRUE,TRUE\ncy@example.com,Cy,Ng,Cy Ng, active ,TRUE,TRUE\ndi@example.com,Di,Ro,Di Ro,NOT VERIFIED,TRUE,TRUE\n`,
  ],
  ['short and long rows', `${HUB}\nana@example.com,Ana,Doe\nbo@example.com,Bo,Li,Bo Li,Active,TRUE,TRUE,extra\ncy@example.com,Cy,Ng,Cy Ng,Active,TRUE,TRUE\n`],
  ['bad ids and services', `${HUB}\n,Ana,Doe,Ana Doe,Active,TRUE,FALSE\nbo,Bo,Li,Bo Li,Active,TRUE,TRUE\ncy@example.com,Cy,Ng,Cy Ng,Active,FALSE,FALSE\ndi@example.com,Di,Ro,Di Ro,Active,t, F \nem@example.com,Em,Ka,Em Ka,Active,yes,TRUE\n`],
  ['a closing quote followed by a space (read by csv-parse)', `${HUB}\nana@example.com,Ana,Doe,"Doe, Ana" ,Active,TRUE,FALSE\nbo@example.com,Bo,Li,Bo Li,Active,TRUE,TRUE\n`],
  ['a quote in mid-cell (read by csv-parse)', `${HUB}\nana@example.com,Ana,Doe,Ana "Jo" Doe,Active,TRUE,FALSE\nbo@example.com,Bo,Li,Bo Li,Active,TRUE,TRUE\n`],
  ['a quote never closed (read by csv-parse)', `${HUB}\nana@example.com,Ana,Doe,"Doe, Ana,Active,TRUE,FALSE\nbo@example.com,Bo,Li,Bo Li,Active,TRUE,TRUE\n`],
  ['a name over two lines in quotes', `${HUB}\r\nana@example.com,Ana,Doe,"Doe,\r\nAna",Active,TRUE,FALSE\r\nbo@example.com,Bo,Li,Bo Li,Active,TRUE,TRUE\r\n`],
  ['blank lines before the header and between rows', `\n  \n${HUB}\n\nana@example.com,Ana,Doe,Ana Doe,Active,TRUE,FALSE\n\n\nbo@example.com,Bo,Li,Bo Li,Active,TRUE,TRUE\n\n`],
  ['a header only', `${HUB}\n`],
  ['a header without the status column', 'User ID/Email (Required),Basic Messaging\nana@example.com,TRUE\n'],
  ['a header naming a column twice', 'User ID/Email (Required),User Status,Basic Messaging, basic messaging\nana@example.com,Active,TRUE,TRUE\n'],
  [
    "a header whose first line (a quoted name over two lines) hides the export's id column",
    '"First\nName","User ID/Email (Required)",User Status,Basic Messaging\nAna,ana@example.com,Active,TRUE\n',
  ],
  ['a plain CSV header naming the id column in a later record', 'id,license,previousLicense,hasSignedIn,invitedAt\nUser ID/Email (Required),paid,,false,\n'],
  ['a last row without a line break, its last cell quoted', `${HUB}\nana@example.com,Ana,Doe,Ana Doe,Active,TRUE,"FALSE"`],
];

/** Control Hub's export of the sample org, and an older one. */
const SAMPLE_EXPORTS = ['control-hub-export.csv', 'control-hub-export-previous.csv'].map(
  (name) => [name, readFileSync(new URL(`../../examples/sample/${name}`, import.meta.url), 'utf8')] as [string, string],
);

describe("the page's reader of Control Hub's export", () => {
  it.each([...ODD_EXPORTS, ...SAMPLE_EXPORTS])('reads %s as readUsersFromText does', (_, text) => {
    expect(readText(text)).toEqual(readUsersFromText(text));
  });

  it('reads a well-formed export as the export, with its columns', () => {
    const input = readText(ODD_EXPORTS[5]![1]);
    expect(input.ok && input.format === 'control-hub' && input.columns).toEqual({
      id: 'User ID/Email (Required)',
      status: 'User Status',
      freeServices: ['Basic Messaging'],
      paidServices: ['Webex Calling'],
      ignored: [
        { column: 'Cost Center', reason: 'not-boolean', value: 'Sales', line: 4 },
        { column: 'Webex Meetings Suite', reason: 'not-boolean', value: 'maybe', line: 5 },
      ],
      empty: ['Advanced Messaging'],
    });
  });

  it.each<[string, ControlHubOptions]>([
    ['a status mapped and services moved', { statuses: { Inactive: 'active' }, freeServices: ['Webex Meetings Suite'], ignoredColumns: ['Basic Messaging'] }],
    ['a paid service named in another case', { paidServices: [' basic messaging '] }],
    ['a column that is not in the export', { ignoredColumns: ['Cost Centre'] }],
    ['a column given two meanings', { freeServices: ['Webex Meetings Suite'], paidServices: ['Webex Meetings Suite'] }],
    ['a previous export', { previous: new Map([['ana@example.com', 'free' as const]]) }],
  ])('reads an export with options (%s) as readUsersFromText does', (_, controlHub) => {
    const text = `${HUB}\r\nAna@example.com,Ana,Doe,"Doe, Ana",Active,TRUE,TRUE\r\nbo@example.com,Bo,Li,Bo Li,Inactive,TRUE,FALSE\r\n`;
    expect(readText(text, undefined, { controlHub })).toEqual(readUsersFromText(text, { controlHub }));
    expect(readCsv(text, undefined, { controlHub })).toEqual(readUsersFromText(text, { controlHub }));
  });

  it('reads any generated export as readUsersFromText does', () => {
    // A header of the id and status columns (sometimes without the latter) among known columns
    // (free services, entitlements, text) and others, in any order; rows of services held or not,
    // empty, odd or text cells, statuses known and not, ids good and bad, each cell quoted or
    // not (a quoted one may hold a comma, a doubled quote or a line break), rows short or long,
    // blank lines; sometimes options naming some of the columns.
    const others = ['Webex Meetings Suite', 'Webex Calling - Professional', 'Advanced Messaging', 'Cost Center', 'Webex Calling'];
    const known = [...DEFAULT_FREE_SERVICES, ...DEFAULT_ENTITLEMENT_COLUMNS.slice(0, 3), ...DEFAULT_TEXT_COLUMNS.slice(0, 5), ...others];
    const header = fc
      .tuple(fc.subarray(known, { minLength: 1, maxLength: 7 }), fc.boolean(), fc.nat(), fc.nat())
      .map(([columns, status, idAt, statusAt]) => {
        const names = [...columns];
        names.splice(idAt % (names.length + 1), 0, 'User ID/Email (Required)');
        if (status) names.splice(statusAt % (names.length + 1), 0, 'User Status');
        return names;
      });
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('TRUE', 'FALSE', '') },
      { weight: 2, arbitrary: fc.constantFrom(...Object.keys(DEFAULT_CONTROL_HUB_STATUSES), 'Inactive', ' active ') },
      { weight: 2, arbitrary: fc.constantFrom('ana@example.com', 'Bo@Example.com', 'bo', ' ') },
      { weight: 2, arbitrary: fc.constantFrom('T', 'f', ' true ', 'yes', 'Doe, Ana', 'Jo "J" Li', 'a\nb', 'é', '😀') },
    );
    const cell = fc.tuple(value, fc.boolean()).map(([text, quoted]) => {
      if (quoted) return `"${text.replaceAll('"', '""')}"`;
      return text.replaceAll(',', ' ').replaceAll('\n', ' ');
    });
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.array(cell, { minLength: 1, maxLength: 10 }).map((cells) => cells.join(',')) },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', 'ana@example.com,"Doe, Ana" ,Active', 'x"y,TRUE') },
    );
    const options = fc.option(
      fc.record(
        {
          freeServices: fc.subarray(others),
          paidServices: fc.subarray([...DEFAULT_FREE_SERVICES]),
          ignoredColumns: fc.subarray(['Cost Center', 'Webex Calling']),
          statuses: fc.constantFrom<NonNullable<ControlHubOptions['statuses']>>({}, { Inactive: 'active' }, { Active: 'pending' }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('', '\ufeff'),
        header,
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.array(row, { maxLength: 12 }),
        fc.boolean(),
        options,
        (bom, names, quotedHeader, lineBreak, rows, last, controlHub) => {
          const head = names.map((name) => (quotedHeader || name.includes(',') ? `"${name}"` : name)).join(',');
          const text = `${bom}${[head, ...rows].join(lineBreak)}${last ? lineBreak : ''}`;
          const expected = readUsersFromText(text, { controlHub });
          expect(readText(text, undefined, { controlHub })).toEqual(expected);
        },
      ),
      { numRuns: 1000, interruptAfterTimeLimit: 30_000 },
    );
  });

  it('says how far it is in a big export every 32,768 rows, never going back, and ends at the total', () => {
    // CRLF, every fifth display name quoted for its comma, as the export writes them.
    const rows = Array.from({ length: 70_000 }, (_, index) => {
      const display = index % 5 === 0 ? `"Doe, U${index}"` : `U${index} Doe`;
      const status = index % 3 === 0 ? 'Active' : index % 3 === 1 ? 'Invite Pending' : 'Not Verified';
      return `user${index}@example.com,U${index},Doe,${display},${status},TRUE,${index % 4 === 0 ? 'FALSE' : 'TRUE'}`;
    });
    const text = `\ufeff${HUB}\r\n${rows.join('\r\n')}\r\n`;
    const reports: [number, number][] = [];
    const input = readText(text, (done, total) => reports.push([done, total]));
    expect(input).toEqual(readUsersFromText(text));
    expect(input.ok && input.format === 'control-hub' && input.records.length).toBe(70_000);
    // 70,002 lines: the header, the rows, and the empty one after the last line break.
    expect(reports).toEqual([
      [32_768, 70_002],
      [65_536, 70_002],
      [70_002, 70_002],
    ]);
    // The same reports as a csv-parse reading.
    const parsed: [number, number][] = [];
    expect(readCsv(text.slice(1), (done, total) => parsed.push([done, total]), { split: false })).toEqual(input);
    expect(parsed).toEqual(reports);
  });

  it('says how far it is in a big export read again by csv-parse, never going back', () => {
    // An irregular row (a space after a closing quote) past the first report sends the whole
    // text back through csv-parse.
    const rows = Array.from({ length: 70_000 }, (_, index) => `user${index}@example.com,U,Doe,"Doe, U",Active,TRUE,TRUE`);
    rows[50_000] = 'user50000@example.com,U,Doe,"Doe, U" ,Active,TRUE,TRUE';
    const text = `${HUB}\n${rows.join('\n')}\n`;
    const reports: [number, number][] = [];
    const input = readText(text, (done, total) => reports.push([done, total]));
    expect(input).toEqual(readUsersFromText(text));
    expect(reports.at(-1)).toEqual([70_002, 70_002]);
    for (let index = 1; index < reports.length; index += 1) expect(reports[index]![0]).toBeGreaterThan(reports[index - 1]![0]);
    expect(reports.map(([done]) => done)).toEqual([32_768, 65_536, 70_002]);
  });
});
