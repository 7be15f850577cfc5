// The bin, as a user gets it: `npm pack`, install the tarball in an empty project, run it with npx.
// (The library entries of the same tarball are covered in test/package.)
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked, run } from '../support/packed';
import { assertBuilt, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-bin-');

beforeAll(() => {
  assertBuilt();
  installPacked(scratch.dir);
}, 240_000);
afterAll(() => scratch.cleanup());

describe('the installed bin', () => {
  it('is linked, executable, and starts with a node shebang', () => {
    const bin = join(scratch.dir, 'node_modules', '.bin', 'activation-email-policy');
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readFileSync(realpathSync(bin), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('npx activation-email-policy plan --sample --auto-send off prints the sample plan', () => {
    const stdout = run('npx', ['--no', 'activation-email-policy', 'plan', '--sample', '--auto-send', 'off'], scratch.dir);
    expect(stdout).toMatch(/^Automatic activation emails: off$/m);
    expect(stdout).toMatch(/^emma\.leroy@harbourpine\.example\s+manual-required\s+new-user\s+/m);
    expect(stdout).toMatch(/^36 users planned, 0 invalid rows$/m);
    expect(stdout).toMatch(/^ {2}manual-required\s+18 {3}\(new-user 8, inactive-user 10\)$/m);
  });

  it('--version matches the packed package.json', () => {
    const installed = JSON.parse(
      execFileSync('node', ['-p', 'JSON.stringify(require("activation-email-policy/package.json"))'], { cwd: scratch.dir, encoding: 'utf8' }),
    ) as { version: string };
    expect(run('npx', ['--no', '--', 'activation-email-policy', '--version'], scratch.dir)).toBe(`${installed.version}\n`);
  });
});
