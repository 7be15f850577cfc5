// `record` run as a child process: ids from the command line, a list, or what plan and
// reminders printed; nothing appended twice; the journal created, repaired, refused; and every
// flag an admin can get wrong.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/journal/index';
import { assertBuilt, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-record-');
beforeAll(() => assertBuilt());
afterAll(() => scratch.cleanup());

const AT = '2026-11-20T09:00:00Z';
let journals = 0;

/** A fresh journal path in the scratch folder, optionally with some text in it already. */
function freshJournal(text?: string): string {
  journals += 1;
  const name = `journal-${journals}.ndjson`;
  return text === undefined ? join(scratch.dir, name) : scratch.write(name, text);
}

function entries(path: string): { userId: string; at: string; email: string }[] {
  const read = readJournal(readFileSync(path, 'utf8'));
  expect(read.invalid).toEqual([]);
  return read.entries.map((line) => ({ ...line.entry }));
}

const record = (args: readonly string[], stdin?: string) => runCli(['record', ...args], stdin === undefined ? {} : { stdin });

describe('record from the command line', () => {
  it('creates the journal and appends one line per user, in order, and says how many', async () => {
    const path = freshJournal();
    const result = await record(['--journal', path, '--email', 'activation', '--at', AT, 'ana@corp.example', 'ben@corp.example']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`2 activation emails recorded in ${path}, sent at ${AT}\n`);
    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(
      [
        `{"userId":"ana@corp.example","at":"${AT}","email":"activation"}`,
        `{"userId":"ben@corp.example","at":"${AT}","email":"activation"}`,
        '',
      ].join('\n'),
    );
  });

  it('appends nothing already there (the same user, email and instant, whatever the offset), and says so', async () => {
    const path = freshJournal();
    await record(['--journal', path, '--email', 'reminder', '--at', AT, 'ana@corp.example']);
    const again = await record(['--journal', path, '--email', 'reminder', '--at', '2026-11-20T10:00:00+01:00', 'ana@corp.example', 'ben@corp.example']);
    expect(again.stdout).toBe(`1 reminder recorded in ${path}, sent at 2026-11-20T10:00:00+01:00; 1 already there, not added again\n`);
    expect(entries(path).map((entry) => entry.userId)).toEqual(['ana@corp.example', 'ben@corp.example']);
    // Another instant, or another email, is another line.
    await record(['--journal', path, '--email', 'activation', '--at', AT, 'ana@corp.example']);
    await record(['--journal', path, '--email', 'reminder', '--at', '2026-11-27T09:00:00Z', 'ana@corp.example']);
    expect(entries(path)).toHaveLength(4);
  });

  it('records an id given twice once', async () => {
    const path = freshJournal();
    const result = await record(['--journal', path, '--email', 'activation', '--at', AT, 'ana@corp.example', 'ana@corp.example']);
    expect(result.stdout).toMatch(/^1 activation email recorded/);
    expect(entries(path)).toHaveLength(1);
  });

  it('without --at, the instant is the clock, to the second, in UTC', async () => {
    const path = freshJournal();
    const before = Math.floor(Date.now() / 1000) * 1000;
    const result = await record(['--journal', path, '--email', 'activation', 'ana@corp.example']);
    const after = Date.now();
    expect(result.code).toBe(0);
    const [entry] = entries(path);
    expect(entry!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const at = Date.parse(entry!.at);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
    expect(result.stdout).toContain(`sent at ${entry!.at}`);
  });

  it('a reminder to a user whose activation email the journal lacks is recorded, with a note saying to record that email too', async () => {
    const path = freshJournal(`{"userId":"ana@corp.example","at":"2026-11-01T09:00:00Z","email":"activation"}\n`);
    const result = await record(['--journal', path, '--email', 'reminder', '--at', AT, 'ana@corp.example', 'ben@corp.example']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "Note: the journal holds no activation email for 1 user reminded (ben@corp.example); it takes a user's first email as their invitation, so record that email too (record --email activation --at WHEN ID).\n",
    );
    expect(entries(path)).toHaveLength(3);
  });

  it('speaks French with --lang fr', async () => {
    const path = freshJournal();
    await record(['--journal', path, '--email', 'reminder', '--at', AT, 'ana@corp.example']);
    const result = await record(['--journal', path, '--email', 'reminder', '--at', AT, '--lang', 'fr', 'ana@corp.example', 'ben@corp.example']);
    expect(result.stdout).toBe(`1 rappel d'invitation enregistré dans ${path}, envoyé le ${AT}\u00a0; 1 déjà présent, non ajouté\n`);
  });
});

describe('the journal on disk', () => {
  it('a last line cut short by a crash is removed, said on standard error, and its user recorded again', async () => {
    const whole = `{"userId":"ana@corp.example","at":"${AT}","email":"activation"}\n`;
    const path = freshJournal(`${whole}{"userId":"ben@corp.example","at":"2026-11-2`);
    const result = await record(['--journal', path, '--email', 'activation', '--at', AT, 'ana@corp.example', 'ben@corp.example']);
    expect(result.stderr).toBe(`${path}, line 2: cut short by an interrupted write; removed before appending\n`);
    expect(result.stdout).toBe(`1 activation email recorded in ${path}, sent at ${AT}; 1 already there, not added again\n`);
    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${whole}{"userId":"ben@corp.example","at":"${AT}","email":"activation"}\n`);
  });

  it('a whole last line without its newline keeps its place: the new line goes after it', async () => {
    const path = freshJournal(`{"userId":"ana@corp.example","at":"${AT}","email":"activation"}`);
    await record(['--journal', path, '--email', 'activation', '--at', AT, 'ben@corp.example']);
    expect(entries(path).map((entry) => entry.userId)).toEqual(['ana@corp.example', 'ben@corp.example']);
  });

  it('a bad line in the journal stops the command, naming the file and the line, and leaves the file as it was', async () => {
    const text = `{"userId":"ana@corp.example","at":"${AT}","email":"activation"}\n{"userId":"ben@corp.example","at":"${AT}","email":"invite"}\n`;
    const path = freshJournal(text);
    const result = await record(['--journal', path, '--email', 'activation', '--at', AT, 'cleo@corp.example']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `activation-email-policy record: --journal ${path}, line 2: email: must be "activation" or "reminder" (received "invite")\nSee "activation-email-policy record --help".\n`,
    );
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('a missing folder is not created: exit 2, naming it', async () => {
    const folder = join(scratch.dir, 'no-such-folder');
    const result = await record(['--journal', join(folder, 'journal.ndjson'), '--email', 'activation', '--at', AT, 'ana@corp.example']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot create it: no such folder ${folder}`);
    expect(existsSync(folder)).toBe(false);
  });
});

describe('record --ids', () => {
  it('a plain list, one id per line, blank lines and CRLF allowed, from a file or standard input', async () => {
    const list = scratch.write('ids.txt', 'ana@corp.example\r\n\r\n  ben@corp.example  \r\neve, "the second"@corp.example\n');
    const path = freshJournal();
    const result = await record(['--journal', path, '--email', 'activation', '--at', AT, '--ids', list]);
    expect(result.code).toBe(0);
    expect(entries(path).map((entry) => entry.userId)).toEqual(['ana@corp.example', 'ben@corp.example', 'eve, "the second"@corp.example']);
    const piped = freshJournal();
    await record(['--journal', piped, '--email', 'activation', '--at', AT, '--ids', '-'], 'dan@corp.example\n');
    expect(entries(piped).map((entry) => entry.userId)).toEqual(['dan@corp.example']);
  });

  describe("what plan printed, picked with --kind", () => {
    const users = [
      { id: 'new@corp.example', license: 'paid', hasSignedIn: false },
      { id: 'inactive@corp.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-01T09:00:00Z' },
      { id: 'free@corp.example', license: 'free', hasSignedIn: false },
      { id: '=HYPERLINK("x")', license: 'paid', hasSignedIn: false },
      { id: 'active@corp.example', license: 'paid', hasSignedIn: true },
    ];
    let usersFile = '';
    beforeAll(() => {
      usersFile = scratch.write('users.ndjson', users.map((user) => JSON.stringify(user)).join('\n'));
    });

    for (const format of ['ndjson', 'csv', 'json'] as const) {
      it(`plan --format ${format}: by outcome, by outcome and trigger, several kinds`, async () => {
        const plan = await runCli(['plan', usersFile, '--auto-send', 'off', '--format', format]);
        expect(plan.code).toBe(0);
        const output = scratch.write(`plan.${format}`, plan.stdout);
        const manual = freshJournal();
        await record(['--journal', manual, '--email', 'activation', '--at', AT, '--ids', output, '--kind', 'manual-required']);
        // A formula-like id comes back from the CSV as it was, without the guard's quote.
        expect(entries(manual).map((entry) => entry.userId)).toEqual(['new@corp.example', 'inactive@corp.example', '=HYPERLINK("x")']);
        const fresh = freshJournal();
        await record(['--journal', fresh, '--email', 'activation', '--at', AT, '--ids', output, '--kind', 'manual-required/new-user']);
        expect(entries(fresh).map((entry) => entry.userId)).toEqual(['new@corp.example', '=HYPERLINK("x")']);
        const two = freshJournal();
        await record(['--journal', two, '--email', 'activation', '--at', AT, '--ids', output, '--kind', 'skip-free', '--kind', 'no-action']);
        expect(entries(two).map((entry) => entry.userId)).toEqual(['free@corp.example', 'active@corp.example']);
      });
    }
  });

  for (const format of ['csv', 'json'] as const) {
    it(`what reminders --format ${format} printed, picked with --due`, async () => {
      const users = [
        { id: 'due@corp.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-01T09:00:00Z' },
        { id: 'soon@corp.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-19T09:00:00Z' },
        { id: 'done@corp.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-08-01T09:00:00Z', remindersSent: 3 },
      ];
      const usersFile = scratch.write(`reminder-users-${format}.ndjson`, users.map((user) => JSON.stringify(user)).join('\n'));
      const reminders = await runCli(['reminders', usersFile, '--auto-send', 'off', '--now', AT, '--format', format]);
      expect(reminders.code).toBe(0);
      const output = scratch.write(`reminders.${format}`, reminders.stdout);
      const path = freshJournal();
      const result = await record(['--journal', path, '--email', 'reminder', '--at', AT, '--ids', output, '--due']);
      expect(result.code).toBe(0);
      expect(entries(path)).toEqual([{ userId: 'due@corp.example', at: AT, email: 'reminder' }]);
    });
  }

  it('nobody picked is nothing to record: exit 0, the file created empty', async () => {
    const output = scratch.write('plan-empty.ndjson', '');
    const list = scratch.write('plan-free.ndjson', '{"kind":"skip-free","userId":"a"}\n');
    const path = freshJournal();
    expect((await record(['--journal', path, '--email', 'activation', '--at', AT, '--ids', output])).code).toBe(0);
    const result = await record(['--journal', path, '--email', 'activation', '--at', AT, '--ids', list, '--kind', 'auto-send']);
    expect(result.stdout).toBe(`0 activation emails recorded in ${path}, sent at ${AT}\n`);
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});

describe('usage errors: exit 2, the flag named, nothing written', () => {
  const list = (): string => scratch.write('one-id.txt', 'ana@corp.example\n');
  const planOut = (): string => scratch.write('plan-out.ndjson', '{"kind":"manual-required","trigger":"new-user","userId":"a"}\n');
  const remindersOut = (): string => scratch.write('reminders-out.csv', 'status,userId,remindersSent,lastEmailedAt,dueAt\ndue,a,0,2026-11-01T09:00:00Z,\n');
  const cases: [string, () => string[], RegExp][] = [
    ['no --journal', () => ['--email', 'activation', 'a'], /needs --journal FILE/],
    ['no --email', () => ['--journal', '%J', 'a'], /needs --email activation\|reminder/],
    ['a bad --email', () => ['--journal', '%J', '--email', 'invite', 'a'], /--email takes activation or reminder, not "invite"/],
    ['a bad --at', () => ['--journal', '%J', '--email', 'activation', '--at', '2026-11-20', 'a'], /--at takes an ISO 8601 date-time with seconds .*not "2026-11-20"/],
    ['an impossible --at', () => ['--journal', '%J', '--email', 'activation', '--at', '2026-02-30T09:00:00Z', 'a'], /--at takes/],
    ['no users', () => ['--journal', '%J', '--email', 'activation'], /needs the users emailed: their ids, or --ids FILE/],
    ['ids and --ids', () => ['--journal', '%J', '--email', 'activation', '--ids', list(), 'a'], /give user ids or --ids FILE, not both/],
    ['--kind without --ids', () => ['--journal', '%J', '--email', 'activation', '--kind', 'auto-send', 'a'], /--kind goes with --ids FILE/],
    ['--due without --ids', () => ['--journal', '%J', '--email', 'reminder', '--due', 'a'], /--due goes with --ids FILE/],
    ['an unknown --kind', () => ['--journal', '%J', '--email', 'activation', '--ids', planOut(), '--kind', 'manual'], /--kind takes one of auto-send, .*manual-required\/new-user.*, not "manual"/],
    ['--kind on a plain list', () => ['--journal', '%J', '--email', 'activation', '--ids', list(), '--kind', 'auto-send'], /--kind and --due pick users from the output of plan or reminders; .* is a plain list of ids/],
    ['plan output without --kind', () => ['--journal', '%J', '--email', 'activation', '--ids', planOut()], /is the output of plan: say which users were emailed with --kind/],
    ['--due on plan output', () => ['--journal', '%J', '--email', 'reminder', '--ids', planOut(), '--due'], /--due picks from the output of reminders; .* pick with --kind/],
    ['--kind on reminders output', () => ['--journal', '%J', '--email', 'reminder', '--ids', remindersOut(), '--kind', 'auto-send'], /--kind picks from the output of plan; .* pick with --due/],
    ['reminders output without --due', () => ['--journal', '%J', '--email', 'reminder', '--ids', remindersOut()], /is the output of reminders: pick the users reminded with --due/],
    ['--due with --email activation', () => ['--journal', '%J', '--email', 'activation', '--ids', remindersOut(), '--due'], /--due picks the users due a reminder: record them with --email reminder/],
    ['a users file given to --ids', () => ['--journal', '%J', '--email', 'activation', '--ids', scratch.write('users.csv', 'id,license,previousLicense,hasSignedIn,invitedAt\na,paid,,false,\n')], /--ids .*users\.csv, line 1: is the header of a users file/],
    ['a snapshot line given to --ids', () => ['--journal', '%J', '--email', 'activation', '--ids', scratch.write('users.ndjson', '{"id":"a","license":"paid","hasSignedIn":false}\n')], /--ids .*, line 1: is a user snapshot, not a decision/],
    ['a plan line without userId', () => ['--journal', '%J', '--email', 'activation', '--kind', 'auto-send', '--ids', scratch.write('bad-plan.ndjson', '{"kind":"auto-send","userId":"a"}\n{"kind":"auto-send","userId":""}\n')], /--ids .*, line 2: userId must be a non-empty text \(received ""\)/],
    ['the journal given to --ids', () => ['--journal', '%J', '--email', 'activation', '--ids', scratch.write('journal-as-ids.ndjson', `{"userId":"a","at":"${AT}","email":"activation"}\n`)], /--ids .*, line 1: is not a decision of plan \(it has no kind\)/],
    ['--journal -', () => ['--journal', '-', '--email', 'activation', 'a'], /--journal takes the path of a file, not "-"/],
    ['a missing --ids file', () => ['--journal', '%J', '--email', 'activation', '--ids', join(scratch.dir, 'nope.txt')], /cannot read .*nope\.txt: no such file/],
    ['an unknown flag', () => ['--journal', '%J', '--email', 'activation', '--when', AT, 'a'], /Unknown option '--when'/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const path = freshJournal();
      const result = await record(args().map((arg) => (arg === '%J' ? path : arg)));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/^activation-email-policy record: .*\nSee "activation-email-policy record --help"\.\n$/);
      expect(existsSync(path)).toBe(false);
    });
  }
});

describe('record --help', () => {
  it('is listed in the program help, and every example of its help runs as printed', async () => {
    const program = await runCli(['--help']);
    expect(program.stdout).toMatch(/\n {2}record +write to the journal the activation emails and reminders sent by hand\n/);
    const help = await runCli(['record', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: activation-email-policy record --journal FILE --email activation\|reminder /);
    expect(help.stdout).toMatch(/^ {6}--kind KIND +.*repeatable$/m);
    // The files the examples read, made as an admin would make them, from the sample org.
    const folder = scratchDir('aep-cli-record-help-');
    try {
      const plan = await runCli(['plan', '--sample', '--auto-send', 'off', '--format', 'ndjson']);
      folder.write('plan.ndjson', plan.stdout);
      const reminders = await runCli(['reminders', '--sample', '--auto-send', 'off', '--now', '2026-12-01T09:00:00Z', '--format', 'csv']);
      folder.write('reminders.csv', reminders.stdout);
      const examples = [...help.stdout.matchAll(/^ {2}activation-email-policy (record [^\n]+)$/gm)].map((match) => match[1]!);
      expect(examples).toHaveLength(3);
      for (const example of examples) {
        const result = await runCli(example.split(' '), { cwd: folder.dir });
        expect(result.code, `${example}\n${result.stderr}`).toBe(0);
        expect(result.stdout).toMatch(/ recorded in journal\.ndjson, sent at /);
      }
      expect(entries(join(folder.dir, 'journal.ndjson')).length).toBeGreaterThan(2);
    } finally {
      folder.cleanup();
    }
  });
});
