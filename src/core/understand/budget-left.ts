// A budget and what has been spent out of it: "Q budget is $50k, spent 18.5k on gpus and $7,200 on api calls — how
// much is left and what % have we used?" is $50k − $25,700 = $24,300 left, 51.4% used. The budget is the amount named
// one; every other amount is spent out of it, in the same unit.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

/** A budget, the amounts spent out of it, and whether the share used is asked. */
export interface BudgetLeft {
  budget: Quantity;
  spent: Quantity[];
  /** The share of the budget used is asked ("what % have we used"), beside what is left. */
  shareAsked: boolean;
  /** What is left is asked; when only the share is, the share leads. */
  leftAsked: boolean;
}

/** Words that name an amount the budget: "budget is $50k", "$1M annual budget", "we have $20k". */
const BUDGET_BEFORE =
  /\b(?:budget|allowance|allocation|allocated|pot|cap)\s*(?:is|was|of|:|=|for\s+\w+\s+is)?\s*(?:~|about\s)?$/;
const BUDGET_AFTER = /^\s*(?:[a-z]+\s+){0,2}?(?:budget|allowance|allocation|pot)\b/;
/** Words before a spend: "spent 18.5k", "we've used $4k", "$8k on openai" (after), "burned through $2k". */
const SPENT_BEFORE =
  /\b(?:spent|spend|spending|used|paid|burn(?:ed|t)?(?: through)?|gone|went|charged|billed|costs?|and|plus|,)\s*(?:~|about\s|another\s|a further\s)?$/;
const SPENT_AFTER = /^\s*(?:(?:so far|already|to date)\s+)?(?:on|for|in|to|of)\b/;
/** What is left asked: "how much is left", "remaining", "what remains", "headroom". */
const LEFT_ASKED = /\b(?:left|remain\w*|headroom|still (?:have|got)|balance|unspent)\b/;
/** The share used asked: "what % have we used", "% used", "share spent", "how much of it is used". */
const SHARE_ASKED = /%|\bper ?cent(?:age)?\b|\bshare\b|\bfraction\b|\bproportion\b/;
/** The share asked is of the budget gone: "% used", "share spent", "how much of it have we burned". */
const USED_ASKED = /\b(?:used|spent|gone|burn(?:ed|t)|consumed|utili[sz]ed)\b/;
/** A period the budget is for ("for the quarter", "this month"): it describes the budget, no amount of its own. */
const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;

/** The budget and its spends, or undefined unless one amount is named the budget, every other is spent out of it in
 * its unit, and what is left is asked. */
export function budgetLeftOf(s: string, qs: Quantity[]): BudgetLeft | undefined {
  const amounts = qs.filter((q) => !isDuration(q));
  if (amounts.length < 2 || qs.length - amounts.length > 1) return undefined;
  const named = amounts.filter(
    (q) =>
      BUDGET_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at)) ||
      BUDGET_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 30)),
  );
  if (named.length !== 1) return undefined;
  const budget = named[0]!;
  if (budget.dims.usd !== 1 || budget.high !== undefined) return undefined;
  const spent = amounts.filter((q) => q !== budget);
  const spentOut = (q: Quantity) =>
    q.at > budget.at &&
    q.high === undefined &&
    sameDims(q.dims, budget.dims) &&
    (SPENT_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at)) ||
      SPENT_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 20)));
  if (!spent.every(spentOut)) return undefined;
  const asking = s.slice(spent.at(-1)!.at + spent.at(-1)!.raw.length);
  // "what % used", "what share have we spent": the share of the budget gone is asked, not a change from it.
  const usedAsked = SHARE_ASKED.test(asking) && USED_ASKED.test(asking);
  if (!LEFT_ASKED.test(asking) && !usedAsked) return undefined;
  return { budget, spent, shareAsked: SHARE_ASKED.test(asking), leftAsked: LEFT_ASKED.test(asking) };
}
