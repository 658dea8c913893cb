// Works a BreakEven: months = up-front amount ÷ (alternative each month − running cost each month). The inputs show
// as written, so the reply says which numbers went in and how.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { Citer } from '../cite.js';
import { formatMoney, grouped, trimNumber } from '../format.js';
import {
  breakEvenLine,
  breakEvenSpanLine,
  caseLine,
  computedLine,
  oneOffLine,
  paybackLine,
  unitsErrorReply,
  usageLine,
} from '../replies.js';
import { h100Rates } from '../scenarios.js';
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
  if (!(monthly > 0)) return unitsErrorReply(inputs, b.payback ? 'never-pays-back' : 'never-breaks-even');
  if (!(upfront >= 0)) return unitsErrorReply(inputs, 'not-positive');
  const months = upfront / monthly;
  const running = b.running.length ? ` − ${listed(b.running, b.count)}` : '';
  const formula = `${listed(b.upfront, b.count)} ÷ (${listed(b.alternative, b.count)}${running})`;
  const spans = b.spans?.filter((p) => p !== 'month') ?? [];
  if (b.life && spans.includes('hour'))
    return usageLines(b, b.life, upfront / (monthly / HOURS.month!), formula, money);
  if (spans.length) {
    // Asked in hours or days: the same time in each, the hourly rates running around the clock.
    const hours = months * HOURS.month!;
    const shown = spans.map((p) => `${grouped(1).format(hours / HOURS[p]!)} ${p}s`);
    return [
      breakEvenSpanLine(shown, `${money(monthly / HOURS.month!)} an hour`),
      computedLine(formula, undefined, shown[0]!),
    ];
  }
  if (b.payback)
    return [
      paybackLine(trimNumber(months, 1), Math.max(1, Math.ceil(months - 1e-9)), money(monthly)),
      computedLine(formula, undefined, `${trimNumber(months, 2)} months`),
    ];
  if (b.work)
    return [
      oneOffLine(money(upfront), trimNumber(months, 1), Math.max(1, Math.ceil(months - 1e-9)), money(monthly)),
      computedLine(formula, undefined, `${trimNumber(months, 2)} months`),
    ];
  return [
    breakEvenLine(trimNumber(months, 1), Math.max(1, Math.ceil(months - 1e-9)), money(monthly)),
    computedLine(formula, undefined, `${trimNumber(months, 2)} months`),
  ];
}

/** Hours of use where buying (spread over its life) and renting cost the same: in all, or a year when asked so. */
function usageLines(
  b: BreakEven,
  life: Quantity,
  hours: number,
  formula: string,
  money: (n: number) => string,
): string[] {
  const years = life.value / HOURS.year!;
  const hourly = money(sum(b.alternative, b.count) - sum(b.running, b.count));
  const inAll = `${grouped(0).format(hours)} hours of use`;
  const aYear = `${grouped(0).format(hours / years)} hours of use a year`;
  const share = `${trimNumber((100 * hours) / life.value, 0)}% of the time`;
  if (hours > life.value)
    return [
      usageLine(inAll, life.raw, undefined, undefined, hourly, true),
      computedLine(formula, undefined, `${grouped(1).format(hours)} hours`),
    ];
  if (b.perYear)
    return [
      usageLine(aYear, life.raw, inAll, share, hourly),
      computedLine(
        `${listed(b.upfront, b.count)} ÷ ${life.raw} = ${money(sum(b.upfront, b.count) / years)} a year; ${formula.replace(listed(b.upfront, b.count), money(sum(b.upfront, b.count) / years))}`,
        undefined,
        `${grouped(1).format(hours / years)} hours a year`,
      ),
    ];
  return [
    usageLine(inAll, life.raw, aYear, share, hourly),
    computedLine(formula, undefined, `${grouped(1).format(hours)} hours`),
  ];
}

/** Renting named without a price of the user's: buying against each sourced H100 rental rate (only the one named,
 * "on a marketplace" or "on AWS", when one is). */
const RENTING = /\b(?:rent|rents|renting|rental|cloud|marketplace|aws)\b/;
const PROVIDER = /\b(marketplace|aws)\b/;

export function sourcedBreakEven(
  b: BreakEven,
  index: KnowledgeIndex,
  text: string,
  money: (n: number) => string,
): { lines: string[] | Reply; citer: Citer } | undefined {
  if (b.alternative.length || !RENTING.test(text) || (b.count && b.count.dims.gpu !== 1)) return undefined;
  const named = PROVIDER.exec(text)?.[1];
  const rates = h100Rates(index).filter((r) => !named || r.figure.scope.toLowerCase().includes(named));
  if (!rates.length) return undefined;
  const citer = new Citer(index.kb);
  const lines: string[] = [];
  for (const r of rates) {
    const rate = r.figure.value ?? r.figure.range?.[0];
    if (rate === undefined) continue;
    const label = `${r.figure.scope} (${formatMoney(rate)}/month, ${citer.sourceOf(r.figure.source)})`;
    const alternative: Quantity = {
      value: rate / HOURS.month!,
      dims: { usd: 1, gpu: -1, hour: -1 },
      raw: `${formatMoney(rate)}/month each`,
      at: -1,
      per: 'month',
    };
    const worked = breakEvenLines({ ...b, alternative: [alternative] }, money);
    if (!Array.isArray(worked)) return { lines: worked, citer };
    lines.push(caseLine(label, worked[0]!.replace(/\.$/, '').replace(/^B/, 'b')), worked[1]!);
  }
  return lines.length ? { lines, citer } : undefined;
}
