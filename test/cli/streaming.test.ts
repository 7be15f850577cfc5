// A large input piped through standard input, as `cat users.ndjson | activation-email-policy plan`.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planActivation } from '../../src/index';
import { assertBuilt, CLI, runCli, scratchDir } from './support/run-cli';

const LINES = 100_000;

/** The i-th user of a synthetic org; every rule row comes up, one line in 10,007 is broken. */
function user(index: number): string {
  if (index % 10_007 === 5) return `{"id": "u${index}", "license": "gold", "hasSignedIn": false}`;
  const license = index % 5 === 0 ? 'free' : 'paid';
  const previousLicense = index % 7 === 0 ? 'free' : null;
  const invitedAt = index % 3 === 0 ? '2026-10-0' + ((index % 9) + 1) + 'T09:00:00+02:00' : null;
  return JSON.stringify({ id: `u${index}`, license, previousLicense, hasSignedIn: index % 4 === 0, invitedAt });
}

function* chunks(): Generator<string> {
  let batch = '';
  for (let index = 0; index < LINES; index += 1) {
    batch += `${user(index)}\n`;
    if (batch.length > 256 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield batch;
}

const scratch = scratchDir('aep-cli-stream-');
beforeAll(assertBuilt);
afterAll(() => scratch.cleanup());

describe(`a piped ${LINES.toLocaleString('en')}-line NDJSON input`, () => {
  it('is planned in full, in order, with the broken lines reported by number', async () => {
    const result = await runCli(['plan', '-', '--auto-send', 'off', '--format', 'json'], { stdin: chunks() });
    const users = Array.from({ length: LINES }, (_, index) => JSON.parse(user(index)) as unknown);
    const expected = planActivation({ autoSendActivationEmails: false }, users);
    const plan = JSON.parse(result.stdout);
    expect(plan.decisions.length + plan.invalid.length).toBe(LINES);
    expect(plan.byKind).toEqual(expected.byKind);
    expect(plan.invalid).toEqual(expected.invalid);
    const reported = result.stderr.trimEnd().split('\n');
    expect(reported).toHaveLength(expected.invalid.length);
    expect(reported[0]).toBe('line 6: license: must be "free" or "paid" (received "gold")');
    expect(result.code).toBe(1);
  });

  it('streams the CSV output row by row, one per valid user', async () => {
    const result = await runCli(['plan', '-', '--format', 'csv'], { stdin: chunks() });
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(1 + LINES - Math.ceil((LINES - 5) / 10_007));
    expect(rows[1]).toMatch(/^u0,skip-free,/);
    expect(rows.at(-1)).toMatch(/^u99999,/);
  });
});

describe('a reader that stops early (| head)', () => {
  it('ends quietly with exit code 0 once the pipe closes, without reading the rest', async () => {
    const valid = Array.from({ length: LINES }, (_, index) => `{"id":"u${index}","license":"paid","hasSignedIn":false}\n`);
    const path = scratch.write('big.ndjson', valid.join(''));
    const child = spawn(process.execPath, [CLI, 'plan', path, '--format', 'csv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.startsWith('userId,kind,')).toBe(true);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
