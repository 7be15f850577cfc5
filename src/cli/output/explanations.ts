import { explain } from '../../index';
import type { Locale, Decision } from '../../index';

/**
 * `explain` for a whole file: the sentence depends only on the kind and the trigger, so each one
 * is worked out once per run rather than once per user.
 */
export function explainer(locale: Locale): (decision: Decision) => string {
  const cache = new Map<string, string>();
  return (decision) => {
    const key = decision.kind === 'manual-required' ? `${decision.kind}/${decision.trigger}` : decision.kind;
    let sentence = cache.get(key);
    if (sentence === undefined) {
      sentence = explain(decision, locale);
      cache.set(key, sentence);
    }
    return sentence;
  };
}
