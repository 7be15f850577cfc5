// Word catalogues: what test/messages leaves unsaid and a reader still sees. The catalogue's own
// checks run on sentences built when its test file loads, which Stryker's per-test coverage
// cannot tie to a test; these call the functions inside the tests. Each names the mutant it was
// written against (Stryker run over src/messages).
import { describe, expect, it } from 'vitest';
import * as fr from '../../src/messages/fr';

describe('French counts at one and at two', () => {
  // Mutants: `n >= 2` as `n > 2`, or as false, in the days of the reminder cadence.
  it('writes days in the plural from two on, a fraction below two in the singular', () => {
    const cadence = (firstAfterDays: number, everyDays: number) => ({ firstAfterDays, everyDays, maxReminders: 3 });
    expect(fr.cli.reminders.cadence(cadence(2, 1))).toMatch(
      /^Rythme\u00a0: premier rappel 2\u00a0jours après l'invitation, puis tous les 1\u00a0jour, 3 au plus\u00a0;/,
    );
    expect(fr.cli.reminders.cadence(cadence(1.5, 7))).toMatch(/premier rappel 1,5\u00a0jour après l'invitation, puis tous les 7\u00a0jours,/);
  });

  // Mutants: `n > 1` as `n >= 1`, or as true, in the verbs that agree with a count.
  it('puts the verb in the singular for one user or item', () => {
    expect(fr.cli.changes(1)).toBe('1 utilisateur changerait de résultat\u00a0:');
    expect(fr.cli.changes(2)).toBe('2 utilisateurs changeraient de résultat\u00a0:');
    expect(fr.page.invalidHeading(1)).toBe("1 élément n'a pas pu être traité");
    expect(fr.page.invalidHeading(2)).toBe("2 éléments n'ont pas pu être traités");
    expect(fr.page.changed(1)).toBe('1 utilisateur change de résultat.');
    expect(fr.page.changed(2)).toBe('2 utilisateurs changent de résultat.');
  });
});
