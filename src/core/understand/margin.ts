// A gross margin from one revenue and the costs listed against it: "ARR $6M; inference costs $2.1M, hosting $0.6M,
// support $0.3M. gross margin?" is ($6M − ($2.1M + $0.6M + $0.3M)) ÷ $6M = 50%.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

/** Words before an amount that say it comes in. */
const REVENUE_WORD =
  /\b(revenue|revenues|rev|arr|mrr|run[- ]rate|charge|charges|charging|price|sell|sells|earn|earns|income|sales|bill|billings|turnover)\b/;
const COST_WORD = /\b(cost|costs|spend|spends|compute|pay|expense|expenses|cogs|inference|hosting|support|serving)\b/;

/** The revenue and the costs (summed) whose margin is asked, when three or more amounts are listed, or undefined. */
export function marginOf(s: string, plain: Quantity[]): { revenue: Quantity; cost: Quantity } | undefined {
  if (plain.length < 3 || !plain.every((q) => q.dims.usd === 1 && q.high === undefined)) return undefined;
  if (!plain.every((q) => sameDims(q.dims, plain[0]!.dims))) return undefined;
  const before = (q: Quantity) => s.slice(Math.max(0, q.at - 30), q.at);
  // The words since the amount before this one, so "ARR $6M; inference costs $2.1M" gives each its own.
  const own = (q: Quantity) => {
    const prev = plain.filter((p) => p.at < q.at).pop();
    return prev ? s.slice(prev.at + prev.raw.length, q.at) : before(q);
  };
  const isRevenue = (q: Quantity) => REVENUE_WORD.test(own(q)) && !COST_WORD.test(own(q));
  const revenues = plain.filter(isRevenue);
  // Three or more: one revenue, named as such, and every other amount a cost of it.
  if (revenues.length !== 1) return undefined;
  const revenue = revenues[0]!;
  const costs = plain.filter((q) => q !== revenue);
  const value = costs.reduce((t, q) => t + q.value, 0);
  const cost: Quantity = {
    value,
    dims: revenue.dims,
    raw: `(${costs.map((q) => q.raw).join(' + ')})`,
    at: costs[0]!.at,
  };
  return { revenue, cost };
}
