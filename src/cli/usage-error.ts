/**
 * The command could not run as asked: an unknown flag, a bad value, a file that cannot be read,
 * an input in no known format. Reported as one line plus a pointer to `--help`, exit code 2.
 */
export class UsageError extends Error {
  /** The command whose help the message points to, when known. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
