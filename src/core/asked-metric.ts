// Which of a question's metrics it asks for, when it names several: "what valuation did Mistral raise at?" asks for
// a valuation; the raise is the occasion. A subject lacking the asked metric is said to lack it even when it holds
// the other one.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Question } from './understand/question.js';

/** The money metric named right after an opening "what" or "which" (one word may come between: "what's the latest
 * valuation"), if the question names more than one metric. */
export function openingMetric(index: KnowledgeIndex, q: Question): string | undefined {
  if (q.metrics.length < 2) return undefined;
  const open =
    /^(?:so |and |ok )?(?:what|which)(?:'s|s| is| was| are| were)?(?: the| its| their| a)?(?: (\w+))?(?: (\w+))?/.exec(
      q.lowered,
    );
  if (!open) return undefined;
  const words = [open[1], open[2]].filter((w): w is string => Boolean(w));
  // Only a sum of money: "which GPUs was it trained on" asks about hardware the prose may describe without a figure.
  for (const m of q.metrics.filter((x) => index.isMoney(x))) {
    const keys = [m, ...(index.kb.metrics.get(m)?.keywords ?? [])].filter((k) => !k.includes(' '));
    if (keys.some((k) => words.includes(k.toLowerCase()))) return m;
  }
  return undefined;
}

/** A question ending on the noun for a figure ("last valuation number?", "any figure?") asks for one. */
export const FIGURE_NOUN = /\b(number|figure|amount)s?\s*\?*\s*$/;
