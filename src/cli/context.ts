/** A stream the command writes to, with what it knows about the terminal behind it. */
export interface OutputStream extends NodeJS.WritableStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything a command reads from its surroundings, passed in rather than read from globals. */
export interface CliContext {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Colour only for a person at a terminal: never when the stream is piped or redirected, and never
 * when `NO_COLOR` is set to anything non-empty (https://no-color.org).
 */
export function colourEnabled(stream: OutputStream, env: CliContext['env']): boolean {
  const noColour = env.NO_COLOR;
  if (noColour !== undefined && noColour !== '') return false;
  return stream.isTTY === true;
}
