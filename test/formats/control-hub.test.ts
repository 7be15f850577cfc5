// Control Hub's user export, as downloaded: how each column is read, each status, each refusal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  controlHubLicenses,
  DEFAULT_FREE_SERVICES,
  detectInputFormat,
  readControlHubHeader,
  readUsersFromText,
  SAMPLE_USERS,
  type ControlHubOptions,
  type SourceRecord,
  type TextInput,
} from '../../src/formats';
import { planActivation } from '../../src/index';
import { historyFromJournal, readJournal, withHistory } from '../../src/journal';

const ID = 'User ID/Email (Required)';
const SAMPLE = join(__dirname, '../../examples/sample');

/** A header as Control Hub writes it: quoted where a name holds a comma. */
const HEADER = [
  'First Name',
  'Last Name',
  'Display Name',
  ID,
  'Department',
  'Calendar Service',
  'Basic Messaging',
  '"Call on Webex (1:1 call, non-PSTN)"',
  'Webex Meetings Suite',
  'User Status',
  'Days since Last Service Accessed',
].join(',');

/** One row per status the reader knows, in the case and spacing variants it accepts, then the refusals. */
const EXPORT = [
  `\ufeff${HEADER}`,
  'Léa,Martin,Léa Martin,lea@hp.example,Ventes,TRUE,TRUE,TRUE,FALSE,Active,3', // 2: free, signed in
  'Tom,Nguyễn,Tom Nguyễn,tom@hp.example,R&D,FALSE,t,T,true,Invite Pending,', // 3: paid, never signed in
  'Inès,García,Inès García,ines@hp.example,"Support, Montréal",,TRUE,,TRUE, not verified ,', // 4: paid
  'Karl,Weber,Karl Weber,Karl.Weber@hp.example,,FALSE,f,TRUE,F,PENDING,', // 5: free
  'Ama,Owusu,Ama Owusu,ama@hp.example,,FALSE,TRUE,TRUE,FALSE,Inactive,40', // 6: unknown status
  'Ben,Carter,Ben Carter,ben@hp.example,,TRUE,FALSE,FALSE,,Active,1', // 7: entitlement only: no licence
  'Mei,Tan,Mei Tan,mei@hp.example,,FALSE,TRUE,oui,FALSE,Active,1', // 8: a service cell not a boolean
  'No,Mail,No Mail,not-an-address,,FALSE,TRUE,TRUE,FALSE,Active,1', // 9: the id is no email
  'Short,Row,Short Row,short@hp.example,,FALSE', // 10: too few cells
  'Zoé,Lambert,Zoé Lambert,zoe@hp.example,,FALSE,TRUE,TRUE,FALSE,,', // 11: no status
  '',
].join('\r\n');

function records(input: TextInput): readonly SourceRecord[] {
  if (!input.ok || input.format !== 'control-hub') throw new Error(`expected an export, got ${JSON.stringify(input)}`);
  return input.records;
}

function read(text: string, options?: ControlHubOptions): readonly SourceRecord[] {
  return records(readUsersFromText(text, options === undefined ? {} : { controlHub: options }));
}

describe('detecting the export', () => {
  it.each([
    [`${HEADER}\n`, 'control-hub'],
    [`\ufeff"User ID/Email (Required)",User Status\r\n`, 'control-hub'],
    [`first name, user id/email (required) ,User Status\n`, 'control-hub'],
    ['id,license,previousLicense,hasSignedIn,invitedAt\n', 'csv'],
    ['User ID,User Status\n', 'csv'],
  ] as const)('%j is %s', (text, format) => {
    expect(detectInputFormat(text)).toEqual({ ok: true, format });
  });
});

describe('reading each row', () => {
  const rows = read(EXPORT);

  it('reads the id as written, the email from it, the licence from the services, the sign-in from the status', () => {
    expect(rows.slice(0, 4).map((row) => row.value)).toEqual([
      { id: 'lea@hp.example', license: 'free', hasSignedIn: true, email: 'lea@hp.example' },
      { id: 'tom@hp.example', license: 'paid', hasSignedIn: false, email: 'tom@hp.example' },
      { id: 'ines@hp.example', license: 'paid', hasSignedIn: false, email: 'ines@hp.example' },
      { id: 'Karl.Weber@hp.example', license: 'free', hasSignedIn: false, email: 'Karl.Weber@hp.example' },
    ]);
    expect(rows.map((row) => row.location)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((line) => ({ kind: 'line', line })));
  });

  it('never guesses an invitation: the export carries no history', () => {
    for (const row of rows.slice(0, 4)) expect(row.value).not.toHaveProperty('invitedAt');
  });

  it('refuses a status it does not know, naming the value and the option that maps more', () => {
    expect(rows[4]).toMatchObject({ value: undefined, issues: [{ path: ['User Status'] }] });
    const message = rows[4]!.issues![0].message;
    expect(message).toContain('"Inactive"');
    expect(message).toContain('statuses');
    expect(message).toContain('--status "Inactive=active" or "Inactive=pending"');
  });

  it('refuses a user holding no service, an entitlement aside', () => {
    expect(rows[5]!.issues).toEqual([{ path: [], message: 'holds no licence: no service column of this user is TRUE' }]);
  });

  it('refuses a service cell that is not TRUE or FALSE, naming the column and the value', () => {
    expect(rows[6]!.issues).toEqual([
      {
        path: ['Call on Webex (1:1 call, non-PSTN)'],
        message:
          'holds "oui", not TRUE or FALSE (T or F): if this column is not a service, ignore it (option ignoredColumns, --ignore-column on the command line)',
      },
    ]);
  });

  it('refuses an id that is not an email address, a row of the wrong length, an empty status', () => {
    expect(rows[7]!.issues).toEqual([{ path: [ID], message: 'is not an email address (received "not-an-address")' }]);
    expect(rows[8]!.issues).toEqual([{ path: [], message: 'has 6 cells where the header has 11' }]);
    expect(rows[9]!.issues).toEqual([{ path: ['User Status'], message: 'is empty: every user of an export has a status' }]);
  });

  it('refuses an empty id', () => {
    const [row] = read(`${ID},User Status,Basic Messaging\n,Active,TRUE\n`);
    expect(row!.issues).toEqual([{ path: [ID], message: 'is empty: every user of an export has an email' }]);
  });

  it('plans every readable user, and lands every refused one in invalid at its index', () => {
    const plan = planActivation({ autoSendActivationEmails: false }, rows.map((row) => row.value));
    expect(plan.decisions.map((decision) => [decision.userId, decision.kind])).toEqual([
      ['lea@hp.example', 'skip-free'],
      ['tom@hp.example', 'manual-required'],
      ['ines@hp.example', 'manual-required'],
      ['Karl.Weber@hp.example', 'skip-free'],
    ]);
    expect(plan.invalid.map((item) => item.index)).toEqual([4, 5, 6, 7, 8, 9]);
  });
});

describe('how the columns were read', () => {
  it('names the id, the status, the free and paid services, and each ignored column with its reason', () => {
    const input = readUsersFromText(EXPORT);
    expect(input.ok && input.format === 'control-hub' && input.columns).toEqual({
      id: ID,
      status: 'User Status',
      freeServices: ['Basic Messaging', 'Call on Webex (1:1 call, non-PSTN)'],
      paidServices: ['Webex Meetings Suite'],
      ignored: [
        { column: 'First Name', reason: 'text' },
        { column: 'Last Name', reason: 'text' },
        { column: 'Display Name', reason: 'text' },
        { column: 'Department', reason: 'text' },
        { column: 'Calendar Service', reason: 'entitlement' },
        { column: 'Days since Last Service Accessed', reason: 'text' },
      ],
      empty: [],
    });
  });

  it('decides an unknown column by its first value: TRUE or FALSE is a paid service, anything else is ignored', () => {
    const text = [
      `${ID},User Status,Basic Messaging,Cost Center,Webex Calling - Professional,Never Filled`,
      'a@hp.example,Active,TRUE,,,',
      'b@hp.example,Active,TRUE,C-12,TRUE,',
      'c@hp.example,Active,TRUE,TRUE,FALSE,',
      '',
    ].join('\n');
    const input = readUsersFromText(text);
    if (!input.ok || input.format !== 'control-hub') throw new Error('expected an export');
    // Cost Center's first value is text: its later TRUE is no service. Calling's first value is a boolean.
    expect(input.records.map((row) => (row.value as { license: string }).license)).toEqual(['free', 'paid', 'free']);
    expect(input.columns.paidServices).toEqual(['Webex Calling - Professional']);
    expect(input.columns.ignored).toEqual([{ column: 'Cost Center', reason: 'not-boolean', value: 'C-12', line: 3 }]);
    expect(input.columns.empty).toEqual(['Never Filled']);
  });

  it('refuses a later value that is not a boolean in a column read as a service', () => {
    const rows = read(`${ID},User Status,Basic Messaging,Extra\na@hp.example,Active,TRUE,FALSE\nb@hp.example,Active,TRUE,maybe\n`);
    expect(rows[0]!.value).toMatchObject({ license: 'free' });
    expect(rows[1]!.issues?.[0]).toMatchObject({ path: ['Extra'] });
  });

  it('counts a default free service as free by its name, whatever the case and spaces of the header', () => {
    const header = readControlHubHeader([ID, 'User Status', ...DEFAULT_FREE_SERVICES.map((name) => ` ${name.toUpperCase()} `)]);
    expect(header.ok && header.rows.columns().freeServices).toEqual(DEFAULT_FREE_SERVICES.map((name) => name.toUpperCase()));
  });
});

describe('options change each list', () => {
  const text = `${ID},User Status,Basic Messaging,Calendar Service,Webex Calling - Basic,Department\nu@hp.example,Inactive,TRUE,TRUE,TRUE,Sales\n`;

  it('maps more statuses, compared without case or spaces', () => {
    expect(read(text, { statuses: { ' inactive ': 'pending' } })[0]!.value).toMatchObject({ hasSignedIn: false, license: 'paid' });
    expect(read(text, { statuses: { Inactive: 'active' } })[0]!.value).toMatchObject({ hasSignedIn: true });
  });

  it('gives a default status another meaning', () => {
    const [row] = read(`${ID},User Status,Basic Messaging\nu@hp.example,Not Verified,TRUE\n`, { statuses: { 'not verified': 'active' } });
    expect(row!.value).toMatchObject({ hasSignedIn: true });
  });

  it('adds free services, counts ignored or free columns as paid, and ignores any column', () => {
    const statuses = { Inactive: 'pending' } as const;
    expect(read(text, { statuses, freeServices: ['webex calling - basic'] })[0]!.value).toMatchObject({ license: 'free' });
    expect(read(text, { statuses, freeServices: ['Webex Calling - Basic'], paidServices: ['Calendar Service'] })[0]!.value).toMatchObject({
      license: 'paid',
    });
    expect(read(text, { statuses, paidServices: ['Basic Messaging'], ignoredColumns: ['Webex Calling - Basic'] })[0]!.value).toMatchObject({
      license: 'paid',
    });
    const ignored = readUsersFromText(text, { controlHub: { statuses, ignoredColumns: ['Webex Calling - Basic', 'Basic Messaging'] } });
    expect(ignored.ok && ignored.format === 'control-hub' && ignored.records[0]!.issues).toEqual([
      { path: [], message: 'holds no licence: no service column of this user is TRUE' },
    ]);
    expect(ignored.ok && ignored.format === 'control-hub' && ignored.columns.ignored).toContainEqual({ column: 'Basic Messaging', reason: 'option' });
  });

  it('refuses a name that is no column, or one given two meanings', () => {
    expect(readUsersFromText(text, { controlHub: { ignoredColumns: ['Departement'] } })).toEqual({
      ok: false,
      message:
        'ignoredColumns (--ignore-column) names "Departement", which is no column of this export; its columns are ' +
        '"User ID/Email (Required)", "User Status", "Basic Messaging", "Calendar Service", "Webex Calling - Basic", "Department"',
    });
    expect(readUsersFromText(text, { controlHub: { freeServices: ['Department'], ignoredColumns: [' department'] } })).toEqual({
      ok: false,
      message: 'the column "Department" is named both in freeServices (--free-service) and in ignoredColumns (--ignore-column): give it one meaning',
    });
  });
});

describe('refused options', () => {
  const header = ['User ID/Email (Required)', 'User Status', 'Basic Messaging'];

  it('refuses a list that is not of names, and a status that means neither active nor pending', () => {
    expect(readControlHubHeader(header, { freeServices: 'Basic Messaging' as never })).toEqual({
      ok: false,
      message: 'freeServices must be a list of column names',
    });
    expect(readControlHubHeader(header, { ignoredColumns: [42] as never })).toEqual({ ok: false, message: 'ignoredColumns must be a list of column names' });
    expect(readControlHubHeader(header, { statuses: { Inactive: 'gone' as never } })).toEqual({
      ok: false,
      message: 'statuses: "Inactive" must mean "active" or "pending" (received "gone")',
    });
  });
});

describe('refused headers', () => {
  it('refuses an export without its status column: the import template', () => {
    const input = readUsersFromText(`First Name,${ID},Basic Messaging\nAna,a@hp.example,TRUE\n`);
    expect(input).toEqual({
      ok: false,
      message: 'the export has no User Status column, which says who signed in: use the file of Users > Export in Control Hub, not the import template',
    });
  });

  it('refuses a column named twice', () => {
    expect(readUsersFromText(`${ID},User Status,Basic Messaging,basic messaging\n`)).toEqual({
      ok: false,
      message: 'the export\'s header names the column "basic messaging" twice',
    });
  });
});

describe('conversions from an older export', () => {
  const older = `${ID},User Status,Basic Messaging,Webex Meetings Suite\nTOM@hp.example,Inactive,TRUE,FALSE\nines@hp.example,Active,TRUE,TRUE\nnone@hp.example,Active,FALSE,FALSE\n`;
  const now = `${ID},User Status,Basic Messaging,Webex Meetings Suite,Added Since\ntom@hp.example,Active,TRUE,TRUE,\nines@hp.example,Active,TRUE,TRUE,\nnew@hp.example,Active,TRUE,TRUE,\n`;

  it('reads each licence of the older export by id, without regard to case or status, and counts what it cannot read', () => {
    const read = controlHubLicenses(older);
    expect(read).toEqual({ ok: true, licenses: new Map([['tom@hp.example', 'free'], ['ines@hp.example', 'paid']]), unread: 1 });
  });

  it('gives a user free then and paid now previousLicense free, a notify-conversion', () => {
    const previous = controlHubLicenses(older, { paidServices: ['Added Since'] });
    if (!previous.ok) throw new Error(previous.message);
    const rows = read(now, { previous: previous.licenses });
    expect(rows.map((row) => row.value)).toEqual([
      { id: 'tom@hp.example', license: 'paid', previousLicense: 'free', hasSignedIn: true, email: 'tom@hp.example' },
      { id: 'ines@hp.example', license: 'paid', previousLicense: 'paid', hasSignedIn: true, email: 'ines@hp.example' },
      { id: 'new@hp.example', license: 'paid', hasSignedIn: true, email: 'new@hp.example' },
    ]);
    expect(planActivation({ autoSendActivationEmails: false }, rows.map((row) => row.value)).byKind['notify-conversion']).toEqual([
      'tom@hp.example',
    ]);
  });

  it('refuses an older file that is no export', () => {
    expect(controlHubLicenses('id,license,previousLicense,hasSignedIn,invitedAt\n')).toEqual({
      ok: false,
      message: "its header has no User ID/Email (Required) column: it is not Control Hub's user export",
    });
    expect(controlHubLicenses(' \n')).toEqual({ ok: false, message: 'it is empty: it holds no users' });
  });
});

describe('the bundled sample export', () => {
  const text = readFileSync(join(SAMPLE, 'control-hub-export.csv'), 'utf8');

  it('is written as Control Hub writes it: a byte order mark, CRLF, accents, a department, every status', () => {
    expect(text.startsWith('\ufeffFirst Name,Last Name,Display Name,User ID/Email (Required),Department,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toMatch(/Léa,Martin/);
    for (const status of [',Active,', ',Invite Pending,', ',Not Verified,', ',Pending,']) expect(text).toContain(status);
  });

  it('with the older export and the journal, plans as the sample org does', () => {
    const previous = controlHubLicenses(readFileSync(join(SAMPLE, 'control-hub-export-previous.csv'), 'utf8'));
    if (!previous.ok) throw new Error(previous.message);
    const rows = read(text, { previous: previous.licenses });
    const journal = readJournal(readFileSync(join(SAMPLE, 'journal.ndjson'), 'utf8'));
    expect(journal.invalid).toEqual([]);
    const history = historyFromJournal(journal.entries);
    const users = rows.map((row) => {
      const merged = withHistory(row.value, history);
      if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
      return merged.value;
    });
    for (const autoSendActivationEmails of [true, false]) {
      const fromExport = planActivation({ autoSendActivationEmails }, users);
      const fromSample = planActivation({ autoSendActivationEmails }, SAMPLE_USERS);
      expect(fromExport.invalid).toEqual([]);
      expect(fromExport.byKind).toEqual(fromSample.byKind);
      expect(fromExport.decisions.map((d) => (d.kind === 'manual-required' ? d.trigger : d.kind))).toEqual(
        fromSample.decisions.map((d) => (d.kind === 'manual-required' ? d.trigger : d.kind)),
      );
    }
  });
});
