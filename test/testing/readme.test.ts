// docs/testing-kit.md shows the integrator's test file exactly as the suite runs it, and names
// what the kit exports.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as testing from '../../src/testing';

const section = readFileSync(resolve(__dirname, '../../docs/testing-kit.md'), 'utf8');

describe('docs/testing-kit.md', () => {
  it('shows test/testing/readme-example.test.ts as it is', () => {
    const example = readFileSync(resolve(__dirname, 'readme-example.test.ts'), 'utf8');
    expect(section).toContain('# Testing your integration');
    expect(section).toContain(`\`\`\`ts\n${example}\`\`\``);
    expect(section).toContain('(../test/testing/readme-example.test.ts)');
  });

  it('names every runtime export of the kit', () => {
    for (const name of Object.keys(testing)) {
      if (name.endsWith('_DEFAULTS')) continue; // shown through the builders' defaults
      expect(section, name).toContain(`\`${name}(`);
    }
  });
});
