// One thing's figure at two points set against each other: "the wiki's 2024 ML market and its 2030 projection —
// implied annual growth?", "from the 2025 API run rate to the bottom of the projected range by 2030, CAGR?", "the
// midpoint of Meta's 2026 budget vs the $72B of 2025 — % increase?". The two figures enter by reference (source and
// period kept); the change asked — compound rate, percentage, multiple or difference — is worked by changeLines.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue, formatMoney } from '../format.js';
import { calculationReply, differenceLine } from '../replies.js';
import type { Reply } from '../types.js';
import type { Change } from '../understand/change.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { sameDims } from '../units.js';
import { changeLines } from './change.js';
import type { Answerer } from './context.js';
import { subjectOf } from './sourced-units.js';

/** What is asked of the two points; several may be asked at once ("gap in dollars and in %"). */
export const COMPOUND_ASKED =
  /\bcagr\b|\bcompound\w*\b|\b(?:annual|yearly|annuali[sz]ed|per year|a year|average yearly)\s+(?:growth|rate|increase)\b|\bgrowth rate\b|\b(?:grow|grew|grown|growing|rise|rose|risen|rising|climb(?:ed|ing)?|increase[ds]?)\s+(?:by\s+)?(?:per|a|each|every)\s+year\b|\bhow fast\b[^?.]*\b(?:grow|grew|grown|growing|rise|rose|risen|rising|climb(?:ed|ing)?|increase[ds]?)\b/;
const PERCENT = /%|\bper ?cent(?:age)?\b|\bby how much\b/;
/** A move asked of a figure over time: "drop", "cut", "went up". */
const MOVED =
  /\b(?:cut|drop(?:ped)?|decrease[ds]?|decline[ds]?|fall|fell|reduction|increase[ds]?|rise|rose|go(?:ne)? up|went up|grow|grew|jump(?:ed)?|climb(?:ed)?|change[ds]?)\b/;
const TIMES = /\bhow many (?:x|times)\b|\bwhat multiple\b|\bmultiple\b|\bhow many-?fold\b/;
const DIFFERENCE =
  /\bin (?:dollars|\$|usd)\b|\bhow much (?:bigger|more|larger|higher|lower|less|smaller)\b|\bgap\b|\bdifference\b|\bgrowth in (?:dollars|\$)|\bdollar (?:growth|increase|gap)\b/;
/** What is left of the first figure ("what % of the original is left", "share of the old price remaining"): the later
 * one as a share of it, not the change. */
const LEFT = /\b(?:left|remain(?:s|ing)?|survives?)\b|\bof (?:the|its) (?:original|old|starting|initial|earlier)\b/;
const MIDDLE = /\bmid-?point\b|\bmiddle\b|\bmid-?range\b/;
const TOP = /\b(?:top|high|upper|higher) (?:end|of)\b|\bceiling\b/;
const BOTTOM = /\b(?:bottom|low|lower) (?:end|of)\b|\bfloor\b/;
/** Both ends of a range asked: "low and high", "both ends". */
const BOTH_ENDS = /\bboth ends\b|\b(?:low|bottom)\w* (?:and|&|to) (?:high|top)\b/;
const PROJECTED = /\bproject(?:ed|ion|ions)\b|\bforecast\w*\b|\bby 20\d\d\b/;
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/;

/** The change the question asks for, when it asks one. */
function asked(
  plain: string,
): { compound: boolean; percent: boolean; times: boolean; difference: boolean; left: boolean } | undefined {
  const a = {
    left: LEFT.test(plain) && (PERCENT.test(plain) || /\bshare\b/.test(plain)),
    compound: COMPOUND_ASKED.test(plain),
    percent: PERCENT.test(plain),
    times: TIMES.test(plain),
    difference: DIFFERENCE.test(plain),
  };
  return Object.values(a).some(Boolean) ? a : undefined;
}

/** The figure's year: written in its period ("2024"), or the year the question puts on a projection ("by 2030"). */
function yearOf(f: Figure, later?: string): number | undefined {
  const y = YEAR.exec(f.period)?.[0];
  return y ? Number(y) : later && f.basis === 'projection' ? Number(later) : undefined;
}

/** The point of a range the question names beside it, or both ends. */
function pointsOf(f: Figure, near: string): Array<{ value: number; end?: string }> {
  if (f.value !== undefined) return [{ value: f.value }];
  const [low, high] = f.range!;
  // "at the low end and the high end": both ends named apart are both ends too.
  const both = BOTH_ENDS.test(near) || (TOP.test(near) && BOTTOM.test(near));
  if (MIDDLE.test(near)) return [{ value: (low + high) / 2, end: 'midpoint' }];
  if (both)
    return [
      { value: low, end: 'low end' },
      { value: high, end: 'top end' },
    ];
  if (TOP.test(near)) return [{ value: high, end: 'top end' }];
  if (BOTTOM.test(near)) return [{ value: low, end: 'low end' }];
  return [
    { value: low, end: 'low end' },
    { value: high, end: 'top end' },
  ];
}

/** The earlier figures (each source's, unless the user quotes one) and the later figure of one metric: by the years
 * the question names, else the reported figures and the projection. */
function twoPoints(q: Question, index: KnowledgeIndex, e: Entity): [Figure[], Figure] | undefined {
  const bySource = twoSources(q, index, e);
  if (bySource) return bySource;
  const quoted = (f: Figure) =>
    q.quantities.some((x) => f.value !== undefined && Math.abs(x.value - f.value) < 1e-6 * f.value);
  const pick = (fs: Figure[]) => (fs.some(quoted) ? fs.filter(quoted) : fs).slice(0, 2);
  for (const metric of q.metrics) {
    const own = index.ownMetric(e, metric);
    const figures = e.figures.filter((f) => f.metric === own && f.unit.startsWith('money'));
    if (figures.length < 2) continue;
    const years = [...new Set(q.years)].map(Number);
    const later = years.length ? String(Math.max(...years)) : undefined;
    if (years.length === 2) {
      const [y0, y1] = [Math.min(...years), Math.max(...years)];
      const early = pick(figures.filter((f) => yearOf(f) === y0));
      const late = pick(figures.filter((f) => !early.includes(f) && yearOf(f, later) === y1))[0];
      if (early.length && late) return [early, late];
    }
    // No years written ("the price drop from late '22 to late '24, in %"): a metric dated in exactly two years.
    const dated = undated(q, figures);
    if (dated) return dated;
    if (PROJECTED.test(q.plain)) {
      const late = figures.filter((f) => f.basis === 'projection');
      const early = figures.filter((f) => f.basis !== 'projection');
      if (late.length === 1 && early.length >= 1) return [pick(early), late[0]!];
    }
  }
  return undefined;
}

/** A metric's reported figures dated in exactly two years, one of them in the later: the earlier and the later. */
function undated(q: Question, figures: Figure[]): [Figure[], Figure] | undefined {
  if (q.years.length) return undefined;
  const reported = figures.filter((f) => f.basis !== 'projection' && yearOf(f) !== undefined);
  const years = [...new Set(reported.map((f) => yearOf(f)!))].sort();
  if (years.length !== 2) return undefined;
  const late = reported.filter((f) => yearOf(f) === years[1]);
  return late.length === 1 ? [reported.filter((f) => yearOf(f) === years[0]).slice(0, 2), late[0]!] : undefined;
}

/** A change between one thing's two dated figures asked with no years written: "how far did the price drop, in
 * %". The intent table asks this of the subject before the one-thing answer reads the figures out. */
export function datedChangeAsked(q: Question): boolean {
  const e = q.lead;
  if (!e || q.years.length || !PERCENT.test(q.plain) || !MOVED.test(q.plain)) return false;
  return q.metrics.some(
    (m) =>
      undated(
        q,
        e.figures.filter((f) => f.metric === m && f.unit.startsWith('money')),
      ) !== undefined,
  );
}

/** Two articles named ("the wiki's number vs the paradox chapter's"), each giving one figure of the metric for the
 * same period: the first named is where the change starts. */
function twoSources(q: Question, index: KnowledgeIndex, e: Entity): [Figure[], Figure] | undefined {
  const named = q.res.articles ?? [];
  if (named.length !== 2) return undefined;
  for (const metric of q.metrics) {
    const own = index.ownMetric(e, metric);
    const figures = e.figures.filter((f) => f.metric === own && f.unit.startsWith('money') && f.value !== undefined);
    const [a, b] = named.map((s) => figures.filter((f) => f.source === s));
    if (a?.length !== 1 || b?.length !== 1 || a[0]!.period !== b[0]!.period) continue;
    return [[a[0]!], b[0]!];
  }
  return undefined;
}

export const answerSourcedChange: Answerer = (q, { index }) => {
  // "0.1% of the market's 2030 projection": a percentage the user gives is a share to apply, not a change asked.
  let free = q.plain;
  for (const x of q.quantities)
    free = `${free.slice(0, x.at)}${' '.repeat(x.raw.length)}${free.slice(x.at + x.raw.length)}`;
  const ask = asked(free);
  const e = subjectOf(q, index);
  if (!ask || !e) return undefined;
  // A multiple of whole figures, no point of a range named, is the own-figures answer (each source's pair, as ranges).
  // Both ends asked ("low and high") are points too; a projection against a dated figure has no own-figures answer.
  const point = MIDDLE.test(q.plain) || TOP.test(q.plain) || BOTTOM.test(q.plain) || BOTH_ENDS.test(q.plain);
  const projected = PROJECTED.test(q.plain) && new Set(q.years).size < 2;
  if (ask.times && !ask.percent && !ask.compound && !ask.difference && !point && !projected) return undefined;
  const pair = twoPoints(q, index, e);
  if (!pair) return undefined;
  const [all, late] = pair;
  // A year's total and a yearly rate are the same amount; a month's rate is not.
  const yearly = (f: Figure) => (f.unit === 'money/year' ? 'money' : f.unit);
  const earlies = all.filter((f) => yearly(f) === yearly(late) && f.currency === late.currency);
  if (!earlies.length) return undefined;
  const early = earlies[0]!;
  const citer = new Citer(index.kb);
  const later = q.years.length ? String(Math.max(...q.years.map(Number))) : undefined;
  const y0 = yearOf(early);
  // "by 2030" dates the projection only when it is later than the first figure's year.
  const y1 = yearOf(late, later && (y0 === undefined || Number(later) > y0) ? later : undefined);
  const money = (n: number) => formatMoney(n, early.currency);
  // Short labels: the reply's title names the thing and the metric, its fields the sources.
  // Two sources' figures for one period are told apart by their source.
  const bySource = all.length === 1 && all[0]!.period === late.period && all[0]!.source !== late.source;
  const when = (f: Figure, y?: number) =>
    bySource ? citer.sourceOf(f.source) : YEAR.test(f.period) ? f.period : y ? `${y} projection` : 'projection';
  const label = (f: Figure, y: number | undefined, p: { value: number; end?: string }) =>
    p.end
      ? `${when(f, y)} ${p.end} (${money(p.value)} of ${formatFigureValue(f)})`
      : `${when(f, y)} (${formatFigureValue(f)})`;
  const asQuantity = (f: Figure, y: number | undefined, p: { value: number; end?: string }): Quantity => ({
    value: p.value,
    dims: { usd: 1 },
    raw: label(f, y, p),
    at: -1,
  });
  const span = q.quantities.find((x) => sameDims(x.dims, { hour: 1 }) && x.value >= HOURS.year! * 0.99);
  const spanYears = span ? span.value / HOURS.year! : undefined;
  const lines: string[] = [];
  for (const start of earlies) {
    const ys = yearOf(start);
    for (const a of pointsOf(start, q.plain)) {
      for (const b of pointsOf(late, q.plain)) {
        const from = asQuantity(start, ys, a);
        const to = asQuantity(late, y1, b);
        // "…hits the projection in 3 yrs": a span the user gives dates an undated projection from the first figure.
        const periods =
          ask.compound && ys !== undefined && y1 !== undefined && y1 > ys
            ? y1 - ys
            : ask.compound && y1 === undefined && late.basis === 'projection'
              ? spanYears
              : undefined;
        const kind: Change['kind'] = ask.left
          ? 'share'
          : ask.times && !ask.percent && !ask.compound
            ? 'times'
            : 'change';
        if (ask.compound && periods === undefined) return undefined;
        const change: Change =
          kind === 'share'
            ? { kind, from, to }
            : kind === 'times'
              ? a.value <= b.value
                ? { kind, from, to }
                : { kind, from: to, to: from }
              : {
                  kind,
                  from,
                  to,
                  ...(periods ? { periods, per: 'year', ...(y1 !== undefined ? { span: `${ys}→${y1}` } : {}) } : {}),
                };
        const gap = `${b.value >= a.value ? '+' : '−'}${money(Math.abs(b.value - a.value))}`;
        if (ask.difference && !ask.percent && !ask.compound && !ask.times) {
          lines.push(differenceLine(`${gap} from ${from.raw} to ${to.raw}`));
          continue;
        }
        const worked = changeLines(change, money);
        if (!Array.isArray(worked)) return worked;
        lines.push(...worked);
        if (ask.difference) lines.push(differenceLine(gap));
      }
    }
  }
  const reply: Reply = calculationReply(lines);
  return {
    ...reply,
    title: `${e.name} — ${citer.metricLabel(late)}, ${when(early, y0)} to ${when(late, y1)}`,
    // Every figure of the metric stays in the fields: the sources may give another for the same year.
    fields: e.figures.filter((f) => f.metric === early.metric).map((f) => citer.field(f)),
    sources: citer.sources(),
  };
};
