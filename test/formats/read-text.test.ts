// Reading a whole input in memory, as the preview page does: every format, every record placed.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { csvRowReader, detectInputFormat, readControlHubHeader, readCsvHeader, readUsersFromText, recordFromCsvRow } from '../../src/formats';
import { planActivation, parseUserSnapshot } from '../../src/index';
import { SAMPLE_USERS } from '../../src/formats';

const users = [
  { id: 'a', license: 'free', hasSignedIn: true },
  { id: 'b', license: 'paid', previousLicense: 'free', hasSignedIn: false, invitedAt: null },
  { id: 'c', license: 'paid', hasSignedIn: false, invitedAt: '2026-10-05T08:30:00-04:00' },
];

describe('detectInputFormat', () => {
  it.each([
    ['[{"id":"a"}]', 'json'],
    ['  \n\n[\n  {"id": "a"}\n]', 'json'],
    ['{"id":"a","license":"free","hasSignedIn":true}\n{"id":"b"}', 'ndjson'],
    ['{"items":[{"id":"P1"}],"notFoundIds":[]}', 'webex-people'],
    ['{\n  "items": []\n}', 'webex-people'],
    ['\ufeffid,license,previousLicense,hasSignedIn,invitedAt\n', 'csv'],
    ['id,license,previousLicense,hasSignedIn,invitedAt\r\n', 'csv'],
  ] as const)('%j is %s', (text, format) => {
    expect(detectInputFormat(text)).toEqual({ ok: true, format });
  });

  it('an empty input is no format', () => {
    expect(detectInputFormat(' \n \r\n')).toEqual({ ok: false, message: 'the input is empty: it holds no users' });
  });
});

describe('readUsersFromText', () => {
  it('gives the same users from JSON, NDJSON and CSV, each with where it came from', () => {
    const json = readUsersFromText(JSON.stringify(users));
    const ndjson = readUsersFromText(users.map((user) => JSON.stringify(user)).join('\n'));
    const csv = readUsersFromText(
      '\ufeffid,license,previousLicense,hasSignedIn,invitedAt\r\na,free,,TRUE,\r\nb,paid,free,false,\r\nc,paid,,false,2026-10-05T08:30:00-04:00\r\n',
    );
    for (const input of [json, ndjson, csv]) {
      if (!input.ok || input.format === 'webex-people') throw new Error('expected records');
      const plan = planActivation({}, input.records.map((record) => record.value));
      expect(plan).toEqual(planActivation({}, users));
    }
    if (!csv.ok || csv.format === 'webex-people') throw new Error('expected records');
    expect(csv.records.map((record) => record.location)).toEqual([2, 3, 4].map((line) => ({ kind: 'line', line })));
    if (!json.ok || json.format === 'webex-people') throw new Error('expected records');
    expect(json.records[2]!.location).toEqual({ kind: 'index', index: 2 });
  });

  it('an empty CSV cell is null, and null fields read as absent ones do', () => {
    const input = readUsersFromText('id,license,previousLicense,hasSignedIn,invitedAt\nb,paid,,false,\n');
    if (!input.ok || input.format === 'webex-people') throw new Error('expected records');
    expect(input.records[0]!.value).toEqual({ id: 'b', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null });
  });

  it('keeps unreadable lines and rows in their place, with the reason', () => {
    const ndjson = readUsersFromText('{"id":"a"}\n\n{oops\n');
    if (!ndjson.ok || ndjson.format === 'webex-people') throw new Error('expected records');
    expect(ndjson.records[1]).toMatchObject({ location: { kind: 'line', line: 3 }, value: undefined });
    expect(ndjson.records[1]!.issues![0].message).toMatch(/^is not valid JSON \(/);

    const csv = readUsersFromText(
      'id,license,hasSignedIn,previousLicense,invitedAt\nu1,paid\n"u2\nsecond line",paid,false,,\nu3,paid,"fa"lse,,\nu4,free,true,,\n"u5,paid,true,,\nu6,free,true,,\n',
    );
    if (!csv.ok || csv.format === 'webex-people') throw new Error('expected records');
    const where = csv.records.map((record) => [record.location.kind === 'line' ? record.location.line : -1, record.issues?.[0]?.message.slice(0, 20)]);
    expect(where).toEqual([
      [2, 'has 2 cells where th'],
      [3, undefined],
      [5, undefined],
      [6, undefined],
      [8, 'is not a well-formed'],
    ]);
    // The stray quote stays in the cell, so the snapshot parser names the field.
    expect(parseUserSnapshot(csv.records[2]!.value)).toMatchObject({ ok: false, issues: [{ path: ['hasSignedIn'] }] });
  });

  it('hands a People API page over whole, for the Webex adapter', () => {
    const input = readUsersFromText('{ "items": [ { "id": "P1" } ] }');
    expect(input).toEqual({ ok: true, format: 'webex-people', page: { items: [{ id: 'P1' }] } });
  });

  it('says why an input is unreadable', () => {
    expect(readUsersFromText('name,email\n')).toMatchObject({ ok: false, message: expect.stringMatching(/unknown column "name"/) });
    expect(readUsersFromText('[1,')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(readUsersFromText('{\n"a": 1\n}')).toMatchObject({ ok: false, message: expect.stringMatching(/neither an array/) });
    expect(readUsersFromText('"id,license,previousLicense,hasSignedIn,invitedAt\nu1,paid,,false,\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the CSV header is not a well-formed CSV row \(Quote Not Closed/),
    });
    expect(readUsersFromText('\n\n')).toMatchObject({ ok: false });
  });
});

describe('CSV pieces', () => {
  it('refuses a duplicate column and names the right spelling of a miscased one', () => {
    expect(readCsvHeader(['id', 'id'])).toEqual({ ok: false, message: 'the CSV header names the column "id" twice' });
    expect(readCsvHeader(['ID', 'license', 'hasSignedIn'])).toMatchObject({ message: expect.stringMatching(/did you mean "id"\?/) });
    expect(readCsvHeader(['id', 'license\u001b[2J'])).toMatchObject({ message: expect.stringContaining('"license\\u001b[2J"') });
  });

  it('reads remindersSent as a whole number, an empty one as not recorded, anything else as text for the parser to refuse', () => {
    const columns = ['id', 'license', 'hasSignedIn', 'remindersSent'] as const;
    expect(recordFromCsvRow(columns, ['u', 'paid', 'false', '2'], 2).value).toEqual({ id: 'u', license: 'paid', hasSignedIn: false, remindersSent: 2 });
    expect(recordFromCsvRow(columns, ['u', 'paid', 'false', ''], 2).value).toEqual({ id: 'u', license: 'paid', hasSignedIn: false });
    const odd = recordFromCsvRow(columns, ['u', 'paid', 'yes', '-1'], 2).value;
    expect(parseUserSnapshot(odd)).toMatchObject({ ok: false, issues: [{ path: ['hasSignedIn'] }, { path: ['remindersSent'] }] });
  });

  it('requires every decision column, and says that an empty cell means none', () => {
    for (const missing of ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt']) {
      const columns = ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'remindersSent'].filter((column) => column !== missing);
      const header = readCsvHeader(columns);
      expect(header, missing).toEqual({ ok: false, message: expect.stringContaining(`lacks the column ${missing}:`) });
      expect(header.ok === false && header.message).toContain('an empty cell in a column means "none"');
    }
    expect(readCsvHeader(['id', 'license', 'hasSignedIn'])).toMatchObject({ message: expect.stringContaining('lacks the columns previousLicense, invitedAt:') });
    expect(readCsvHeader(['invitedAt', 'hasSignedIn', 'previousLicense', 'license', 'id']).ok).toBe(true);
  });

  it('numbers the lines of an Excel file (CRLF) after a quoted cell that spans lines, as an editor does', () => {
    // csv-parse's own count reads the \r\n inside the quotes as two lines; this must not.
    const text = 'id,license,previousLicense,hasSignedIn,invitedAt\r\n"two\r\nlines",paid,,false,\r\n\r\nu2,paid,,maybe,\r\n';
    const input = readUsersFromText(text);
    if (!input.ok || input.format === 'webex-people') throw new Error('expected records');
    expect(input.records.map((record) => record.location)).toEqual([{ kind: 'line', line: 2 }, { kind: 'line', line: 5 }]);
  });
});

describe('csvRowReader', () => {
  const HEADER = ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'remindersSent'];
  const EXPORT = ['User ID/Email (Required)', 'User Status', 'Basic Messaging', 'Webex Meetings Suite', 'Notes'];

  it('reads the rows under a header of snapshot fields as recordFromCsvRow does', () => {
    const reader = csvRowReader(HEADER);
    if (!reader.ok || reader.format !== 'csv') throw new Error('expected a CSV reader');
    expect(reader).not.toHaveProperty('columns');
    for (const cells of [['u1', 'paid', '', 'false', '', '2'], ['u2', 'Paid', 'free', 'TRUE', '2026-05-01T08:30:00Z', 'x'], ['u3']]) {
      expect(reader.record(cells, 7)).toEqual(recordFromCsvRow(HEADER as never, cells, 7));
    }
  });

  it("reads the rows under Control Hub's header as its rows do, with the options given, and tells how its columns were read", () => {
    const options = { ignoredColumns: ['Basic Messaging'], statuses: { Dormant: 'pending' as const } };
    const reader = csvRowReader(EXPORT, options);
    const header = readControlHubHeader(EXPORT, options);
    if (!reader.ok || reader.format !== 'control-hub' || !header.ok) throw new Error('expected an export reader');
    const rows = [
      ['ana@example.com', 'Dormant', 'TRUE', 'TRUE', ''],
      ['ben@example.com', 'Active', 'FALSE', 'FALSE', 'met at a fair'],
      ['cleo@example.com', 'Gone', 'TRUE'],
    ];
    rows.forEach((cells, at) => expect(reader.record(cells, at + 2)).toEqual(header.rows.record(cells, at + 2)));
    expect(reader.columns()).toEqual(header.rows.columns());
    expect(reader.columns().ignored.map((column) => column.column)).toEqual(['Basic Messaging', 'Notes']);
  });

  it('says why a header cannot be read, as the header readers do, and reads options only for an export', () => {
    for (const header of [['id', 'id'], ['id', 'license'], [''], ['ID', 'license', 'hasSignedIn']]) {
      expect(csvRowReader(header, { ignoredColumns: ['Nope'] })).toEqual(readCsvHeader(header));
    }
    for (const [header, options] of [
      [['User ID/Email (Required)', 'Basic Messaging'], undefined],
      [EXPORT, { ignoredColumns: ['Nope'] }],
    ] as const) {
      const refused = csvRowReader(header, options);
      expect(refused).toEqual(readControlHubHeader(header, options));
      expect(refused.ok).toBe(false);
    }
  });
});

describe('the sample org', () => {
  it('is valid, unique, and has every rule row under both settings', () => {
    expect(SAMPLE_USERS.length).toBeGreaterThanOrEqual(30);
    for (const autoSendActivationEmails of [true, false]) {
      const plan = planActivation({ autoSendActivationEmails }, SAMPLE_USERS);
      expect(plan.invalid).toEqual([]);
      expect(new Set(plan.decisions.map((decision) => decision.rule)).size).toBe(5);
    }
    expect(Object.isFrozen(SAMPLE_USERS) && SAMPLE_USERS.every((user) => Object.isFrozen(user))).toBe(true);
  });
});

describe('browser safety', () => {
  it('a bundle of the command line, by contrast, cannot be built for the browser', async () => {
    const attempt = build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'browser', write: false, logLevel: 'silent' });
    await expect(attempt).rejects.toThrow(/node:|fs/);
  });

  it('bundles for the browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: ['src/formats/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/formats/read-text.ts');
    expect(inputs).toContain('src/formats/sample-org.ts');
    expect(inputs.filter((path) => path.startsWith('node:') || !/^(?:src|(?:\.\.\/)*node_modules)\//.test(path))).toEqual([]);
  });
});

describe('an email column', () => {
  it('is read as the address, and an empty cell leaves it out', () => {
    const text = 'id,license,previousLicense,hasSignedIn,invitedAt,email\nu1,paid,,false,,ana@example.com\nu2,free,,false,,\n';
    const input = readUsersFromText(text);
    if (!input.ok || input.format !== 'csv') throw new Error('expected a CSV of snapshots');
    const values = input.records.map((record) => record.value);
    expect(values).toEqual([
      { id: 'u1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null, email: 'ana@example.com' },
      { id: 'u2', license: 'free', previousLicense: null, hasSignedIn: false, invitedAt: null },
    ]);
  });
});
