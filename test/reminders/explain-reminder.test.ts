import { describe, expect, it } from 'vitest';
import { explainReminder, LOCALES, PolicyInputError, REMINDER_STATUSES } from '../../src/index';
import { thrown } from '../support/thrown';

describe('explainReminder', () => {
  it('has a distinct message for every status in every language, English by default', () => {
    for (const locale of LOCALES) {
      const messages = REMINDER_STATUSES.map((status) => explainReminder(status, locale));
      expect(new Set(messages).size).toBe(REMINDER_STATUSES.length);
      for (const message of messages) expect(message).toMatch(/^\S.{20,240}\.$/u);
    }
    for (const status of REMINDER_STATUSES) expect(explainReminder(status)).toBe(explainReminder(status, 'en'));
    expect(explainReminder('due', 'fr')).not.toBe(explainReminder('due', 'en'));
  });

  it('says what to do: today, not yet (24 hours), escalate, nothing', () => {
    expect(explainReminder('due')).toContain('today');
    expect(explainReminder('upcoming')).toContain('24 hours');
    expect(explainReminder('exhausted')).toContain('manager');
    expect(explainReminder('automatic')).toContain('invitation reminders are not suppressed');
    expect(explainReminder('automatic', 'fr')).toContain("les rappels d'invitation ne sont pas supprimés");
    expect(explainReminder('due', 'fr')).toContain("aujourd'hui");
    expect(explainReminder('upcoming', 'fr')).toContain('24\u00a0heures');
    expect(explainReminder('exhausted', 'fr')).toContain('responsable');
  });

  it('follows French typography: a no-break space before colons and semicolons, never a plain one', () => {
    for (const status of REMINDER_STATUSES) {
      const message = explainReminder(status, 'fr');
      expect(message).not.toMatch(/ [:;!?]/u);
      expect(message).not.toMatch(/[^\u00a0][:;]/u);
    }
  });

  it('automatic: what the setting allows, never that Control Hub sends reminders on its own', () => {
    expect(explainReminder('automatic')).not.toMatch(/sends the reminders|reminds them itself/);
    expect(explainReminder('automatic', 'fr')).not.toMatch(/lui-même|relance/);
  });

  it('refuses an unknown status or locale, naming the field', () => {
    const status = thrown(() => explainReminder('late' as never)) as PolicyInputError;
    expect(status).toBeInstanceOf(PolicyInputError);
    expect(status.issues).toEqual([{ path: ['status'], message: expect.stringContaining('"late"') }]);
    const locale = thrown(() => explainReminder('due', 'de' as never)) as PolicyInputError;
    expect(locale.issues[0]!.path).toEqual(['locale']);
  });
});
