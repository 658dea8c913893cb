// Periods until a level growing at the user's rate passes a sourced one: "180M MAU growing 25%/yr — years till the
// Llama licence's MAU cap?" is log(700M ÷ 180M) ÷ log(1.25); "revenue growing 50% a year from its 11M, years before it
// covers its 99M cloud costs?" takes both ends from the company's own figures, the numbers quoting them. The goal is
// one figure of the subject's of the start's kind (money with money, a count of users with users), never a guess
// between two.
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatCount, formatFigureValue, formatMoney } from '../format.js';
import { calculationReply } from '../replies.js';
import type { Reply } from '../types.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { reachLines } from './change.js';
import type { Answerer } from './context.js';

/** A time asked until something happens: "how many years till", "how long before", "when will". */
const WHEN = /\bhow many (?:years|months|quarters)\b|\bhow long\b|\bwhen (?:will|would|do|does)\b|\bwhich year\b/;
const isFactor = (x: Quantity) => x.dims.percent === 1 || x.dims.times === 1;

/** The kind of amount a figure or a quantity is, for matching a start with a goal. */
function kindOfFigure(f: Figure): 'money' | 'users' | undefined {
  if (f.unit.startsWith('money') && !f.unit.includes('Mtok')) return 'money';
  if (f.unit === 'count' && /user|mau|customer|subscriber/.test(`${f.metric} ${f.scope}`.toLowerCase())) return 'users';
  return undefined;
}
function kindOfQuantity(x: Quantity): 'money' | 'users' | undefined {
  if (x.dims.usd === 1 && (Object.keys(x.dims).length === 1 || (x.dims.hour === -1 && x.per))) return 'money';
  if (x.dims.user === 1 && Object.keys(x.dims).length === 1) return 'users';
  return undefined;
}

/** A money figure's amount a year (a month's rate × 12), or a count as it is. */
function yearly(f: Figure): number | undefined {
  if (f.value === undefined) return undefined;
  return f.unit === 'money/month' ? f.value * 12 : f.value;
}

/** Whether a number the user wrote is one of the subject's figures, quoted ("its 11M", "its 99M annual costs"). */
function quotes(x: Quantity, f: Figure): boolean {
  return f.value !== undefined && Math.abs(x.value - f.value) <= Math.abs(f.value) * 1e-9;
}

/** The growth, start and goal of a reach over the subject's figures, or undefined when any is not clear. */
function reachOf(
  q: Question,
  e: Entity,
): { growth: Quantity; start: Quantity | Figure; goal: Figure; kind: 'money' | 'users' } | undefined {
  if (q.target?.dims.hour !== 1 || !WHEN.test(q.plain)) return undefined;
  const factors = q.quantities.filter(isFactor);
  const growth = factors[0];
  if (factors.length !== 1 || !growth || growth.apply !== 'compound' || growth.high !== undefined) return undefined;
  const rest = q.quantities.filter((x) => x !== growth);
  const figures = e.figures.filter((f) => kindOfFigure(f) && f.value !== undefined && f.currency !== 'CNY');
  // Numbers quoting the subject's figures are those figures; any other is the user's start.
  const quoted = rest.flatMap((x) => figures.filter((f) => quotes(x, f)).slice(0, 1));
  const own = rest.filter((x) => !figures.some((f) => quotes(x, f)));
  if (own.length > 1 || quoted.length > 2) return undefined;
  const named = (kind: string) =>
    figures.filter((f) => kindOfFigure(f) === kind && q.metrics.includes(f.metric) && !quoted.includes(f));
  const start = own[0];
  if (start) {
    const kind = kindOfQuantity(start);
    if (!kind) return undefined;
    const goals = (quoted.length ? quoted : named(kind)).filter(
      (f) => kindOfFigure(f) === kind && yearly(f)! > start.value,
    );
    return new Set(goals.map(yearly)).size === 1 ? { growth, start, goal: goals[0]!, kind } : undefined;
  }
  // No start of the user's: two of the subject's figures of one kind, quoted or named; the smaller grows.
  const kind = quoted[0] ? kindOfFigure(quoted[0]) : undefined;
  const pool = quoted.length === 2 ? quoted : kind ? [...quoted, ...named(kind)] : [];
  const byValue = [...new Map(pool.map((f) => [yearly(f), f])).values()];
  if (byValue.length !== 2 || kindOfFigure(byValue[0]!) !== kindOfFigure(byValue[1]!)) return undefined;
  const [a, b] = byValue as [Figure, Figure];
  const [low, high] = yearly(a)! <= yearly(b)! ? [a, b] : [b, a];
  return { growth, start: low, goal: high, kind: kindOfFigure(a)! };
}

/** Whether the question asks the time until a growing level passes one of the lead's figures. */
export function sourcedReachAsked(q: Question): boolean {
  return q.lead !== undefined && reachOf(q, q.lead) !== undefined;
}

export const answerSourcedReach: Answerer = (q, { index }) => {
  const e = q.lead;
  const r = e ? reachOf(q, e) : undefined;
  if (!e || !r) return undefined;
  const citer = new Citer(index.kb);
  const asQuantity = (f: Figure): Quantity => ({
    value: yearly(f)!,
    dims: {},
    raw: `${e.name}'s ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`,
    at: -1,
  });
  const start = 'metric' in r.start ? asQuantity(r.start) : r.start;
  const shown = (n: number) => (r.kind === 'money' ? formatMoney(n) : `${formatCount(n)} users`);
  const lines = reachLines({ start, goal: asQuantity(r.goal), growth: r.growth }, shown);
  if (!Array.isArray(lines)) return lines;
  const used = ['metric' in r.start ? r.start : undefined, r.goal].filter((f): f is Figure => f !== undefined);
  const reply: Reply = calculationReply(lines);
  return {
    ...reply,
    title: `${e.name} — time to reach`,
    fields: used.map((f) => citer.field(f)),
    sources: citer.sources(),
  };
};
