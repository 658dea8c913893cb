// Works PeriodTotals: each option's amounts paid once plus its amounts per period over the time, then the difference.
// The inputs show as written, so the reply says which numbers went in and how.
import { computedLine, periodTotalsEvenLine, periodTotalsLine, unitsErrorReply } from '../replies.js';
import type { Reply } from '../types.js';
import { optionTotal, type PeriodOption, type PeriodTotals } from '../understand/period-totals.js';
import type { Quantity } from '../understand/quantities.js';

const perUnit = (q: Quantity) => q.dims.gpu === -1 || q.dims.user === -1 || q.dims.item === -1;

/** "250k + 2k/mo × 36 months", "8 gpus × (25k each + 300/mo each × a year)". */
function formula(o: PeriodOption, over: Quantity, count?: Quantity): string {
  const shown = (q: Quantity) => (perUnit(q) && count ? `${count.raw} × ${q.raw}` : q.raw);
  const rates = o.rates.map(shown);
  const timed = rates.length ? `${rates.length > 1 ? `(${rates.join(' + ')})` : rates[0]} × ${over.raw}` : '';
  return [...o.once.map(shown), ...(timed ? [timed] : [])].join(' + ');
}

export function periodTotalsLines(p: PeriodTotals, money: (n: number) => string): string[] | Reply {
  const totals = p.options.map((o) => optionTotal(o, p.over, p.count));
  const inputs = [p.over, ...p.options.flatMap((o) => [...o.once, ...o.rates])].map((q) => q.raw);
  if (!totals.every((t) => Number.isFinite(t) && t >= 0)) return unitsErrorReply(inputs, 'not-positive');
  const computed = p.options.map((o, k) => computedLine(formula(o, p.over, p.count), undefined, money(totals[k]!)));
  const [a, b] = totals as [number, number];
  if (Math.abs(a - b) < 0.005)
    return [
      periodTotalsEvenLine(p.over.raw.replace(/^(?:over|for|across|during|within|in)\s+/i, ''), money(a)),
      ...computed,
    ];
  const [dear, cheap] = a > b ? [0, 1] : [1, 0];
  const label = (k: number) => {
    const l = p.options[k]!.label;
    const f = formula(p.options[k]!, p.over, p.count);
    return l ? `“${l}”` : `${k === 0 ? 'the first option' : 'the second option'} (${f})`;
  };
  const over = p.over.raw.replace(/^(?:over|for|across|during|within|in)\s+/i, '');
  const gap = Math.abs(a - b);
  return [
    periodTotalsLine(
      over,
      label(dear),
      label(cheap),
      money(gap),
      `${money(totals[dear]!)} against ${money(totals[cheap]!)}`,
    ),
    ...computed,
    computedLine(`${money(totals[dear]!)} − ${money(totals[cheap]!)}`, undefined, money(gap)),
  ];
}
