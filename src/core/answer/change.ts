// Works a Change between two amounts: a percentage change and, over years or a duration, the compound rate per
// period; a share of a whole; how many times one is the other. The amounts show as written (or as the sourced
// figure's label), so the reply says which numbers went in.
import { trimNumber } from '../format.js';
import {
  changeLine,
  compoundLine,
  computedLine,
  impliedRevenueLine,
  linearLine,
  linearReachLine,
  perDollarLine,
  pointsLine,
  productChangeLine,
  profitLine,
  reachLine,
  shareLine,
  timesLine,
  unitsErrorReply,
  weightedSplitLine,
} from '../replies.js';
import type { Reply } from '../types.js';
import type { Change } from '../understand/change.js';
import { inCurrencyOf } from '../understand/exchange-rate.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { WeightedSplit } from '../understand/weighted-split.js';

/** A percentage with the precision it needs: two decimals below 1%, one below 100%, none above. */
export function percent(n: number): string {
  // A small share keeps two significant digits ("0.0037%"), never rounds to a bare 0.
  if (n !== 0 && Math.abs(n) < 0.01) return trimNumber(n, Math.min(8, 1 - Math.floor(Math.log10(Math.abs(n)))));
  return trimNumber(n, Math.abs(n) < 1 ? 2 : 1);
}

/** The lines that answer a Change, or a reply saying why it cannot be worked. */
export function changeLines(c: Change, money: (n: number) => string): string[] | Reply {
  const { from, to } = c;
  if (c.kind === 'gap') {
    // Amounts a period are shown per that period ("$800,000 a month"); yuan in, yuan out.
    const per = from.dims.hour === -1 ? (from.per ?? to.per ?? 'month') : undefined;
    const net = (from.value - to.value) * (per ? HOURS[per]! : 1);
    const amount = inCurrencyOf(money(Math.abs(net)), from.currency);
    const shown = per ? `${amount} a ${per}` : amount;
    return [
      profitLine(shown, net >= 0, from.raw, to.raw),
      computedLine(`${from.raw} − ${to.raw}`, undefined, `${net < 0 ? '−' : ''}${shown}`),
    ];
  }
  if (from.value === 0) return unitsErrorReply([from.raw, to.raw], 'divide-by-zero');
  const ratio = to.value / from.value;
  if (c.kind === 'share')
    return [
      shareLine(to.raw, from.raw, percent(ratio * 100)),
      computedLine(`${to.raw} ÷ ${from.raw} × 100`, undefined, `${percent(ratio * 100)}%`),
    ];
  if (c.kind === 'per-dollar') {
    const each = `$${trimNumber(ratio, 3)}`;
    return [
      perDollarLine(each, to.raw, from.raw, `$${trimNumber(Math.abs(ratio - 1), 3)}`, ratio > 1),
      computedLine(`${to.raw} ÷ ${from.raw}`, undefined, each),
    ];
  }
  if (c.kind === 'times')
    return [
      timesLine(to.raw, from.raw, trimNumber(ratio, 2)),
      computedLine(`${to.raw} ÷ ${from.raw}`, undefined, trimNumber(ratio, 2)),
      ...(c.asPercent ? [shareLine(to.raw, from.raw, percent(ratio * 100))] : []),
    ];
  if (c.kind === 'linear') {
    if (!(c.periods! > 0)) return unitsErrorReply([from.raw, to.raw], 'not-positive');
    const periods = trimNumber(c.periods!, 2);
    const each = money((to.value - from.value) / c.periods!);
    return [
      linearLine(from.raw, to.raw, each, c.per!, periods),
      computedLine(`(${to.raw} − ${from.raw}) ÷ ${periods}`, undefined, `${each} a ${c.per}`),
    ];
  }
  if (c.points) {
    const gap = to.value - from.value;
    const points = trimNumber(Math.abs(gap), 2);
    const pct = percent((Math.abs(gap) / from.value) * 100);
    return [
      pointsLine(from.raw, to.raw, points, pct, gap >= 0),
      computedLine(
        `${to.raw} − ${from.raw} = ${gap < 0 ? '−' : ''}${points} points; (${to.raw} − ${from.raw}) ÷ ${from.raw}`,
        undefined,
        `${gap >= 0 ? '+' : '−'}${pct}%`,
      ),
    ];
  }
  if (c.also) {
    // "price $0.40 → $0.25 and volume +70%": the product moves by both.
    const both = ratio * c.also.factor;
    const pctBoth = percent(Math.abs(both - 1) * 100);
    return [
      productChangeLine(from.raw, to.raw, c.also.raw, pctBoth, both >= 1),
      computedLine(`(${to.raw} ÷ ${from.raw}) × ${c.also.raw} − 1`, undefined, `${both >= 1 ? '+' : '−'}${pctBoth}%`),
    ];
  }
  const up = ratio >= 1;
  const pct = percent(Math.abs(ratio - 1) * 100);
  const lines = [
    // A change of money shows the amount it moved by as well as the percentage: "in $ and %".
    changeLine(from.raw, to.raw, pct, up, trimNumber(up ? ratio : 1 / ratio, 2), moneyGap(c, money)),
    computedLine(`(${to.raw} − ${from.raw}) ÷ ${from.raw}`, undefined, `${up ? '+' : '−'}${pct}%`),
  ];
  if (c.periods === undefined || !c.per) return lines;
  if (!(ratio > 0) || !(c.periods > 0)) return unitsErrorReply([from.raw, to.raw], 'not-positive');
  const factor = ratio ** (1 / c.periods);
  const rate = percent(Math.abs(factor - 1) * 100);
  const periods = trimNumber(c.periods, 2);
  return [
    compoundLine(rate, factor >= 1, c.per, trimNumber(factor, 2), periods, c.span),
    computedLine(`(${to.raw} ÷ ${from.raw})^(1/${periods}) − 1`, undefined, `${factor >= 1 ? '+' : '−'}${rate}%`),
    ...lines,
  ];
}

/** How far a change of money moved, in the currency written ("$53B"); none for rates or other units. */
function moneyGap(c: Change, money: (n: number) => string): string | undefined {
  const { from, to } = c;
  const plain = (x: typeof from) => x.dims.usd === 1 && Object.keys(x.dims).length === 1;
  if (!plain(from) || !plain(to) || from.currency !== to.currency) return undefined;
  const shown = money(Math.abs(to.value - from.value));
  return inCurrencyOf(shown, from.currency);
}

/** A loss and the spending per dollar earned: revenue = loss ÷ (spend per dollar − 1). */
export function impliedRevenueLines(loss: Quantity, ratio: Quantity, money: (n: number) => string): string[] | Reply {
  if (!(ratio.value > 1)) return unitsErrorReply([loss.raw, ratio.raw], 'no-loss');
  const revenue = loss.value / (ratio.value - 1);
  return [
    impliedRevenueLine(money(revenue), money(revenue * ratio.value)),
    computedLine(`${loss.raw} ÷ (${trimNumber(ratio.value, 2)} − 1)`, undefined, money(revenue)),
  ];
}

/** Periods until an amount growing by a factor each period passes a goal: log(goal ÷ start) ÷ log(factor). */
export function reachLines(
  r: { start: Quantity; goal: Quantity; growth: Quantity; from?: number },
  money: (n: number) => string,
): string[] | Reply {
  const { start, goal, growth } = r;
  if (growth.dims.hour === -1 && !growth.dims.percent && !growth.dims.times) return linearReach(r);
  const factor = growth.dims.percent === 1 ? 1 + growth.value / 100 : growth.value;
  if (!(start.value > 0) || !(goal.value > 0) || !(factor > 0) || factor === 1)
    return unitsErrorReply([start.raw, growth.raw], 'not-positive');
  // Stored per hour for the solver; the growth is per its own period.
  const per = growth.per ?? 'year';
  const n = Math.log(goal.value / start.value) / Math.log(factor);
  if (!(n > 0)) return unitsErrorReply([start.raw, goal.raw, growth.raw], 'never-reaches');
  const whole = Math.ceil(n - 1e-9);
  const after = start.value * factor ** whole;
  // "2M/mo": an amount per period is stored per hour; it is shown per its own period.
  const each = start.dims.hour === -1 && start.per ? HOURS[start.per] : undefined;
  const shown = each ? `${money(after * each)} a ${start.per}` : money(after);
  // "at $3.7B in 2025 … what year does it pass $100B?": yearly steps from a start year end in a calendar year.
  const year = r.from !== undefined && per === 'year' ? { from: r.from, at: r.from + whole } : undefined;
  return [
    reachLine(start.raw, growth.raw, goal.raw, trimNumber(n, 2), per, whole, shown, year),
    computedLine(
      `log(${goal.raw} ÷ ${start.raw}) ÷ log(${trimNumber(factor, 2)})`,
      undefined,
      `${trimNumber(n, 2)} ${per}s`,
    ),
  ];
}

/** Periods until a level that grows by a fixed amount each period passes a goal: (goal − start) ÷ amount. */
function linearReach(r: { start: Quantity; goal: Quantity; growth: Quantity }): string[] {
  const per = r.growth.per ?? 'month';
  const each = r.growth.value * HOURS[per]!;
  const n = (r.goal.value - r.start.value) / each;
  const periods = `${trimNumber(n, 1)} ${per}${n === 1 ? '' : 's'}`;
  return [
    linearReachLine(r.start.raw, r.growth.raw, r.goal.raw, periods, Math.ceil(n - 1e-9), per),
    computedLine(`(${r.goal.raw} − ${r.start.raw}) ÷ ${r.growth.raw}`, undefined, periods),
  ];
}

/** Shares = regular payers + heavy payers × their multiple; a regular share is the total over the shares. */
export function weightedSplitLines(w: WeightedSplit, money: (n: number) => string): string[] | Reply {
  const regular = w.parties.value - w.heavy;
  const shares = regular + w.heavy * w.times;
  if (!(shares > 0) || regular < 0) return unitsErrorReply([w.total.raw, w.parties.raw], 'divide-by-zero');
  const each = w.total.value / shares;
  const times = trimNumber(w.times, 2);
  return [
    weightedSplitLine(money(each), money(each * w.times), times),
    computedLine(
      `${w.total.raw} ÷ (${trimNumber(regular, 2)} + ${trimNumber(w.heavy, 2)} × ${times} shares)`,
      undefined,
      `${money(each)} a share`,
    ),
  ];
}
