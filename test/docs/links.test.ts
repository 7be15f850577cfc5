// Every relative link of README.md and docs/ leads somewhere: the file exists, and an anchor
// names a heading of that page as GitHub spells heading ids. A page moved or a heading renamed
// fails here instead of leaving a newcomer on a dead link. So does a repository path the text
// names in code (`src/policy/rules.ts`) once the file is moved or gone.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages, ROOT } from './pages';

/** The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
function headingId(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function headingIds(page: string): Set<string> {
  const text = readFileSync(join(ROOT, page), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingId(match[1]!)));
}

/** Markdown links `[text](target)` outside code blocks, with their line. */
function links(page: string): { target: string; line: number }[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const found: { target: string; line: number }[] = [];
  let inCode = false;
  text.split('\n').forEach((line, index) => {
    if (line.trimStart().startsWith('```')) inCode = !inCode;
    if (inCode) return;
    for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) found.push({ target: match[1]!, line: index + 1 });
  });
  return found;
}

/** Repository paths named in inline code outside code blocks, such as `bench/stream.mjs`, with their line. */
function namedPaths(page: string): { path: string; line: number }[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const found: { path: string; line: number }[] = [];
  let inCode = false;
  text.split('\n').forEach((line, index) => {
    if (line.trimStart().startsWith('```')) inCode = !inCode;
    if (inCode) return;
    for (const match of line.matchAll(/`((?:src|test|bench|scripts|examples|schemas|etc|docs)\/[\w./-]*)`/g)) {
      found.push({ path: match[1]!, line: index + 1 });
    }
  });
  return found;
}

describe('links in README.md and docs/', () => {
  it('spells heading ids as GitHub does', () => {
    expect(headingId('What is refused, and why')).toBe('what-is-refused-and-why');
    expect(headingId('`activation-email-policy/webex`: from Webex API payloads')).toBe('activation-email-policywebex-from-webex-api-payloads');
    expect(headingId('Explanations, in English and French')).toBe('explanations-in-english-and-french');
  });

  it('finds links to check', () => {
    expect(links('README.md').length).toBeGreaterThan(10);
  });

  for (const page of pages()) {
    it(`${page}: every relative link leads to a file and a heading that exist`, () => {
      const broken: string[] = [];
      for (const { target, line } of links(page)) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto: ...
        const [path = '', anchor] = target.split('#');
        const file = path === '' ? page : relative(ROOT, join(ROOT, dirname(page), path));
        if (!existsSync(join(ROOT, file))) broken.push(`line ${line}: ${target} (no file ${file})`);
        else if (anchor !== undefined && file.endsWith('.md') && !headingIds(file).has(anchor)) {
          broken.push(`line ${line}: ${target} (no heading #${anchor} in ${file})`);
        }
      }
      expect(broken).toStrictEqual([]);
    });
  }

  it('finds repository paths to check', () => {
    expect(namedPaths('docs/performance.md').map((named) => named.path)).toContain('bench/large-plan.mjs');
  });

  for (const page of pages()) {
    it(`${page}: every repository path it names in code exists`, () => {
      const missing = namedPaths(page)
        .filter((named) => !existsSync(join(ROOT, named.path)))
        .map((named) => `line ${named.line}: ${named.path}`);
      expect(missing).toStrictEqual([]);
    });
  }
});
