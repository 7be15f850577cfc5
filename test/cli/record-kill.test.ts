// `record` killed with SIGKILL while it writes (node dist/cli.js as a child process, as a
// user's shell runs it), at moments drawn at random, several times over: the journal keeps whole
// lines (but for a last line cut short, which the next run cuts off), never one user twice, and a
// rerun completes it exactly.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJournalEntry } from '../../src/journal/index';
import { assertBuilt, CLI, ROOT, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-record-kill-');
beforeAll(() => assertBuilt());
afterAll(() => scratch.cleanup());

const AT = '2026-11-20T09:00:00Z';
const USERS = 10_000;
const IDS = Array.from({ length: USERS }, (_, n) => `user-${String(n).padStart(6, '0')}@corp.example`);
const LINE_BYTES = IDS.map((id) => `{"userId":"${id}","at":"${AT}","email":"activation"}\n`.length);
const TOTAL_BYTES = LINE_BYTES.reduce((sum, n) => sum + n, 0);

/** A small seeded generator (mulberry32), so that a failing run can be told by its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function size(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/**
 * Starts `record` and kills it with SIGKILL once the journal holds `bytes` bytes (or, with
 * `afterMs`, after that many milliseconds, whatever it is doing). Resolves with how it ended.
 */
function recordAndKill(journal: string, ids: string, when: { bytes: number } | { afterMs: number }): Promise<'killed' | 'finished'> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, 'record', '--journal', journal, '--email', 'activation', '--at', AT, '--ids', ids], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    child.on('error', fail);
    const kill = (): void => {
      clearInterval(watch);
      child.kill('SIGKILL');
    };
    const watch = setInterval(() => {
      if ('bytes' in when && size(journal) >= when.bytes) kill();
    }, 1);
    if ('afterMs' in when) setTimeout(kill, when.afterMs);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      if (signal === 'SIGKILL') done('killed');
      else if (code === 0) done('finished');
      else fail(new Error(`record exited with ${code}`));
    });
  });
}

/**
 * Every line whole and a valid entry, no user twice, and the users a prefix of the list, in
 * order; returns how many. Right after a kill (`afterKill`), the last line may be torn: Linux
 * copies a write into the file a page at a time and gives up between two pages once SIGKILL is
 * pending, so a line that straddles a 4 KiB page boundary can be cut. It must then be the start
 * of the next line due, never anything else, and the next run cuts it off before appending.
 */
function checkJournal(path: string, afterKill = false): number {
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const cut = text.lastIndexOf('\n') + 1;
  if (afterKill && cut < text.length) {
    const torn = text.slice(cut);
    const whole = cut === 0 ? 0 : text.slice(0, cut - 1).split('\n').length;
    expect(`{"userId":"${IDS[whole]}","at":"${AT}","email":"activation"}\n`.startsWith(torn), `a torn last line is the start of line ${whole + 1}`).toBe(true);
    text = text.slice(0, cut);
  }
  expect(text === '' || text.endsWith('\n'), 'the journal ends with a whole line').toBe(true);
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  const ids = lines.map((line, index) => {
    const parsed = parseJournalEntry(JSON.parse(line));
    expect(parsed.ok, `line ${index + 1} is a valid entry`).toBe(true);
    return parsed.ok ? parsed.value.userId : '';
  });
  expect(new Set(ids).size, 'no user twice').toBe(ids.length);
  expect(ids, 'the users in the order given').toEqual(IDS.slice(0, ids.length));
  return ids.length;
}

describe('record killed with SIGKILL while writing', () => {
  it('leaves whole lines, no duplicate, and a rerun completes the journal exactly', async () => {
    const seed = Number(process.env.RECORD_KILL_SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const ids = scratch.write('ids.txt', `${IDS.join('\n')}\n`);
    let cutMidway = 0;
    const trials = 5;
    for (let trial = 0; trial < trials; trial += 1) {
      const journal = join(scratch.dir, `journal-${trial}.ndjson`);
      const kills = 1 + Math.floor(next() * 3);
      for (let kill = 0; kill < kills; kill += 1) {
        const written = size(journal);
        // The first kill of the first trial falls at a random time, startup included; the others
        // at a random point of what is left to write.
        const when =
          trial === 0 && kill === 0
            ? { afterMs: Math.floor(next() * 400) }
            : { bytes: written + 1 + Math.floor(next() * (TOTAL_BYTES - written - 1)) };
        const ended = await recordAndKill(journal, ids, when);
        const lines = checkJournal(journal, ended === 'killed');
        if (ended === 'killed' && lines > 0 && lines < USERS) cutMidway += 1;
      }
      const before = checkJournal(journal, true);
      const rerun = await runCli(['record', '--journal', journal, '--email', 'activation', '--at', AT, '--ids', ids]);
      expect(rerun.code, `seed ${seed}: ${rerun.stderr}`).toBe(0);
      const already = before > 0 ? `; ${before} already there, not added again` : '';
      expect(rerun.stdout).toBe(`${USERS - before} activation emails recorded in ${journal}, sent at ${AT}${already}\n`);
      expect(checkJournal(journal), `seed ${seed}: every user once`).toBe(USERS);
    }
    // The kills fell while lines were being written, not only before or after.
    expect(cutMidway, `seed ${seed}`).toBeGreaterThan(0);
  });
});
