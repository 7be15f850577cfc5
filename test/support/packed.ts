// The package as a user gets it: `npm pack`, then the tarball installed in an empty project.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root. */
export const ROOT = resolve(__dirname, '../..');

/** Runs a program and gives its standard output; a non-zero exit throws. */
export function run(file: string, args: readonly string[], cwd: string): string {
  return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Packs the package (building it first when `dist` is missing) into `dir`, makes `dir` an empty
 * project and installs the tarball there, with the `extra` packages beside it.
 */
export function installPacked(dir: string, extra: readonly string[] = []): void {
  if (!existsSync(join(ROOT, 'dist/index.js'))) run('npm', ['run', 'build', '--silent'], ROOT);
  run('npm', ['pack', '--silent', '--pack-destination', dir], ROOT);
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack wrote no tarball');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'packed-user', private: true }));
  run('npm', ['install', '--silent', '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball), ...extra], dir);
}
