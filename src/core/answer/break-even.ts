// Works a BreakEven: months = up-front amount ÷ (alternative each month − running cost each month). The inputs show
// as written, so the reply says which numbers went in and how.
import { trimNumber } from '../format.js';
import { breakEvenLine, computedLine, unitsErrorReply } from '../replies.js';
import type { Reply } from '../types.js';
import { type BreakEven, totalOf } from '../understand/break-even.js';
import { HOURS, type Quantity } from '../understand/quantities.js';

/** Each input as written, times the count when it is per unit: "8 H100s × $27,500 each". */
function shown(q: Quantity, count?: Quantity): string {
  return totalOf(q, count) !== q.value ? `${count!.raw} × ${q.raw}` : q.raw;
}

const sum = (qs: Quantity[], count?: Quantity) => qs.reduce((t, q) => t + totalOf(q, count), 0);
const listed = (qs: Quantity[], count?: Quantity) => {
  const parts = qs.map((q) => shown(q, count));
  return parts.length > 1 ? `(${parts.join(' + ')})` : parts[0]!;
};

/** The lines that answer a BreakEven, or a reply saying why it cannot be worked. */
export function breakEvenLines(b: BreakEven, money: (n: number) => string): string[] | Reply {
  const upfront = sum(b.upfront, b.count);
  const monthly = (sum(b.alternative, b.count) - sum(b.running, b.count)) * HOURS.month!;
  const inputs = [...b.upfront, ...b.running, ...b.alternative].map((q) => q.raw);
  if (!(monthly > 0)) return unitsErrorReply(inputs, 'never-breaks-even');
  if (!(upfront >= 0)) return unitsErrorReply(inputs, 'not-positive');
  const months = upfront / monthly;
  const running = b.running.length ? ` − ${listed(b.running, b.count)}` : '';
  const formula = `${listed(b.upfront, b.count)} ÷ (${listed(b.alternative, b.count)}${running})`;
  return [
    breakEvenLine(trimNumber(months, 1), Math.max(1, Math.ceil(months - 1e-9)), money(monthly)),
    computedLine(formula, undefined, `${trimNumber(months, 2)} months`),
  ];
}
