// The word catalogue, every sentence of every section in every language: the same keys in each
// language, the seed's French terms and typography, and singular or plural by count.
import { describe, expect, it } from 'vitest';
import { LOCALES, planReminders, type ReminderPlan, type ResolvedReminderCadence } from '../../src/index';
import * as en from '../../src/messages/en';
import * as fr from '../../src/messages/fr';

const CATALOGUES = { en, fr } as const;
const SECTIONS = ['library', 'cli', 'page', 'email'] as const;

/** A reminder plan with `inactive` inactive users (all due) and `others` users who signed in. */
function planWith(inactive: number, others: number, autoSend = false): ReminderPlan {
  const users = [
    ...Array.from({ length: inactive }, (_, index) => ({
      id: `i${index}`,
      license: 'paid' as const,
      hasSignedIn: false,
      invitedAt: '2026-05-01T08:00:00Z',
    })),
    ...Array.from({ length: others }, (_, index) => ({ id: `o${index}`, license: 'paid' as const, hasSignedIn: true })),
  ];
  return planReminders({ autoSendActivationEmails: autoSend }, users, { now: '2026-05-20T08:00:00Z' });
}
const cadence = (days: number, max: number): ResolvedReminderCadence => ({ firstAfterDays: days, everyDays: days, maxReminders: max });

/**
 * The arguments each function of the catalogue is called with, by path: every count-bearing
 * one with 0, 1, 2 and 1000. A function added to the catalogue without an entry here fails
 * the first test, so no sentence escapes the checks below.
 */
const CALLS: Record<string, readonly (readonly unknown[])[]> = {
  'library.manualEmail.problem': [['pmrLink est absent', 'un lien https']],
  'library.manualEmail.isNot': [['an array', 'X'], ['42', 'X'], ['a function', 'X'], ['an object', 'X'], ['an unreadable value', 'X']],
  'library.manualEmail.wrongHost': [['"example.com"', 'settings.webex.com']],
  'cli.autoSend': [[true], [false], [undefined]],
  'cli.meetings': [[true], [false]],
  'cli.planned': [[0, 0], [1, 1], [2, 2], [1000, 1000]],
  'cli.invalidRows': [[0], [1], [2], [1000]],
  'cli.changes': [[0], [1], [2], [1000]],
  'cli.previewTitle': [[true, false], [false, true]],
  'cli.progress': [[0, 0], [1, 1], [2, 2], [1000, 1000]],
  'cli.checkEmail.complete': [[6], [7]],
  'cli.checkEmail.incomplete': [[0, 6], [1, 7], [2, 7]],
  'cli.reminders.asOf': [['2026-05-11T09:00:00Z']],
  'cli.reminders.cadence': [[cadence(0, 0)], [cadence(1, 1)], [cadence(2, 2)], [cadence(1.5, 1000)]],
  'cli.reminders.summary': [[planWith(0, 0)], [planWith(1, 1)], [planWith(2, 2)], [planWith(1, 1, true)]],
  'page.sampleLoaded': [[0, 3], [1, 3], [2, 3], [1000, 3]],
  'page.fileLoaded': [['users.csv', 0, 3], ['users.csv', 1, 3], ['users.csv', 2, 3], ['users.csv', 1000, 3]],
  'page.fileUnreadable': [['users.csv', 'not UTF-8']],
  'page.invalidHeading': [[0], [1], [2], [1000]],
  'page.invalidRow': [['line 2', 'id is missing']],
  'page.changed': [[0], [1], [2], [1000]],
  'page.moreChanges': [[0], [1], [2], [1000]],
  'page.pageStatus': [[1, 1, 1], [1, 100, 1000]],
  'page.work.read': [[32768, 1000001]],
  'page.work.plan': [[0], [1], [2], [1000]],
  'page.email.noAddress': [['u-0001']],
  'page.email.option': [['ana@example.com', 'reminder']],
  'cli.exportColumns.idStatus': [['Identifiant', 'Statut']],
  'cli.exportColumns.free': [['Basic Messaging, Basic Space Meetings']],
  'cli.exportColumns.paid': [['Advanced Messaging']],
  'cli.exportColumns.entitlement': [['Call Service Aware']],
  'cli.exportColumns.option': [['Department']],
  'cli.exportColumns.text': [['First Name, Last Name']],
  'cli.exportColumns.notBoolean': [['Phone Number']],
  'cli.exportColumns.firstValue': [['"maybe"', 3], ['"maybe"', 0]],
  'cli.exportColumns.empty': [['Webex Calling']],
  'cli.record.done': [
    [0, 0, 'activation', '2026-12-01T09:00:00Z', 'journal.ndjson'],
    [1, 0, 'reminder', '2026-12-01T09:00:00Z', 'journal.ndjson'],
    [2, 1, 'activation', '2026-12-01T09:00:00Z', 'journal.ndjson'],
    [1000, 2, 'reminder', '2026-12-01T09:00:00Z', 'journal.ndjson'],
  ],
  'cli.record.repaired': [['journal.ndjson', 12]],
  'cli.record.journal': [['journal.ndjson', 0, 0], ['journal.ndjson', 1, 1], ['journal.ndjson', 2, 2], ['journal.ndjson', 1000, 1000]],
  'cli.record.ahead': [['2027-01-01T00:00:00Z', '2026-12-01T09:00:00Z']],
  'cli.record.noActivation': [[['u1']], [['u1', 'u2', 'u3']], [['u1', 'u2', 'u3', 'u4']]],
  'cli.send.toSend': [[0, 'X'], [1, 'X'], [2, 'X'], [1000, 'X']],
  'cli.send.through': [['smtp.example.com']],
  'cli.send.into': [['out']],
  'cli.send.skipped': [[0], [1], [2], [1000]],
  'cli.send.recent': [['2026-12-01T09:00:00Z']],
  'cli.send.uncertain': [['2026-12-01T09:00:00Z']],
  'cli.send.notSelected': [['auto-send']],
  'cli.send.refused': [['2026-12-01T09:00:00Z', '550 5.1.1 no such user']],
  'cli.send.dryRun': [[true], [false]],
  'cli.send.progress': [[0, 0], [1, 1], [2, 2], [1000, 1000]],
  'cli.send.summary': [[0, 0, 0, 0, 0], [1, 1, 1, 1, 1], [2, 2, 2, 2, 2], [1000, 1000, 1000, 1000, 1000]],
  'cli.send.written': [[0, 'out'], [1, 'out'], [2, 'out'], [1000, 'out']],
  'cli.send.stale': [[0], [1], [2], [1000]],
  'email.greeting': [[undefined], ['Ana Lima']],
  'email.refused.recipient': [['42']],
  'email.refused.email': [['"a, b@x"']],
  'email.refused.name': [['"a\\nb"']],
  'email.refused.pmrLink': [['"http://x"']],
  'email.refused.filledPmrLink': [['"http://x"']],
};

interface Sentence {
  readonly path: string;
  readonly text: string;
}

/** Every sentence of a catalogue section: each string, and each function called with its CALLS. */
function sentencesOf(value: unknown, path: string): Sentence[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const calls = CALLS[path];
    if (calls === undefined) throw new Error(`${path} is a function with no entry in CALLS`);
    return calls.map((args) => ({ path: `${path}(${args.map((arg) => JSON.stringify(arg) ?? 'undefined').join(', ')})`, text: (value as (...a: unknown[]) => string)(...args) }));
  }
  return Object.entries(value as object).flatMap(([key, inner]) => sentencesOf(inner, `${path}.${key}`));
}

/** Every sentence of one language, every section. */
function sentencesIn(locale: (typeof LOCALES)[number]): Sentence[] {
  return SECTIONS.flatMap((section) => sentencesOf(CATALOGUES[locale][section], section));
}

// Built when a test reads them, not when this file loads, so that the catalogue's functions run
// inside the tests: a mutation run then counts each of their mutants (it leaves out what only
// runs as a module loads).
const SENTENCES = {
  get en(): Sentence[] {
    return sentencesIn('en');
  },
  get fr(): Sentence[] {
    return sentencesIn('fr');
  },
};

/** The shape of a section: its keys at every level, and what kind of value each holds. */
function shape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]).sort());
}

describe('the catalogue', () => {
  it('holds the same sections, keys and kinds of value in every language, and every function is exercised here', () => {
    for (const section of SECTIONS) {
      expect(shape(fr[section]), section).toEqual(shape(en[section]));
    }
    expect(SENTENCES.en.length).toBeGreaterThan(100);
    expect(SENTENCES.fr.length).toBe(SENTENCES.en.length);
  });

  it('French: "courrier électronique" and "rappel d\'invitation", never courriel, relance or e-mail', () => {
    for (const { path, text } of SENTENCES.fr) {
      // A command-line flag (`--email`) or a field (`lastEmailedAt`) is a name to type, not a word.
      const words = text.replace(/--[a-z][a-z-]*/g, '--flag').replace(/\b[a-z]+[A-Z]\w*/g, 'field');
      expect(words, path).not.toMatch(/courriel|relanc|e-?mail|\bmails?\b/i);
    }
    const all = SENTENCES.fr.map(({ text }) => text).join('\n');
    expect(all).toContain('courrier électronique');
    expect(all).toContain("rappel d'invitation");
    expect(all).toContain('licence payante');
    expect(all).toContain('licence gratuite');
  });

  it('French: a no-break space before every colon and semicolon (a URL aside), and never a plain one', () => {
    for (const { path, text } of SENTENCES.fr) {
      const withoutUrls = text.replace(/\bhttps?:\/\/\S+/g, 'URL').replace(/\d{2}(?::\d{2})+/g, 'HH MM');
      expect(withoutUrls, path).not.toMatch(/[^\u00a0][:;]/);
      expect(withoutUrls, path).not.toMatch(/^[:;]/);
    }
  });

  it("French: the seed's own terms where the catalogue speaks of them", () => {
    const all = SENTENCES.fr.map(({ text }) => text).join('\n');
    for (const term of [
      "la page SSO de l'entreprise, avec leurs identifiants d'entreprise",
      'un système bien pensé pour intégrer manuellement les utilisateurs',
      'créer un mot de passe',
      "Paramètres de l'organisation > Courrier électronique",
      'salle de réunion personnelle (PMR)',
      'fortement recommandé',
    ]) {
      expect(all).toContain(term);
    }
  });

  it('English: no French left in, no doubled space, no no-break space', () => {
    for (const { path, text } of SENTENCES.en) {
      expect(text, path).not.toMatch(/\u00a0|\S {2}\S|courriel|rappel/);
    }
  });

  it('a count of one takes the singular, and a count of two the plural, in both languages', () => {
    // 1,000 and 1 000 (with a narrow no-break space) count as one number.
    const numbersJoined = (sentences: readonly Sentence[]) =>
      sentences.map(({ path, text }) => ({ path, text: text.replace(/(\d)[,\u202f\u00a0](?=\d{3}\b)/g, '$1') }));
    for (const { path, text } of numbersJoined(SENTENCES.en)) {
      expect(text, path).not.toMatch(/(?<![\d.,])1 (?:\w+ )?(?:users|rows|days|items|reminders)\b/);
      expect(text, path).not.toMatch(/(?<![\d.,])(?:[02-9]|\d{2,}|1[.,]\d+) (?:\w+ )?(?:user|row|day|item)\b(?!s)/);
    }
    for (const { path, text } of numbersJoined(SENTENCES.fr)) {
      expect(text, path).not.toMatch(/(?<![\d.,])[01][\s\u00a0](?:\S+[\s\u00a0])?(?:utilisateurs|lignes|jours|éléments|rappels)\b/);
      expect(text, path).not.toMatch(/(?<![\d.,])[01] (?:utilisateur|ligne|élément)s? \S+s\b/);
      expect(text, path).not.toMatch(/(?<![\d.,])\b(?:[2-9]|\d{2,})[\s\u00a0](?:utilisateur|ligne|jour|élément)\b(?!s)/);
    }
  });

  // The checks above hold for any wording; this one holds the wording itself, so that no sentence
  // changes by accident (the command line's own tests see it through dist/, which a mutation run
  // never rebuilds). A deliberate change is written with `npx vitest run -u test/messages`.
  it('writes every sentence word for word as test/messages/__snapshots__ has it, in each language', () => {
    for (const locale of LOCALES) {
      const sentences = SENTENCES[locale];
      const byPath = Object.fromEntries(sentences.map(({ path, text }) => [path, text]));
      expect(Object.keys(byPath)).toHaveLength(sentences.length);
      expect(byPath).toMatchSnapshot(locale);
    }
  });

  it('pins the count-bearing phrases at one and at two, and how French names a value', () => {
    expect(en.cli.planned(1, 1)).toBe('1 user planned, 1 invalid row (see standard error)');
    expect(en.cli.planned(2, 0)).toBe('2 users planned, 0 invalid rows');
    expect(fr.cli.planned(1, 0)).toBe('1 utilisateur planifié, 0 ligne invalide');
    expect(fr.cli.planned(2, 2)).toBe("2 utilisateurs planifiés, 2 lignes invalides (voir la sortie d'erreur)");
    expect(en.cli.progress(1, 0)).toBe('planned 1 user, 0 invalid');
    expect(en.cli.progress(1000, 2)).toBe('planned 1,000 users, 2 invalid');
    expect(fr.cli.progress(1, 1)).toBe('1 utilisateur planifié, 1 invalide');
    expect(fr.cli.progress(2, 2)).toBe('2 utilisateurs planifiés, 2 invalides');
    expect(en.cli.changes(1)).toBe('1 user would change:');
    expect(fr.cli.changes(2)).toBe('2 utilisateurs changeraient de résultat\u00a0:');
    expect(en.cli.reminders.cadence(cadence(1, 3))).toMatch(/^Cadence: first reminder 1 day after the invitation, then every 1 day, at most 3;/);
    expect(fr.cli.reminders.cadence(cadence(1.5, 3))).toMatch(/^Rythme\u00a0: premier rappel 1,5\u00a0jour après l'invitation, puis tous les 1,5\u00a0jour,/);
    expect(en.cli.reminders.summary(planWith(1, 1))).toBe('1 inactive user: 1 due, 0 upcoming, 0 exhausted; 1 other user, not inactive');
    expect(en.cli.reminders.summary(planWith(2, 0))).toBe('2 inactive users: 2 due, 0 upcoming, 0 exhausted; 0 other users, not inactive');
    expect(fr.cli.reminders.summary(planWith(1, 2))).toBe(
      '1 utilisateur inactif\u00a0: 1 à rappeler, 0 à venir, 0 sans autre rappel\u00a0; 2 autres utilisateurs, non inactifs',
    );
    expect(fr.cli.checkEmail.incomplete(1, 7)).toBe('Incomplet\u00a0: 1 élément manquant sur 7.');
    expect(fr.cli.checkEmail.incomplete(2, 7)).toBe('Incomplet\u00a0: 2 éléments manquants sur 7.');
    expect(fr.library.manualEmail.isNot('an object', fr.library.manualEmail.text)).toBe(' est un objet, pas du texte');
    expect(fr.library.manualEmail.isNot('an array', fr.library.manualEmail.list)).toBe(' est un tableau, pas une liste de liens');
    expect(fr.library.manualEmail.isNot('"an array"', 'X')).toBe(' est "an array", pas X');
    expect(en.page.changed(1)).toBe('1 user changes outcome.');
    expect(en.page.changed(2)).toBe('2 users change outcome.');
    expect(fr.page.changed(0)).toBe('0 utilisateur change de résultat.');
    expect(fr.page.changed(2)).toBe('2 utilisateurs changent de résultat.');
    expect(en.page.sampleLoaded(1, 4)).toBe('Sample org: 1 user, planned in 4 ms.');
    expect(fr.page.fileLoaded('a.csv', 2, 4)).toBe('a.csv\u00a0: 2 utilisateurs lus et traités en 4\u00a0ms.');
    expect(en.page.invalidHeading(1)).toBe('1 item could not be decided');
    expect(fr.page.invalidHeading(2)).toBe("2 éléments n'ont pas pu être traités");
  });
});
