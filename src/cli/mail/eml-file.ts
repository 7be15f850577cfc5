import { createHash, randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const UNSAFE = /[^A-Za-z0-9@._+-]/g;

/**
 * The file name of a user's message: the id with anything a file system or a shell may
 * mind replaced by `_`; when something was replaced, a short hash of the id keeps two ids that
 * differ only there apart. `ana@corp.example` gives `ana@corp.example.activation.eml`.
 */
export function emlFileName(userId: string, email: 'activation' | 'reminder'): string {
  let safe = userId.replace(UNSAFE, '_').replace(/^\.+/, '_').slice(0, 120);
  if (safe !== userId) safe += `-${createHash('sha256').update(userId).digest('hex').slice(0, 8)}`;
  return `${safe}.${email}.eml`;
}

/**
 * Writes `bytes` to `dir/name` so that the file is either absent or whole: the bytes go to a
 * hidden temporary file beside it, which is synced to disk and then renamed (one step on every
 * local file system), and the folder is synced so the rename survives a power cut. A crash leaves
 * at most a `.tmp` file, never a partial `.eml`.
 */
export async function writeFileAtomically(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const target = join(dir, name);
  const temporary = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o644);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } catch (error) {
    await file.close();
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await file.close();
  await rename(temporary, target);
  await syncFolder(dir);
  return target;
}

async function syncFolder(dir: string): Promise<void> {
  // Some systems (Windows) cannot open a folder to sync it; the rename is then as durable as they make it.
  const folder = await open(dir, 'r').catch(() => undefined);
  if (folder === undefined) return;
  try {
    await folder.sync().catch(() => {});
  } finally {
    await folder.close();
  }
}
