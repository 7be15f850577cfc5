import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { CliContext } from '../context';
import { UsageError } from '../usage-error';
import { FastInputDecoder } from './fast-decoder';

/** A text input being read: its chunks, in order, and a name for messages. */
export interface TextSource {
  readonly name: string;
  readonly chunks: AsyncIterable<string>;
}

/**
 * Opens a file, or standard input for `-` (or no argument when something is piped in). Fails
 * before reading anything, as a usage error, when the file cannot be opened, so a typo in a path
 * costs one line, not a stack trace. The bytes become text through the decoder the preview page
 * uses too (UTF-8, or UTF-16 with a byte order mark; see `FastInputDecoder`); an input that is not text is a
 * usage error.
 */
export async function openInput(path: string | undefined, context: CliContext, command: string): Promise<TextSource> {
  if (path === undefined || path === '-') {
    if (path === undefined && context.stdin.isTTY === true) {
      throw new UsageError('no input: give a file, - to read standard input, or --sample', command);
    }
    const name = 'standard input';
    return { name, chunks: decoded(context.stdin as AsyncIterable<Uint8Array | string>, name, command) };
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
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  return { name: path, chunks: decoded(guarded(stream, path, command), path, command) };
}

async function* guarded(stream: AsyncIterable<Uint8Array>, path: string, command: string): AsyncGenerator<Uint8Array> {
  try {
    yield* stream;
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${path}: ${String(code ?? error)}`, command);
  }
}

async function* decoded(chunks: AsyncIterable<Uint8Array | string>, name: string, command: string): AsyncGenerator<string> {
  const decoder = new FastInputDecoder();
  const text = (chunk: Uint8Array, final: boolean): string => {
    const result = decoder.decode(chunk, final);
    if (!result.ok) throw new UsageError(`${name}: ${result.message}`, command);
    return result.text;
  };
  for await (const chunk of chunks) {
    const part = text(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, false);
    if (part !== '') yield part;
  }
  const rest = text(new Uint8Array(0), true);
  if (rest !== '') yield rest;
}

/** Reads a whole input as one string (JSON documents, drafts). */
export async function readAll(source: TextSource): Promise<string> {
  let text = '';
  for await (const chunk of source.chunks) text += chunk;
  return text;
}

/** Reads a small JSON file given to a flag (`--licenses`, `--previous`, `--setting`, a draft). */
export async function readJsonFile(path: string, flag: string, context: CliContext, command: string): Promise<unknown> {
  const text = await readAll(await openInput(path, context, command));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${flag} ${path} is not valid JSON (${reason})`, command);
  }
}
