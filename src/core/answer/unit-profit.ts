// The lines of a unit profit: what one paying thing (or one period) earns less what serving it costs, and the margin.
import { trimNumber } from '../format.js';
import { marginLine, unitProfitLine, unitProfitWorkings } from '../replies.js';
import type { UnitProfit } from '../understand/unit-profit.js';

/** The profit first when it is asked, else the margin first, then how each side was worked from the user's numbers;
 * `show` says an amount in the plan's unit. */
export function unitProfitLines(u: UnitProfit, show: (value: number) => string): string[] | undefined {
  const { revenue, cost } = u;
  if (!(revenue.value > 0)) return undefined;
  const profit = revenue.value - cost.value;
  const [r, c, p] = [show(revenue.value), show(cost.value), show(profit)];
  const pct = trimNumber((100 * profit) / revenue.value, 1);
  const margin = marginLine(pct, r, c, p);
  // "$6M" needs no "= $6M"; "11k/mo" is shown as "$11,000 a month" beside it.
  const bare = (x: string) => x.replace(/[$\s,]/g, '').toLowerCase();
  const worked = (raw: string, shown: string) => (bare(raw) === bare(shown) ? raw : `${raw} = ${shown}`);
  const workings = unitProfitWorkings(worked(revenue.raw, r), worked(cost.raw, c));
  return u.profitAsked
    ? [unitProfitLine(profit >= 0, show(Math.abs(profit)), r, c, pct), workings]
    : [margin, workings];
}
