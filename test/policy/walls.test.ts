// The policy is the core every other layer reads: it imports nothing from them (issue 15,
// point 4), so a change in the manual-email checker, the messages or the command line can never
// reach a decision.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const POLICY = join(__dirname, '../../src/policy');
const OUTSIDE = ['manual-email', 'planning', 'preview', 'reminders', 'messages', 'webex', 'formats', 'testing', 'cli', 'sample'];

/** Every module specifier a source file imports or re-exports, types included. */
function specifiersOf(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'/g)].map((match) => match[1]!);
}

describe('src/policy', () => {
  const files = readdirSync(POLICY).filter((file) => file.endsWith('.ts'));

  it('holds the policy files, the checklist ids among them', () => {
    expect(files).toEqual(expect.arrayContaining(['checklist.ts', 'decide.ts', 'rules.ts', 'outcomes.ts']));
  });

  it.each(files)('%s imports nothing from the layers above the policy', (file) => {
    const specifiers = specifiersOf(readFileSync(join(POLICY, file), 'utf8'));
    const crossing = specifiers.filter((specifier) => OUTSIDE.some((layer) => specifier.startsWith(`../${layer}`)));
    expect(crossing).toEqual([]);
    expect(specifiers.every((specifier) => specifier.startsWith('./') || specifier.startsWith('../input/'))).toBe(true);
  });
});
