// Composing a manual email, what test/compose and compose-links.test.ts leave unsaid: a list is
// copied up to its first entry that is no longer text, and no further (an entry after it is never
// read again, so its getter's later answer cannot change the issue); a draft PMR link refused
// once filled is quoted without the spaces around it; a recipient's pmrLink must be a string,
// whatever methods an object given instead offers; a list whose entry throws when it is copied is
// refused, never read a third time and written.
// Written against a Stryker run over src/compose.
import { describe, expect, it } from 'vitest';
import { composeManualEmail, type ManualEmailRecipient } from '../../src/compose/index';
import { PolicyInputError } from '../../src/index';
import { ANA, DRAFT } from '../compose/fixtures';

function issuesOf(compose: () => unknown): unknown {
  try {
    compose();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues;
  }
  throw new Error('composed an email');
}

describe('a list whose entry is no longer text on a later read', () => {
  it('is refused at that entry, the entries after it never read again', () => {
    let firstReads = 0;
    let secondReads = 0;
    const supportLinks: string[] = [];
    Object.defineProperty(supportLinks, 0, { enumerable: true, get: () => (++firstReads <= 1 ? 'https://help.acme.example/a' : 42) });
    Object.defineProperty(supportLinks, 1, {
      enumerable: true,
      get: () => {
        secondReads += 1;
        if (secondReads > 1) throw new Error('read twice');
        return 'https://help.acme.example/b';
      },
    });
    expect(issuesOf(() => composeManualEmail({ ...DRAFT, supportLinks }, ANA))).toStrictEqual([
      {
        path: ['draft', 'supportLinks'],
        message: 'supportLinks[0] is 42, not an http: or https: link: list at least one internal support link, each an http: or https: URL.',
      },
    ]);
    expect(secondReads).toBe(1);
  });
});

describe('a draft PMR link refused once filled in', () => {
  it('is quoted as filled, without the spaces written around it', () => {
    for (const pmrLink of ['  https://{email}  ', '\thttps://{email}\u00a0', 'https://{email}']) {
      expect(issuesOf(() => composeManualEmail({ ...DRAFT, pmrLink }, ANA, { meetingsIncluded: true }))).toStrictEqual([
        { path: ['draft', 'pmrLink'], message: 'becomes "https://ana.lima%40acme.example" for this recipient, not an https: link' },
      ]);
    }
  });
});

describe("a recipient's pmrLink that is not a string", () => {
  it('is refused, even an object whose trim gives a link', () => {
    const pmrLink = { trim: () => 'https://rooms.acme.example/ana', toString: () => 'https://rooms.acme.example/ana' };
    const recipient = { ...ANA, pmrLink } as unknown as ManualEmailRecipient;
    const issues = issuesOf(() => composeManualEmail(DRAFT, recipient)) as { path: unknown[] }[];
    expect(issues.map((issue) => issue.path)).toStrictEqual([['recipient', 'pmrLink']]);
  });
});

describe('a list whose entry throws when it is copied', () => {
  it('is refused as unreadable, even when a later read would answer again', () => {
    let reads = 0;
    const supportLinks: string[] = [];
    Object.defineProperty(supportLinks, 0, {
      enumerable: true,
      get: () => {
        reads += 1;
        if (reads === 2) throw new Error('busy');
        return 'https://help.acme.example/a';
      },
    });
    const issues = issuesOf(() => composeManualEmail({ ...DRAFT, supportLinks }, ANA)) as { path: unknown[]; message: string }[];
    expect(issues.map((issue) => issue.path)).toStrictEqual([['draft', 'supportLinks']]);
    expect(issues[0]!.message).toMatch(/^supportLinks .*list at least one internal support link/);
    expect(reads).toBe(2);
  });
});
