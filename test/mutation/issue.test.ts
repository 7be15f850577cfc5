// The 40-character cut of error messages (src/input/issue.ts): a key or a string value of up to
// 40 characters is quoted whole, a longer one as its first 40 characters and `…`. A caller sees
// the cut in every message, so its length and its place are pinned here, at the boundary.
import { describe, expect, it } from 'vitest';
import { parseOrgSettings, parseUserSnapshot, PolicyInputError } from '../../src/index';

const forty = 'k'.repeat(39) + 'z';

describe('a key in a message (formatPath)', () => {
  it('writes a key of 40 characters whole', () => {
    expect(new PolicyInputError([{ path: [forty], message: 'm' }], 'x').message).toBe(`Invalid x: ${forty}: m`);
  });

  it('cuts a key of 41 characters or more to its first 40 and an ellipsis', () => {
    for (const key of [`${forty}!`, `${forty}${'!'.repeat(1000)}`]) {
      expect(new PolicyInputError([{ path: [key], message: 'm' }], 'x').message).toBe(`Invalid x: ${forty}…: m`);
    }
  });

  it('cuts each long segment of a path alone, and never a number', () => {
    const error = new PolicyInputError([{ path: ['items', 1234567, `${forty}tail`, 'id'], message: 'm' }], 'x');
    expect(error.message).toBe(`Invalid x: items[1234567].${forty}….id: m`);
  });

  it('names an unknown setting of 41 characters by its first 40', () => {
    const result = parseOrgSettings({ [`${forty}?`]: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.path).toEqual([`${forty}?`]);
    expect(new PolicyInputError(result.issues, 'settings').message).toMatch(new RegExp(`^Invalid settings: ${forty}…: `));
  });
});

describe('a received string in a message (describeValue)', () => {
  const received = (license: string) => {
    const result = parseUserSnapshot({ id: 'u1', license, hasSignedIn: false });
    if (result.ok) throw new Error('accepted');
    return result.issues[0]!.message;
  };

  it('quotes a string of 40 characters whole', () => {
    expect(received(forty)).toMatch(new RegExp(`\\(received "${forty}"\\)$`));
  });

  it('quotes a string of 41 characters or more by its first 40 and an ellipsis', () => {
    expect(received(`${forty}!`)).toMatch(new RegExp(`\\(received "${forty}…"\\)$`));
    expect(received(`${forty}${'!'.repeat(1_000_000)}`)).toMatch(new RegExp(`\\(received "${forty}…"\\)$`));
  });
});
