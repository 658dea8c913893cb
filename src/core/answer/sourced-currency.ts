// A sourced figure in yuan converted at the user's exchange rate: "zhipu's 2024 revenue in USD if the yuan is 7.2 to
// the dollar" is ¥312M ÷ 7.2 = $43.3M; a dollar figure asked in another currency goes the other way ("gpt-3's training
// bill in GBP at 0.79 pounds per dollar" is $4.6M × 0.79 = £3.63M). Only a rate whose direction is known converts;
// every other number must be a year or the figure itself, so no number of the user's is left out.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue, formatMoney, trimNumber } from '../format.js';
import { calculationReply, computedLine, totalLine, unheldBaseReply } from '../replies.js';
import type { Reply } from '../types.js';
import { moneyIn, NAME, perDollarAsked, yuanPerDollar } from '../understand/exchange-rate.js';
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

/** Words too common in figure scopes to tell two of one thing's figures apart. */
const PLAIN_SCOPE_WORD = /^(?:one|for|the|and|with|from|per|cost|costs|price|prices|model|models|month|year|total)$/;

/** The lead's dollar sums for each metric asked ("gpt-3's training bill"); of several, those whose scope the question
 * names best ("the marketplace price" is the marketplace's, not AWS's). */
function dollarFigures(q: Question): Figure[] {
  const e = q.lead;
  if (!e) return [];
  const asked = new Set(q.lowered.split(/[^a-z0-9]+/));
  return q.metrics.flatMap((metric) => {
    const found = e.figures.filter(
      (f) =>
        f.metric === metric && (f.currency ?? 'USD') === 'USD' && f.unit.startsWith('money') && f.value !== undefined,
    );
    const dated = found.filter((f) => q.years.some((y) => f.period.includes(y)));
    const pool = dated.length ? dated : found;
    const named = (f: Figure) =>
      f.scope
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2 && !PLAIN_SCOPE_WORD.test(w) && asked.has(w)).length;
    const best = Math.max(0, ...pool.map(named));
    return best > 0 ? pool.filter((f) => named(f) === best) : pool;
  });
}

/** Whether a place in the text is inside a name the question resolved ("gpt-3", "llama 3"). */
function inName(q: Question, at: number): boolean {
  const t = q.res.tokens;
  return q.candidates.some((m) => (t[m.start]?.start ?? Infinity) <= at && at < (t[m.end - 1]?.end ?? -1));
}

/** Every number is the rate, a year, a figure quoted or part of a name. */
function onlyRateAndFigures(q: Question, rate: { at: number; raw: string }, figures: Figure[]): boolean {
  return q.amounts.every(
    (a) =>
      (a.index >= rate.at && a.index < rate.at + rate.raw.length + 2) ||
      inName(q, a.index) ||
      q.years.includes(String(a.value)) ||
      figures.some((f) => Math.abs(f.value! - a.value) <= f.value! * 1e-9),
  );
}

/** Whether a yuan figure is asked in dollars, or a dollar figure in another currency, at a rate the user gives. */
export function currencyAsked(q: Question): boolean {
  const rate = rateOf(q);
  if (rate && yuanFigures(q).length) return onlyRateAndFigures(q, rate, yuanFigures(q));
  const out = perDollarAsked(q.plain);
  return out !== undefined && dollarFigures(q).length > 0 && onlyRateAndFigures(q, out, dollarFigures(q));
}

/** A dollar figure of the lead's in the currency asked, at the user's rate of so many per dollar. */
function outOfDollars(q: Question, index: KnowledgeIndex): Reply | undefined {
  const e = q.lead;
  const rate = perDollarAsked(q.plain);
  const figures = dollarFigures(q);
  if (!e || !rate || !figures.length) return undefined;
  const citer = new Citer(index.kb);
  const per = `${trimNumber(rate.value, 4)} ${NAME[rate.to][1]} per dollar`;
  const lines = figures.flatMap((f) => {
    const bound = f.bound === 'at-most' ? 'at most ' : f.bound === 'at-least' ? 'at least ' : '';
    const every = /^money\/(\w+)$/.exec(f.unit)?.[1];
    const result = `${bound}${moneyIn(f.value! * rate.value, rate.to)}${every ? ` a ${every}` : ''}`;
    const label = `${possessive(e.name)} ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`;
    const head =
      figures.length > 1
        ? `${capitalised(f.scope.replace(/\s*\(.*\)/, ''))}: ${result}.`
        : totalLine(`${result} (${f.period})`);
    return [head, computedLine(`${label} × ${per}`, undefined, result)];
  });
  return {
    ...calculationReply(lines),
    title: `${e.name} — in ${NAME[rate.to][1]}`,
    fields: figures.map((f) => citer.field(f)),
    sources: citer.sources(),
  };
}

export const answerSourcedCurrency: Answerer = (q, { index }) => {
  if (!(rateOf(q) && yuanFigures(q).length)) return outOfDollars(q, index);
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

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
