// Works a PnlWhatIf on one company's sourced figures: the loss or profit (cost − revenue) or the gross profit (revenue
// × margin) after the changes the question makes. The cost is the sourced operating cost, else the spending per dollar
// earned × the revenue, else the revenue + the sourced loss of the same source; terms the question leaves alone stay at
// their sourced values. Every input is shown with its source, so the reply says which figure changed and how.
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue, formatMoney, trimNumber } from '../format.js';
import { beforeChangeLine, boundNote, calculationReply, caseLine, computedLine, totalLine } from '../replies.js';
import type { Reply } from '../types.js';
import { type PnlTerm, type PnlWhatIf, pnlWhatIf, type TermChange } from '../understand/pnl-what-if.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';

/** The metrics that hold each term. */
const TERM_METRICS: Record<Exclude<PnlTerm, 'per-dollar'> | 'loss' | 'per-dollar', string[]> = {
  revenue: ['revenue'],
  cost: ['operating_cost'],
  margin: ['margin', 'gross_margin'],
  'per-dollar': ['spend_per_dollar'],
  loss: ['loss'],
  valuation: ['valuation'],
};
const YEAR = /^\d{4}$/;

/** A figure at one value: a point of a range when one is named, else each end. */
interface Point {
  f: Figure;
  value: number;
  end?: string;
}

/** Whether the question asks a what-if of the lead's profit and loss (the intent row's condition). */
export function pnlWhatIfAsked(q: Question): boolean {
  return q.lead !== undefined && pnlWhatIf(q.plain, q.quantities) !== undefined;
}

export const answerSourcedWhatIf: Answerer = (q, { index }) => {
  const e = q.lead;
  const w = pnlWhatIf(q.plain, q.quantities);
  if (!e || !w || !numbersPlaced(q, e)) return undefined;
  const figures = (term: keyof typeof TERM_METRICS) => figuresOf(q, e, term);
  const revenues = figures('revenue').filter((f) => f.unit.startsWith('money'));
  if (!revenues.length) return undefined;
  const citer = new Citer(index.kb);
  const label = (f: Figure, end?: string) =>
    `${e.name}'s ${citer.metricLabel(f)}${end ? ` (${end})` : ''} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`;
  const lines: string[] = [];
  const used: Figure[] = [];
  const ratioAsked = w.asked === 'multiple' || w.asked === 'cover';
  if (ratioAsked) {
    const ratio = ratioWhatIf(w, revenues, figures(w.asked === 'multiple' ? 'valuation' : 'cost'), label);
    if (!ratio) return undefined;
    lines.push(...ratio.lines);
    used.push(...ratio.figures);
  }
  const cases =
    (ratioAsked
      ? []
      : w.asked === 'gross-profit'
        ? grossCases(w, revenues, figures('margin'))
        : lossCases(w, q, e, revenues)) ?? [];
  if (!cases.length && !ratioAsked) return undefined;
  for (const c of cases) {
    const shown = worked(c, w, label);
    if (!shown) return undefined;
    lines.push(cases.length > 1 ? caseLine(c.name, shown.result) : totalLine(shown.result));
    lines.push(computedLine(shown.formula, undefined, shown.result));
    used.push(...c.figures);
  }
  const unique = [...new Set(used)];
  const reply: Reply = calculationReply(lines);
  return {
    ...reply,
    title: `${e.name} — what if`,
    notes: unique
      .filter((f) => f.bound === 'at-most' || f.bound === 'at-least')
      .map((f) => boundNote(formatFigureValue(f), f.bound as 'at-most' | 'at-least')),
    fields: unique.map((f) => citer.field(f)),
    sources: citer.sources(),
  };
};

/** One set of inputs: the formula's terms, each a figure at a value and the change made to it. */
interface Case {
  name: string;
  figures: Figure[];
  revenue: Point;
  /** Cost as a figure, or as a multiple of the revenue (spend per dollar), or as revenue + a loss. */
  cost?: { point: Point; via: 'cost' | 'per-dollar' | 'loss' };
  margin?: Point;
  currency: string;
}

/** The figures of a term: a year the question names picks that year's. */
function figuresOf(q: Question, e: Entity, term: keyof typeof TERM_METRICS): Figure[] {
  const found = e.figures.filter((f) => TERM_METRICS[term].includes(f.metric));
  const dated = found.filter((f) => q.years.some((y) => f.period.includes(y)));
  return dated.length ? dated : found;
}

/** The values of a figure a change names: its point of a range, else its value, else both ends. */
function pointsOf(f: Figure, change?: TermChange): Point[] {
  if (f.value !== undefined) return change?.point ? [] : [{ f, value: f.value }];
  const [low, high] = f.range!;
  if (change?.point === 'bottom') return [{ f, value: low, end: 'low end' }];
  if (change?.point === 'top') return [{ f, value: high, end: 'top end' }];
  if (change?.point === 'middle') return [{ f, value: (low + high) / 2, end: 'midpoint' }];
  return [
    { f, value: low, end: 'low end' },
    { f, value: high, end: 'top end' },
  ];
}

/** Revenue × margin, for each revenue figure and each margin the question's point picks. */
function grossCases(w: PnlWhatIf, revenues: Figure[], margins: Figure[]): Case[] | undefined {
  if (w.changes.cost || w.changes['per-dollar']) return undefined;
  const percents = margins.filter((f) => f.unit === 'percent');
  // A point of a range is asked of the range: the single-valued margins are another reading.
  const picked = w.changes.margin?.point ? percents.filter((f) => f.range) : percents.slice(0, 1);
  if (picked.length !== 1 || w.changes.revenue?.point) return undefined;
  const margin = pointsOf(picked[0]!, w.changes.margin);
  return revenues.flatMap((r) =>
    margin.map((m) => ({
      name: m.end ? `the margin's ${m.end}` : formatFigureValue(r),
      figures: [r, m.f],
      revenue: { f: r, value: r.value! },
      margin: m,
      currency: r.currency ?? 'USD',
    })),
  );
}

/** Cost − revenue, for each revenue figure paired with a cost of its own source when one has it. */
function lossCases(w: PnlWhatIf, q: Question, e: Entity, revenues: Figure[]): Case[] | undefined {
  if (w.changes.margin || Object.values(w.changes).some((c) => c.point)) return undefined;
  const costs = figuresOf(q, e, 'cost').filter((f) => f.value !== undefined && f.unit.startsWith('money'));
  const ratios = figuresOf(q, e, 'per-dollar').filter((f) => f.value !== undefined);
  const losses = figuresOf(q, e, 'loss').filter((f) => f.value !== undefined && f.unit === 'money');
  // The spending per dollar is used when the question names it; a change to the cost is then a change to it.
  const perDollar = /\b(?:per|for (?:every|each)) (?:dollar|\$\s?1)\b/.test(q.plain);
  const pool: Array<{ f: Figure; via: 'cost' | 'per-dollar' | 'loss' }> = perDollar
    ? ratios.map((f) => ({ f, via: 'per-dollar' }))
    : costs.length
      ? costs.map((f) => ({ f, via: 'cost' }))
      : losses.map((f) => ({ f, via: 'loss' }));
  if (!pool.length || (w.changes['per-dollar'] && !perDollar)) return undefined;
  const money = revenues.filter((r) => r.value !== undefined);
  const paired = money.flatMap((r) =>
    pool
      .filter((c) => c.via === 'per-dollar' || (c.f.currency ?? 'USD') === (r.currency ?? 'USD'))
      .map((c) => ({ r, c })),
  );
  const same = paired.filter(({ r, c }) => r.source === c.f.source);
  const pairs = same.length ? same : paired.length === 1 ? paired : [];
  return pairs.map(({ r, c }) => ({
    name: `${formatFigureValue(r)} revenue`,
    figures: [r, c.f],
    revenue: { f: r, value: r.value! },
    cost: { point: { f: c.f, value: c.f.value! }, via: c.via },
    currency: r.currency ?? 'USD',
  }));
}

/** The valuation over the yearly revenue, or the costs over it (the multiple revenue must grow by to cover them), at
 * the sourced figures and after the changes: one figure of each, in one currency, the revenue a year's. */
function ratioWhatIf(
  w: PnlWhatIf,
  revenues: Figure[],
  tops: Figure[],
  label: (f: Figure) => string,
): { lines: string[]; figures: Figure[] } | undefined {
  const { changes } = w;
  if (changes.margin || changes['per-dollar'] || Object.values(changes).some((c) => c.factor === undefined))
    return undefined;
  if (w.asked === 'multiple' ? changes.cost : changes.valuation) return undefined;
  const rs = revenues.filter((f) => f.value !== undefined);
  const ts = tops.filter((f) => f.value !== undefined && f.unit.startsWith('money'));
  // Two revenues or two costs are two answers: a pick would be a guess.
  if (rs.length !== 1 || ts.length !== 1 || (rs[0]!.currency ?? 'USD') !== (ts[0]!.currency ?? 'USD')) return undefined;
  const [rf, tf] = [rs[0]!, ts[0]!];
  const r = yearly({ f: rf, value: rf.value! });
  const t = w.asked === 'multiple' ? { value: tf.value!, timed: false } : yearly({ f: tf, value: tf.value! });
  if (!r?.timed || !t || (w.asked === 'cover' && !t.timed)) return undefined;
  const topTerm = w.asked === 'multiple' ? 'valuation' : 'cost';
  const fr = changes.revenue?.factor ?? 1;
  const ft = changes[topTerm]?.factor ?? 1;
  const times = (n: number) => `${trimNumber(n, 2)}×`;
  const shown = (f: Figure, k: number) => (k === 1 ? label(f) : `${label(f)} × ${factorShown(k)}`);
  const before = t.value / r.value;
  const after = (t.value * ft) / (r.value * fr);
  const money = (n: number) => formatMoney(n, rf.currency ?? 'USD');
  const result =
    w.asked === 'multiple'
      ? `${times(after)} revenue`
      : `${times(after)}: revenue would have to grow from ${money(r.value * fr)} to ${money(t.value * ft)} a year`;
  const formula = `${shown(tf, ft)} ÷ ${fr === 1 ? label(rf) : `(${shown(rf, fr)})`}`;
  return {
    lines: [
      totalLine(result),
      computedLine(formula, undefined, times(after)),
      beforeChangeLine(`${label(tf)} ÷ ${label(rf)}`, times(before)),
    ],
    figures: [tf, rf],
  };
}

/** A year's amount of a money figure: per month × 12; a per-year rate or a year's total as it is. */
function yearly(p: Point): { value: number; timed: boolean } | undefined {
  if (p.f.unit === 'money/month') return { value: p.value * 12, timed: true };
  if (p.f.unit === 'money/year') return { value: p.value, timed: true };
  if (p.f.unit === 'money') return { value: p.value, timed: YEAR.test(p.f.period) };
  return undefined;
}

/** The result and its formula, or undefined when the units do not go together. */
function worked(
  c: Case,
  w: PnlWhatIf,
  label: (f: Figure, end?: string) => string,
): { result: string; formula: string } | undefined {
  const money = (n: number) => formatMoney(n, c.currency);
  const changed = (term: PnlTerm, value: number, shown: string) => {
    const ch = w.changes[term];
    if (!ch?.factor) return { value, shown };
    return { value: value * ch.factor, shown: `${shown} × ${factorShown(ch.factor)}` };
  };
  const r = yearly(c.revenue);
  if (!r) return undefined;
  const revenue = changed('revenue', r.value, label(c.revenue.f));
  if (c.margin) {
    const m = changed('margin', c.margin.value, label(c.margin.f, c.margin.end));
    const value = (revenue.value * m.value) / 100;
    const per = r.timed ? ' a year' : '';
    return { result: `a gross profit of ${money(value)}${per}`, formula: `${revenue.shown} × ${m.shown}` };
  }
  if (!c.cost) return undefined;
  let cost: { value: number; shown: string };
  let timed = r.timed;
  if (c.cost.via === 'per-dollar') {
    const k = changed('per-dollar', c.cost.point.value, label(c.cost.point.f));
    cost = changed('cost', revenue.value * k.value, `(${revenue.shown}) × ${k.shown}`);
  } else if (c.cost.via === 'loss') {
    const l = yearly(c.cost.point);
    if (!l || l.timed !== r.timed) return undefined;
    cost = changed('cost', r.value + l.value, `(${label(c.revenue.f)} + ${label(c.cost.point.f)})`);
  } else {
    const k = yearly(c.cost.point);
    if (!k || k.timed !== r.timed) return undefined;
    timed = k.timed;
    cost = changed('cost', k.value, label(c.cost.point.f));
  }
  const gap = cost.value - revenue.value;
  const per = timed ? ' a year' : '';
  const loss = w.asked === 'loss' ? gap >= 0 : gap > 0;
  const result = `${loss ? 'a loss' : 'a profit'} of ${money(Math.abs(gap))}${per}`;
  const formula = loss ? `${cost.shown} − ${revenue.shown}` : `${revenue.shown} − ${cost.shown}`;
  return { result, formula };
}

/** "× (1 − 40%)", "× 2": a change as a factor. */
function factorShown(f: number): string {
  if (f >= 1 && Number.isInteger(f)) return `${f}`;
  const pct = trimNumber(Math.abs(f - 1) * 100, 2);
  return `(1 ${f < 1 ? '−' : '+'} ${pct}%)`;
}

/** Every number written is placed: a quantity the what-if uses, a year, or one of the subject's own figures quoted
 * ("keeps spending 1.35 per dollar"). A number left over would be a figure the answer ignores. */
function numbersPlaced(q: Question, e: Entity): boolean {
  return q.amounts.every(
    (a) =>
      q.quantities.some((x) => a.index >= x.at && a.index < x.at + x.raw.length) ||
      (Number.isInteger(a.value) && a.value >= 1950 && a.value <= 2100 && !a.money) ||
      e.figures.some((f) => f.value !== undefined && Math.abs(f.value - a.value) <= Math.abs(f.value) * 1e-9),
  );
}
