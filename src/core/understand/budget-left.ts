// A budget and what has been spent out of it: "Q budget is $50k, spent 18.5k on gpus and $7,200 on api calls — how
// much is left and what % have we used?" is $50k − $25,700 = $24,300 left, 51.4% used. The budget is the amount named
// one; every other amount is spent out of it, in the same unit. The words are the knowledge's (cues names-a-budget,
// spent-from-budget, asks-budget-left, asks-budget-used, asks-a-share).
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';
import type { QuantityVocabulary } from './quantity-words.js';

/** A budget, the amounts spent out of it, and whether the share used is asked. */
export interface BudgetLeft {
  budget: Quantity;
  spent: Quantity[];
  /** The share of the budget used is asked ("what % have we used"), beside what is left. */
  shareAsked: boolean;
  /** What is left is asked; when only the share is, the share leads. */
  leftAsked: boolean;
}

/** After a spend: "18.5k on gpus", "$4k so far for api calls". */
const SPENT_AFTER = /^\s*(?:(?:so far|already|to date)\s+)?(?:on|for|in|to|of)\b/;
/** A period the budget is for ("for the quarter", "this month"): it describes the budget, no amount of its own. */
const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;

/** The budget and its spends, or undefined unless one amount is named the budget, every other is spent out of it in
 * its unit, and what is left is asked. */
export function budgetLeftOf(s: string, qs: Quantity[], vocabulary: QuantityVocabulary): BudgetLeft | undefined {
  const words = vocabulary.budget;
  if (!words) return undefined;
  const amounts = qs.filter((q) => !isDuration(q));
  if (amounts.length < 2 || qs.length - amounts.length > 1) return undefined;
  const named = amounts.filter(
    (q) =>
      words.before.test(s.slice(Math.max(0, q.at - 24), q.at)) ||
      words.after.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 30)),
  );
  if (named.length !== 1) return undefined;
  const budget = named[0]!;
  if (budget.dims.usd !== 1 || budget.high !== undefined) return undefined;
  const spent = amounts.filter((q) => q !== budget);
  const spentOut = (q: Quantity) =>
    q.at > budget.at &&
    q.high === undefined &&
    sameDims(q.dims, budget.dims) &&
    (words.spentBefore.test(s.slice(Math.max(0, q.at - 24), q.at)) ||
      SPENT_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 20)));
  if (!spent.every(spentOut)) return undefined;
  const asking = s.slice(spent.at(-1)!.at + spent.at(-1)!.raw.length);
  // "what % used", "what share have we spent": the share of the budget gone is asked, not a change from it.
  const usedAsked = words.shareAsked.test(asking) && words.usedAsked.test(asking);
  if (!words.leftAsked.test(asking) && !usedAsked) return undefined;
  return { budget, spent, shareAsked: words.shareAsked.test(asking), leftAsked: words.leftAsked.test(asking) };
}
