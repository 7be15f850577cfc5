// Types for the json-rules-engine encoding of the rule table, so that tests can hold it to `decide`.
export interface RuleEngine {
  readonly __brand: 'json-rules-engine';
}
export function createEngine(): RuleEngine;
export function engineDecide(engine: RuleEngine, settings: unknown, user: unknown): Promise<Record<string, unknown>>;
