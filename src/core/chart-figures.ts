// Which figures a chart can draw: the articles' figures and the data sets' (Entity.data), plus the openness
// score a data set grades models with. Data-set methods (Epoch: amortised, cloud, upfront) are never
// mixed in one chart: one method is drawn, the one asked for or the commonest.
import type { KnowledgeIndex } from '../knowledge/index.js';
import { stemLight } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/load.js';
import { words } from '../knowledge/normalize.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import type { Resolution } from './resolve.js';
import { metricsInOrder } from './resolve.js';

/** A figure and whose it is. */
export interface Placed {
  e: Entity;
  f: Figure;
}

/** The openness score (0–100) a data set grades models with; not a metric in metrics.yaml, so it has its own id. */
export const OPENNESS = 'openness';
const OPENNESS_WORDS = /\b(openness|how open|(?:most|least|more|less) open)\b/;

/** Every figure's numbers: [value] or [low, high]. */
export function figureNumbers(f: Figure): number[] {
  return f.range ? [...f.range] : [f.value!];
}

/** An entity's openness grade as a figure, so it is charted and cited like any other. */
function opennessFigure(kb: Knowledge, e: Entity): Figure | undefined {
  const o = 'openness' in e ? e.openness : undefined;
  if (!o) return undefined;
  return {
    metric: OPENNESS,
    value: o.score,
    bound: 'exact',
    unit: 'points',
    period: kb.sources.get(o.source)?.as_of ?? 'undated',
    scope: `openness score out of 100 (${o.system})`,
    basis: 'computed-by-source',
    source: o.source,
  };
}

const cache = new WeakMap<Knowledge, Map<string, Placed[]>>();

/** Every positive figure of a metric in the whole knowledge (hand-written and imported entities, articles' and
 * data sets' figures alike); memoised per knowledge load. */
export function chartFigures(kb: Knowledge, metric: string): Placed[] {
  const byMetric = cache.get(kb) ?? new Map<string, Placed[]>();
  cache.set(kb, byMetric);
  const known = byMetric.get(metric);
  if (known) return known;
  const out: Placed[] = [];
  for (const e of kb.entities.values()) {
    if (metric === OPENNESS) {
      const f = opennessFigure(kb, e);
      if (f) out.push({ e, f });
      continue;
    }
    for (const f of [...e.figures, ...(e.data ?? [])])
      if (f.metric === metric && figureNumbers(f).every((n) => n > 0)) out.push({ e, f });
  }
  byMetric.set(metric, out);
  return out;
}

/** A metric's label as replies print it. */
export function metricLabel(kb: Pick<Knowledge, 'metrics'>, metric: string): string {
  return metric === OPENNESS ? 'openness score' : (kb.metrics.get(metric)?.label ?? metric.replace(/_/g, ' '));
}

/** Metrics with figures for at least two entities: what a chart can show today. */
export function chartableMetrics(kb: Knowledge): string[] {
  const ids = [...kb.metrics.keys(), OPENNESS];
  return ids
    .map((m) => ({ m, n: new Set(chartFigures(kb, m).map((p) => p.e.id)).size }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n)
    .map((x) => metricLabel(kb, x.m));
}

/** Data-set metrics named by the question ("input token prices"), with where and how many words matched. */
function dataMetricsIn(index: KnowledgeIndex, wordsIn: string[]): Array<{ metric: string; at: number; len: number }> {
  const stems = wordsIn.map(stemLight);
  const hits: Array<{ metric: string; at: number; len: number }> = [];
  for (const m of index.kb.metrics.values()) {
    if (!m.data) continue;
    for (const k of [m.label, ...m.keywords]) {
      const key = words(k).map(stemLight);
      for (let i = 0; key.length && i + key.length <= stems.length; i++)
        if (key.every((w, j) => stems[i + j] === w)) hits.push({ metric: m.id, at: i, len: key.length });
    }
  }
  return hits.sort((a, b) => b.len - a.len || a.at - b.at);
}

/** The metrics a chart question names, most specific first: the openness score, a data-set metric named by
 * a phrase ("input price"), then the articles' metrics in question order, then single-word data-set matches. */
export function askedMetrics(index: KnowledgeIndex, res: Resolution): string[] {
  const lowered = res.words.join(' ');
  const data = dataMetricsIn(index, res.words);
  const out = [
    ...(OPENNESS_WORDS.test(lowered) ? [OPENNESS] : []),
    ...data.filter((d) => d.len >= 2).map((d) => d.metric),
    ...metricsInOrder(index, res.words),
    ...data.map((d) => d.metric),
  ];
  return [...new Set(out)];
}

/** Keeps one data-set method: the one the question names ("cloud", "upfront"), else the commonest. Figures
 * without a method (the articles') always stay. */
export function oneMethod(pool: Placed[], wordsIn: string[]): { pool: Placed[]; method?: string; others: string[] } {
  const methods = [...new Set(pool.map((p) => p.f.method).filter((m): m is string => !!m))];
  if (!methods.length) return { pool, others: [] };
  const said = new Set(wordsIn.map((w) => w.replace(/ized$/, 'ised')));
  const counts = (m: string) => pool.filter((p) => p.f.method === m).length;
  const method = methods.find((m) => said.has(m)) ?? methods.sort((a, b) => counts(b) - counts(a))[0]!;
  return {
    pool: pool.filter((p) => !p.f.method || p.f.method === method),
    method,
    others: methods.filter((m) => m !== method),
  };
}

/** The year a figure describes: its period's year unless undated, else the model's release year. */
export function yearOf(e: Entity, f: Figure): number | undefined {
  const m = /^\D{0,16}?((?:19|20)\d\d)\b/.exec(f.period);
  if (m && !/^(undated|to )/i.test(f.period)) return Number(m[1]);
  return e.kind === 'models' ? e.year : undefined;
}
