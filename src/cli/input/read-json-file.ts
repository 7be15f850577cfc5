import { openInput, readAll } from './open-input';
import type { CliContext } from '../context';
import { UsageError } from '../usage-error';

/** Reads a small JSON file given to a flag (`--licenses`, `--previous`, `--setting`, a draft). */
export async function readJsonFile(path: string, flag: string, context: CliContext, command: string): Promise<unknown> {
  const text = await readAll(await openInput(path, context, command));
  try {
    return JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${flag} ${path} is not valid JSON (${reason})`, command);
  }
}
