import type { UserSnapshot } from './main-entry';

/**
 * A made-up org of 36 people, "Harbour & Pine", written for this package so that a newcomer can
 * see the whole job with one command. Every rule row of the policy has several users, so planning
 * it with automatic activation emails on and then off shows every outcome and both manual
 * triggers. Ids are work email addresses on a reserved domain (`.example`, RFC 2606), instants
 * carry the offsets of the offices that recorded them (Paris in summer and winter time, Montréal,
 * Singapore), and a few inactive users carry a follow-up history (`lastEmailedAt`,
 * `remindersSent`).
 *
 * Grouped by rule row, in the order a Control Hub export would not keep, so the table reads well.
 * The command line plans it with `--sample`; the preview page opens on it.
 *
 * @example
 * planActivation({ autoSendActivationEmails: false }, SAMPLE_USERS).byKind['manual-required'].length
 * //=> 18
 */
export const SAMPLE_USERS: readonly UserSnapshot[] = /* @__PURE__ */ deepFreeze([
  // Row 1, free licence: never emailed, whatever else is true.
  { id: 'lea.martin@harbourpine.example', license: 'free', hasSignedIn: true },
  { id: 'tom.nguyen@harbourpine.example', license: 'free', hasSignedIn: false, invitedAt: null },
  { id: 'ines.garcia@harbourpine.example', license: 'free', previousLicense: 'paid', hasSignedIn: true },
  { id: 'karl.weber@harbourpine.example', license: 'free', previousLicense: 'free', hasSignedIn: false, invitedAt: '2026-09-14T10:05:00+02:00' },
  { id: 'ama.owusu@harbourpine.example', license: 'free', hasSignedIn: false },

  // Row 2, a free-to-paid conversion: told under every setting.
  { id: 'hugo.lefebvre@harbourpine.example', license: 'paid', previousLicense: 'free', hasSignedIn: true, invitedAt: '2025-03-03T09:00:00+01:00' },
  { id: 'mei.tan@harbourpine.example', license: 'paid', previousLicense: 'free', hasSignedIn: false },
  { id: 'olivier.roy@harbourpine.example', license: 'paid', previousLicense: 'free', hasSignedIn: false, invitedAt: '2026-10-20T14:30:00-04:00' },
  { id: 'sara.lind@harbourpine.example', license: 'paid', previousLicense: 'free', hasSignedIn: true },
  { id: 'raj.iyer@harbourpine.example', license: 'paid', previousLicense: 'free', hasSignedIn: false, invitedAt: '2026-11-02T08:45:00+08:00', lastEmailedAt: '2026-11-09T08:45:00+08:00', remindersSent: 1 },

  // Row 3, paid and already signed in: nothing to send.
  { id: 'claire.dubois@harbourpine.example', license: 'paid', hasSignedIn: true, invitedAt: '2026-02-02T09:12:00+01:00' },
  { id: 'noah.schmidt@harbourpine.example', license: 'paid', previousLicense: 'paid', hasSignedIn: true },
  { id: 'yuki.sato@harbourpine.example', license: 'paid', hasSignedIn: true, invitedAt: '2026-06-15T16:20:00+02:00' },
  { id: 'diego.alvarez@harbourpine.example', license: 'paid', previousLicense: null, hasSignedIn: true, invitedAt: null },
  { id: 'fatima.zahra@harbourpine.example', license: 'paid', hasSignedIn: true, invitedAt: '2026-09-01T07:55:00+02:00', lastEmailedAt: '2026-09-08T07:55:00+02:00', remindersSent: 1 },
  { id: 'liam.obrien@harbourpine.example', license: 'paid', previousLicense: 'paid', hasSignedIn: true, invitedAt: '2025-11-17T13:00:00-05:00' },
  { id: 'chloe.bernard@harbourpine.example', license: 'paid', hasSignedIn: true },
  { id: 'wei.chen@harbourpine.example', license: 'paid', hasSignedIn: true, invitedAt: '2026-04-21T10:10:00+08:00' },

  // Row 4, paid, never signed in, never emailed: a new user.
  { id: 'emma.leroy@harbourpine.example', license: 'paid', hasSignedIn: false },
  { id: 'jonas.berg@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: null },
  { id: 'amelie.fournier@harbourpine.example', license: 'paid', previousLicense: 'paid', hasSignedIn: false },
  { id: 'samuel.cohen@harbourpine.example', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null },
  { id: 'nadia.haddad@harbourpine.example', license: 'paid', hasSignedIn: false },
  { id: 'lucas.moreau@harbourpine.example', license: 'paid', hasSignedIn: false, remindersSent: 0 },
  { id: 'priya.shah@harbourpine.example', license: 'paid', previousLicense: 'paid', hasSignedIn: false, invitedAt: null },
  { id: 'ethan.walker@harbourpine.example', license: 'paid', hasSignedIn: false },

  // Row 5, paid, never signed in, already emailed: an inactive user.
  { id: 'julie.petit@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-10-26T09:30:00+01:00' },
  { id: 'marc.gagnon@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-10-24T11:00:00-04:00', lastEmailedAt: '2026-11-03T11:00:00-05:00', remindersSent: 1 },
  { id: 'anna.kowalska@harbourpine.example', license: 'paid', previousLicense: 'paid', hasSignedIn: false, invitedAt: '2026-09-30T08:00:00+02:00', lastEmailedAt: '2026-10-28T08:00:00+01:00', remindersSent: 2 },
  { id: 'kofi.mensah@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-16T15:45:00Z' },
  { id: 'sofia.rossi@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-08-03T10:00:00+02:00', lastEmailedAt: '2026-10-05T10:00:00+02:00', remindersSent: 3 },
  { id: 'ben.carter@harbourpine.example', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: '2026-11-20T17:05:00-05:00', lastEmailedAt: '2026-11-20T17:05:00-05:00', remindersSent: 0 },
  { id: 'elif.yilmaz@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-10T09:00:00+08:00', lastEmailedAt: '2026-11-24T09:00:00+08:00', remindersSent: 1 },
  { id: 'paul.girard@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-27T08:15:00+01:00' },
  { id: 'zoe.lambert@harbourpine.example', license: 'paid', previousLicense: 'paid', hasSignedIn: false, invitedAt: '2026-07-07T07:07:00+02:00' },
  { id: 'omar.benali@harbourpine.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-10-01T12:00:00+02:00', lastEmailedAt: '2026-11-12T12:00:00+01:00', remindersSent: 2 },
]);

/**
 * The sample org's name, for titles.
 *
 * @example
 * SAMPLE_ORG_NAME
 * //=> 'Harbour & Pine'
 */
export const SAMPLE_ORG_NAME = 'Harbour & Pine';

function deepFreeze<T extends object>(users: T[]): readonly T[] {
  for (const user of users) Object.freeze(user);
  return Object.freeze(users);
}
