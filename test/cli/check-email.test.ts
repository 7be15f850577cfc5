// `check-email` on draft files: what is missing and why; exit code 1 until complete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManualEmail } from '../../src/index';
import { assertBuilt, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-check-');
beforeAll(assertBuilt);
afterAll(() => scratch.cleanup());

const complete = {
  rolloutPlan: 'From 1 December every team moves its meetings and chat to Webex.',
  appValue: 'One app for calls, meetings and team spaces, on the desk and on the phone.',
  supportLinks: ['https://intranet.corp.example/help/webex'],
  trainingLinks: ['https://learn.corp.example/webex-101'],
  userPortalLink: 'https://settings.webex.com',
  activationInstructions: 'Sign in with your company account on the SSO page; the app then signs you in.',
};

describe('check-email', () => {
  it('a complete draft: exit 0, every item ok', async () => {
    const result = await runCli(['check-email', scratch.write('draft.json', JSON.stringify(complete))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Complete: the draft carries all 6 items/);
    expect(result.stdout.match(/^ {2}ok {7}/gm)).toHaveLength(6);
  });

  it('--meetings requires the PMR link too: exit 1, the item and why', async () => {
    const result = await runCli(['check-email', scratch.write('draft.json', JSON.stringify(complete)), '--meetings']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Incomplete: 1 of 7 items missing\.$/m);
    expect(result.stdout).toMatch(/^ {2}MISSING {2}pmr-link\s+pmrLink /m);
  });

  it('--format json prints the object checkManualEmail returns, from standard input', async () => {
    const draft = { ...complete, userPortalLink: 'javascript:alert(1)', trainingLinks: [] };
    const result = await runCli(['check-email', '-', '--format', 'json'], { stdin: JSON.stringify(draft) });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual(checkManualEmail(draft, { meetingsIncluded: false }));
    expect(JSON.parse(result.stdout).missing).toEqual(['training-links', 'user-portal-link']);
  });

  it('--lang fr: the verdict, the states and each problem in French', async () => {
    const draft = { ...complete, trainingLinks: [] };
    const result = await runCli(['check-email', scratch.write('draft.json', JSON.stringify(draft)), '--meetings', '--lang', 'fr']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Incomplet\u00a0: 2 éléments manquants sur 7\.$/m);
    expect(result.stdout.match(/^ {2}ok {8}/gm)).toHaveLength(5);
    for (const problem of checkManualEmail(draft, { meetingsIncluded: true }, 'fr').problems) {
      expect(result.stdout).toContain(`  MANQUANT  ${problem.item.padEnd(23)}  ${problem.message}\n`);
    }
  });

  it('a draft that is not JSON, or not an object, is a usage error', async () => {
    const broken = await runCli(['check-email', scratch.write('broken.json', '{ "rolloutPlan": ')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^activation-email-policy check-email: draft .* is not valid JSON/);
    const list = await runCli(['check-email', scratch.write('list.json', '[]')]);
    expect(list.code).toBe(2);
  });
});
