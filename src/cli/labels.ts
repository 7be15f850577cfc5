import type { Locale } from '../index';

/** The words of the command line's own tables, in each language the explanations come in. */
export interface Labels {
  readonly user: string;
  readonly outcome: string;
  readonly trigger: string;
  readonly explanation: string;
  readonly autoSend: (on: boolean | undefined) => string;
  readonly meetings: (included: boolean) => string;
  readonly planned: (decided: number, invalid: number) => string;
  readonly invalidRows: (count: number) => string;
  readonly perKind: string;
  readonly before: string;
  readonly after: string;
  readonly changes: (count: number) => string;
  readonly noChanges: string;
  readonly advisories: string;
  readonly noAdvisories: string;
  readonly previewTitle: (from: boolean, to: boolean) => string;
  readonly progress: (read: number, invalid: number) => string;
}

const en: Labels = {
  user: 'user',
  outcome: 'outcome',
  trigger: 'trigger',
  explanation: 'explanation',
  autoSend: (on) => `Automatic activation emails: ${on === false ? 'off' : on === true ? 'on' : 'on (the Control Hub default)'}`,
  meetings: (included) => `Webex Meetings included: ${included ? 'yes' : 'no'}`,
  planned: (decided, invalid) =>
    `${decided} user${decided === 1 ? '' : 's'} planned, ${invalid} invalid row${invalid === 1 ? '' : 's'}${invalid > 0 ? ' (see standard error)' : ''}`,
  invalidRows: (count) => `${count} invalid row${count === 1 ? '' : 's'} (see standard error)`,
  perKind: 'Users per outcome:',
  before: 'before',
  after: 'after',
  changes: (count) => `${count} user${count === 1 ? '' : 's'} would change:`,
  noChanges: 'No user would change outcome.',
  advisories: 'What to know before making this change:',
  noAdvisories: 'Nothing to be told: automatic activation emails stay as they are.',
  previewTitle: (from, to) => `Automatic activation emails: ${from ? 'on' : 'off'} -> ${to ? 'on' : 'off'}`,
  progress: (read, invalid) => `planned ${read.toLocaleString('en')} users, ${invalid.toLocaleString('en')} invalid`,
};

const fr: Labels = {
  user: 'utilisateur',
  outcome: 'résultat',
  trigger: 'motif',
  explanation: 'explication',
  autoSend: (on) =>
    `Courriels d'activation automatiques\u00a0: ${on === false ? 'désactivés' : on === true ? 'activés' : 'activés (réglage par défaut de Control Hub)'}`,
  meetings: (included) => `Webex Meetings inclus\u00a0: ${included ? 'oui' : 'non'}`,
  planned: (decided, invalid) =>
    `${decided} utilisateur${decided > 1 ? 's' : ''} planifié${decided > 1 ? 's' : ''}, ${invalid} ligne${invalid > 1 ? 's' : ''} invalide${invalid > 1 ? 's' : ''}${invalid > 0 ? " (voir la sortie d'erreur)" : ''}`,
  invalidRows: (count) => `${count} ligne${count > 1 ? 's' : ''} invalide${count > 1 ? 's' : ''} (voir la sortie d'erreur)`,
  perKind: 'Utilisateurs par résultat\u00a0:',
  before: 'avant',
  after: 'après',
  changes: (count) => `${count} utilisateur${count > 1 ? 's changeraient' : ' changerait'} de résultat\u00a0:`,
  noChanges: 'Aucun utilisateur ne changerait de résultat.',
  advisories: 'À savoir avant de faire ce changement\u00a0:',
  noAdvisories: "Rien à signaler\u00a0: les courriels d'activation automatiques restent tels quels.",
  previewTitle: (from, to) =>
    `Courriels d'activation automatiques\u00a0: ${from ? 'activés' : 'désactivés'} -> ${to ? 'activés' : 'désactivés'}`,
  progress: (read, invalid) => `${read.toLocaleString('fr')} utilisateurs planifiés, ${invalid.toLocaleString('fr')} invalides`,
};

export const LABELS: { readonly [L in Locale]: Labels } = { en, fr };
