/**
 * The exit codes every command keeps to, so that scripts can branch on them:
 * `0` everything was decided (or the draft is complete), `1` some input rows were invalid (every
 * valid row was still planned and printed) or the draft is incomplete, `2` the command could not
 * run as asked (an unknown flag, an unreadable file).
 */
export const EXIT_CODES = { ok: 0, invalidInput: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
