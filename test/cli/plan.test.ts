// `plan` run as a child process on files in every input format, printing every output format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_KINDS, planActivation } from '../../src/index';
import { snapshotsFromWebexPeople } from '../../src/webex';
import { SAMPLE_USERS } from '../../src/formats';
import { ANSI, assertBuilt, runCli, scratchDir } from './support/run-cli';
import { LICENSES, PEOPLE_PAGE, toCsv, toNdjson, USERS } from './support/fixtures';

const scratch = scratchDir('aep-cli-plan-');
const off = { autoSendActivationEmails: false, meetingsIncluded: false };
let files: Record<'json' | 'ndjson' | 'csv' | 'crlfBomCsv', string>;

beforeAll(() => {
  assertBuilt();
  files = {
    json: scratch.write('users.json', JSON.stringify(USERS, null, 2)),
    ndjson: scratch.write('users.ndjson', toNdjson(USERS)),
    csv: scratch.write('users.csv', toCsv(USERS)),
    crlfBomCsv: scratch.write('users-excel.csv', `\ufeff${toCsv(USERS, '\r\n')}`),
  };
});
afterAll(() => scratch.cleanup());

describe('every input format gives the plan planActivation gives', () => {
  const expected = () => planActivation(off, USERS);

  it.each(['json', 'ndjson', 'csv', 'crlfBomCsv'] as const)('%s', async (format) => {
    const result = await runCli(['plan', files[format], '--auto-send', 'off', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected());
    // Exactly the object, printed as JSON.stringify(plan, null, 2) prints it.
    expect(result.stdout).toBe(`${JSON.stringify(expected(), null, 2)}\n`);
  });

  it('reads standard input given as -, and when piped with no file at all', async () => {
    for (const args of [['plan', '-'], ['plan']]) {
      const result = await runCli([...args, '--auto-send', 'off', '--format', 'json'], { stdin: toNdjson(USERS) });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(expected());
    }
  });

  it('keeps a CSV cell whole when it is quoted and holds commas, quotes and a line break', async () => {
    const users = [{ id: 'multi\nline, "quoted"', license: 'paid', hasSignedIn: false }];
    const path = scratch.write('quoted.csv', toCsv(users));
    const result = await runCli(['plan', path, '--format', 'json']);
    expect(JSON.parse(result.stdout).decisions[0].userId).toBe('multi\nline, "quoted"');
  });

  it('reads CSV columns in any order, follow-up history included', async () => {
    const path = scratch.write(
      'reordered.csv',
      'hasSignedIn,remindersSent,id,license,lastEmailedAt,invitedAt,previousLicense\nFALSE,2,u1,paid,2026-11-02T10:00:00Z,2026-10-01T10:00:00Z,\n',
    );
    const result = await runCli(['plan', path, '--auto-send', 'off', '--format', 'ndjson']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ userId: 'u1', kind: 'manual-required', trigger: 'inactive-user' });
  });

  it('maps a People API page with a Licenses file through the Webex adapter', async () => {
    const page = scratch.write('people.json', JSON.stringify(PEOPLE_PAGE, null, 2));
    const licenses = scratch.write('licenses.json', JSON.stringify(LICENSES));
    const result = await runCli(['plan', page, '--licenses', licenses, '--auto-send', 'off', '--format', 'json']);
    const mapped = snapshotsFromWebexPeople(PEOPLE_PAGE, { licenses: LICENSES });
    const snapshots = [...mapped.snapshots];
    const items = PEOPLE_PAGE.items.map((_, index) => {
      const bad = mapped.invalid.find((item) => item.index === index);
      return bad === undefined ? snapshots.shift() : undefined;
    });
    const plan = JSON.parse(result.stdout);
    const valid = items.filter((item) => item !== undefined);
    // The command line adds each user's address, which the page knows, to their decision.
    const withEmails = planActivation(off, valid).decisions.map((decision) => ({
      ...decision,
      email: valid.find((user) => user.id === decision.userId)!.email,
    }));
    expect(withEmails.every((decision) => decision.email !== undefined)).toBe(true);
    expect(plan.decisions).toEqual(withEmails);
    // P-ben is pending with an invitation, but nothing records an email: a new user, as P-cleo.
    expect(plan.byKind['manual-required']).toEqual(['P-ben', 'P-cleo']);
    expect(plan.decisions.map((decision: { trigger?: string }) => decision.trigger).filter(Boolean)).toEqual(['new-user', 'new-user']);
    expect(plan.byKind['notify-conversion']).toEqual([]);
    expect(plan.byKind['skip-free']).toEqual(['P-ana']);
    // P-dan's licences are not a list: reported with its place in the page, exit code 1.
    expect(plan.invalid).toEqual([{ index: 3, issues: [expect.objectContaining({ path: ['licenses'] })] }]);
    expect(result.stderr).toMatch(/^items\[3\]: licenses: /m);
    expect(result.code).toBe(1);
  });

  it('takes who was emailed from --journal, not from when a person was created', async () => {
    const page = scratch.write('people.json', JSON.stringify(PEOPLE_PAGE, null, 2));
    const licenses = scratch.write('licenses.json', JSON.stringify(LICENSES));
    const journal = scratch.write('journal.ndjson', '{"userId":"P-ben","at":"2026-11-20T08:00:00.000Z","email":"activation"}\n');
    const result = await runCli(['plan', page, '--licenses', licenses, '--journal', journal, '--auto-send', 'off', '--format', 'json']);
    const plan = JSON.parse(result.stdout);
    expect(plan.byKind['manual-required']).toEqual(['P-ben', 'P-cleo']);
    expect(plan.decisions.map((decision: { trigger?: string }) => decision.trigger).filter(Boolean)).toEqual(['inactive-user', 'new-user']);
  });

  it('finds a conversion with --previous, the page as last seen', async () => {
    const page = scratch.write('people-now.json', JSON.stringify({ items: [PEOPLE_PAGE.items[2]] }));
    const before = { items: [{ ...PEOPLE_PAGE.items[2], licenses: [PEOPLE_PAGE.items[0]!.licenses[0]] }] };
    const previous = scratch.write('people-before.json', JSON.stringify(before));
    const licenses = scratch.write('licenses.json', JSON.stringify(LICENSES));
    const result = await runCli(['plan', page, '--licenses', licenses, '--previous', previous, '--format', 'ndjson']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ userId: 'P-cleo', kind: 'notify-conversion' });
  });

  it('takes the org setting from the Webex setting response', async () => {
    const setting = scratch.write('setting.json', JSON.stringify({ key: 'allow-admin-invite-emails', value: false, name: 'Automatic Activation Emails' }));
    const result = await runCli(['plan', files.ndjson, '--setting', setting, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual(expected());
  });
});

describe('every output format', () => {
  it('table: each user with outcome, trigger and explanation, then counts per kind', async () => {
    const result = await runCli(['plan', files.csv, '--auto-send', 'off']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Automatic activation emails: off$/m);
    expect(result.stdout).toMatch(/^dan@corp\.example\s+manual-required\s+new-user\s+Automatic activation emails are off/m);
    expect(result.stdout).toMatch(/^ana@corp\.example\s+skip-free\s+This user has a free licence/m);
    expect(result.stdout).toMatch(/^5 users planned, 0 invalid rows$/m);
    expect(result.stdout).toMatch(/^ {2}manual-required\s+2 {3}\(new-user 1, inactive-user 1\)$/m);
    for (const kind of OUTCOME_KINDS) expect(result.stdout).toMatch(new RegExp(`^  ${kind}\\s+\\d+`, 'm'));
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('table in French', async () => {
    const result = await runCli(['plan', files.csv, '--auto-send', 'off', '--lang', 'fr']);
    expect(result.stdout).toMatch(/^utilisateur\s+résultat\s+motif\s+explication$/m);
    expect(result.stdout).toMatch(/^5 utilisateurs planifiés, 0 ligne invalide$/m);
    expect(result.stdout).toMatch(/licence gratuite/);
  });

  it('csv: a header, then one row per user, quoted where needed', async () => {
    const result = await runCli(['plan', files.json, '--auto-send', 'off', '--format', 'csv']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('userId,kind,trigger,rule,reasons,checklist,policyVersion,explanation,email');
    expect(lines).toHaveLength(USERS.length + 1);
    expect(lines[4]).toMatch(/^dan@corp\.example,manual-required,new-user,new-user,paid-license never-signed-in never-emailed auto-send-off,rollout-plan app-value support-links/);
    expect(lines[5]).toMatch(/^"eve, ""the second""@corp\.example",manual-required,inactive-user,/);
  });

  it('ndjson: one decision per line, as decide returns it, plus its explanation', async () => {
    const result = await runCli(['plan', files.json, '--auto-send', 'off', '--format', 'ndjson']);
    const rows = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    const { decisions } = planActivation(off, USERS);
    expect(rows.map(({ explanation: _, ...decision }) => decision)).toEqual(decisions);
    expect(rows.every((row) => typeof row.explanation === 'string' && row.explanation.length > 20)).toBe(true);
  });
});

describe('invalid rows', () => {
  const good = USERS.slice(0, 3);

  it('NDJSON: line number, field and reason on standard error; valid rows still printed; exit 1', async () => {
    const text = [
      JSON.stringify(good[0]),
      '',
      '{"id": "x1", "license": "gold", "hasSignedIn": "no"}',
      JSON.stringify(good[1]),
      '{not json',
      JSON.stringify(good[2]),
      JSON.stringify(good[0]),
    ].join('\n');
    const result = await runCli(['plan', scratch.write('bad.ndjson', text), '--format', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).userId)).toEqual(good.map((user) => user.id));
    expect(result.stderr).toContain('line 3: license: must be "free" or "paid" (received "gold")\n');
    expect(result.stderr).toContain('line 3: hasSignedIn: must be true or false (received "no")\n');
    expect(result.stderr).toMatch(/^line 5: is not valid JSON \(/m);
    expect(result.stderr).toMatch(/^line 7: id: is a duplicate/m);
  });

  it('CSV: the line the row starts on, even after a quoted cell spanning lines', async () => {
    const text =
      'id,license,previousLicense,hasSignedIn,invitedAt\n' +
      '"two\nlines",paid,,false,\n' +
      'u2,paid,,maybe,\n' +
      'u3,paid,,false,2026-02-30T10:00:00Z\n' +
      'u4,paid,false\n' +
      'u5,free,,true,\n';
    const result = await runCli(['plan', scratch.write('bad.csv', text), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 4: hasSignedIn: must be true or false (received "maybe")\n');
    expect(result.stderr).toMatch(/^line 5: invitedAt: must be an ISO 8601 date-time/m);
    expect(result.stderr).toContain('line 6: has 3 cells where the header has 5\n');
    const plan = JSON.parse(result.stdout);
    expect(plan.decisions.map((decision: { userId: string }) => decision.userId)).toEqual(['two\nlines', 'u5']);
    expect(plan.invalid.map((item: { index: number }) => item.index)).toEqual([1, 2, 3]);
  });

  it('JSON array: the item index, as in the plan', async () => {
    const result = await runCli(['plan', scratch.write('bad.json', JSON.stringify([good[0], { id: '' }, 42]))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^item 1: id: must be a non-empty string/m);
    expect(result.stderr).toMatch(/^item 2: a user snapshot must be an object \(received 42\)$/m);
    expect(result.stdout).toMatch(/^1 user planned, 2 invalid rows \(see standard error\)$/m);
  });
});

describe('--sample', () => {
  it('plans the bundled sample org: every rule row, both triggers', async () => {
    const result = await runCli(['plan', '--sample', '--auto-send', 'off', '--format', 'json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan).toEqual(planActivation(off, SAMPLE_USERS));
    expect(plan.invalid).toEqual([]);
    const triggers = new Set(plan.decisions.map((decision: { trigger?: string }) => decision.trigger));
    expect(triggers).toEqual(new Set([undefined, 'new-user', 'inactive-user']));
    const rules = new Set(plan.decisions.map((decision: { rule: string }) => decision.rule));
    expect(rules.size).toBe(5);
  });

  it('with auto-send on, nothing is manual', async () => {
    const result = await runCli(['plan', '--sample', '--format', 'json']);
    const plan = JSON.parse(result.stdout);
    expect(plan.byKind['manual-required']).toEqual([]);
    expect(plan.byKind['auto-send'].length).toBeGreaterThan(0);
    expect(plan.byKind['reminder-eligible'].length).toBeGreaterThan(0);
  });
});
