// The emails' words (the `email` section of en.ts and fr.ts): the same shape in both languages,
// the seed's French terms and typography, and every sentence ending as a sentence should.
import { describe, expect, it } from 'vitest';
import { MANUAL_EMAIL_ITEMS } from '../../src/index';
import { email as en } from '../../src/messages/en';
import { email as fr } from '../../src/messages/fr';

/** Every sentence of a section: each string, and each function called on a sample value. */
function sentences(section: unknown, path = 'email'): { path: string; text: string }[] {
  if (typeof section === 'string') return [{ path, text: section }];
  if (typeof section === 'function') {
    // Each takes one string: a name, or a value as describeValue writes it.
    const call = section as (value: string) => string;
    return ['Ana Lima', '"a, b@x"', 'an array'].map((sample) => ({ path: `${path}(${sample})`, text: call(sample) }));
  }
  return Object.entries(section as object).flatMap(([key, inner]) => sentences(inner, `${path}.${key}`));
}

function shape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]).sort());
}

describe('the email words', () => {
  it('hold the same keys in both languages, a heading for every checklist item', () => {
    expect(shape(fr)).toEqual(shape(en));
    expect(Object.keys(en.headings).sort()).toEqual([...MANUAL_EMAIL_ITEMS].sort());
  });

  it("French: the seed's terms, never courriel, relance or e-mail", () => {
    const all = sentences(fr).map(({ text }) => text).join('\n');
    for (const term of ["courrier électronique d'activation", "rappel d'invitation", "la page SSO de l'entreprise", "identifiants de l'entreprise", 'salle de réunion personnelle (PMR)', "portail de l'utilisateur final"]) {
      expect(all).toContain(term);
    }
    for (const { path, text } of sentences(fr)) expect(text, path).not.toMatch(/courriel|relanc|e-?mail|\bmails?\b/i);
  });

  it('French: a no-break space before every colon and semicolon, never a plain one', () => {
    for (const { path, text } of sentences(fr)) {
      expect(text.replace(/\bhttps?:/g, 'URL'), path).not.toMatch(/[^\u00a0][:;]|^[:;]/);
    }
  });

  it('English: no French, no doubled or no-break space; the terms the article uses', () => {
    for (const { path, text } of sentences(en)) expect(text, path).not.toMatch(/\u00a0|\S {2}\S|courrier|rappel/);
    const all = sentences(en).map(({ text }) => text).join('\n');
    for (const term of ['activation email', 'reminder', 'SSO page', 'company credentials', 'Personal Meeting Room (PMR)', 'end-user portal']) {
      expect(all).toContain(term);
    }
  });

  it('greets with or without a name, and says a reminder is one', () => {
    expect([en.greeting(undefined), en.greeting('Ana')]).toEqual(['Hello,', 'Hello Ana,']);
    expect([fr.greeting(undefined), fr.greeting('Ana')]).toEqual(['Bonjour,', 'Bonjour Ana,']);
    expect(en.intro.reminder).toMatch(/^This is a reminder/);
    expect(fr.intro.reminder).toMatch(/^Ceci est un rappel d'invitation/);
    expect(fr.refused.name('an array')).toBe('doit être un texte sans caractère de contrôle ni saut de ligne (reçu un tableau)');
  });
});
