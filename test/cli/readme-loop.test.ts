// The README's onboarding loop (export -> plan -> send -> reminders -> send), run command by
// command as an admin would, against a real SMTP server on loopback: what the README says the
// loop does is what it does.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer } from './send/mail-server';
import { assertBuilt, ROOT, runCli, scratchDir, type CliResult } from './support/run-cli';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scratch = scratchDir('aep-readme-loop-');
let server: MailServer;

beforeAll(async () => {
  assertBuilt();
  server = await startMailServer();
});
afterAll(async () => {
  await server.close();
  scratch.cleanup();
});

/** The lines of the ```sh block of the README's onboarding section, comments and blanks left out. */
function loopLines(): string[] {
  const at = readme.indexOf('## Onboarding by hand, end to end');
  if (at === -1) throw new Error('the README has no onboarding section');
  const match = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (match === null) throw new Error('the onboarding section has no sh block');
  return match[1]!
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Shell words of one line: double quotes group, $NAME expands from `vars`. */
function words(line: string, vars: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|(\S+)/g)) {
    const word = (match[1] ?? match[2]!).replace(/\$(\w+)/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`$${name} is not set in the README's block`);
      return value;
    });
    out.push(word);
  }
  return out;
}

describe("the README's onboarding loop, on the bundled sample", () => {
  it('plans, sends 17 emails, finds the reminders due a week later and sends only those, never twice', async () => {
    cpSync(join(ROOT, 'examples'), join(scratch.dir, 'examples'), { recursive: true });
    const vars: Record<string, string> = {};
    const runs: { readonly command: string; readonly result: CliResult; readonly receivedAfter: number }[] = [];
    for (const line of loopLines()) {
      const argv = words(line, vars);
      if (argv[0] === 'export') {
        for (const assignment of argv.slice(1)) {
          const [name, value] = assignment.split('=') as [string, string];
          vars[name] = value;
        }
      } else if (argv[0] === 'cp') {
        cpSync(join(scratch.dir, argv[1]!), join(scratch.dir, argv[2]!));
      } else if (argv.join(' ') === 'npm run mail-server') {
        // The test's own server stands in for it, on a free port.
      } else if (argv[0] === 'npm' && argv[1] === 'start' && argv[2] === '--') {
        const args = argv.slice(3).map((arg) => arg.replace('smtp://127.0.0.1:2525', server.url));
        const result = await runCli(args, { cwd: scratch.dir });
        runs.push({ command: args[0]!, result, receivedAfter: server.received.length });
      } else {
        throw new Error(`the test does not know how to run: ${line}`);
      }
    }
    expect(runs.map((run) => run.command)).toEqual(['plan', 'send', 'reminders', 'send']);
    for (const { command, result } of runs) expect(result.code, `${command}: ${result.stderr}`).toBe(0);
    const [plan, firstSend, reminders, secondSend] = runs.map((run) => run.result) as [CliResult, CliResult, CliResult, CliResult];

    // 1. The plan names users by email and says who needs an email by hand.
    expect(plan.stdout).toMatch(/^emma\.leroy@harbourpine\.example +manual-required +new-user /m);
    expect(plan.stdout).toMatch(/manual-required +18 +\(new-user 8, inactive-user 10\)/);

    // 2. The first send: 8 activation emails and 9 reminders, one message per user.
    const firstBatch = runs[1]!.receivedAfter;
    expect(firstBatch).toBe(17);
    expect(firstSend.stdout).toMatch(/Sent 17, failed 0, deferred 0, uncertain 0/);
    const first = await server.parse(server.received[0]!);
    expect(first.to).toMatchObject({ text: 'emma.leroy@harbourpine.example' });
    expect(first.text).toContain('https://harbourpine.webex.com/meet/emma.leroy');
    expect(first.text).toContain('https://settings.webex.com');

    // 3. A week later the journal alone says who is due: the 8 new users emailed a week ago, and
    // those reminded then whose next reminder has come.
    const summary = /(\d+) inactive users: (\d+) due, (\d+) upcoming, (\d+) exhausted/.exec(reminders.stdout);
    expect(summary, reminders.stdout).not.toBeNull();
    const [inactive, due] = [Number(summary![1]), Number(summary![2])];
    expect(inactive).toBe(18);
    expect(due).toBe(15);

    // 4. The second send emails only users it had not emailed in the first, or reminders now due;
    // nobody gets a second activation email, nobody is emailed twice the same day.
    const second = server.received.slice(firstBatch);
    expect(second.length).toBe(due);
    expect(secondSend.stdout).toMatch(new RegExp(`Sent ${second.length}, failed 0, deferred 0, uncertain 0`));
    const subjects = await Promise.all(second.map(async (message) => (await server.parse(message)).subject ?? ''));
    expect(subjects.every((subject) => /remind/i.test(subject))).toBe(true);
    const perRecipient = new Map<string, number>();
    for (const message of second) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);

    // The journal agrees with the server: one sent entry per accepted message.
    const journal = readFileSync(join(scratch.dir, 'journal.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { status?: string });
    expect(journal.filter((entry) => entry.status === 'sent')).toHaveLength(server.received.length);
  });
});
