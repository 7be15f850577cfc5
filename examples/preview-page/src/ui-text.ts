import type { Locale, OutcomeKind } from 'activation-email-policy';

/** The page's own words (headings, labels, statuses); explanations come from the package. */
interface PageText {
  readonly title: string;
  readonly intro: string;
  readonly skip: string;
  readonly language: string;
  readonly sourceHeading: string;
  readonly loadUsers: string;
  readonly loadLicenses: string;
  readonly useSample: string;
  readonly settingsHeading: string;
  readonly settingsLegend: string;
  readonly autoSend: string;
  readonly meetings: string;
  readonly countsHeading: string;
  readonly changeHeading: string;
  readonly usersHeading: string;
  readonly filter: string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly draftHeading: string;
  readonly draftIntro: string;
  readonly rolloutPlan: string;
  readonly appValue: string;
  readonly pmrLink: string;
  readonly supportLinks: string;
  readonly trainingLinks: string;
  readonly userPortalLink: string;
  readonly activationInstructions: string;
  readonly checklistHeading: string;
  readonly kinds: { readonly [K in OutcomeKind]: string };
  readonly allKinds: string;
  readonly columns: { readonly user: string; readonly outcome: string; readonly trigger: string; readonly why: string; readonly count: string; readonly before: string; readonly after: string };
  readonly triggers: { readonly 'new-user': string; readonly 'inactive-user': string };
  readonly sampleLoaded: (count: number, millis: number) => string;
  readonly fileLoaded: (name: string, count: number, millis: number) => string;
  readonly fileUnreadable: (name: string, reason: string) => string;
  readonly invalidHeading: (count: number) => string;
  readonly invalidRow: (where: string, problems: string) => string;
  readonly noChangeYet: string;
  readonly changed: (count: number) => string;
  readonly moreChanges: (count: number) => string;
  readonly pageStatus: (first: number, last: number, total: number) => string;
  readonly noUsers: string;
  readonly checklistComplete: string;
  readonly itemPresent: string;
  /** Between a checklist label and its state: French puts a no-break space before the colon. */
  readonly labelSeparator: string;
  /** Shown for a missing item; `undefined` shows the package's own sentence (written in English). */
  readonly itemMissing: string | undefined;
  readonly notRequired: string;
}

const en: PageText = {
  title: 'Activation email preview',
  intro: "What Control Hub would email each user, and what changes when the org's settings change.",
  skip: 'Skip to the users',
  language: 'Language',
  sourceHeading: 'Users',
  loadUsers: 'Load users from a file (JSON, NDJSON, CSV or a People API page)',
  loadLicenses: 'Licenses API response, for a People API page (optional)',
  useSample: 'Use the sample org',
  settingsHeading: 'Org settings',
  settingsLegend: 'Organization Settings > Email',
  autoSend: 'Send activation emails automatically',
  meetings: 'The Webex App was bought with Webex Meetings',
  countsHeading: 'Outcomes',
  changeHeading: 'What the last change does',
  usersHeading: 'Each user',
  filter: 'Show',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  draftHeading: 'Manual activation email',
  draftIntro: 'With automatic emails off, write the email here: the checklist says what it still lacks.',
  rolloutPlan: 'Goals and rollout plan',
  appValue: 'What the Webex App is for',
  pmrLink: 'Personal Meeting Room link',
  supportLinks: 'Support links, one per line',
  trainingLinks: 'Training links, one per line',
  userPortalLink: 'End-user portal link',
  activationInstructions: 'How to activate',
  checklistHeading: 'Checklist',
  kinds: {
    'auto-send': 'Sent automatically',
    'skip-free': 'Free licence: no email',
    'notify-conversion': 'Conversion email',
    'manual-required': 'Manual email needed',
    'reminder-eligible': 'Reminder possible',
    'no-action': 'Nothing to send',
  },
  allKinds: 'Every outcome',
  columns: { user: 'User', outcome: 'Outcome', trigger: 'Why by hand', why: 'Explanation', count: 'Users', before: 'Before', after: 'After' },
  triggers: { 'new-user': 'New user', 'inactive-user': 'Inactive user' },
  sampleLoaded: (count, millis) => `Sample org: ${count} users, planned in ${millis} ms.`,
  fileLoaded: (name, count, millis) => `${name}: ${count} users read and planned in ${millis} ms.`,
  fileUnreadable: (name, reason) => `${name} could not be read: ${reason}`,
  invalidHeading: (count) => `${count} item${count === 1 ? '' : 's'} could not be decided`,
  invalidRow: (where, problems) => `${where}: ${problems}`,
  noChangeYet: 'Flip a setting to see who it affects.',
  changed: (count) => `${count} user${count === 1 ? '' : 's'} change outcome.`,
  moreChanges: (count) => `…and ${count} more.`,
  pageStatus: (first, last, total) => `Users ${first}–${last} of ${total}`,
  noUsers: 'No users to show.',
  checklistComplete: 'The draft holds everything a manual activation email needs.',
  itemPresent: 'present',
  labelSeparator: ': ',
  itemMissing: undefined,
  notRequired: 'not needed without Webex Meetings',
};

const fr: PageText = {
  title: 'Aperçu des e-mails d’activation',
  intro: 'Ce que Control Hub enverrait à chaque utilisateur, et ce qui change quand on modifie les paramètres de l’organisation.',
  skip: 'Aller aux utilisateurs',
  language: 'Langue',
  sourceHeading: 'Utilisateurs',
  loadUsers: 'Charger les utilisateurs depuis un fichier (JSON, NDJSON, CSV ou page de l’API People)',
  loadLicenses: 'Réponse de l’API Licenses, pour une page de l’API People (facultatif)',
  useSample: 'Utiliser l’organisation d’exemple',
  settingsHeading: 'Paramètres de l’organisation',
  settingsLegend: 'Paramètres de l’organisation > E-mail',
  autoSend: 'Envoyer automatiquement les e-mails d’activation',
  meetings: 'L’application Webex a été achetée avec Webex Meetings',
  countsHeading: 'Résultats',
  changeHeading: 'Effet de la dernière modification',
  usersHeading: 'Chaque utilisateur',
  filter: 'Afficher',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  draftHeading: 'E-mail d’activation manuel',
  draftIntro: 'Si l’envoi automatique est désactivé, rédigez l’e-mail ici\u00a0: la liste indique ce qu’il lui manque encore.',
  rolloutPlan: 'Objectifs et plan de déploiement',
  appValue: 'À quoi sert l’application Webex',
  pmrLink: 'Lien de la salle personnelle',
  supportLinks: 'Liens d’assistance, un par ligne',
  trainingLinks: 'Liens de formation, un par ligne',
  userPortalLink: 'Lien du portail utilisateur',
  activationInstructions: 'Comment activer son compte',
  checklistHeading: 'Liste de contrôle',
  kinds: {
    'auto-send': 'Envoi automatique',
    'skip-free': 'Licence gratuite\u00a0: aucun e-mail',
    'notify-conversion': 'E-mail de conversion',
    'manual-required': 'E-mail manuel à envoyer',
    'reminder-eligible': 'Relance possible',
    'no-action': 'Rien à envoyer',
  },
  allKinds: 'Tous les résultats',
  columns: { user: 'Utilisateur', outcome: 'Résultat', trigger: 'Motif de l’envoi manuel', why: 'Explication', count: 'Utilisateurs', before: 'Avant', after: 'Après' },
  triggers: { 'new-user': 'Nouvel utilisateur', 'inactive-user': 'Utilisateur inactif' },
  sampleLoaded: (count, millis) => `Organisation d’exemple\u00a0: ${count} utilisateurs, traités en ${millis} ms.`,
  fileLoaded: (name, count, millis) => `${name}\u00a0: ${count} utilisateurs lus et traités en ${millis} ms.`,
  fileUnreadable: (name, reason) => `Impossible de lire ${name}\u00a0: ${reason}`,
  invalidHeading: (count) => `${count} élément${count <= 1 ? '' : 's'} ${count <= 1 ? 'n’a' : 'n’ont'} pas pu être traité${count <= 1 ? '' : 's'}`,
  invalidRow: (where, problems) => `${where}\u00a0: ${problems}`,
  noChangeYet: 'Modifiez un paramètre pour voir quels utilisateurs sont concernés.',
  // En français, zéro et un prennent le singulier.
  changed: (count) => `${count} utilisateur${count <= 1 ? '' : 's'} change${count <= 1 ? '' : 'nt'} de résultat.`,
  moreChanges: (count) => `… et ${count} de plus.`,
  pageStatus: (first, last, total) => `Utilisateurs ${first} à ${last} sur ${total}`,
  noUsers: 'Aucun utilisateur à afficher.',
  checklistComplete: 'Le brouillon contient tout ce qu’un e-mail d’activation manuel doit contenir.',
  itemPresent: 'présent',
  labelSeparator: '\u00a0: ',
  itemMissing: 'manquant ou inutilisable',
  notRequired: 'inutile sans Webex Meetings',
};

export const PAGE_TEXT: { readonly [L in Locale]: PageText } = { en, fr };
export type { PageText };
