// The page's benchmark (for `npm run bench`) still runs and reports what it measured: a small file, one run.
import { describe, expect, it } from 'vitest';

describe('bench-page.mjs', () => {
  it('times the page and the command line on the same files and compares them with the goal', async () => {
    const { benchPage } = await import('../../examples/preview-page/bench-page.mjs');
    const lines: string[] = [];
    const result = await benchPage({ rows: 20_000, runs: 1, log: (line) => lines.push(line) });
    expect(result.rows).toBe(20_000);
    expect(result.pageMillis).toBeGreaterThan(0);
    expect(result.cliMillis).toBeGreaterThan(0);
    expect(result.ratio).toBeCloseTo(result.pageMillis / result.cliMillis, 2);
    expect(result.goal).toBe(1.5);
    expect(result.holds).toBe(result.pageMillis / result.cliMillis <= 1.5);
    expect(result.load.before).toHaveLength(3);
    // The same users with every cell quoted: a larger file, timed in the same runs.
    const quoted = result.quoted!;
    expect(quoted.pageMillis).toBeGreaterThan(0);
    expect(quoted.cliMillis).toBeGreaterThan(0);
    expect(quoted.ratio).toBeCloseTo(quoted.pageMillis / quoted.cliMillis, 2);
    expect(quoted.holds).toBe(quoted.pageMillis / quoted.cliMillis <= 1.5);
    expect(quoted.bytes).toBeGreaterThan(result.bytes);
    // The same users as Control Hub's export, timed in the same runs too.
    const controlHub = result.controlHub!;
    expect(controlHub.pageMillis).toBeGreaterThan(0);
    expect(controlHub.cliMillis).toBeGreaterThan(0);
    expect(controlHub.ratio).toBeCloseTo(controlHub.pageMillis / controlHub.cliMillis, 2);
    expect(controlHub.holds).toBe(controlHub.pageMillis / controlHub.cliMillis <= 1.5);
    expect(controlHub.bytes).toBeGreaterThan(0);
    expect(lines.at(-3)).toMatch(/^page: 20,000-row CSV read and planned in the page's worker in \d+ ms, the command line in \d+ ms: [\d.]+x \(goal at most 1\.5x: (holds|does not hold)\); load average /);
    expect(lines.at(-2)).toMatch(/^page: 20,000-row CSV with every cell quoted read and planned in the page's worker in \d+ ms, the command line in \d+ ms: [\d.]+x \(goal at most 1\.5x: (holds|does not hold)\); load average /);
    expect(lines.at(-1)).toMatch(/^page: 20,000-row CSV exported from Control Hub read and planned in the page's worker in \d+ ms, the command line in \d+ ms: [\d.]+x \(goal at most 1\.5x: (holds|does not hold)\); load average /);
  });
});
