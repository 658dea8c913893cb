// The profit left from a revenue after costs that are a share of it and costs that are amounts: "app revenue
// $1.8M/yr, inference eats 35% of revenue, other costs $600k — profit?" is $1.8M − 35% × $1.8M − $600k = $570k a
// year. Every number must be the revenue, a share of it spent, or a cost; otherwise nothing is worked.

import type { OwnPnl } from './pnl-what-if.js';
import { HOURS, type Quantity } from './quantities.js';

/** The profit (or what is left) asked: "profit?", "what do we net", "what's left", "bottom line". */
const ASKED =
  /\b(?:profit|profits|net income|bottom line|what(?:'s| is| do we| would we)? (?:left|net|keep|make)|left over|take[- ]home)\b/;
/** Words right before an amount that make it the revenue. */
const REVENUE_BEFORE =
  /\b(?:revenue|revenues|sales|turnover|top line|income|arr|brings? in|earns?|makes?|billings?)\s*(?:is|of|at|=|:|~|about|around|runs at|comes to)?\s*(?:~|about\s|around\s)?$/;
/** Words right after an amount that make it the revenue: "$3.5M revenue", "4.2M in sales", "11M rev". */
const REVENUE_AFTER = /^\s*(?:a year |a month |\/\w+ )?(?:in |of )?(?:revenue|revenues|revs?|sales|turnover|arr)\b/;
/** A share kept as gross margin, named right after or before it: "at 62% gross margin", "GM of 70%". Net and
 * operating margins are after the costs already, so they are not one. */
const MARGIN_AFTER = /^\s*(?:gross |contribution )?(?:margins?|gm)\b/;
const MARGIN_BEFORE = /\b(?:gross |contribution )?(?:margins?|gm)\s*(?:is|are|of|at|=|:)?\s*(?:~|about\s|around\s)?$/;
/** A share named a part of the revenue spent: "35% of revenue", "eats 35%", "30% goes to compute". */
const SHARE_OF_REVENUE =
  /^\s*(?:of\s+(?:the\s+|our\s+|that\s+|its\s+)?(?:revenue|revenues|sales|turnover|it|that|the top line))\b/;
const SHARE_SPENT_BEFORE =
  /\b(?:eats?|eating|takes?|taking|costs?|consumes?|swallows?|spend|spends|spent|cogs|inference|compute|hosting|serving|fees?)\s*(?:up\s+|is\s+|are\s+|at\s+|of\s+|=\s*|:\s*)?(?:~|about\s|around\s)?$/;
/** The same after the share: "20% goes to payment fees", "15% is spent on compute", "10% of it is paid out in fees". */
const SHARE_SPENT_AFTER =
  /^\s*(?:of (?:it|that|revenue|sales)\s+)?(?:goes|go|going|is spent|spent|is paid|paid|is eaten|eaten|is lost|lost)\s+(?:to|on|in|by|out)\b/;
/** Words before or after an amount that make it a cost. */
const COST_BEFORE =
  /\b(?:costs?|expenses?|opex|overheads?|spend|spending|salar\w*|payroll|rent|fixed|infra\w*|hosting|bills?)\s*(?:are|is|of|at|=|:|~|run|come to|total)?\s*(?:~|about\s|around\s)?$/;
const COST_AFTER =
  /^\s*(?:a year |a month |\/\w+ )?(?:in |of )?(?:costs?|expenses?|opex|overheads?|salar\w*|payroll|fixed)\b/;

const isMoney = (q: Quantity) =>
  q.dims.usd === 1 &&
  q.high === undefined &&
  (Object.keys(q.dims).length === 1 || (q.dims.hour === -1 && q.per !== undefined && Object.keys(q.dims).length === 2));

/** The revenue, the costs a share of it and the costs as amounts, or undefined when the question is not that. */
export function netProfitOf(s: string, qs: Quantity[]): OwnPnl | undefined {
  const asking = s.slice(Math.max(0, s.search(/\b(?:what|how much)\b|[,.;:?]\s*[a-z' ]*\?\s*$/)));
  if (!ASKED.test(asking)) return undefined;
  const before = (q: Quantity) =>
    s
      .slice(Math.max(0, q.at - 30), q.at)
      .split(/[,;.]\s/)
      .pop()!;
  const after = (q: Quantity) => s.slice(q.at + q.raw.length, q.at + q.raw.length + 30);
  const revenues = qs.filter((q) => isMoney(q) && (REVENUE_BEFORE.test(before(q)) || REVENUE_AFTER.test(after(q))));
  const share = (q: Quantity) => q.dims.percent === 1 && Object.keys(q.dims).length === 1 && q.high === undefined;
  // "$3.5M revenue at 62% gross margin, minus $1.2M opex": what is not kept (38%) is spent to earn the revenue.
  const margins = qs.filter(
    (q) => share(q) && q.value <= 100 && (MARGIN_AFTER.test(after(q)) || MARGIN_BEFORE.test(before(q))),
  );
  const spent = qs.filter(
    (q) =>
      share(q) &&
      !margins.includes(q) &&
      (SHARE_OF_REVENUE.test(after(q)) || SHARE_SPENT_BEFORE.test(before(q)) || SHARE_SPENT_AFTER.test(after(q))),
  );
  if (margins.length > 1 || (margins.length && spent.length)) return undefined;
  const shares = margins.length
    ? margins.map((q) => ({ ...q, value: 100 - q.value, raw: `(100% − ${q.raw})` }))
    : spent;
  const costs = qs.filter(
    (q) => isMoney(q) && !revenues.includes(q) && (COST_BEFORE.test(before(q)) || COST_AFTER.test(after(q))),
  );
  if (revenues.length !== 1 || !shares.length || qs.length !== 1 + shares.length + costs.length) return undefined;
  // A gross margin alone is the gross profit, worked elsewhere (in the revenue's own currency); with costs beside it,
  // what is left after them.
  if (margins.length && (!costs.length || revenues[0]!.currency || costs.some((q) => q.currency))) return undefined;
  const revenue = revenues[0]!;
  const per = revenue.per;
  // A cost with no period is one of the revenue's periods; one with another period is put in the revenue's.
  if (!per && costs.some((q) => q.dims.hour === -1)) return undefined;
  const whole = (q: Quantity) => (q.dims.hour === -1 ? q.value * HOURS[q.per!]! : q.value);
  const inPeriod = (q: Quantity) => (q.dims.hour === -1 && per ? q.value * HOURS[per]! : q.value);
  const total = shares.reduce((t, q) => t + q.value, 0);
  if (total > 100) return undefined;
  const value = (whole(revenue) * total) / 100 + costs.reduce((t, q) => t + inPeriod(q), 0);
  const parts = [...shares.map((q) => `${q.raw} × ${revenue.raw}`), ...costs.map((q) => q.raw)];
  return {
    revenue: { ...revenue, value: whole(revenue), dims: { usd: 1 }, per: undefined },
    cost: { value, raw: `(${parts.join(' + ')})` },
    whatIf: { asked: 'profit', changes: {} },
    ...(per ? { per } : {}),
  };
}
