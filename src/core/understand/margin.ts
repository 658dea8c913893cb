// A gross margin from one revenue and the costs listed against it: "ARR $6M; inference costs $2.1M, hosting $0.6M,
// support $0.3M. gross margin?" is ($6M − ($2.1M + $0.6M + $0.3M)) ÷ $6M = 50%.
import { sameDims } from '../units.js';
import { HOURS, type Quantity } from './quantities.js';

/** Words before an amount that say it comes in. */
const REVENUE_WORD =
  /\b(revenue|revenues|rev|arr|mrr|run[- ]rate|charge|charges|charging|price|sell|sells|earn|earns|income|sales|bill|billings|turnover|makes?|(?:bring|brings|take|takes) in)\b/;
const COST_WORD = /\b(cost|costs|spend|spends|compute|pay|expense|expenses|cogs|inference|hosting|support|serving)\b/;

/** The revenue and the costs (summed) whose margin is asked, when three or more amounts are listed, or undefined. */
export function marginOf(
  s: string,
  listed: Quantity[],
): { revenue: Quantity; cost: Quantity; net?: boolean } | undefined {
  if (listed.length < 3 || !listed.every((q) => q.dims.usd === 1 && q.high === undefined)) return undefined;
  const plain = onePeriod(listed);
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
  // "net margin": the costs listed are all the costs, so the result is a net profit or loss.
  return { revenue, cost, ...(/\bnet\b/.test(s) ? { net: true } : {}) };
}

/** "rev 4.2M/yr, infra 1.9M, staff 2.6M": amounts listed in one profit and loss beside others written over one period
 * are over that period too; each timed amount becomes its total over the period (a margin is a ratio of the totals).
 * Amounts written over different periods are left as they are (and then do not match). */
function onePeriod(qs: Quantity[]): Quantity[] {
  const timed = qs.filter((q) => q.per && q.dims.hour === -1 && HOURS[q.per] !== undefined);
  const bare = qs.filter((q) => q.dims.hour === undefined);
  if (timed.length === 0 || bare.length === 0 || timed.length + bare.length !== qs.length) return qs;
  if (!timed.every((q) => q.per === timed[0]!.per)) return qs;
  return qs.map((q) => {
    if (!timed.includes(q)) return q;
    const dims = { ...q.dims };
    delete dims.hour;
    return { ...q, value: q.value * HOURS[q.per!]!, dims, per: undefined };
  });
}
