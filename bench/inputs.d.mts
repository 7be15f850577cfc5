// Types for the bench's inputs, so that tests can use them.
export function makeMixedInputs(count?: number, seed?: number): { settings: unknown; user: unknown }[];
export function makeUsers(count: number, seed?: number): Record<string, unknown>[];
export const SETTINGS: readonly Record<string, boolean>[];
export const CONTROL_HUB_EXPORT_HEADER: readonly string[];
export function controlHubExportRow(user: Record<string, unknown>, n: number): string;
export function generateUsers(count: number, options?: { seed?: number; badShare?: number }): Generator<Record<string, unknown>>;
