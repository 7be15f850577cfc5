import type { Catalog } from './catalog';

/**
 * Les messages en français. A no-break space (U+00A0) precedes `:` and `;`, as French
 * typography wants, so a line never starts with them. See `Catalog` for how to add a section.
 */
export const fr = {
  kinds: {
    'auto-send':
      "Control Hub envoie lui-même le courriel d'activation à cet utilisateur, avec le lien pour vérifier son adresse et créer son mot de passe.",
    'skip-free': "Cet utilisateur a une licence gratuite : aucun courriel d'activation ne lui est envoyé.",
    'notify-conversion':
      'Cet utilisateur est passé d\'une licence gratuite à une licence payante et en est informé ; aucun paramètre ne peut empêcher ce courriel.',
    'manual-required':
      "Les courriels d'activation automatiques sont désactivés : c'est à vous d'écrire à cet utilisateur.",
    'reminder-eligible':
      "Cet utilisateur a reçu un courriel mais ne s'est pas encore connecté ; Control Hub peut lui envoyer un rappel d'invitation.",
    'no-action': "Cet utilisateur s'est déjà connecté à l'application Webex : il n'y a rien à envoyer.",
  },
  triggers: {
    'new-user': "Il vient d'être ajouté et n'a encore reçu aucun courriel.",
    'inactive-user':
      'Il a déjà reçu un courriel sans jamais se connecter, et Control Hub ne le relance plus : relancez-le vous-même.',
  },
  advisories: {
    'manual-onboarding-required':
      "Vous devrez désormais écrire vous-même à chaque nouvel utilisateur ; ne désactivez les courriels automatiques que si votre organisation a un processus d'accueil manuel bien rodé.",
    'no-verification-link':
      "Vos courriels ne contiennent ni lien de vérification d'adresse ni création de mot de passe : expliquez aux utilisateurs comment se connecter par la page d'authentification unique de l'entreprise.",
    'reminders-suppressed':
      'Control Hub cesse de relancer les utilisateurs qui ne se sont jamais connectés : suivez-les et relancez-les vous-même.',
    'conversions-still-sent':
      "Les utilisateurs qui passent d'une licence gratuite à une licence payante reçoivent toujours leur courriel : ce paramètre ne peut pas l'empêcher.",
    'new-users-emailed-automatically':
      "Control Hub écrira à chaque utilisateur qui n'a encore reçu aucun courriel ; notez d'abord ceux à qui vous avez écrit vous-même, pour qu'aucun n'en reçoive deux.",
    'reminders-resumed':
      'Control Hub relance de nouveau les utilisateurs qui ne se sont jamais connectés ; arrêtez vos relances manuelles, pour que personne ne soit relancé deux fois.',
  },
  reminders: {
    due: "Une relance est à faire : cet utilisateur a reçu un courriel sans jamais se connecter, écrivez-lui vous-même aujourd'hui.",
    upcoming:
      "Rien à envoyer pour l'instant : la prochaine relance tombe à la date indiquée, jamais moins de 24 heures après le dernier courriel, car Control Hub ignore un renvoi fait plus tôt.",
    exhausted:
      "Cet utilisateur a reçu toutes les relances prévues et ne s'est toujours pas connecté : plutôt que de lui écrire encore, passez par son responsable ou par votre support.",
    automatic:
      "Les courriels d'activation automatiques sont activés : Control Hub envoie lui-même les rappels d'invitation, vous n'avez rien à suivre.",
  },
} as const satisfies Catalog;
