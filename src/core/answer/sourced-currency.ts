// A sourced figure in yuan converted at the user's exchange rate: "zhipu's 2024 revenue in USD if the yuan is 7.2 to
// the dollar" is ¥312M ÷ 7.2 = $43.3M. Only a rate written as yuan per dollar converts; every other number must be a
// year or the figure itself, so no number of the user's is left out.
import type { Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue, formatMoney, trimNumber } from '../format.js';
import { calculationReply, computedLine, totalLine } from '../replies.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';

/** "7.2 to the dollar", "7.2 yuan per dollar", "7.2 rmb = $1", "at 7.2 per usd", "usd/cny 7.2". */
const RATE =
  /(?:\b(\d+(?:\.\d+)?)\s*(?:yuan|rmb|cny|¥)?\s*(?:to|per|=|a|for)\s*(?:the\s+|one\s+|a\s+|each\s+)?(?:\$\s?1\b|us\s?dollar|dollar|usd|buck))|(?:\busd\s*\/\s*cny\s*(?:of|at|=|is)?\s*(\d+(?:\.\d+)?))/;

/** The exchange rate written, when the question asks a yuan figure in dollars. */
function rateOf(q: Question): { value: number; raw: string; at: number } | undefined {
  const m = RATE.exec(q.plain);
  if (!m) return undefined;
  const value = Number(m[1] ?? m[2]);
  return value > 0 ? { value, raw: m[0].trim(), at: m.index } : undefined;
}

/** The lead's yuan money figures for the metrics asked (a year named picks its own). */
function yuanFigures(q: Question): Figure[] {
  const e = q.lead;
  if (!e) return [];
  for (const metric of q.metrics) {
    const found = e.figures.filter(
      (f) => f.metric === metric && f.currency === 'CNY' && f.unit.startsWith('money') && f.value !== undefined,
    );
    const dated = found.filter((f) => q.years.some((y) => f.period.includes(y)));
    if (found.length) return dated.length ? dated : found;
  }
  return [];
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
  for (const f of figures) {
    const usd = formatMoney(f.value! / rate.value);
    const label = `${e.name}'s ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`;
    lines.push(totalLine(`${usd} (${f.period})`));
    lines.push(computedLine(`${label} ÷ ${trimNumber(rate.value, 4)} yuan per dollar`, undefined, usd));
  }
  return {
    ...calculationReply(lines),
    title: `${e.name} — in US dollars`,
    fields: figures.map((f) => citer.field(f)),
    sources: citer.sources(),
  };
};
