// Composing a manual email: what test/compose leaves unsaid. Links written with spaces the URL
// parser keeps (a no-break space, an em space) are linked without them; a blank PMR link in the
// draft is no link; null options are refused; an address of 254 characters is one address.
// Written against a Stryker run over src/compose.
import { describe, expect, it } from 'vitest';
import { composeManualEmail } from '../../src/compose/index';
import { PolicyInputError } from '../../src/index';
import { ANA, DRAFT } from '../compose/fixtures';

/** The lines of an email's text that hold a link. */
const linkLines = (text: string) => text.split('\n').filter((line) => line.includes('https://'));

describe('links written with Unicode spaces around them', () => {
  it('are linked without the spaces, from the draft and from the recipient', () => {
    const draft = { ...DRAFT, userPortalLink: '\u00a0https://settings.webex.com/\u2003', supportLinks: ['\u2003https://help.acme.example/\u00a0'] };
    const email = composeManualEmail(draft, { ...ANA, pmrLink: '\u00a0https://rooms.acme.example/ana\u00a0' });
    expect(linkLines(email.text)).toEqual([
      'https://rooms.acme.example/ana',
      'https://settings.webex.com/',
      '- https://help.acme.example/',
      '- https://learn.acme.example/webex-101',
    ]);
    expect(email.html).not.toContain('%C2%A0');
  });
});

describe('a blank PMR link in the draft', () => {
  it('gives no PMR section and no issue when meetings are not included', () => {
    const email = composeManualEmail({ ...DRAFT, pmrLink: '   ' }, ANA);
    expect(linkLines(email.text)).toEqual(['https://settings.webex.com/', '- https://help.acme.example/webex', '- https://learn.acme.example/webex-101']);
  });
});

describe('a list whose entry changes on a later read', () => {
  it('is written as the check saw it: the email never links what a later read gives', () => {
    let reads = 0;
    const supportLinks: string[] = [];
    Object.defineProperty(supportLinks, 0, {
      enumerable: true,
      get: () => (++reads <= 2 ? 'https://help.acme.example/webex' : 'javascript:alert(1)'),
    });
    const email = composeManualEmail({ ...DRAFT, supportLinks }, ANA);
    expect(linkLines(email.text)).toContain('- https://help.acme.example/webex');
    expect(email.html).not.toContain('javascript:');
  });
});

describe('options', () => {
  it('refuses null, naming the options and what was received', () => {
    let thrown: unknown;
    try {
      composeManualEmail(DRAFT, ANA, null as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyInputError);
    expect((thrown as PolicyInputError).issues).toEqual([{ path: ['options'], message: 'must be an object or left out (received null)' }]);
  });
});

describe('the recipient\'s address', () => {
  it('may be 254 characters long', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(email).toHaveLength(254);
    expect(composeManualEmail(DRAFT, { email }).to).toBe(email);
    expect(() => composeManualEmail(DRAFT, { email: `${'a'.repeat(63)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.com` })).toThrow(PolicyInputError);
  });
});
