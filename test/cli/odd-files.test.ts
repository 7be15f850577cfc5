// Files as they come from spreadsheets, other tools and attackers: encodings, bytes that are not
// text, control characters in values, missing columns, repeated ids, and formulas in ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planActivation, planReminders } from '../../src/index';
import { assertBuilt, runCli, scratchDir } from './support/run-cli';
import { PEOPLE_PAGE, toCsv } from './support/fixtures';

const scratch = scratchDir('aep-cli-odd-');
beforeAll(assertBuilt);
afterAll(() => scratch.cleanup());

const OFF = { autoSendActivationEmails: false, meetingsIncluded: false };
// Any control character but the line feed that ends each line of a report.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const USERS = [
  { id: 'zoé@corp.example', license: 'paid', hasSignedIn: false },
  { id: 'łukasz@corp.example', license: 'paid', previousLicense: 'free', hasSignedIn: false },
  { id: '李@corp.example', license: 'free', hasSignedIn: true },
];

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

function writeBytes(name: string, bytes: Buffer): string {
  return scratch.write(name, bytes);
}

describe('encodings', () => {
  const csv = toCsv(USERS, '\r\n');
  const expected = `${JSON.stringify(planActivation(OFF, USERS), null, 2)}\n`;

  it.each([
    ['UTF-8', Buffer.from(csv, 'utf8')],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')])],
    ['UTF-16 little endian with a byte order mark', utf16(csv, 'le')],
    ['UTF-16 big endian with a byte order mark', utf16(csv, 'be')],
  ])('%s is read alike, from a file and from standard input', async (_, bytes) => {
    const path = writeBytes('users.csv', bytes);
    const fromFile = await runCli(['plan', path, '--auto-send', 'off', '--format', 'json']);
    expect(fromFile).toEqual({ code: 0, stdout: expected, stderr: '' });
    const fromStdin = await runCli(['plan', '-', '--auto-send', 'off', '--format', 'json'], { stdin: bytes });
    expect(fromStdin).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('reads UTF-16 NDJSON, a JSON array and a --licenses file alike', async () => {
    const ndjson = writeBytes('users.ndjson', utf16(USERS.map((user) => JSON.stringify(user)).join('\r\n'), 'le'));
    const json = writeBytes('users.json', utf16(JSON.stringify(USERS), 'be'));
    for (const path of [ndjson, json]) {
      const result = await runCli(['plan', path, '--auto-send', 'off', '--format', 'json']);
      expect(result.stdout, path).toBe(expected);
    }
  });
});

describe('bytes that are not text: exit 2, one line that echoes nothing of the file', () => {
  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['a zip archive (an .xlsx workbook)', Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\u0000\u0000!\u0000', 'latin1')],
    ['UTF-16 without its byte order mark', Buffer.from('id,license,previousLicense,hasSignedIn,invitedAt\r\n', 'utf16le')],
    ['Latin-1 text', Buffer.from('id,license,previousLicense,hasSignedIn,invitedAt\nzo\u00e9,paid,,false,\n', 'latin1')],
    ['a NUL byte late in a UTF-8 file', Buffer.from(`${toCsv(USERS)}${Array.from({ length: 30_000 }, (_, i) => `u${i},paid,,false,\n`).join('')}\u0000\n`, 'utf8')],
  ])('%s', async (_, bytes) => {
    const path = writeBytes('odd.csv', bytes);
    const result = await runCli(['plan', path, '--format', 'ndjson']);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `activation-email-policy plan: ${path}: the input is not text: save it as UTF-8, or as UTF-16 with a byte order mark ("Unicode text"), and try again`,
      'See "activation-email-policy plan --help".',
    ]);
    expect(result.stderr).not.toMatch(CONTROL);
  });

  it('the same from standard input, and for a --licenses file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    const result = await runCli(['plan', '-'], { stdin: png });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'activation-email-policy plan: standard input: the input is not text: save it as UTF-8, or as UTF-16 with a byte order mark ("Unicode text"), and try again',
    );
    const page = scratch.write('people.json', JSON.stringify(PEOPLE_PAGE));
    const licenses = writeBytes('licenses.json', png);
    const withLicenses = await runCli(['plan', page, '--licenses', licenses]);
    expect(withLicenses.code).toBe(2);
    expect(withLicenses.stderr).toContain(`${licenses}: the input is not text`);
  });
});

describe('control characters in what a message quotes are escaped', () => {
  it('in the reports of invalid rows, from every reader', async () => {
    const ndjson = scratch.write(
      'controls.ndjson',
      [
        { id: 'u1', license: 'paid', hasSignedIn: false },
        { id: 'u2', license: 'gold\u001b[2J', hasSignedIn: false },
        { id: 'u3', license: 'paid\u009b31m', hasSignedIn: false },
        { id: 'u4', license: 'paid', hasSignedIn: '\u0007yes\u007f' },
      ]
        .map((user) => JSON.stringify(user))
        .concat('[1,\u001b[2J]')
        .join('\n'),
    );
    const csv = scratch.write('controls.csv', 'id,license,previousLicense,hasSignedIn,invitedAt\nu1,gold\u001b]0;owned\u0007,,false,\nu2,paid\u0085,,false,\n');
    for (const path of [ndjson, csv]) {
      const result = await runCli(['plan', path, '--format', 'ndjson']);
      expect(result.code, path).toBe(1);
      expect(result.stderr, path).not.toMatch(CONTROL);
      expect(result.stderr, path).toMatch(/^line 2: license: .*gold\\u001b/m);
    }
    const ndjsonReport = (await runCli(['plan', ndjson, '--format', 'ndjson'])).stderr;
    expect(ndjsonReport).toMatch(/^line 3: license: .*paid\\u009b31m/m);
    expect(ndjsonReport).toMatch(/^line 4: hasSignedIn: .*\\u0007yes\\u007f/m);
    // A raw control character is not JSON: the parser's message quotes it, escaped here.
    expect(ndjsonReport).toMatch(/^line 5: is not valid JSON \(Unexpected token '\\u001b'/m);
  });

  it('in usage errors: a CSV column, a path, a flag value', async () => {
    const header = await runCli(['plan', scratch.write('header.csv', 'id,license\u001b[31m,previousLicense,hasSignedIn,invitedAt\n')]);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('unknown column "license\\u001b[31m"');
    const path = await runCli(['plan', 'no\u001b[2Jsuch.csv']);
    expect(path.stderr).toContain('cannot read no\\u001b[2Jsuch.csv: no such file');
    const flag = await runCli(['plan', '--sample', '--auto-send', 'o\u009bn']);
    expect(flag.stderr).toContain('--auto-send takes on or off, not "o\\u009bn"');
    for (const result of [header, path, flag]) {
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(2);
      expect(result.stderr).not.toMatch(CONTROL);
    }
  });
});

describe('a CSV header must hold every decision column', () => {
  it.each(['invitedAt', 'previousLicense', 'id', 'license', 'hasSignedIn'])('without %s: refused, exit 2, the column named', async (missing) => {
    const columns = ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt'].filter((column) => column !== missing);
    const path = scratch.write('short.csv', `${columns.join(',')}\n${columns.map(() => '').join(',')}\n`);
    const result = await runCli(['plan', path, '--auto-send', 'off']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      `activation-email-policy plan: ${path}: the CSV header lacks the column ${missing}: a CSV input starts with the header ` +
        'id,license,previousLicense,hasSignedIn,invitedAt, in any order, and an empty cell in a column means "none" (no previous licence, never invited)',
    );
  });

  it('a header with a quote never closed is named as the header, not as an empty input', async () => {
    const path = scratch.write('open-quote.csv', '"id,license,previousLicense,hasSignedIn,invitedAt\nu1,paid,,false,\n');
    const result = await runCli(['plan', path, '--auto-send', 'off']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(
      new RegExp(`^activation-email-policy plan: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the CSV header is not a well-formed CSV row \\(Quote Not Closed`),
    );
  });

  it('with every column, an empty cell means none', async () => {
    const path = scratch.write('empty-cells.csv', 'invitedAt,previousLicense,id,hasSignedIn,license\n,,u1,false,paid\n');
    const result = await runCli(['plan', path, '--auto-send', 'off', '--format', 'ndjson']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ userId: 'u1', kind: 'manual-required', trigger: 'new-user' });
  });
});

describe('a repeated id names the earlier row where the file names its rows', () => {
  const ana = { id: 'ana', license: 'paid', hasSignedIn: false };
  const ben = { id: 'ben', license: 'free', hasSignedIn: false };

  it('NDJSON and CSV: by line, blank lines and multi-line cells counted', async () => {
    const ndjson = scratch.write('dup.ndjson', [JSON.stringify(ben), '', JSON.stringify(ana), JSON.stringify(ana)].join('\n'));
    const plan = await runCli(['plan', ndjson, '--format', 'ndjson']);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toBe('line 4: id: is a duplicate: line 3 already has this id\n');
    const csv = scratch.write('dup.csv', 'id,license,previousLicense,hasSignedIn,invitedAt\n"ana",paid,,false,\n"b\nen",free,,false,\n\nana,free,,true,\n');
    const fromCsv = await runCli(['plan', csv, '--format', 'ndjson']);
    expect(fromCsv.stderr).toBe('line 6: id: is a duplicate: line 2 already has this id\n');
  });

  it('an Excel file (CRLF) with a cell over two lines: the lines an editor shows', async () => {
    // csv-parse counts a \r\n inside quotes as two lines; the reader must not.
    const csv = scratch.write('excel.csv', 'id,license,previousLicense,hasSignedIn,invitedAt\r\n"ana\r\nsecond",paid,,false,\r\nben,paid,,maybe,\r\n');
    const result = await runCli(['plan', csv, '--format', 'ndjson']);
    expect(result.stderr).toBe('line 4: hasSignedIn: must be true or false (received "maybe")\n');
  });

  it('a JSON array: by item; the JSON output keeps the batch index', async () => {
    const json = scratch.write('dup.json', JSON.stringify([ana, ben, ana]));
    const result = await runCli(['plan', json, '--format', 'json']);
    expect(result.stderr).toBe('item 2: id: is a duplicate: item 0 already has this id\n');
    expect(result.stdout).toBe(`${JSON.stringify(planActivation({}, [ana, ben, ana]), null, 2)}\n`);
    expect(JSON.parse(result.stdout).invalid).toEqual([expect.objectContaining({ index: 2, duplicateOf: 0 })]);
  });

  it('a People API page: by items[N]', async () => {
    const person = PEOPLE_PAGE.items[2]!;
    const page = scratch.write('dup-people.json', JSON.stringify({ items: [person, PEOPLE_PAGE.items[0], person] }));
    const result = await runCli(['plan', page, '--format', 'ndjson']);
    expect(result.stderr).toBe('items[2]: id: is a duplicate: items[0] already has this id\n');
  });

  it('preview and reminders too', async () => {
    const ndjson = scratch.write('dup2.ndjson', [JSON.stringify(ana), JSON.stringify(ben), JSON.stringify(ana)].join('\n'));
    const preview = await runCli(['preview', ndjson, '--from', 'on', '--to', 'off', '--format', 'json']);
    expect(preview.stderr).toBe('line 3: id: is a duplicate: line 1 already has this id\n');
    const reminders = await runCli(['reminders', ndjson, '--now', '2026-11-29T09:00:00Z', '--format', 'json']);
    expect(reminders.stderr).toBe('line 3: id: is a duplicate: line 1 already has this id\n');
  });
});

describe('--format csv defuses formulas; json and ndjson keep values exact', () => {
  const ids = ['=HYPERLINK("https://evil.example","click")', '+1-555-0100', '-2+3', '@SUM(A1:A9)', '\tx', '\rx', 'plain@corp.example'];
  const users = ids.map((id) => ({ id, license: 'paid', hasSignedIn: false, invitedAt: '2026-11-20T09:00:00Z' }));

  it('plan: a cell that starts with = + - @ tab or CR gets a leading quote', async () => {
    const path = scratch.write('formulas.json', JSON.stringify(users));
    const csv = await runCli(['plan', path, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const cells = csv.stdout.split('\n').slice(1, -1).map((line) => line.slice(0, line.indexOf(',reminder-eligible')));
    expect(cells).toEqual([
      `"'=HYPERLINK(""https://evil.example"",""click"")"`,
      "'+1-555-0100",
      "'-2+3",
      "'@SUM(A1:A9)",
      "'\tx",
      `"'\rx"`,
      'plain@corp.example',
    ]);
    const json = await runCli(['plan', path, '--format', 'json']);
    expect(JSON.parse(json.stdout).decisions.map((decision: { userId: string }) => decision.userId)).toEqual(ids);
    const ndjson = await runCli(['plan', path, '--format', 'ndjson']);
    expect(ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).userId)).toEqual(ids);
  });

  it('reminders: the same guard, and json exact', async () => {
    const path = scratch.write('formulas.json', JSON.stringify(users));
    const args = ['reminders', path, '--auto-send', 'off', '--now', '2026-11-29T09:00:00Z'];
    const csv = await runCli([...args, '--format', 'csv']);
    expect(csv.stdout).toContain(`\ndue,"'=HYPERLINK(""https://evil.example"",""click"")",0,`);
    expect(csv.stdout).toContain("\ndue,'@SUM(A1:A9),0,");
    const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout);
    expect(json).toEqual(JSON.parse(JSON.stringify(planReminders(OFF, users, { now: '2026-11-29T09:00:00Z' }))));
  });

  it('is documented in --help', async () => {
    for (const command of ['plan', 'reminders']) {
      const help = await runCli([command, '--help']);
      expect(help.stdout).toContain("a cell that starts with =, +, -, @, a tab or a carriage return gets a ' in");
    }
  });
});
