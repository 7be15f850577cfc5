// Control Hub's user export: what test/formats/control-hub.test.ts checks on rows it reads while
// its file loads (out of a mutant's per-test sight), read here inside each test, and what it
// leaves unsaid: each cell a service column accepts, a column decided by its first value while
// an older export is read, the options an older export is read with, and the messages in full.
// Written against a Stryker run over src/formats.
import { describe, expect, it } from 'vitest';
import {
  controlHubLicenses,
  describeIssue,
  detectInputFormat,
  missingCsvHeader,
  readControlHubHeader,
  readUsersFromText,
  type ControlHubOptions,
  type SourceRecord,
} from '../../src/formats/index';

const ID = 'User ID/Email (Required)';
const KNOWN = 'Active, Invite Pending, Not Verified, Pending';

function read(text: string, options?: ControlHubOptions): readonly SourceRecord[] {
  const input = readUsersFromText(text, options === undefined ? {} : { controlHub: options });
  if (!input.ok || input.format !== 'control-hub') throw new Error(`expected an export, got ${JSON.stringify(input)}`);
  return input.records;
}

function rowsOf(cells: readonly string[], options?: ControlHubOptions) {
  const header = readControlHubHeader(cells, options);
  if (!header.ok) throw new Error(header.message);
  return header.rows;
}

describe('a row of the export', () => {
  it('reads each service cell Control Hub writes, in any case and with spaces, and an empty one as not held', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging', 'Webex Meetings Suite'], { paidServices: ['Webex Meetings Suite'] });
    const license = (free: string, paid: string) => {
      const record = rows.record(['a@hp.example', 'Active', free, paid], 2);
      return record.value === undefined ? record.issues : (record.value as { license: string }).license;
    };
    for (const paid of ['TRUE', 'T', 'true', 't', 'True', ' T ', ' true ']) expect(license('TRUE', paid)).toBe('paid');
    for (const paid of ['FALSE', 'F', 'false', 'f', 'False', ' F ', '', '   ']) expect(license('TRUE', paid)).toBe('free');
    expect(license('  ', '')).toEqual([{ path: [], message: 'holds no licence: no service column of this user is TRUE' }]);
  });

  it('says "cell" for a row of one cell and "cells" for more, with nothing else about it', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging']);
    expect(rows.record(['a@hp.example'], 4)).toEqual({
      location: { kind: 'line', line: 4 },
      value: undefined,
      issues: [{ path: [], message: 'has 1 cell where the header has 3' }],
    });
    expect(rows.record(['a@hp.example', 'Active'], 5).issues).toEqual([{ path: [], message: 'has 2 cells where the header has 3' }]);
  });

  it('names the id column and the value for an id that is no address, before any other issue', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging']);
    expect(rows.record(['not-an-address', 'Gone', 'oui'], 2).issues).toEqual([
      { path: [ID], message: 'is not an email address (received "not-an-address")' },
      {
        path: ['User Status'],
        message: `is "Gone", a status this reader does not know (it knows ${KNOWN}): say whether it means signed in or not with the option statuses (--status "Gone=active" or "Gone=pending" on the command line)`,
      },
      {
        path: ['Basic Messaging'],
        message: 'holds "oui", not TRUE or FALSE (T or F): if this column is not a service, ignore it (option ignoredColumns, --ignore-column on the command line)',
      },
    ]);
    expect(rows.record(['not-an-address', 'Active', 'TRUE'], 3).issues).toEqual([{ path: [ID], message: 'is not an email address (received "not-an-address")' }]);
    expect(rows.record(['a@hp.example', 'Active', 'TRUE'], 2).value).toStrictEqual({ id: 'a@hp.example', license: 'free', hasSignedIn: true, email: 'a@hp.example' });
  });

  it('quotes a status with its spaces, suggests it trimmed, and lists the statuses of the options once each, trimmed', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging'], { statuses: { ' active ': 'active', ' On Leave ': 'pending' } });
    expect(rows.record(['a@hp.example', ' Gone ', 'TRUE'], 2).issues).toEqual([
      {
        path: ['User Status'],
        message: `is " Gone ", a status this reader does not know (it knows ${KNOWN}, On Leave): say whether it means signed in or not with the option statuses (--status "Gone=active" or "Gone=pending" on the command line)`,
      },
    ]);
    expect(rows.record(['a@hp.example', '  ', 'TRUE'], 3).issues).toEqual([{ path: ['User Status'], message: 'is empty: every user of an export has a status' }]);
    expect(rows.record(['a@hp.example', 'on leave', 'TRUE'], 4).value).toMatchObject({ hasSignedIn: false });
  });

  it('quotes at most 100 characters of a value, then an ellipsis', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging']);
    const quoted = (status: string) => /^is ("[^"]*")/.exec(rows.record(['a@hp.example', status, 'TRUE'], 2).issues![0].message)![1];
    expect(quoted('x'.repeat(100))).toBe(`"${'x'.repeat(100)}"`);
    expect(quoted(`${'x'.repeat(100)}yz`)).toBe(`"${'x'.repeat(100)}…"`);
  });

  it('gives previousLicense only to a user the older export holds, and keeps no undefined field', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging'], { previous: new Map([['old@hp.example', 'free']]) });
    expect(rows.record(['Old@hp.example', 'Active', 'TRUE'], 2).value).toStrictEqual({
      id: 'Old@hp.example',
      license: 'free',
      previousLicense: 'free',
      hasSignedIn: true,
      email: 'Old@hp.example',
    });
    expect(Object.keys(rows.record(['new@hp.example', 'Active', 'TRUE'], 3).value as object)).toEqual(['id', 'license', 'hasSignedIn', 'email']);
  });

  it('leaves a column with only blank cells undecided, and decides it by its first value', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging', 'Extra']);
    expect(rows.record(['a@hp.example', 'Active', 'TRUE', '   '], 2).value).toMatchObject({ license: 'free' });
    expect(rows.columns().empty).toEqual(['Extra']);
    expect(rows.columns().paidServices).toEqual([]);
  });
});

describe('a header without the id column (read through readControlHubHeader)', () => {
  it('names no id column and reads every row as having no id', () => {
    const rows = rowsOf(['User Status', 'Basic Messaging']);
    expect(rows.columns()).toEqual({ id: '', status: 'User Status', freeServices: ['Basic Messaging'], paidServices: [], ignored: [], empty: [] });
    expect(rows.record(['Active', 'TRUE'], 2).issues?.map((issue) => issue.message)).toEqual(['is empty: every user of an export has an email']);
    expect(rows.licenseOf(['Active', 'TRUE'])).toBeUndefined();
  });
});

describe('refused headers, named as written', () => {
  it('names a repeated column trimmed, and lists the columns trimmed for an option naming none', () => {
    expect(readControlHubHeader([ID, 'User Status', ' Basic Messaging ', ' basic messaging '])).toEqual({
      ok: false,
      message: 'the export\'s header names the column "basic messaging" twice',
    });
    expect(readControlHubHeader([` ${ID} `, ' User Status '], { freeServices: ['Nope'] })).toEqual({
      ok: false,
      message: `freeServices (--free-service) names "Nope", which is no column of this export; its columns are "${ID}", "User Status"`,
    });
  });
});

describe('the licences of an older export', () => {
  const HEADER = `${ID},User Status,Basic Messaging,Webex Meetings Suite`;

  it('decides a column by its first non-blank value: TRUE or FALSE a paid service, text ignored from then on', () => {
    const text = [
      `${ID},User Status,Basic Messaging,Extra,Notes`,
      'a@hp.example,Active,TRUE,,',
      'b@hp.example,Active,TRUE,TRUE,   ',
      'c@hp.example,Active,TRUE,FALSE,Sales',
      'd@hp.example,Active,TRUE,FALSE,TRUE',
      'e@hp.example,Active,TRUE,maybe,',
      '',
    ].join('\n');
    expect(controlHubLicenses(text)).toEqual({
      ok: true,
      licenses: new Map([
        ['a@hp.example', 'free'],
        ['b@hp.example', 'paid'],
        ['c@hp.example', 'free'],
        ['d@hp.example', 'free'],
      ]),
      unread: 1,
    });
  });

  it('keeps the first value of a column it decides, for the report of the columns', () => {
    const rows = rowsOf([ID, 'User Status', 'Basic Messaging', 'Extra', 'Notes']);
    expect(rows.licenseOf(['a@hp.example', 'Gone', 'TRUE', 'TRUE', 'Sales'])).toEqual({ id: 'a@hp.example', license: 'paid' });
    expect(rows.columns()).toMatchObject({ paidServices: ['Extra'], ignored: [{ column: 'Notes', reason: 'not-boolean', value: 'Sales', line: 0 }], empty: [] });
  });

  it('counts as unread a row with too many cells, an empty id, one cell that is not blank, or a quote never closed', () => {
    const text = [HEADER, 'a@hp.example,Active,TRUE,FALSE,extra', ',Active,TRUE,FALSE', 'lonely', '  ', 'b@hp.example,Active,TRUE,FALSE', 'c@hp.example,Active,"TRUE'].join('\n');
    expect(controlHubLicenses(text)).toEqual({ ok: true, licenses: new Map([['b@hp.example', 'free']]), unread: 4 });
  });

  it('skips blank lines before the header', () => {
    expect(controlHubLicenses(`  \n${HEADER}\na@hp.example,Active,TRUE,FALSE\n`)).toEqual({ ok: true, licenses: new Map([['a@hp.example', 'free']]), unread: 0 });
  });

  it('reads the columns with the options it is given, where the older export has them', () => {
    const text = `${HEADER}\na@hp.example,Active,TRUE,TRUE\nb@hp.example,Active,TRUE,FALSE\n`;
    expect(controlHubLicenses(text, { freeServices: ['Webex Meetings Suite', 'Added Since'] })).toMatchObject({
      licenses: new Map([['a@hp.example', 'free'], ['b@hp.example', 'free']]),
    });
    expect(controlHubLicenses(text, { paidServices: ['Basic Messaging'] })).toMatchObject({
      licenses: new Map([['a@hp.example', 'paid'], ['b@hp.example', 'paid']]),
    });
    expect(controlHubLicenses(text, { ignoredColumns: ['webex meetings suite'] })).toMatchObject({
      licenses: new Map([['a@hp.example', 'free'], ['b@hp.example', 'free']]),
    });
  });

  it('gives the header\'s own refusal, and the first refusal when a later line could be a header', () => {
    expect(controlHubLicenses(`${ID},Basic Messaging\na@hp.example,TRUE\n`)).toEqual({
      ok: false,
      message: 'the export has no User Status column, which says who signed in: use the file of Users > Export in Control Hub, not the import template',
    });
    expect(controlHubLicenses(`id,license\n${ID},Basic Messaging\n`)).toEqual({
      ok: false,
      message: "its header has no User ID/Email (Required) column: it is not Control Hub's user export",
    });
  });
});

describe('detecting the export by its header line', () => {
  it.each([
    ['First Name, "User ID/Email (Required)" ,User Status\n', 'control-hub'],
    ['First Name," User ID/Email (Required) ",User Status\n', 'control-hub'],
    ['User "ID/Email (Required),User Status\n', 'csv'],
    ['User ID/Email (Req"uired),User Status\n', 'csv'],
  ] as const)('%j is %s', (text, format) => {
    expect(detectInputFormat(text)).toEqual({ ok: true, format });
  });
});

describe('the messages of a CSV without a header', () => {
  it('says the input is empty when no row was skipped or the row holds no issue, else why the header could not be read', () => {
    expect(missingCsvHeader(undefined)).toBe('the input is empty: it holds no users');
    expect(missingCsvHeader({ location: { kind: 'line', line: 1 }, value: {} })).toBe('the input is empty: it holds no users');
    expect(missingCsvHeader({ location: { kind: 'line', line: 1 }, value: undefined, issues: [{ path: [], message: 'is odd' }] })).toBe(
      'the CSV header is odd',
    );
  });

  it('describes an issue with its path, or its message alone at the empty path', () => {
    expect(describeIssue({ path: [], message: 'is not valid JSON' })).toBe('is not valid JSON');
    expect(describeIssue({ path: ['items', 2, 'id'], message: 'is empty' })).toBe('items[2].id: is empty');
  });
});
