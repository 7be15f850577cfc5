// The preview page in Debian's Chromium, driven by playwright-core (no browser download).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  explain,
  explainAdvisory,
  OUTCOME_KINDS,
  planActivation,
  previewSettingsChange,
  type OrgSettings,
} from '../../src/index';
import { composeManualEmail } from '../../src/compose';
import { readUsersFromText, SAMPLE_USERS } from '../../src/formats';
import { loadUsers } from '../../examples/preview-page/src/load-users';

const root = resolve(__dirname, '../..');
const artifacts = join(root, 'artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let server: Server;
let url = '';
let context: BrowserContext;
let page: Page;
let profile = '';
let scratch = '';
/** How long the 300,000-row file took, from picked to shown. */
let bigFileMillis = 0;

/** Waits until the worker has answered every request the page made (plans and pages of users). */
async function settled(): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['busy'] === 'false', undefined, { timeout: 60_000 });
}

async function shownCounts(): Promise<Record<string, number>> {
  await settled();
  const counts: Record<string, number> = {};
  for (const kind of OUTCOME_KINDS) {
    counts[kind] = Number(await page.locator(`#counts [data-count="${kind}"]`).textContent());
  }
  return counts;
}

function expectedCounts(settings: OrgSettings, users: Iterable<unknown>): Record<string, number> {
  const plan = planActivation(settings, users);
  return Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, plan.byKind[kind].length]));
}

beforeAll(async () => {
  const { servePage } = (await import(join(root, 'examples/preview-page/serve.mjs'))) as {
    servePage: (port?: number) => Promise<{ server: Server; url: string }>;
  };
  ({ server, url } = await servePage(0));
  profile = mkdtempSync(join(tmpdir(), 'aep-chromium-'));
  scratch = mkdtempSync(join(tmpdir(), 'aep-page-files-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await context?.close();
  await new Promise((done) => server?.close(done));
  for (const folder of [profile, scratch]) if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

describe('the preview page', () => {
  it('plans the bundled sample on load, with the counts planActivation gives', async () => {
    expect(await shownCounts()).toEqual(expectedCounts({ autoSendActivationEmails: true }, SAMPLE_USERS));
    expect(await page.textContent('#source-status')).toMatch(new RegExp(`^Sample org: ${SAMPLE_USERS.length} users, planned in \\d+ ms\\.$`));
    expect(await page.locator('#users tbody tr').count()).toBe(Math.min(100, SAMPLE_USERS.length));
  });

  it('labels every control, so a screen reader names each one', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter((control) => (control as HTMLInputElement).labels?.length === 0)
        .map((control) => control.id),
    );
    expect(unlabelled).toEqual([]);
  });

  it('turns auto-send off from the keyboard and shows who changes, the counts and the advisories', async () => {
    await page.focus('#auto-send');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#auto-send')).toBe(false);
    await settled();
    const off = { autoSendActivationEmails: false, meetingsIncluded: false };
    expect(await shownCounts()).toEqual(expectedCounts(off, SAMPLE_USERS));
    const preview = previewSettingsChange({ autoSendActivationEmails: true, meetingsIncluded: false }, off, SAMPLE_USERS);
    expect(preview.changes.length).toBeGreaterThan(0);
    expect(await page.locator('#changes tbody tr').count()).toBe(Math.min(50, preview.changes.length));
    const advisories = await page.locator('#advisories li').allTextContents();
    expect(advisories).toEqual(preview.advisories.map((code) => explainAdvisory(code, 'en')));
    const manual = await page.locator('#users tbody tr', { hasText: 'Manual email needed' }).count();
    expect(manual).toBe(planActivation(off, SAMPLE_USERS).byKind['manual-required'].length);
  });

  it('shows the checklist filling in as a draft is typed', async () => {
    const missing = () => page.locator('#checklist [data-state="missing"]').count();
    const before = await missing();
    expect(before).toBe(6);
    await page.fill('#rolloutPlan', 'Webex replaces the desk phones on 1 June; every team moves by the end of June.');
    await page.fill('#appValue', 'Calls, meetings and messages in one app, on every device.');
    expect(await missing()).toBe(4);
    await page.fill('#supportLinks', 'javascript:alert(1)');
    expect(await page.locator('#checklist [data-item="support-links"]').getAttribute('data-state')).toBe('missing');
    await page.fill('#supportLinks', 'https://help.example.com/webex');
    await page.fill('#trainingLinks', 'https://learn.example.com/webex\nhttps://learn.example.com/webex-meetings');
    await page.fill('#userPortalLink', 'https://settings.webex.com');
    await page.fill('#activationInstructions', 'Sign in on the company SSO page with your usual credentials; the app then signs you in.');
    expect(await missing()).toBe(0);
    expect(await page.locator('#checklist [data-state="complete"]').count()).toBe(1);
    await page.check('#meetings');
    await settled();
    expect(await page.locator('#checklist [data-item="pmr-link"]').getAttribute('data-state')).toBe('missing');
  });

  it('switches to French, explanations included', async () => {
    await page.selectOption('#lang', 'fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toBe("Aperçu des courriers électroniques d'activation");
    const firstId = await page.locator('#users tbody tr').first().getAttribute('data-user');
    const settings = { autoSendActivationEmails: false, meetingsIncluded: true };
    const decision = planActivation(settings, SAMPLE_USERS).decisions.find((candidate) => candidate.userId === firstId);
    expect(decision).toBeDefined();
    expect(await page.locator('#users tbody tr').first().locator('td').last().textContent()).toBe(explain(decision!, 'fr'));
    expect(await page.locator('#checklist [data-item="pmr-link"]').textContent()).toBe(
      'Lien de la salle de réunion personnelle (PMR)\u00a0: pmrLink est absent\u00a0: il faut le lien https de la salle de réunion personnelle (PMR).',
    );
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'preview-page-fr.png'), fullPage: true });
    expect(statSync(join(artifacts, 'preview-page-fr.png')).size).toBeGreaterThan(10_000);
    await page.selectOption('#lang', 'en');
  });

  it('loads a CSV file with bad rows, plans the rest and reports each bad row', async () => {
    const csv = [
      'id,license,previousLicense,hasSignedIn,invitedAt',
      'ana@example.com,paid,,false,',
      'ben@example.com,free,,false,',
      'cy@example.com,paid,free,false,2026-05-01T08:30:00Z',
      'dee@example.com,gold,,false,',
      'eli@example.com,paid,,false,2026-02-30T08:30:00Z',
      'ana@example.com,paid,,true,',
      'fay@example.com,paid,paid,false,2026-05-01T08:30:00+02:00',
    ].join('\n');
    const file = join(scratch, 'org.csv');
    writeFileSync(file, csv);
    await page.setInputFiles('#users-file', file);
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('org.csv'));
    const loaded = loadUsers(new TextEncoder().encode(csv));
    if (!loaded.ok) throw new Error(loaded.message);
    const settings = { autoSendActivationEmails: false, meetingsIncluded: true };
    expect(await shownCounts()).toEqual(expectedCounts(settings, loaded.users));
    const plan = planActivation(settings, loaded.users);
    expect(plan.invalid).toHaveLength(3);
    await page.click('#invalid summary');
    const reported = await page.locator('#invalid li').allTextContents();
    expect(reported).toHaveLength(3);
    expect(reported[0]).toMatch(/^line 5: license: /);
    expect(reported[1]).toMatch(/^line 6: invitedAt: /);
    // The repeat names the earlier row as the file does, not by its position in the batch.
    expect(reported[2]).toBe('line 7: id: is a duplicate: line 2 already has this id');
  });

  it('reads a UTF-16 file with a byte order mark (Excel\'s "Unicode text") as the same users, and refuses one that is not text', async () => {
    const csv = 'id,license,previousLicense,hasSignedIn,invitedAt\r\nzoé@example.com,paid,,false,\r\nyann@example.com,free,,false,\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const file = join(scratch, 'unicode.csv');
    writeFileSync(file, utf16);
    await page.setInputFiles('#users-file', file);
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('unicode.csv'));
    const loaded = loadUsers(new Uint8Array(utf16));
    const same = loadUsers(new TextEncoder().encode(csv));
    if (!loaded.ok || !same.ok) throw new Error('expected both files read');
    expect(loaded.users).toEqual(same.users);
    expect(loaded.users).toHaveLength(2);
    await settled();
    expect(await page.locator('#users tbody tr[data-user="zoé@example.com"]').count()).toBe(1);

    const binary = join(scratch, 'photo.csv');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    await page.setInputFiles('#users-file', binary);
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.includes('photo.csv'));
    expect(await page.textContent('#source-status')).toContain('the input is not text');
  });

  it('plans a 50,000-user file without freezing the page', async () => {
    const lines: string[] = [];
    for (let index = 0; index < 50_000; index += 1) {
      const license = index % 7 === 0 ? 'free' : 'paid';
      const previous = index % 11 === 0 ? 'free' : index % 2 === 0 ? 'paid' : null;
      const invitedAt = index % 3 === 0 ? '2026-05-01T08:30:00.000Z' : null;
      lines.push(JSON.stringify({ id: `user-${index}`, license, previousLicense: previous, hasSignedIn: index % 5 === 0, invitedAt }));
    }
    const file = join(scratch, 'large.ndjson');
    writeFileSync(file, lines.join('\n'));
    await page.setInputFiles('#users-file', file);
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('large.ndjson'), undefined, {
      timeout: 60_000,
    });
    const millis = Number(await page.getAttribute('body', 'data-planned-millis'));
    console.log(`50,000 users read and planned in the page in ${millis} ms`);
    const loaded = loadUsers(new TextEncoder().encode(lines.join('\n')));
    if (!loaded.ok) throw new Error(loaded.message);
    const settings = { autoSendActivationEmails: false, meetingsIncluded: true };
    expect(await shownCounts()).toEqual(expectedCounts(settings, loaded.users));
    // Only a page of rows is drawn, whatever the size of the org.
    expect(await page.locator('#users tbody tr').count()).toBe(100);
    // The page still answers: flipping the setting back re-plans every user.
    const flipStarted = Date.now();
    await page.click('#auto-send');
    expect(await shownCounts()).toEqual(expectedCounts({ autoSendActivationEmails: true, meetingsIncluded: true }, loaded.users));
    console.log(`flipping auto-send on 50,000 users took ${Date.now() - flipStarted} ms end to end`);
    await page.screenshot({ path: join(artifacts, 'preview-page-large.png') });
  });
  it('reads and plans a large CSV in its worker while the page keeps drawing frames, with progress, and the library\'s result', async () => {
    const lines = ['id,license,previousLicense,hasSignedIn,invitedAt,lastEmailedAt,remindersSent'];
    for (let index = 0; index < 300_000; index += 1) {
      const invited = index % 3 === 0 ? '2026-05-01T08:30:00Z' : '';
      const license = index % 97 === 0 ? 'gold' : index % 7 === 0 ? 'free' : 'paid';
      // Every 1009th row is cut short: unreadable, reported with its line.
      if (index % 1009 === 0) lines.push(`user-${index}@example.com,paid`);
      else lines.push(`user-${index}@example.com,${license},${index % 11 === 0 ? 'free' : ''},${index % 5 === 0},${invited},,`);
    }
    const text = `${lines.join('\n')}\n`;
    const file = join(scratch, 'big.csv');
    writeFileSync(file, text);
    await settled();
    // A frame counter on the page's own thread: a page that reads on it stops drawing meanwhile.
    await page.evaluate(() => {
      const watch = { frames: 0, maxGap: 0, last: performance.now(), stop: false, statuses: [] as string[] };
      (window as unknown as { watch: typeof watch }).watch = watch;
      const tick = (now: number): void => {
        watch.maxGap = Math.max(watch.maxGap, now - watch.last);
        watch.last = now;
        watch.frames += 1;
        if (!watch.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // Each report of the worker: the words, and the bar as `value/max` (`-` while it has no value).
      const status = document.getElementById('source-status')!;
      const bar = document.getElementById('progress') as HTMLProgressElement;
      const observer = new MutationObserver(() =>
        watch.statuses.push(`${status.textContent ?? ''}|${bar.hasAttribute('value') ? `${bar.value}/${bar.max}` : '-'}`),
      );
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      observer.observe(bar, { attributes: true });
    });
    const started = Date.now();
    await page.setInputFiles('#users-file', file);
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('big.csv'), undefined, { timeout: 120_000 });
    const took = Date.now() - started;
    bigFileMillis = took;
    const watch = await page.evaluate(() => {
      const { watch } = window as unknown as { watch: { frames: number; maxGap: number; stop: boolean; statuses: string[] } };
      watch.stop = true;
      return watch;
    });
    console.log(`300,000 CSV rows in the worker: ${took} ms, ${watch.frames} frames, longest gap between frames ${Math.round(watch.maxGap)} ms`);
    expect(watch.maxGap).toBeLessThan(500);
    expect(watch.frames).toBeGreaterThan(took / 100);
    // Progress, line by line, then the planning, before the result.
    const reading = watch.statuses.filter((status) => /^Reading the users: line (\d+) of 300002…\|\1\/300002$/.test(status));
    expect(reading.length).toBeGreaterThanOrEqual(5);
    const planning = watch.statuses.filter((status) => /^Planning 299702 users…\|([1-9]\d*)\/299702$/.test(status));
    expect(planning.length).toBeGreaterThanOrEqual(3);
    expect(watch.statuses.indexOf(reading[0]!)).toBeLessThan(watch.statuses.indexOf(planning[0]!));
    expect(await page.isHidden('#progress-line')).toBe(true);
    // The counts and the unreadable rows are the library's for the same text.
    const input = readUsersFromText(text);
    if (!input.ok || input.format !== 'csv') throw new Error('expected CSV records');
    const users = input.records.filter((record) => record.issues === undefined).map((record) => record.value);
    expect(users).toHaveLength(299_702);
    const settings = { autoSendActivationEmails: await page.isChecked('#auto-send'), meetingsIncluded: await page.isChecked('#meetings') };
    expect(await shownCounts()).toEqual(expectedCounts(settings, users));
    expect(await page.textContent('#invalid summary')).toBe(`${298 + planActivation(settings, users).invalid.length} items could not be decided`);
    const first = planActivation(settings, users).decisions.slice(0, 100).map((decision) => decision.userId);
    expect(await page.locator('#users tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-user')))).toEqual(first);
  });

  it('drops a file still being read when another is picked, and shows the one picked last', async () => {
    await settled();
    // Another name than the last file's: picking the same file again is no change.
    copyFileSync(join(scratch, 'big.csv'), join(scratch, 'big-again.csv'));
    await page.setInputFiles('#users-file', join(scratch, 'big-again.csv'));
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('Reading the users'));
    const started = Date.now();
    await page.setInputFiles('#users-file', join(scratch, 'org.csv'));
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('org.csv'));
    await settled();
    const took = Date.now() - started;
    const loaded = loadUsers(new Uint8Array(readFileSync(join(scratch, 'org.csv'))));
    if (!loaded.ok) throw new Error(loaded.message);
    const settings = { autoSendActivationEmails: await page.isChecked('#auto-send'), meetingsIncluded: await page.isChecked('#meetings') };
    expect(await shownCounts()).toEqual(expectedCounts(settings, loaded.users));
    expect(loaded.users).toHaveLength(7);
    expect(await page.textContent('#source-status')).toMatch(/^org\.csv: 7 users read and planned in \d+ ms\.$/);
    console.log(`the second file was shown ${took} ms after it was picked, the first one dropped mid-read`);
    // Had the worker finished the first file first, the second would have waited most of its time.
    expect(bigFileMillis).toBeGreaterThan(0);
    expect(took).toBeLessThan(bigFileMillis / 2);

    // Dropped for a file that cannot be read: the page shows no users (the worker holds none), and still answers.
    copyFileSync(join(scratch, 'big.csv'), join(scratch, 'big-once-more.csv'));
    await page.setInputFiles('#users-file', join(scratch, 'big-once-more.csv'));
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('Reading the users'));
    await page.setInputFiles('#users-file', join(scratch, 'photo.csv'));
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.includes('photo.csv'));
    expect(await page.textContent('#source-status')).toContain('the input is not text');
    expect(Object.values(await shownCounts())).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await page.textContent('#page-status')).toBe('Users 0–0 of 0');
    await page.click('#auto-send');
    expect(Object.values(await shownCounts())).toEqual([0, 0, 0, 0, 0, 0]);
    await page.click('#auto-send');
    await settled();
  });

  it('shows the email a chosen user would get, its HTML in a frame that runs no script, in the page\'s language', async () => {
    await page.click('#use-sample');
    if (await page.isChecked('#auto-send')) await page.click('#auto-send');
    if (await page.isChecked('#meetings')) await page.click('#meetings');
    await settled();
    const plan = planActivation({ autoSendActivationEmails: false, meetingsIncluded: false }, SAMPLE_USERS);
    const manual = plan.decisions.filter((decision) => decision.kind === 'manual-required');
    const options = await page.locator('#email-user option').evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    expect(options).toEqual(manual.map((decision) => decision.userId));
    const draft = {
      rolloutPlan: 'Webex replaces the desk phones on 1 June. <script>parent.document.body.dataset.pwned = "1"</script>',
      appValue: 'Calls, meetings & messages in one app <img src=x onerror="parent.document.body.dataset.pwned = 1">',
      supportLinks: ['https://help.example.com/webex'],
      trainingLinks: ['https://learn.example.com/webex'],
      userPortalLink: 'https://settings.webex.com',
      activationInstructions: 'Sign in on the company SSO page with your usual credentials.',
    };
    for (const field of ['rolloutPlan', 'appValue', 'userPortalLink', 'activationInstructions'] as const) await page.fill(`#${field}`, draft[field]);
    await page.fill('#supportLinks', draft.supportLinks.join('\n'));
    await page.fill('#trainingLinks', draft.trainingLinks.join('\n'));
    await page.fill('#pmrLink', '');
    const reminder = manual.find((decision) => decision.kind === 'manual-required' && decision.trigger === 'inactive-user');
    expect(reminder).toBeDefined();
    for (const [decision, kind] of [
      [manual[0]!, 'activation'],
      [reminder!, 'reminder'],
    ] as const) {
      await page.selectOption('#email-user', decision.userId);
      await page.waitForFunction((id) => document.body.dataset['emailShown'] === id, decision.userId);
      const expected = composeManualEmail(draft, { email: decision.userId }, { locale: 'en', email: kind, meetingsIncluded: false });
      expect(await page.textContent('#email-to')).toBe(expected.to);
      expect(await page.textContent('#email-subject')).toBe(expected.subject);
      expect(await page.textContent('#email-text pre')).toBe(expected.text);
      // srcdoc, and a sandbox that allows nothing: no script, no form, no pop-up, no navigation.
      expect(await page.getAttribute('#email-frame', 'srcdoc')).toBe(expected.html);
      expect(await page.getAttribute('#email-frame', 'sandbox')).toBe('');
    }
    const frame = page.frameLocator('#email-frame');
    await expect.poll(() => frame.locator('body').textContent()).toContain('Webex replaces the desk phones on 1 June. <script>');
    expect(await frame.locator('script, img').count()).toBe(0);
    expect(await page.getAttribute('body', 'data-pwned')).toBeNull();

    // The page's language is the email's.
    await page.selectOption('#lang', 'fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    const french = composeManualEmail(draft, { email: reminder!.userId }, { locale: 'fr', email: 'reminder', meetingsIncluded: false });
    expect(await page.textContent('#email-subject')).toBe(french.subject);
    expect(await page.getAttribute('#email-frame', 'srcdoc')).toBe(french.html);
    await page.selectOption('#lang', 'en');

    // With Webex Meetings the draft lacks its PMR link: no email, and the page says why.
    await page.click('#meetings');
    await settled();
    expect(await page.locator('#email-frame').count()).toBe(0);
    expect(await page.textContent('#email-status')).toBe('The draft is not complete yet: the checklist above says what it lacks.');
    // The sample draft fills every item; the PMR link becomes each user's own.
    await page.click('#sample-draft');
    expect(await page.locator('#checklist [data-state="complete"]').count()).toBe(1);
    const [, local] = /^([^@]+)@/.exec(reminder!.userId) ?? [];
    expect(await page.textContent('#email-text pre')).toContain(`https://example.webex.com/meet/${local}`);
    // With automatic emails on, nobody is written to by hand.
    await page.click('#auto-send');
    await settled();
    expect(await page.locator('#email-user option').count()).toBe(0);
    expect(await page.textContent('#email-status')).toBe(
      'No user needs a manual email with these settings: with automatic emails on, Control Hub writes to them.',
    );
    await page.screenshot({ path: join(artifacts, 'preview-page-email.png'), fullPage: true });
  });

  it("writes to the snapshot's email address, and says so when a user has none", async () => {
    const csv = [
      'id,license,previousLicense,hasSignedIn,invitedAt,email',
      'u-1,paid,,false,,ana.lima@example.com',
      'u-2,paid,,false,,',
      'u-3,paid,,false,2026-05-01T08:30:00Z,cy@example.com',
    ].join('\n');
    const file = join(scratch, 'emails.csv');
    writeFileSync(file, csv);
    if (await page.isChecked('#auto-send')) await page.click('#auto-send');
    await page.setInputFiles('#users-file', file);
    await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('emails.csv'));
    await settled();
    expect(await page.locator('#email-user option').allTextContents()).toEqual([
      'u-1 (activation email)',
      'u-2 (activation email)',
      'u-3 (reminder)',
    ]);
    await page.click('#sample-draft');
    await page.selectOption('#email-user', 'u-1');
    await page.waitForFunction(() => document.body.dataset['emailShown'] === 'u-1');
    expect(await page.textContent('#email-to')).toBe('ana.lima@example.com');
    await page.selectOption('#email-user', 'u-3');
    await page.waitForFunction(() => document.body.dataset['emailShown'] === 'u-3');
    expect(await page.textContent('#email-to')).toBe('cy@example.com');
    expect(await page.textContent('#email-subject')).toBe('Reminder: activate your Webex account');
    await page.selectOption('#email-user', 'u-2');
    await page.waitForFunction(() => document.body.dataset['emailShown'] === undefined);
    expect(await page.textContent('#email-status')).toBe('u-2 has no email address in the file, and its id is not one.');
    expect(await page.locator('#email-frame').count()).toBe(0);
  });
});
