// A sourced figure in yuan converted at the user's exchange rate: "zhipu's 2024 revenue in USD if the yuan is 7.2 to
// the dollar" is ¥312M ÷ 7.2 = $43.3M. Only a rate written as yuan per dollar converts; every other number must be a
// year or the figure itself, so no number of the user's is left out.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue, formatMoney, trimNumber } from '../format.js';
import { calculationReply, computedLine, totalLine, unheldBaseReply } from '../replies.js';
import { yuanPerDollar } from '../understand/exchange-rate.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';
import { segmentOf } from './sourced-segment.js';

/** "7.2 to the dollar", "7.2 yuan per dollar", "7.2 rmb = $1", "at 7.2 per usd", "usd/cny 7.2". */
const RATE =
  /(?:\b(\d+(?:\.\d+)?)\s*(?:yuan|rmb|cny|¥)?\s*(?:to|per|=|a|for)\s*(?:the\s+|one\s+|a\s+|each\s+)?(?:\$\s?1\b|us\s?dollar|dollar|usd|buck))|(?:\busd\s*\/\s*cny\s*(?:of|at|=|is)?\s*(\d+(?:\.\d+)?))/;

/** The exchange rate written, when the question asks a yuan figure in dollars. */
function rateOf(q: Question): { value: number; raw: string; at: number } | undefined {
  const written = yuanPerDollar(q.plain);
  if (written) return written;
  const m = RATE.exec(q.plain);
  if (!m) return undefined;
  const value = Number(m[1] ?? m[2]);
  return value > 0 ? { value, raw: m[0].trim(), at: m.index } : undefined;
}

/** The lead's yuan money figures for each metric asked ("loss and revenue in dollars"; a year named picks its own). */
function yuanFigures(q: Question): Figure[] {
  const e = q.lead;
  if (!e) return [];
  return q.metrics.flatMap((metric) => {
    const found = e.figures.filter(
      (f) => f.metric === metric && f.currency === 'CNY' && f.unit.startsWith('money') && f.value !== undefined,
    );
    const dated = found.filter((f) => q.years.some((y) => f.period.includes(y)));
    return dated.length ? dated : found;
  });
}

/** One figure over another: "vs", "ratio", "multiple", "price-to-sales", "how many times". */
const RATIO_ASKED = /\b(?:vs\.?|versus|ratio|multiple|times|price-to-sales|p\/s|compared (?:to|with)|against)\b/;

/** The lead's one dollar sum for another metric asked (a valuation beside yuan revenue), when it holds just one. */
function dollarPartner(q: Question, index: KnowledgeIndex, yuan: Figure): Figure | undefined {
  const e = q.lead!;
  for (const metric of q.metrics) {
    if (metric === yuan.metric || index.isRatio(metric)) continue;
    const own = index.ownMetric(e, metric);
    const found = e.figures.filter(
      (f) => f.metric === own && f.currency === 'USD' && f.unit === yuan.unit && f.value !== undefined,
    );
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** Whether a yuan figure is asked in dollars at a rate the user gives. */
export function currencyAsked(q: Question): boolean {
  const rate = rateOf(q);
  if (!rate || !yuanFigures(q).length) return false;
  // Every number is the rate, a year or the figure quoted.
  return q.amounts.every(
    (a) =>
      (a.index >= rate.at && a.index < rate.at + rate.raw.length + 2) ||
      q.years.includes(String(a.value)) ||
      yuanFigures(q).some((f) => Math.abs(f.value! - a.value) <= f.value! * 1e-9),
  );
}

export const answerSourcedCurrency: Answerer = (q, { index }) => {
  const e = q.lead;
  const rate = rateOf(q);
  const figures = yuanFigures(q);
  if (!e || !rate || !figures.length || !currencyAsked(q)) return undefined;
  const citer = new Citer(index.kb);
  const lines: string[] = [];
  const partner = RATIO_ASKED.test(q.plain) && figures.length === 1 ? dollarPartner(q, index, figures[0]!) : undefined;
  if (partner) {
    // "zhipu price-to-sales: IPO valuation vs 2024 revenue at 7.2": the yuan figure in dollars, then the multiple.
    const f = figures[0]!;
    const usd = f.value! / rate.value;
    const [big, small] = partner.value! >= usd ? [partner.value!, usd] : [usd, partner.value!];
    const label = (g: Figure) =>
      `${e.name}'s ${citer.metricLabel(g)} (${formatFigureValue(g)}, ${citer.sourceOf(g.source)})`;
    const converted = `${label(f)} ÷ ${trimNumber(rate.value, 4)} yuan per dollar`;
    const ratio = `≈${trimNumber(big / small, 1)}×`;
    lines.push(totalLine(ratio));
    lines.push(
      computedLine(
        partner.value! >= usd
          ? `${label(partner)} ÷ (${converted} = ${formatMoney(usd)})`
          : `(${converted} = ${formatMoney(usd)}) ÷ ${label(partner)}`,
        undefined,
        ratio,
      ),
    );
    return {
      ...calculationReply(lines),
      title: `${e.name} — ${citer.metricLabel(partner)} against ${citer.metricLabel(f)}`,
      fields: [partner, f].map((g) => citer.field(g)),
      sources: citer.sources(),
    };
  }
  const shares: Figure[] = [];
  for (const f of figures) {
    // "zhipu's on-prem revenue in dollars": the part of the total its share names, never the whole.
    const part = segmentOf(q.plain, e, f);
    if (part && !part.held) return unheldBaseReply(e.name, part.share.of!, part.base);
    const value = part ? (f.value! * part.share.value!) / 100 : f.value!;
    const usd = formatMoney(value / rate.value);
    const label = `${e.name}'s ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`;
    const whole = part
      ? `${label} × ${part.share.of} (${formatFigureValue(part.share)}, ${citer.sourceOf(part.share.source)})`
      : label;
    if (part) shares.push(part.share);
    // Two figures asked ("loss and revenue") each say which they are.
    const metrics = new Set(figures.map((g) => g.metric));
    lines.push(
      metrics.size > 1
        ? `${capitalised(citer.metricLabel(f))}: ${usd} (${f.period}).`
        : totalLine(`${usd} (${f.period})`),
    );
    lines.push(computedLine(`${whole} ÷ ${trimNumber(rate.value, 4)} yuan per dollar`, undefined, usd));
  }
  return {
    ...calculationReply(lines),
    title: `${e.name} — in US dollars`,
    fields: [...figures, ...shares].map((f) => citer.field(f)),
    sources: citer.sources(),
  };
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
