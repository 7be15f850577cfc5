import { USER_PORTAL_URL } from '../manual-email/checklist';
import type { Words } from './catalog';
import type { cli as enCli, library as enLibrary, page as enPage } from './en';

// The sections of `en.ts` in French, each checked with `satisfies Words<...>` of the English one:
// a sentence missing, or a stray one, fails to compile. Typography: a no-break space (U+00A0)
// before `:` and `;`, so that a line never starts with them. Terms, as the source article has
// them: « courrier électronique », « rappel d'invitation », « licence payante » / « gratuite ».

/** French plural: zero and one take the singular. */
const s = (n: number): string => (n > 1 ? 's' : '');

/** A value as `describeValue` writes it (`an array`, `a function`, `"text"`, `42`), in French. */
const VALUES: Record<string, string> = {
  'an array': 'un tableau',
  'an object': 'un objet',
  'a function': 'une fonction',
  'a symbol': 'un symbole',
  'an unreadable value': 'une valeur illisible',
};
const value = (text: string): string => VALUES[text] ?? text;

/**
 * The library's French words.
 *
 * @internal
 * @example
 * library.triggers['new-user']
 * //=> "Il a une licence payante, ne s'est jamais connecté et n'a reçu aucun courrier électronique."
 */
export const library = {
  kinds: {
    'auto-send':
      "Control Hub envoie à cet utilisateur le courrier électronique d'activation, avec les liens pour vérifier son adresse et créer un mot de passe.",
    'skip-free': "Cet utilisateur a une licence gratuite\u00a0: aucun courrier électronique d'activation.",
    'notify-conversion':
      "Passé d'une licence gratuite à une licence payante, cet utilisateur doit en être informé\u00a0: aucun paramètre ne l'empêche.",
    'manual-required': "Les courriers électroniques d'activation automatiques sont désactivés\u00a0: écrivez vous-même à cet utilisateur.",
    'reminder-eligible':
      "Cet utilisateur a reçu un courrier électronique sans jamais se connecter\u00a0: Control Hub permet de lui envoyer un rappel d'invitation.",
    'no-action': "Cet utilisateur s'est déjà connecté à l'application Webex\u00a0: rien à envoyer.",
  },
  triggers: {
    'new-user': "Il a une licence payante, ne s'est jamais connecté et n'a reçu aucun courrier électronique.",
    'inactive-user': "Il a reçu un courrier électronique sans jamais se connecter, et les rappels d'invitation sont supprimés.",
  },
  advisories: {
    'manual-onboarding-required':
      "Il est fortement recommandé de garder ce paramètre, sauf si vous avez un système bien pensé pour intégrer manuellement les utilisateurs\u00a0: vous écrirez à chaque nouvel utilisateur.",
    'no-verification-link':
      "Vos courriers électroniques n'auront ni lien de vérification ni création de mot de passe\u00a0: dites aux utilisateurs de se connecter sur la page SSO de l'entreprise, avec leurs identifiants d'entreprise.",
    'reminders-suppressed': "Les rappels d'invitation sont supprimés\u00a0: suivez vous-même les utilisateurs inactifs.",
    'conversions-still-sent':
      "Les utilisateurs passés d'une licence gratuite à une licence payante sont toujours informés\u00a0: ce paramètre n'y peut rien.",
    'new-users-emailed-automatically':
      "Control Hub écrit à nouveau aux utilisateurs nouvellement ajoutés\u00a0: donnez un invitedAt à ceux à qui vous avez écrit vous-même.",
    'reminders-resumed': "Les rappels d'invitation ne sont plus supprimés\u00a0: Control Hub permet de les envoyer aux utilisateurs inactifs.",
  },
  reminders: {
    due: "Rappel d'invitation dû\u00a0: cet utilisateur ne s'est jamais connecté, envoyez-lui un rappel aujourd'hui.",
    upcoming: "Pas encore\u00a0: le prochain rappel est dû à la date indiquée, 24\u00a0heures au moins après le dernier courrier électronique.",
    exhausted: "Tous les rappels prévus sont partis sans que cet utilisateur se connecte\u00a0: demandez à son responsable ou au support de le joindre.",
    automatic: "Les courriers électroniques d'activation automatiques sont activés\u00a0: les rappels d'invitation ne sont pas supprimés.",
  },
  manualEmail: {
    // Built by a call marked pure, as in `en.ts`.
    wanted: /* @__PURE__ */ (() => ({
      'rollout-plan': "les objectifs et le plan de déploiement de l'entreprise",
      'app-value': "le but de l'application Webex et ce qu'elle apporte",
      'pmr-link': 'le lien https de la salle de réunion personnelle (PMR)',
      'support-links': "au moins un lien http ou https d'assistance interne",
      'training-links': 'au moins un lien http ou https de formation interne',
      'user-portal-link': `le lien du portail de l'utilisateur final, ${USER_PORTAL_URL}`,
      'activation-instructions': "les étapes d'activation (se connecter sur la page SSO de l'entreprise, avec leurs identifiants d'entreprise)",
    }))(),
    problem: (fault, wanted) => `${fault}\u00a0: il faut ${wanted}.`,
    missing: ' est absent',
    blank: ' est vide',
    unreadable: " n'a pas pu être lu",
    emptyList: ' est une liste vide',
    credentials: " contient un nom d'utilisateur ou un mot de passe",
    isNot: (text, what) => ` est ${value(text)}, pas ${what}`,
    text: 'du texte',
    https: 'un lien https',
    list: 'une liste de liens',
    link: 'un lien http ou https',
    wrongHost: (host, portalHost) => ` mène à ${host}, pas à ${portalHost}`,
  },
} as const satisfies Words<typeof enLibrary>;

const days = (n: number): string => `${String(n).replace('.', ',')}\u00a0jour${n >= 2 ? 's' : ''}`;
const AUTO = "Courriers électroniques d'activation automatiques\u00a0: ";
const onOff = (on: boolean): string => (on ? 'activés' : 'désactivés');

/**
 * The command line's French words.
 *
 * @internal
 * @example
 * cli.planned(1, 2)
 * //=> "1 utilisateur planifié, 2 lignes invalides (voir la sortie d'erreur)"
 */
export const cli = {
  user: 'utilisateur',
  outcome: 'résultat',
  trigger: 'motif',
  explanation: 'explication',
  autoSend: (on) => `${AUTO}${on === undefined ? 'activés (réglage par défaut de Control Hub)' : onOff(on)}`,
  meetings: (included) => `Webex Meetings inclus\u00a0: ${included ? 'oui' : 'non'}`,
  planned: (decided, invalid) =>
    `${decided} utilisateur${s(decided)} planifié${s(decided)}, ${invalid} ligne${s(invalid)} invalide${s(invalid)}${invalid > 0 ? " (voir la sortie d'erreur)" : ''}`,
  invalidRows: (n) => `${n} ligne${s(n)} invalide${s(n)} (voir la sortie d'erreur)`,
  perKind: 'Utilisateurs par résultat\u00a0:',
  before: 'avant',
  after: 'après',
  changes: (n) => `${n} utilisateur${n > 1 ? 's changeraient' : ' changerait'} de résultat\u00a0:`,
  noChanges: 'Aucun utilisateur ne changerait de résultat.',
  advisories: 'À savoir avant de faire ce changement\u00a0:',
  labelSeparator: '\u00a0: ',
  noAdvisories: "Rien à signaler\u00a0: les courriers électroniques d'activation automatiques restent tels quels.",
  previewTitle: (from, to) => `${AUTO}${onOff(from)} -> ${onOff(to)}`,
  progress: (read, invalid) =>
    `${read.toLocaleString('fr')} utilisateur${s(read)} planifié${s(read)}, ${invalid.toLocaleString('fr')} invalide${s(invalid)}`,
  checkEmail: {
    complete: (total) => `Complet\u00a0: le brouillon contient les ${total} éléments d'un courrier électronique d'activation manuel.`,
    incomplete: (missing, total) => `Incomplet\u00a0: ${missing} élément${s(missing)} manquant${s(missing)} sur ${total}.`,
    ok: 'ok',
    missing: 'MANQUANT',
  },
  reminders: {
    asOf: (now) => `Rappels d'invitation au ${now}`,
    cadence: (c) =>
      `Rythme\u00a0: premier rappel ${days(c.firstAfterDays)} après l'invitation, puis tous les ${days(c.everyDays)}, ${c.maxReminders} au plus\u00a0; jamais moins de 24\u00a0heures après le dernier courrier électronique`,
    due: 'À rappeler maintenant',
    upcoming: 'À venir',
    exhausted: 'Rappels épuisés',
    sent: 'rappels envoyés',
    lastEmail: 'dernier courrier électronique',
    dueAt: 'à rappeler le (UTC)',
    none: '  (aucun)',
    summary: (plan) => {
      const c = plan.counts;
      const others = Object.values(c.notInactive).reduce((sum, n) => sum + n, 0);
      const split = plan.automatic
        ? "rappels d'invitation non supprimés"
        : `${c.due} à rappeler, ${c.upcoming} à venir, ${c.exhausted} sans autre rappel`;
      return `${c.inactive} utilisateur${s(c.inactive)} inactif${s(c.inactive)}\u00a0: ${split}\u00a0; ${others} autre${s(others)} utilisateur${s(others)}, non inactif${s(others)}`;
    },
  },
  exportColumns: {
    title: "Lecture des colonnes de l'export de Control Hub\u00a0:",
    idStatus: (id, status) => `  identifiant et adresse\u00a0: ${id}\u00a0; connecté ou non\u00a0: ${status}`,
    free: (names) => `  services gratuits\u00a0: ${names}`,
    paid: (names) => `  services payants\u00a0: ${names}`,
    entitlement: (names) => `  ignorées, droits d'accès (pas des licences)\u00a0: ${names}`,
    option: (names) => `  ignorées, comme demandé (--ignore-column)\u00a0: ${names}`,
    text: (names) => `  ignorées, noms et autres textes\u00a0: ${names}`,
    notBoolean: (names) => `  ignorées, valeurs autres que TRUE ou FALSE\u00a0: ${names}`,
    firstValue: (value, line) => (line > 0 ? `${value} à la ligne ${line}` : value),
    empty: (names) => `  sans valeur pour l'instant (un service si sa première valeur est TRUE ou FALSE)\u00a0: ${names}`,
    none: '(aucune)',
    change: "Changez la lecture d'une colonne avec --free-service, --paid-service ou --ignore-column NOM.",
  },
  record: {
    done: (appended, already, email, at, path) =>
      `${appended} ${email === 'activation' ? `courrier${s(appended)} électronique${s(appended)} d'activation` : `rappel${s(appended)} d'invitation`} enregistré${s(appended)} dans ${path}, envoyé${s(appended)} le ${at}${already > 0 ? `\u00a0; ${already} déjà présent${s(already)}, non ajouté${s(already)}` : ''}`,
    repaired: (path, line) => `${path}, ligne ${line}\u00a0: coupée par une écriture interrompue\u00a0; retirée avant l'ajout`,
    journal: (path, entries, users) =>
      `Journal d'intégration\u00a0: ${path}, ${entries} courrier${s(entries)} électronique${s(entries)} à ${users} utilisateur${s(users)}`,
    ahead: (at, now) => `Remarque\u00a0: --at ${at} est postérieur à l'horloge de cette machine (${now})\u00a0: la date est-elle juste\u00a0?`,
    noActivation: (ids) =>
      `Remarque\u00a0: le journal ne contient aucun courrier électronique d'activation pour ${ids.length} utilisateur${s(ids.length)} ayant reçu un rappel d'invitation (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', ...' : ''})\u00a0; il prend le premier courrier électronique d'un utilisateur pour son invitation, enregistrez donc aussi celui-ci (record --email activation --at QUAND ID).`,
  },
  send: {
    automatic: "Les courriers électroniques d'activation automatiques sont activés\u00a0: Control Hub les envoie, il n'y a rien à envoyer à la main.",
    kinds: { activation: "courrier électronique d'activation", reminder: "rappel d'invitation" },
    toSend: (n, via) => `${n} courrier${s(n)} électronique${s(n)} à envoyer ${via}\u00a0:`,
    through: (server) => `par ${server}`,
    into: (dir) => `en fichiers .eml dans ${dir}`,
    skipped: (n) => `Sans courrier (${n})\u00a0:`,
    noAddress: "pas d'adresse électronique (aucune dans le fichier, et l'identifiant n'en est pas une)",
    recent: (at) => `a reçu un courrier il y a moins de 24 heures (${at})`,
    uncertain: (at) => `un envoi commencé le ${at} n'a pas d'issue connue\u00a0: vérifiez le journal du serveur de messagerie, puis enregistrez-le ou utilisez --resend-uncertain`,
    notSelected: (outcome) => `ne reçoit pas de courrier à la main maintenant (${outcome})`,
    refused: (at, reply) => `refusé définitivement le ${at} (${reply})\u00a0: une fois l'adresse corrigée, envoyez-lui avec --only`,
    first: 'Le premier message\u00a0:',
    dryRun: (out) => `Rien ${out ? "n'a été écrit" : "n'a été envoyé"}\u00a0: ajoutez --yes pour ${out ? 'écrire les fichiers' : 'envoyer'}.`,
    progress: (done, total) => `envoi ${done.toLocaleString('fr')} sur ${total.toLocaleString('fr')}`,
    outcomes: { failed: 'refusé', deferred: 'reporté, réessayer plus tard', uncertain: 'incertain, peut-être remis' },
    summary: (sent, failed, deferred, uncertain, skipped) =>
      `Envoyés ${sent}, refusés ${failed}, reportés ${deferred}, incertains ${uncertain}, sans courrier ${skipped}.`,
    written: (n, dir) => `${n} fichier${s(n)} écrit${s(n)} dans ${dir}. Une fois envoyés, enregistrez-les avec la commande record.`,
    stale: (n) =>
      `${n} utilisateur${s(n)} contacté${s(n)} maintenant avai${n > 1 ? 'ent' : 't'} leur propre lastEmailedAt ou remindersSent dans le fichier\u00a0: le journal contient désormais un courrier plus récent, donc la prochaine exécution refuse ces lignes tant que le fichier n'est pas d'accord avec lui (exportez-le de nouveau, ou retirez ces colonnes).`,
  },
} satisfies Words<typeof enCli>;

/**
 * The preview page's French words.
 *
 * @internal
 * @example
 * page.changed(1)
 * //=> '1 utilisateur change de résultat.'
 */
export const page = {
  title: "Aperçu des courriers électroniques d'activation",
  intro: "Ce que Control Hub enverrait à chaque utilisateur, et ce qui change quand on modifie les paramètres de l'organisation.",
  skip: 'Aller aux utilisateurs',
  language: 'Langue',
  sourceHeading: 'Utilisateurs',
  loadUsers: "Charger les utilisateurs depuis un fichier (JSON, NDJSON, CSV ou page de l'API People)",
  loadLicenses: "Réponse de l'API Licenses, pour une page de l'API People (facultatif)",
  useSample: "Utiliser l'organisation d'exemple",
  settingsHeading: "Paramètres de l'organisation",
  settingsLegend: "Paramètres de l'organisation > Courrier électronique",
  autoSend: "Envoyer automatiquement les courriers électroniques d'activation",
  meetings: "L'application Webex a été achetée avec Webex Meetings",
  countsHeading: 'Résultats',
  changeHeading: 'Effet de la dernière modification',
  usersHeading: 'Chaque utilisateur',
  filter: 'Afficher',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  draftHeading: "Courrier électronique d'activation manuel",
  draftIntro:
    "Si l'envoi automatique est désactivé, rédigez le courrier électronique ici\u00a0: la liste indique ce qu'il lui manque encore.",
  rolloutPlan: 'Objectifs et plan de déploiement',
  appValue: "À quoi sert l'application Webex",
  pmrLink: 'Lien de la salle de réunion personnelle (PMR)',
  supportLinks: "Liens d'assistance, un par ligne",
  trainingLinks: 'Liens de formation, un par ligne',
  userPortalLink: "Lien du portail de l'utilisateur final",
  activationInstructions: 'Comment activer son compte',
  checklistHeading: 'Liste de contrôle',
  kinds: {
    'auto-send': 'Envoi automatique',
    'skip-free': 'Licence gratuite\u00a0: aucun envoi',
    'notify-conversion': 'Courrier électronique de conversion',
    'manual-required': 'Courrier électronique manuel à envoyer',
    'reminder-eligible': "Rappel d'invitation possible",
    'no-action': 'Rien à envoyer',
  },
  allKinds: 'Tous les résultats',
  columns: {
    user: 'Utilisateur',
    outcome: 'Résultat',
    trigger: "Motif de l'envoi manuel",
    why: 'Explication',
    count: 'Utilisateurs',
    before: 'Avant',
    after: 'Après',
  },
  triggers: { 'new-user': 'Nouvel utilisateur', 'inactive-user': 'Utilisateur inactif' },
  sampleLoaded: (n, millis) => `Organisation d'exemple\u00a0: ${n} utilisateur${s(n)}, traité${s(n)} en ${millis}\u00a0ms.`,
  fileLoaded: (name, n, millis) => `${name}\u00a0: ${n} utilisateur${s(n)} lu${s(n)} et traité${s(n)} en ${millis}\u00a0ms.`,
  fileUnreadable: (name, reason) => `Impossible de lire ${name}\u00a0: ${reason}`,
  invalidHeading: (n) => `${n} élément${s(n)} ${n > 1 ? "n'ont" : "n'a"} pas pu être traité${s(n)}`,
  invalidRow: (where, problems) => `${where}\u00a0: ${problems}`,
  noChangeYet: 'Modifiez un paramètre pour voir quels utilisateurs sont concernés.',
  changed: (n) => `${n} utilisateur${s(n)} change${n > 1 ? 'nt' : ''} de résultat.`,
  moreChanges: (n) => `… et ${n} de plus.`,
  pageStatus: (first, last, total) => `Utilisateurs ${first} à ${last} sur ${total}`,
  noUsers: 'Aucun utilisateur à afficher.',
  checklistComplete: "Le brouillon contient tout ce qu'un courrier électronique d'activation manuel doit contenir.",
  itemPresent: 'présent',
  labelSeparator: '\u00a0: ',
  notRequired: 'inutile sans Webex Meetings',
  work: {
    label: 'Avancement',
    decode: 'Décodage du fichier…',
    read: (done, total) => `Lecture des utilisateurs\u00a0: ligne ${done} sur ${total}…`,
    readWhole: 'Lecture des utilisateurs…',
    plan: (n) => `Traitement de ${n} utilisateur${s(n)}…`,
  },
  email: {
    heading: "Le courrier électronique qu'un utilisateur recevrait",
    intro:
      "Choisissez un utilisateur à qui écrire vous-même\u00a0: le courrier électronique est rédigé à partir du brouillon ci-dessus, dans la langue de la page.",
    user: 'Utilisateur',
    sampleDraft: "Remplir avec un brouillon d'exemple",
    noUser:
      "Aucun utilisateur n'attend de courrier électronique manuel avec ces paramètres\u00a0: si l'envoi automatique est activé, Control Hub leur écrit.",
    incomplete: "Le brouillon n'est pas encore complet\u00a0: la liste de contrôle ci-dessus indique ce qu'il lui manque.",
    noAddress: (userId) => `${userId} n'a pas d'adresse électronique dans le fichier, et son identifiant n'en est pas une.`,
    activation: "courrier électronique d'activation",
    reminder: "rappel d'invitation",
    option: (userId, which) => `${userId} (${which})`,
    to: 'À',
    subject: 'Objet',
    text: 'Version texte',
    frame: 'Le courrier électronique tel que son HTML le montre',
    sample: {
      rolloutPlan: "L'application Webex remplace nos téléphones de bureau le 1er juin\u00a0; chaque équipe passe à Webex d'ici la fin juin.",
      appValue: 'Appels, réunions et messages dans une seule application, sur tous vos appareils.',
      pmrLink: 'https://example.webex.com/meet/{localPart}',
      supportLinks: 'https://help.example.com/webex',
      trainingLinks: 'https://help.webex.com/landing/app',
      userPortalLink: 'https://settings.webex.com',
      activationInstructions:
        "Connectez-vous sur la page SSO de l'entreprise avec vos identifiants habituels de l'entreprise\u00a0; l'application vous connecte ensuite.",
    },
  },
} satisfies Words<typeof enPage>;

/**
 * The French words of the manual activation emails and reminders.
 *
 * @internal
 * @example
 * email.subject.reminder
 * //=> "Rappel d'invitation\u00a0: activez votre compte Webex"
 */
export const email = {
  subject: {
    activation: 'Activez votre compte Webex',
    reminder: "Rappel d'invitation\u00a0: activez votre compte Webex",
  },
  greeting: (name: string | undefined) => (name === undefined ? 'Bonjour,' : `Bonjour ${name},`),
  intro: {
    activation:
      "Voici votre courrier électronique d'activation de l'application Webex\u00a0: ce qu'elle apporte, comment activer votre compte et où trouver de l'aide.",
    reminder:
      "Ceci est un rappel d'invitation à l'application Webex\u00a0: votre compte n'est pas encore activé, et tout ce qu'il faut pour l'activer se trouve ci-dessous.",
  },
  headings: {
    'rollout-plan': 'Nos objectifs et notre plan de déploiement',
    'app-value': "Pourquoi l'application Webex",
    'activation-instructions': 'Activer votre compte',
    'pmr-link': 'Votre salle de réunion personnelle',
    'user-portal-link': 'Vos paramètres Webex',
    'support-links': 'Aide et assistance',
    'training-links': 'Formation',
  },
  sso: "Connectez-vous sur la page SSO de l'entreprise avec vos identifiants de l'entreprise\u00a0: l'application Webex vous connecte ensuite automatiquement.",
  pmr: 'Le lien de votre salle de réunion personnelle (PMR), le même pour toutes les réunions que vous organisez\u00a0:',
  portal: "Gérez votre profil et vos paramètres sur le portail de l'utilisateur final\u00a0:",
  closing: "Bienvenue dans l'application Webex.",
  refused: {
    recipient: (text: string) => `doit être un objet qui porte l'adresse du destinataire (reçu ${value(text)})`,
    email: (text: string) =>
      `doit être une seule adresse électronique, une partie locale, un @ et un domaine, sans espace, caractère de contrôle, virgule, point-virgule, deux-points, chevron, guillemet, parenthèse, crochet ni barre oblique inverse (reçu ${value(text)})`,
    name: (text: string) => `doit être un texte sans caractère de contrôle ni saut de ligne (reçu ${value(text)})`,
    pmrLink: (text: string) => `doit être un lien https (reçu ${value(text)})`,
    filledPmrLink: (text: string) => `devient ${text} pour ce destinataire, ce qui n'est pas un lien https`,
  },
} satisfies Words<typeof import('./en').email>;
