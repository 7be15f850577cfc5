// A complete draft and a recipient, shared by the composer's mutation tests (test/mutation/compose-*.test.ts).
export const DRAFT = Object.freeze({
  rolloutPlan: 'Webex replaces our desk phones on 1 June.',
  appValue: 'Calls, meetings and messages in one app.',
  pmrLink: 'https://acme.webex.com/meet/{localPart}',
  supportLinks: Object.freeze(['https://help.acme.example/webex']),
  trainingLinks: Object.freeze(['https://learn.acme.example/webex-101']),
  userPortalLink: 'https://settings.webex.com',
  activationInstructions: 'Open the Webex App and choose "Sign in with Acme".',
});

export const ANA = Object.freeze({ email: 'ana.lima@acme.example' });
