// Works a Growth: the level after n periods, start × (1 + r)^n; the sum over the periods of a growing flow,
// start × ((1 + r)^n − 1) ÷ r; and a price per counted thing applied to the grown count. The rate shows signed and
// the formula with the user's inputs, so the reply says which numbers went in.
import { trimNumber } from '../format.js';
import { computedLine, growthLine, growthTotalLine, priceAppliedLine, unitsErrorReply } from '../replies.js';
import type { Reply } from '../types.js';
import { countDim, type Growth } from '../understand/growth.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import { percent } from './change.js';

/** Words an amount of the start's own kind: "$2.16 per million tokens", "46,261 users", "$3.59M a month". */
export type Shown = (like: Quantity, value: number, per?: string) => string;

/** The lines that answer a Growth, or a reply saying why it cannot be worked. */
export function growthLines(g: Growth, money: (n: number) => string, shown: Shown): string[] | Reply {
  const inputs = [g.start.raw, g.rateRaw, g.over.raw];
  if (!(g.periods > 0)) return unitsErrorReply(inputs, 'not-positive');
  if (!(g.rate > -1)) return unitsErrorReply(inputs, 'falls-to-nothing');
  const factor = (1 + g.rate) ** g.periods;
  const n = trimNumber(g.periods, 2);
  const periods = g.step
    ? `${g.over.raw.replace(/^(?:after|for|over|in|within|during)\s+/i, '')} (${n} step${n === '1' ? '' : 's'} of ${g.step.raw})`
    : `${n} ${g.per}${n === '1' ? '' : 's'}`;
  const step = `(1 ${g.rate < 0 ? '−' : '+'} ${percent(Math.abs(g.rate) * 100)}%)`;
  const rate = `${g.rate < 0 ? '−' : '+'}${percent(Math.abs(g.rate) * 100)}% ${g.step ? `every ${g.step.raw}` : `a ${g.per}`}`;
  const end = g.start.value * factor;
  const endShown = shown(g.start, end, g.start.per);
  if (!Number.isFinite(end) || Math.abs(end) > 1e18) return unitsErrorReply(inputs, 'too-large');
  if (g.total) {
    // A flow per hour: one period's amount, summed over the periods as a geometric series.
    const first = g.start.value * HOURS[g.per]!;
    const sum = g.rate === 0 ? first * g.periods : (first * (factor - 1)) / g.rate;
    const formula =
      g.rate === 0
        ? `${g.start.raw} × ${n}`
        : `${g.start.raw} × (${step}^${n} − 1) ÷ ${g.rate < 0 ? '−' : ''}${percent(Math.abs(g.rate) * 100)}%`;
    const last = shown(g.start, g.start.value * (1 + g.rate) ** (g.periods - 1), g.start.per ?? g.per);
    return [growthTotalLine(periods, money(sum), `${g.per}: ${last}`), computedLine(formula, undefined, money(sum))];
  }
  const lines = [
    growthLine(periods, rate, endShown),
    computedLine(`${g.start.raw} × ${step}^${n}`, undefined, endShown),
  ];
  const d = countDim(g.start.dims);
  if (g.price && d) {
    const bill: Quantity = { ...g.price, dims: { ...g.price.dims, [d]: undefined } };
    delete bill.dims[d];
    const amount = shown(bill, end * g.price.value, g.price.per);
    const billShown = g.pricePer ? `${amount} a ${g.pricePer}` : amount;
    lines.push(
      priceAppliedLine(g.price.raw, billShown),
      computedLine(`${endShown} × ${g.price.raw}`, undefined, billShown),
    );
  }
  return lines;
}
