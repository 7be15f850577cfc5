// Users the command-line tests write out in every input format.
export const USERS = [
  { id: 'ana@corp.example', license: 'free', hasSignedIn: false },
  { id: 'ben@corp.example', license: 'paid', previousLicense: 'free', hasSignedIn: false, invitedAt: null },
  { id: 'cleo@corp.example', license: 'paid', hasSignedIn: true, invitedAt: '2026-03-01T09:00:00+01:00' },
  { id: 'dan@corp.example', license: 'paid', hasSignedIn: false },
  { id: 'eve, "the second"@corp.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-10-05T08:30:00-04:00' },
] as const;

const COLUMNS = ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt'] as const;

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(users: readonly Record<string, unknown>[], eol = '\n'): string {
  const rows = users.map((user) => COLUMNS.map((column) => csvCell(user[column])).join(','));
  return [COLUMNS.join(','), ...rows].join(eol) + eol;
}

export function toNdjson(users: readonly unknown[]): string {
  return users.map((user) => JSON.stringify(user)).join('\n') + '\n';
}

/** A Webex licence id: base64 of ciscospark://us/LICENSE/<org>:<TYPE>_<uuid>. */
export function licenseId(type: string, n: number): string {
  return Buffer.from(`ciscospark://us/LICENSE/org-7f3a:${type}_0b1e9c4d-51a2-4e77-8c3b-${String(n).padStart(12, '0')}`).toString('base64');
}

export const PAID = licenseId('EE', 1);
export const FREE = licenseId('FMS', 2);

export const PEOPLE_PAGE = {
  items: [
    { id: 'P-ana', emails: ['ana@corp.example'], licenses: [FREE], status: 'active', lastActivity: '2026-11-01T10:00:00.000Z' },
    { id: 'P-ben', emails: ['ben@corp.example'], licenses: [`${FREE},${PAID}`], status: 'pending', invitePending: 'true', created: '2026-11-20T08:00:00.000Z' },
    { id: 'P-cleo', emails: ['cleo@corp.example'], licenses: [PAID], status: 'pending', invitePending: false },
    { id: 'P-dan', emails: ['dan@corp.example'], licenses: 'not a list' },
    { id: 'P-eve', emails: ['eve@corp.example'], licenses: [PAID], status: 'active', lastActivity: '2026-10-01T10:00:00.000Z', invitePending: 'false' },
  ],
  notFoundIds: [],
};

export const LICENSES = {
  items: [
    { id: PAID, name: 'Webex Meetings Suite', totalUnits: 50, consumedUnits: 3 },
    { id: FREE, name: 'Basic Messaging', totalUnits: 500, consumedUnits: 5 },
  ],
};
