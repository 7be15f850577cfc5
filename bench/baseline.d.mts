// Types for the hand-written baseline, so that tests can hold it to `decide`.
export function baselineDecide(settings: unknown, user: unknown): Record<string, unknown>;
