import type { Catalog } from './catalog';

/**
 * Les messages en français. A no-break space (U+00A0) precedes `:` and `;`, as French
 * typography wants, so a line never starts with them. See `Catalog` for how to add a section.
 *
 * @example
 * fr.triggers['new-user']
 * //=> "Il vient d'être ajouté et n'a encore reçu aucun courriel."
 */
export const fr = {
  kinds: {
    'auto-send':
      "Control Hub envoie à cet utilisateur le courriel d'activation, avec les liens pour vérifier son adresse et choisir un mot de passe.",
    'skip-free': "Cet utilisateur a une licence gratuite : aucun courriel d'activation ne part.",
    'notify-conversion':
      "Cet utilisateur est passé d'une licence gratuite à une licence payante et en est informé ; aucun paramètre ne peut l'empêcher.",
    'manual-required': "Les courriels d'activation automatiques sont désactivés : écrivez vous-même à cet utilisateur.",
    'reminder-eligible': 'Cet utilisateur a reçu un courriel sans se connecter ; Control Hub peut le relancer.',
    'no-action': "Cet utilisateur s'est déjà connecté à l'application Webex : rien à envoyer.",
  },
  triggers: {
    'new-user': "Il vient d'être ajouté et n'a encore reçu aucun courriel.",
    'inactive-user': 'Il a reçu un courriel sans jamais se connecter, et Control Hub ne le relance plus.',
  },
  advisories: {
    'manual-onboarding-required':
      "Vous devrez écrire vous-même à chaque nouvel utilisateur ; ne désactivez les courriels automatiques qu'avec un processus d'accueil manuel bien rodé.",
    'no-verification-link':
      "Vos courriels n'ont ni lien de vérification ni création de mot de passe : dites aux utilisateurs de se connecter par la page d'authentification unique de l'entreprise.",
    'reminders-suppressed': 'Control Hub ne relance plus les utilisateurs jamais connectés : suivez-les et relancez-les vous-même.',
    'conversions-still-sent':
      "Les utilisateurs qui passent d'une licence gratuite à une licence payante reçoivent toujours leur courriel ; ce paramètre n'y peut rien.",
    'new-users-emailed-automatically':
      "Control Hub écrira à chaque utilisateur qui n'a reçu aucun courriel ; notez d'abord ceux à qui vous avez déjà écrit vous-même, pour qu'aucun n'en reçoive deux.",
    'reminders-resumed':
      'Control Hub relance de nouveau les utilisateurs jamais connectés ; arrêtez vos relances manuelles pour éviter les doublons.',
  },
  reminders: {
    due: "Une relance est à faire : cet utilisateur a reçu un courriel sans jamais se connecter, écrivez-lui vous-même aujourd'hui.",
    upcoming: 'Pas encore : la prochaine relance tombe à la date indiquée, au moins 24 heures après le dernier courriel.',
    exhausted:
      "Toutes les relances prévues sont parties sans que cet utilisateur se connecte : demandez à son responsable ou à votre support de le joindre.",
    automatic: "Les courriels d'activation automatiques sont activés : Control Hub envoie lui-même les relances.",
  },
} as const satisfies Catalog;
