// How many of a chip a sum an article gives would buy at the chip's release price: "how many B300s could llama 4's
// training cost buy?" is $600M+ ÷ $43K = 13,953; "meta's 2025 AI spend in H100 SXMs at Epoch's release price" works
// each of the figures the article gives for that year ($72B+ and $65B), never one picked between them. Only with no
// number of the user's, one thing named that holds such a sum, and a count of the chip asked.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { moneyQuantity } from '../understand/sourced-quantities.js';

/** Spending the sum on the chips: "could you buy with", "went into", "afford", "at release price". */
const BUY =
  /\b(?:buy|buys|bought|purchase[sd]?|afford|pay for|paid for|went into|go into|goes into|spent on|spend on)\b/;

/** A chip's spec named after a name, as that name's: "'s list price", "'s memory per card", "'s bf16 peak". */
const SOURCE_OF_SPEC =
  /^(?:'s|’s|s)?\s+(?:(?:own|chip|gpu|card|hardware)\s+)?(?:list|release|launch|sticker|spec|memory|peak|tdp|hardware|per[- ]chip|per[- ]card|dense|bf16|fp16|fp8)\b/;

/** Most figures of one sum worked side by side. */
const MAX_FIGURES = 3;

/** Whether a count of chips is asked of a sum someone else gives: the intent row's cheap test. */
export function sourcedBudgetAsked(q: Question): boolean {
  const t = q.target;
  return (
    !q.quantities.length &&
    t?.dims.gpu === 1 &&
    Object.keys(t.dims).length === 1 &&
    q.specific.length > 0 &&
    (BUY.test(q.plain) || q.cues.has('chip-price'))
  );
}

/** "how many B300s does $10M buy": the user's own sum spent on a chip, no price word needed beside it. */
export function userBudgetAsked(q: Question): boolean {
  const t = q.target;
  return (
    q.quantities.length === 1 &&
    Object.keys(q.quantities[0]!.dims).join() === 'usd' &&
    t?.dims.gpu === 1 &&
    Object.keys(t.dims).length === 1 &&
    BUY.test(q.plain)
  );
}

const isSum = (f: Figure) =>
  (f.unit === 'money' || f.unit === 'money/year') && f.currency === 'USD' && f.value !== undefined;

/** The sums the one named company or model gives for the metric asked (of the year named, when one is), each a
 * quantity in dollars; empty when none, or when two things named both hold one. */
export function sourcedBudgets(q: Question, index: KnowledgeIndex, citer: Citer): Quantity[] {
  const found: Array<{ e: Entity; figures: Figure[] }> = [];
  const seen = new Set<string>();
  // "at epoch's list price", "epoch's memory per card": a name given as the source of a chip's spec spends nothing.
  const after = (m: Question['specific'][number]) => q.lowered.slice(q.res.tokens[m.end - 1]?.end ?? q.lowered.length);
  const spenders = q.specific.filter((m) => !SOURCE_OF_SPEC.test(after(m)));
  for (const id of spenders.flatMap((m) => m.ids)) {
    const e = index.entity(id);
    if (!e || seen.has(id)) continue;
    seen.add(id);
    for (const metric of q.metrics) {
      const own = index.ownMetric(e, metric);
      const figures = e.figures.filter(
        (f) => f.metric === own && isSum(f) && (!q.years.length || q.years.some((y) => f.period.includes(y))),
      );
      if (figures.length) {
        found.push({ e, figures });
        break;
      }
    }
  }
  if (found.length !== 1) return [];
  const { e, figures } = found[0]!;
  const distinct = figures.filter((f, i) => figures.findIndex((g) => g.value === f.value) === i);
  if (distinct.length > MAX_FIGURES) return [];
  return distinct.map((f) => moneyQuantity(e, f, citer));
}
