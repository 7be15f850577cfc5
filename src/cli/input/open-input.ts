import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { CliContext } from '../context';
import { UsageError } from '../usage-error';

/** A text input being read: its chunks, in order, and a name for messages. */
export interface TextSource {
  readonly name: string;
  readonly chunks: AsyncIterable<string>;
}

/**
 * Opens a file, or standard input for `-` (or no argument when something is piped in). Fails
 * before reading anything, as a usage error, when the file cannot be opened, so a typo in a path
 * costs one line, not a stack trace.
 */
export async function openInput(path: string | undefined, context: CliContext, command: string): Promise<TextSource> {
  if (path === undefined || path === '-') {
    if (path === undefined && context.stdin.isTTY === true) {
      throw new UsageError('no input: give a file, - to read standard input, or --sample', command);
    }
    (context.stdin as NodeJS.ReadableStream & { setEncoding(encoding: string): void }).setEncoding('utf8');
    return { name: 'standard input', chunks: context.stdin as AsyncIterable<string> };
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`, command);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read ${path}: ${why}`, command);
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  return { name: path, chunks: guarded(stream, path, command) };
}

async function* guarded(stream: AsyncIterable<string>, path: string, command: string): AsyncGenerator<string> {
  try {
    yield* stream;
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${path}: ${String(code ?? error)}`, command);
  }
}

/** Reads a whole input as one string (JSON documents, drafts). */
export async function readAll(source: TextSource): Promise<string> {
  let text = '';
  for await (const chunk of source.chunks) text += chunk;
  return text;
}
