// The plan outputs, sink by sink: users named by email where it is known, and the column report of
// Control Hub's export where each format's reader looks for it.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decide, MANUAL_TRIGGERS, OUTCOME_KINDS, type Decision, type UserSnapshot } from '../../src/index';
import { readUsersFromText, type ControlHubColumns } from '../../src/formats';
import { LABELS } from '../../src/cli/labels';
import { explainer } from '../../src/cli/output/explanations';
import { columnReportLines } from '../../src/cli/output/column-report';
import { PLAN_CSV_HEADER } from '../../src/cli/output/plan-csv';
import { planSink } from '../../src/cli/output/plan-output';
import type { PlanCounts, PlanFormat } from '../../src/cli/output/plan-sink';
import { emailOf, emailsById, userName, withEmail } from '../../src/cli/output/user-email';
import { BufferedWriter } from '../../src/cli/output/writer';
import { styleFor } from '../../src/cli/style';

const off = { autoSendActivationEmails: false };
const EXPORT = [
  'First Name,User ID/Email (Required),Department,Calendar Service,Basic Messaging,Webex Meetings Suite,Cost Center,User Status',
  'Léa,lea@hp.example,Ventes,TRUE,TRUE,FALSE,C-1,Active',
  'Tom,tom@hp.example,R&D,FALSE,TRUE,TRUE,,Invite Pending',
  '',
].join('\n');

function exportInput(): { readonly values: readonly unknown[]; readonly columns: ControlHubColumns } {
  const input = readUsersFromText(EXPORT);
  if (!input.ok || input.format !== 'control-hub') throw new Error('expected an export');
  return { values: input.records.map((record) => record.value), columns: input.columns };
}

function stream(): { readonly stream: PassThrough; text(): string } {
  const s = new PassThrough();
  let text = '';
  s.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stream: s, text: () => text };
}

function counts(decisions: readonly Decision[]): PlanCounts {
  const byKind = Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, decisions.filter((d) => d.kind === kind).length]));
  const byTrigger = Object.fromEntries(
    MANUAL_TRIGGERS.map((trigger) => [trigger, decisions.filter((d) => d.kind === 'manual-required' && d.trigger === trigger).length]),
  );
  return { decided: decisions.length, invalid: 0, byKind, byTrigger } as PlanCounts;
}

/** Runs users through the sink of `format`, as the plan command does; gives what went out and to standard error. */
async function plan(format: PlanFormat, values: readonly unknown[], columns?: () => ControlHubColumns): Promise<{ out: string; err: string }> {
  const out = stream();
  const err = stream();
  const outWriter = new BufferedWriter(out.stream);
  const errWriter = new BufferedWriter(err.stream);
  const sink = await planSink(format, {
    out: outWriter,
    err: errWriter,
    explain: explainer('en'),
    labels: LABELS.en,
    style: styleFor(false),
    heading: ['Automatic activation emails: off'],
    columns,
  });
  const decisions = values.map((value) => decide(off, value as UserSnapshot));
  for (const [index, decision] of decisions.entries()) await sink.decision(decision, emailOf(values[index]));
  await sink.end(counts(decisions));
  await outWriter.flush();
  await errWriter.flush();
  return { out: out.text(), err: err.text() };
}

describe('users shown by email', () => {
  // A People page's person: an opaque id, and the email the adapter puts beside it.
  const users: readonly UserSnapshot[] = [
    { id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x', license: 'paid', hasSignedIn: false, email: 'ana@hp.example' },
    { id: 'u2', license: 'free', hasSignedIn: true },
  ];

  it('the table names a user by their email when it is known, by their id otherwise', async () => {
    const { out } = await plan('table', users);
    expect(out).toMatch(/^ana@hp\.example\s+manual-required/m);
    expect(out).not.toContain('Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x');
    expect(out).toMatch(/^u2\s+skip-free/m);
  });

  it('JSON keeps userId and adds email right after it, only where it is known', async () => {
    const { out } = await plan('json', users);
    const printed = JSON.parse(out) as { decisions: Record<string, unknown>[]; byKind: Record<string, string[]> };
    // The library's key order, with email right after userId.
    const keys = Object.keys(decide(off, users[0]!));
    expect(Object.keys(printed.decisions[0]!)).toEqual([...keys.slice(0, keys.indexOf('userId') + 1), 'email', ...keys.slice(keys.indexOf('userId') + 1)]);
    expect(printed.decisions[0]).toMatchObject({ userId: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x', email: 'ana@hp.example' });
    expect(printed.decisions[1]).not.toHaveProperty('email');
    expect(printed.decisions[1]).toEqual(decide(off, users[1]!));
    expect(printed.byKind['manual-required']).toEqual(['Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x']);
    expect(printed).not.toHaveProperty('columns');
  });

  it('NDJSON keeps userId and adds email, then the explanation', async () => {
    const lines = (await plan('ndjson', users)).out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ userId: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x', email: 'ana@hp.example' });
    expect(Object.keys(lines[0]!).at(-1)).toBe('explanation');
    expect(lines[1]).not.toHaveProperty('email');
  });

  it('CSV keeps userId first and adds an email column last, empty where it is unknown', async () => {
    const { out, err } = await plan('csv', users);
    const rows = out.trim().split('\n');
    expect(rows[0]).toBe(PLAN_CSV_HEADER);
    expect(PLAN_CSV_HEADER.split(',').at(-1)).toBe('email');
    expect(rows[1]!.startsWith('Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x,manual-required,')).toBe(true);
    expect(rows[1]!.endsWith(',ana@hp.example')).toBe(true);
    expect(rows[2]!.endsWith(',')).toBe(true);
    expect(err).toBe('');
  });

  it('the helpers read an email only from a record that has one, and place it after userId', () => {
    expect(emailOf({ id: 'u', email: 'a@b.example' })).toBe('a@b.example');
    expect([emailOf(undefined), emailOf('a@b'), emailOf({ email: 42 }), emailOf({ email: '' })]).toEqual([undefined, undefined, undefined, undefined]);
    expect(userName('u1', undefined)).toBe('u1');
    expect(userName('u1', 'a@b.example')).toBe('a@b.example');
    expect(withEmail({ userId: 'u', kind: 'x' }, undefined)).toEqual({ userId: 'u', kind: 'x' });
    expect(JSON.stringify(withEmail({ kind: 'x', userId: 'u', rule: 'r' }, 'a@b.example'))).toBe('{"kind":"x","userId":"u","email":"a@b.example","rule":"r"}');
    expect(emailsById([{ id: 'u1', email: 'a@b.example' }, { id: 'u2' }, { id: 'u1', email: 'late@b.example' }, null])).toEqual(
      new Map([['u1', 'a@b.example']]),
    );
  });
});

describe('the column report of Control Hub’s export', () => {
  const { values, columns } = exportInput();

  it('says which columns are the id and the status, the free and paid services, and each ignored group with why', () => {
    expect(columnReportLines(columns, LABELS.en)).toEqual([
      "How the columns of Control Hub's export were read:",
      '  id and email: User ID/Email (Required); signed in or not: User Status',
      '  free services: Basic Messaging',
      '  paid services: Webex Meetings Suite',
      '  ignored, entitlements (not licences): Calendar Service',
      '  ignored, names and other text: First Name, Department',
      '  ignored, values not TRUE or FALSE: Cost Center ("C-1" on line 2)',
      'Change a column with --free-service, --paid-service or --ignore-column NAME.',
    ]);
  });

  it('says so when no column is a paid service, names columns with no value yet, and escapes what the file holds', () => {
    const lines = columnReportLines(
      { ...columns, paidServices: [], empty: ['Never\u001b[2JFilled'], ignored: [{ column: 'Option\u0007', reason: 'option' }] },
      LABELS.en,
    );
    expect(lines).toContain('  paid services: (none)');
    expect(lines).toContain('  no value yet (a service if its first value is TRUE or FALSE): Never\\u001b[2JFilled');
    expect(lines).toContain('  ignored, as asked (--ignore-column): Option\\u0007');
  });

  it('is in French with --lang fr', () => {
    expect(columnReportLines(columns, LABELS.fr)[2]).toBe('  services gratuits\u00a0: Basic Messaging');
  });

  it('the table prints it after the settings and before the users', async () => {
    const { out, err } = await plan('table', values, () => columns);
    const report = out.indexOf("How the columns of Control Hub's export were read:");
    expect(out.indexOf('Automatic activation emails: off')).toBeLessThan(report);
    expect(report).toBeGreaterThan(0);
    expect(report).toBeLessThan(out.indexOf('lea@hp.example'));
    expect(out).toContain('  paid services: Webex Meetings Suite\n');
    expect(err).toBe('');
  });

  it('JSON ends with a columns field, the report as data', async () => {
    const printed = JSON.parse((await plan('json', values, () => columns)).out) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['decisions', 'invalid', 'byKind', 'columns']);
    expect(printed.columns).toEqual(columns);
    expect((printed.decisions as { email?: string }[]).map((decision) => decision.email)).toEqual(['lea@hp.example', 'tom@hp.example']);
  });

  it('CSV and NDJSON print it on standard error, keeping their output one user per row', async () => {
    for (const format of ['csv', 'ndjson'] as const) {
      const { out, err } = await plan(format, values, () => columns);
      expect(err).toBe(`${columnReportLines(columns, LABELS.en).join('\n')}\n`);
      expect(out).not.toContain('paid services');
      expect(out).toContain('tom@hp.example');
    }
  });
});
