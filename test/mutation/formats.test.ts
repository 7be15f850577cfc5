// File formats: what test/formats leaves unsaid and the command line and the preview page still
// show their users (the command-line suites see it too, but through the built dist/cli.js, which
// a mutant never reaches). Written against a Stryker run over src/formats.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/index';
import {
  CLI_WORDS,
  CsvLines,
  decodeText,
  describeLocation,
  detectInputFormat,
  duplicateIssue,
  escapeControlCharacters,
  firstContentLine,
  PAGE_WORDS,
  malformedCsvRow,
  readCsvHeader,
  readJsonDocument,
  readUsersFromText,
  recordFromCsvRow,
  recordFromNdjsonLine,
  SAMPLE_ORG_NAME,
  SAMPLE_USERS,
} from '../../src/formats/index';

const HEADER = 'id,license,previousLicense,hasSignedIn,invitedAt';

describe('the CSV header', () => {
  it('trims names, lists the known columns for an unknown one, and names the right spelling of a miscased one', () => {
    expect(readCsvHeader([' id ', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt'])).toEqual({
      ok: true,
      columns: ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt'],
    });
    expect(readCsvHeader(['id', 'plan'])).toEqual({
      ok: false,
      message:
        'the CSV header has an unknown column "plan": the known columns are id, license, previousLicense, hasSignedIn, invitedAt, lastEmailedAt, remindersSent, email (a CSV input starts with the header id,license,previousLicense,hasSignedIn,invitedAt)',
    });
    expect(readCsvHeader(['ID'])).toMatchObject({ message: expect.stringContaining(': did you mean "id"? (a CSV input') });
  });

  it('says "column" for one missing column and "columns" for several', () => {
    const lacks = (cells: string[]) => (readCsvHeader(cells) as { message: string }).message;
    expect(lacks(['id', 'license', 'previousLicense', 'hasSignedIn'])).toMatch(/^the CSV header lacks the column invitedAt: /);
    expect(lacks(['id', 'license', 'previousLicense'])).toMatch(/^the CSV header lacks the columns hasSignedIn, invitedAt: /);
  });
});

describe('a CSV row', () => {
  const columns = ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'remindersSent'] as const;

  it('reads each cell by its column: flags in any case, counts as numbers, empty cells as none', () => {
    expect(recordFromCsvRow(columns, ['u1', 'paid', '', 'TRUE', '', '3'], 4)).toEqual({
      location: { kind: 'line', line: 4 },
      value: { id: 'u1', license: 'paid', previousLicense: null, hasSignedIn: true, invitedAt: null, remindersSent: 3 },
    });
    expect(recordFromCsvRow(columns, ['u1', 'paid', 'free', 'False', '2026-05-01T08:30:00Z', ''], 5).value).toEqual({
      id: 'u1',
      license: 'paid',
      previousLicense: 'free',
      hasSignedIn: false,
      invitedAt: '2026-05-01T08:30:00Z',
    });
    const noCount = recordFromCsvRow(columns, ['u1', 'paid', '', 'false', '', ''], 2).value as object;
    expect(Object.keys(noCount)).not.toContain('remindersSent');
    expect((recordFromCsvRow(columns, ['u1', 'paid', '', 'false', '', '12'], 2).value as { remindersSent: unknown }).remindersSent).toBe(12);
    for (const count of ['3x', 'x3', '1.5', '-1', ' 3']) {
      expect((recordFromCsvRow(columns, ['u1', 'paid', '', 'no', '', count], 2).value as { remindersSent: unknown }).remindersSent).toBe(count);
    }
    expect((recordFromCsvRow(['id', 'hasSignedIn'], ['7', 'yes'], 2).value as object)).toEqual({ id: '7', hasSignedIn: 'yes' });
  });

  it('refuses a row with too few or too many cells, counting them in words', () => {
    expect(recordFromCsvRow(columns, ['u1'], 3)).toEqual({
      location: { kind: 'line', line: 3 },
      value: undefined,
      issues: [{ path: [], message: 'has 1 cell where the header has 6' }],
    });
    expect(recordFromCsvRow(['id'], ['u1', 'paid'], 3).issues).toEqual([{ path: [], message: 'has 2 cells where the header has 1' }]);
  });

  it('says why a malformed row was skipped, escaping what a terminal would act on', () => {
    expect(malformedCsvRow(7, 'Invalid\nquote')).toEqual({
      location: { kind: 'line', line: 7 },
      value: undefined,
      issues: [{ path: [], message: 'is not a well-formed CSV row (Invalid\\nquote)' }],
    });
    expect(malformedCsvRow(7, undefined).issues![0]!.message).toBe('is not a well-formed CSV row (unreadable)');
  });
});

describe('CSV line numbers', () => {
  it('moves past every line break inside cells: LF, CRLF and a lone CR, and skips blank lines', () => {
    const lines = new CsvLines();
    expect(lines.place(['a'])).toBe(1);
    expect(lines.place(['two\nlines', 'x\r\ny', 'z\rw'])).toBe(2);
    expect(lines.place(['a\nb'])).toBe(6);
    expect(lines.place([' '])).toBeUndefined();
    // A blank line is not a record, and still a line.
    expect(lines.place(['', ''])).toBe(9);
    expect(lines.place(['b'])).toBe(10);
  });

  it('after a skipped row, counts on from the line after it, never backwards', () => {
    const lines = new CsvLines();
    lines.place(['a']);
    lines.skippedThrough(5);
    expect(lines.place(['b'])).toBe(6);
    lines.skippedThrough(2);
    expect(lines.place(['c'])).toBe(7);
  });

  it('numbers rows of a whole CSV text as an editor does', () => {
    const text = `${HEADER}\r\n\r\n"a\r\nb",paid,,false,\r\nu2,free,,true,\r\n`;
    const input = readUsersFromText(text);
    expect(input.ok && input.format === 'csv' && input.records.map((record) => record.location)).toEqual([
      { kind: 'line', line: 3 },
      { kind: 'line', line: 5 },
    ]);
    expect(readUsersFromText('\n\n')).toEqual({ ok: false, message: 'the input is empty: it holds no users' });
    expect(readUsersFromText(`${HEADER}\n`)).toEqual({ ok: true, format: 'csv', records: [] });
  });

  it('reports a row csv-parse skips at the line it gives, in order with the rows before it', () => {
    const input = readUsersFromText(`${HEADER}\nu1,paid,,false,\n"u2,paid,,false,\nu3,paid,,false,\n`);
    expect(input.ok && input.format === 'csv' && input.records).toEqual([
      { location: { kind: 'line', line: 2 }, value: { id: 'u1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null } },
      {
        location: { kind: 'line', line: 4 },
        value: undefined,
        issues: [{ path: [], message: expect.stringMatching(/^is not a well-formed CSV row \(Quote Not Closed: .* at line 4\)$/) }],
      },
    ]);
  });
});

describe('NDJSON and JSON', () => {
  it('reads NDJSON lines with CRLF endings and blank lines, numbering lines from 1', () => {
    const input = readUsersFromText('{"id":"a"}\r\n\r\n  \n{"id":"b"}\r\n');
    expect(input).toEqual({
      ok: true,
      format: 'ndjson',
      records: [
        { location: { kind: 'line', line: 1 }, value: { id: 'a' } },
        { location: { kind: 'line', line: 4 }, value: { id: 'b' } },
      ],
    });
  });

  it('says why a line or a document is not JSON, escaping control characters', () => {
    const record = recordFromNdjsonLine('{"id":\u0007}', 2);
    expect(record.location).toEqual({ kind: 'line', line: 2 });
    let parserSays = '';
    try {
      JSON.parse('{"id":\u0007}');
    } catch (error) {
      parserSays = (error as Error).message;
    }
    expect(record.issues).toEqual([{ path: [], message: `is not valid JSON (${escapeControlCharacters(parserSays)})` }]);
    expect(record.issues![0]!.message).not.toMatch(/\u0007/);
    expect(readJsonDocument('[1,')).toEqual({ ok: false, message: expect.stringMatching(/^the input is not valid JSON \(.+\)$/) });
    expect(readJsonDocument('{"items":{}}')).toEqual({
      ok: false,
      message: 'the input is JSON but neither an array of users nor a People API page ({ "items": [...] })',
    });
    expect(readJsonDocument('null').ok).toBe(false);
    expect(readJsonDocument('[{"id":"a"}]')).toEqual({ ok: true, format: 'json', records: [{ location: { kind: 'index', index: 0 }, value: { id: 'a' } }] });
  });

  it('names each kind of location as the admin finds it, and a duplicate by the earlier one', () => {
    expect(describeLocation({ kind: 'line', line: 3 })).toBe('line 3');
    expect(describeLocation({ kind: 'index', index: 0 })).toBe('item 0');
    expect(describeLocation({ kind: 'people-item', index: 2 })).toBe('items[2]');
    expect(duplicateIssue({ kind: 'line', line: 2 })).toEqual({ path: ['id'], message: 'is a duplicate: line 2 already has this id' });
  });
});

describe('telling the format from the first line', () => {
  it.each([
    ['\ufeff[{"id":"a"}]', 'json'],
    ['\r\n  \r\n{"id":"a"}\n', 'ndjson'],
    ['{"items":[]}', 'webex-people'],
    ['{\n  "items": []\n}', 'webex-people'],
    ['[]', 'json'],
    ['"quoted",x', 'csv'],
    ['null', 'csv'],
    ['  {"id":"a"}  ', 'ndjson'],
  ])('%j is %s', (head, format) => {
    expect(detectInputFormat(head)).toEqual({ ok: true, format });
  });

  it('strips a byte order mark at the start only, and a carriage return at the end of the line only', () => {
    expect(detectInputFormat('[1]\ufeff')).toEqual({ ok: true, format: 'json' });
    expect(readUsersFromText('\ufeff[{"id":"a"}]')).toEqual({ ok: true, format: 'json', records: [{ location: { kind: 'index', index: 0 }, value: { id: 'a' } }] });
    expect(firstContentLine('a\rb\r\nc')).toEqual({ text: 'a\rb', complete: true });
  });

  it('gives the first line with content, and whether it ended', () => {
    expect(firstContentLine('\n \r\nabc\r\nrest')).toEqual({ text: 'abc', complete: true });
    expect(firstContentLine('\n\nabc')).toEqual({ text: 'abc', complete: false });
    expect(firstContentLine('\n \n')).toBeUndefined();
    expect(detectInputFormat('\ufeff')).toEqual({ ok: false, message: 'the input is empty: it holds no users' });
  });
});

describe('escapeControlCharacters', () => {
  it('writes line breaks and tabs short, other controls as \\u escapes, and leaves the rest', () => {
    expect(escapeControlCharacters('a\nb\rc\td\u0000e\u001bf\u007fg\u009fh é')).toBe('a\\nb\\rc\\td\\u0000e\\u001bf\\u007fg\\u009fh é');
  });
});

describe('the sample org', () => {
  it('is named, and keeps its mix of users: who signed in, was emailed, converted', () => {
    expect(SAMPLE_ORG_NAME).toBe('Harbour & Pine');
    const mix = new Map<string, number>();
    for (const user of SAMPLE_USERS) {
      const key = `${user.license}/${user.previousLicense ?? '-'}/${user.hasSignedIn ? 'in' : 'out'}/${user.invitedAt ? 'emailed' : 'new'}`;
      mix.set(key, (mix.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries([...mix].sort())).toMatchInlineSnapshot(`
      {
        "free/-/in/new": 1,
        "free/-/out/new": 2,
        "free/free/out/emailed": 1,
        "free/paid/in/new": 1,
        "paid/-/in/emailed": 4,
        "paid/-/in/new": 2,
        "paid/-/out/emailed": 8,
        "paid/-/out/new": 6,
        "paid/free/in/emailed": 1,
        "paid/free/in/new": 1,
        "paid/free/out/emailed": 2,
        "paid/free/out/new": 1,
        "paid/paid/in/emailed": 1,
        "paid/paid/in/new": 1,
        "paid/paid/out/emailed": 2,
        "paid/paid/out/new": 2,
      }
    `);
    const kinds = SAMPLE_USERS.map((user) => decide({ autoSendActivationEmails: false }, user).kind);
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(4);
  });
});

describe('decodeText: the byte order mark decides, and only a whole one', () => {
  const NOT_TEXT = 'the input is not text: save it as UTF-8, or as UTF-16 with a byte order mark ("Unicode text"), and try again';

  it.each([
    ['half a UTF-16LE mark', [0x61, 0xfe, 0x61, 0x00]],
    ['the other half of a UTF-16LE mark', [0xff, 0x61, 0x61, 0x00]],
    ['half a UTF-16BE mark', [0xfe, 0x61, 0x00, 0x61]],
    ['the other half of a UTF-16BE mark', [0x61, 0xff, 0x00, 0x61]],
    ['a UTF-8 mark without its last byte', [0xef, 0xbb, 0x61]],
    ['a UTF-8 mark without its middle byte', [0xef, 0x61, 0xbf]],
    ['a UTF-8 mark without its first byte', [0x61, 0xbb, 0xbf, 0x62]],
    ['the last byte of a UTF-8 mark alone', [0x61, 0x62, 0xbf]],
  ])('refuses %s as not text', (_, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: false, message: NOT_TEXT });
  });

  it('removes one byte order mark, and keeps a second one as text', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: '\ufeffa' });
  });
});

describe('the word catalogues of the command line and the page', () => {
  it('hold English and French', () => {
    for (const words of [CLI_WORDS, PAGE_WORDS]) {
      expect(Object.keys(words)).toEqual(['en', 'fr']);
      expect(words.en).toBeTypeOf('object');
      expect(words.fr).toBeTypeOf('object');
      expect(words.fr).not.toEqual(words.en);
    }
  });
});
