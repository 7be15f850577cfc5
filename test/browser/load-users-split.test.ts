// The page's worker splits CSV texts itself when csv-parse would read them as plain or regularly
// quoted cells, and hands any other text whole to csv-parse: these watch csv-parse's `parse` to
// check which way each text went, so that a split that never ran (or a text read twice) fails
// here and not only in the timings. Run in Node, with the browser suite.
import fc from 'fast-check';
import { parse } from 'csv-parse/browser/esm/sync';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readUsersFromText } from '../../src/formats';
import { readText } from '../../examples/preview-page/src/load-users';

vi.mock('csv-parse/browser/esm/sync', async (importOriginal) => {
  const actual = await importOriginal<typeof import('csv-parse/browser/esm/sync')>();
  return { ...actual, parse: vi.fn(actual.parse) };
});

const HEADER = 'id,license,previousLicense,hasSignedIn,invitedAt';
const QUOTED_HEADER = '"id","license","previousLicense","hasSignedIn","invitedAt"';

/** What `readText` gives for `text`, and how many times it called csv-parse to get it. */
function read(text: string): { input: ReturnType<typeof readText>; parses: number } {
  vi.mocked(parse).mockClear();
  const input = readText(text);
  return { input, parses: vi.mocked(parse).mock.calls.length };
}

describe("the page's CSV split", () => {
  beforeEach(() => {
    vi.mocked(parse).mockClear();
  });

  it.each([
    ['a plain file', `${HEADER}\nu1,paid,,false,\nu2,free,,TRUE,\n`],
    ['every cell quoted', `${QUOTED_HEADER}\r\n"u1","paid","","false",""\r\n"u2","free","","TRUE","2026-05-01T08:30:00Z"\r\n`],
    [
      'quoted ids holding commas, doubled quotes and line breaks',
      `${HEADER}\n"Doe, ""Jo""",paid,,false,\n"u\r\n2",free,,true,\n"u\r3",free,,true,\n""`,
    ],
    ['a byte order mark then a quoted header', `\ufeff${QUOTED_HEADER}\n"u1",paid,,false,\n`],
  ])('splits %s without csv-parse, as readUsersFromText reads it', (_, text) => {
    const { input, parses } = read(text);
    expect(parses).toBe(0);
    expect(input).toEqual(readUsersFromText(text));
  });

  it.each([
    ['a closing quote followed by text', `${HEADER}\n"u1"x,paid,,false,\nu2,paid,,false,\n`],
    ['a quote inside an unquoted cell', `${HEADER}\n"u1",paid,,fa"lse,\n`],
    ['a quote never closed', `${HEADER}\n"u1",paid,,false,\n"u2,paid,,false,\n`],
    ['an irregular last row after regular ones', `${QUOTED_HEADER}\n"u1","paid","","false",""\n"u2","paid","","false","" \n`],
    ['a lone surrogate', `${HEADER}\n"u1\ud800",paid,,false,\n`],
  ])('reads %s through csv-parse, once, as readUsersFromText reads it', (_, text) => {
    const { input, parses } = read(text);
    expect(parses).toBe(1);
    expect(input).toEqual(readUsersFromText(text));
  });

  const HUB = 'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Basic Messaging,Webex Meetings Suite';

  it.each([
    ["Control Hub's export", `\ufeff${HUB}\r\nana@example.com,Ana,Doe,"Doe, Ana",Active,TRUE,FALSE\r\nbo@example.com,Bo,Li,Bo Li,Invite Pending,TRUE,TRUE\r\n`],
    ["Control Hub's export without quotes", `${HUB}\nana@example.com,Ana,Doe,Ana Doe,Not Verified,TRUE,FALSE\n`],
    ["Control Hub's export, every cell quoted", `"User ID/Email (Required)","User Status","Basic Messaging"\n"ana@example.com","Active","TRUE"\n`],
  ])('splits %s without csv-parse, as readUsersFromText reads it', (_, text) => {
    const { input, parses } = read(text);
    expect(parses).toBe(0);
    expect(input.ok && input.format).toBe('control-hub');
    expect(input).toEqual(readUsersFromText(text));
  });

  it("reads Control Hub's export with a space after a closing quote through csv-parse, once", () => {
    const text = `${HUB}\nana@example.com,Ana,Doe,"Doe, Ana" ,Active,TRUE,FALSE\nbo@example.com,Bo,Li,Bo Li,Active,TRUE,TRUE\n`;
    const { input, parses } = read(text);
    expect(parses).toBe(1);
    expect(input).toEqual(readUsersFromText(text));
  });

  it("splits every regularly quoted Control Hub export without csv-parse", () => {
    // Rows of the export's cells, the names quoted or not (a quoted one may hold a comma, a
    // doubled quote or a line break), cut by one record delimiter of any kind.
    const delimiter = fc.constantFrom('\n', '\r\n', '\r');
    const name = fc.oneof(
      fc.constantFrom('Ana', 'Doe', 'Ana Doe', ''),
      fc.constantFrom('Doe, Ana', 'Ana "Jo" Doe', 'Doe\nAna', 'Ana').map((text) => `"${text.replaceAll('"', '""')}"`),
    );
    const row = fc
      .tuple(
        fc.constantFrom('ana@example.com', '"bo@example.com"', 'cy'),
        fc.array(name, { minLength: 3, maxLength: 3 }),
        fc.constantFrom('Active', 'Invite Pending', 'Not Verified', 'Inactive', '"Active"'),
        fc.array(fc.constantFrom('TRUE', 'FALSE', '', '"TRUE"'), { minLength: 0, maxLength: 3 }),
      )
      .map(([id, names, status, services]) => [id, ...names, status, ...services].join(','));
    fc.assert(
      fc.property(fc.constantFrom('', '\ufeff'), delimiter, fc.array(row, { maxLength: 8 }), fc.boolean(), (bom, lineBreak, rows, last) => {
        const text = `${bom}${[HUB, ...rows].join(lineBreak)}${last ? lineBreak : ''}`;
        const { input, parses } = read(text);
        expect(parses).toBe(0);
        expect(input.ok && input.format).toBe('control-hub');
        expect(input).toEqual(readUsersFromText(text));
      }),
      { numRuns: 500, interruptAfterTimeLimit: 30_000 },
    );
  });

  it('splits every regularly quoted text without csv-parse', () => {
    // Rows of cells, each quoted (doubled quotes, commas and line breaks inside) or without any
    // quote, cut by one record delimiter of any kind: nothing csv-parse would read otherwise.
    const delimiter = fc.constantFrom('\n', '\r\n', '\r');
    const quoted = fc
      .array(fc.constantFrom('u1', '"', ',', '\n', '\r\n', '\r', ' ', 'é', '😀'), { maxLength: 6 })
      .map((parts) => `"${parts.join('').replaceAll('"', '""')}"`);
    const cell = fc.oneof(quoted, fc.constantFrom('u1', 'paid', 'false', '', ' ', 'é', '😀', 'a\tb'));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    const start = fc.constantFrom('', '\ufeff');
    const header = fc.constantFrom(HEADER, QUOTED_HEADER);
    fc.assert(
      fc.property(start, header, delimiter, rows, fc.boolean(), (bom, head, lineBreak, cells, last) => {
        const text = `${bom}${[head, ...cells.map((row) => row.join(','))].join(lineBreak)}${last ? lineBreak : ''}`;
        const { input, parses } = read(text);
        expect(parses).toBe(0);
        expect(input).toEqual(readUsersFromText(text));
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 30_000 },
    );
  });
});
