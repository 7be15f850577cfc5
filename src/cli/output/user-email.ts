/**
 * The email address a user's record carries, if any: the `email` field of a snapshot (Control
 * Hub's export sets it to the id column, the Webex adapter to a person's first email). Read from
 * a record that was decided, so the snapshot parser has already checked that it is one address.
 */
export function emailOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const email = (value as { email?: unknown }).email;
  return typeof email === 'string' && email !== '' ? email : undefined;
}

/** How tables name a user: by their email when it is known, else by their id. */
export function userName(userId: string, email: string | undefined): string {
  return email ?? userId;
}

/**
 * A decision (or any object with a `userId`) with `email` placed right after `userId`, the other
 * keys in their order, for the JSON and NDJSON outputs; the same object when the email is not
 * known, so that an input without emails prints exactly what the library returns.
 */
export function withEmail<T extends { readonly userId: string }>(item: T, email: string | undefined): T {
  if (email === undefined) return item;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    copy[key] = value;
    if (key === 'userId') copy.email = email;
  }
  return copy as T;
}

/**
 * Each user's email by id, for the commands that hold a whole input and print by id (`preview`,
 * `reminders`): only users whose record carries one are in the map.
 */
export function emailsById(values: readonly unknown[]): Map<string, string> {
  const emails = new Map<string, string>();
  for (const value of values) {
    const email = emailOf(value);
    const id = email === undefined ? undefined : (value as { id?: unknown }).id;
    if (typeof id === 'string' && !emails.has(id)) emails.set(id, email!);
  }
  return emails;
}
