// File formats: the edges a Stryker run over src/formats found untested once its fast paths and
// type tests that could not fail were taken out (a line break counted by indexOf, a carriage
// return inside an NDJSON string, a JSON document that is no object, a column ignored for a reason
// or for its first value, a decoder fed its first bytes one at a time).
import { describe, expect, it } from 'vitest';
import { CsvLines, InputDecoder, readControlHubHeader, readJsonDocument, readUsersFromText } from '../../src/formats/index';

const HEADER = 'id,license,previousLicense,hasSignedIn,invitedAt';

describe('CSV line numbers, line breaks counted in each cell', () => {
  it('counts every LF, every CRLF once and every lone CR, wherever it stands in the cell', () => {
    const cases: [string, number][] = [
      ['a', 0],
      ['a\nb', 1],
      ['a\n\nb\n', 3],
      ['x\r\n', 1],
      ['x\r\ny\r\nz', 2],
      ['x\r', 1],
      ['x\r\r', 2],
      ['p\rq\r', 2],
      ['x\r\r\n', 2],
      ['x\n\r', 2],
      ['a\r\n\nb', 2],
    ];
    for (const [cell, breaks] of cases) {
      const lines = new CsvLines();
      expect(lines.place([cell]), JSON.stringify(cell)).toBe(1);
      expect(lines.place(['next']), JSON.stringify(cell)).toBe(2 + breaks);
    }
  });

  it('adds up the breaks of every cell of a row', () => {
    const lines = new CsvLines();
    expect(lines.place(['a\nb', 'c', 'd\r\ne\rf'])).toBe(1);
    expect(lines.place(['x'])).toBe(5);
  });

  it('numbers the rows after cells with several breaks of each kind as an editor does', () => {
    const text = `${HEADER}\n"a\r\nb\rc\nd",paid,,false,\nu2,free,,true,\n`;
    const input = readUsersFromText(text);
    expect(input.ok && input.format === 'csv' && input.records.map((record) => record.location.kind === 'line' && record.location.line)).toEqual([2, 6]);
  });
});

describe('CSV cells', () => {
  it('keys each cell by its own column, the last one too', () => {
    const input = readUsersFromText(`${HEADER},remindersSent,email\nu1,free,paid,TRUE,2026-10-05T08:30:00Z,2,ana@example.com\n`);
    expect(input.ok && input.format === 'csv' && input.records[0]!.value).toEqual({
      id: 'u1',
      license: 'free',
      previousLicense: 'paid',
      hasSignedIn: true,
      invitedAt: '2026-10-05T08:30:00Z',
      remindersSent: 2,
      email: 'ana@example.com',
    });
  });
});

describe('NDJSON lines', () => {
  it('drops only the carriage return that ends a line: one inside a string is a JSON error', () => {
    const input = readUsersFromText('{"id":"u0"}\r\n{"id":"u\r1","license":"paid"}\r\n{"id":"u2"}\r\n');
    if (!input.ok || input.format !== 'ndjson') throw new Error('expected NDJSON');
    expect(input.records).toHaveLength(3);
    expect(input.records[0]).toEqual({ location: { kind: 'line', line: 1 }, value: { id: 'u0' } });
    expect(input.records[1]!.location).toEqual({ kind: 'line', line: 2 });
    expect(input.records[1]!.value).toBeUndefined();
    expect(input.records[1]!.issues).toHaveLength(1);
    expect(input.records[1]!.issues![0]!.message).toMatch(/^is not valid JSON/);
    expect(input.records[2]).toEqual({ location: { kind: 'line', line: 3 }, value: { id: 'u2' } });
  });
});

describe('a whole JSON document that is neither an array nor an object', () => {
  it('is refused with the sentence that says what was expected, null first', () => {
    const refusal = {
      ok: false,
      message: 'the input is JSON but neither an array of users nor a People API page ({ "items": [...] })',
    };
    for (const text of ['null', ' null ', '5', '"items"', 'true', '{}', '{"items":{}}']) expect(readJsonDocument(text), text).toEqual(refusal);
    expect(readJsonDocument('{"items":[]}')).toEqual({ ok: true, format: 'webex-people', page: { items: [] } });
  });
});

describe("Control Hub's ignored columns", () => {
  it('say the reason the header gave, or the first value that decided them, never both', () => {
    const header = readControlHubHeader(
      ['User ID/Email (Required)', 'User Status', 'Department', 'Cost Center', 'Call Service Aware', 'First Name', 'Notes'],
      { ignoredColumns: ['Department'] },
    );
    if (!header.ok) throw new Error(header.message);
    header.rows.record(['ana@example.com', 'Active', 'Sales', 'C-1', 'TRUE', 'Ana', 'TRUE'], 2);
    header.rows.record(['bo@example.com', 'Active', 'Sales', '', 'TRUE', 'Bo', 'FALSE'], 3);
    const columns = header.rows.columns();
    expect(columns.status).toBe('User Status');
    expect(columns.paidServices).toEqual(['Notes']);
    expect(columns.ignored).toEqual([
      { column: 'Department', reason: 'option' },
      { column: 'Cost Center', reason: 'not-boolean', value: 'C-1', line: 2 },
      { column: 'Call Service Aware', reason: 'entitlement' },
      { column: 'First Name', reason: 'text' },
    ]);
  });
});

describe('the decoder, fed its first bytes a few at a time', () => {
  it('holds them until it can tell the encoding, then decodes them with the rest', () => {
    const bytes = new TextEncoder().encode('\ufeffid,zoé');
    const decoder = new InputDecoder();
    const texts = [...bytes].map((byte, at) => decoder.decode(new Uint8Array([byte]), at === bytes.length - 1));
    expect(texts.slice(0, 2)).toEqual([
      { ok: true, text: '' },
      { ok: true, text: '' },
    ]);
    expect(texts.every((text) => text.ok)).toBe(true);
    expect(texts.map((text) => (text.ok ? text.text : '')).join('')).toBe('id,zoé');
  });

  it('reads UTF-16 whose mark comes in two chunks, and drops the mark only at the start', () => {
    const decoder = new InputDecoder();
    expect(decoder.decode(new Uint8Array([0xfe]), false)).toEqual({ ok: true, text: '' });
    expect(decoder.decode(new Uint8Array([0xff, 0x00]), false)).toEqual({ ok: true, text: '' });
    expect(decoder.decode(new Uint8Array([0x69, 0xfe, 0xff, 0x00, 0x64]), true)).toEqual({ ok: true, text: 'i\ufeffd' });
    const utf8 = new InputDecoder();
    expect(utf8.decode(new TextEncoder().encode('\ufeff\ufeffid'), true)).toEqual({ ok: true, text: '\ufeffid' });
  });

  it('refuses bytes that are not UTF-8 rather than replacing them', () => {
    const decoder = new InputDecoder();
    expect(decoder.decode(new Uint8Array([0x69, 0x64, 0xc3]), true).ok).toBe(false);
    expect(new InputDecoder().decode(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), true).ok).toBe(false);
  });
});
