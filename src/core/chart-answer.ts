// Chart questions: "chart the training costs of the most expensive models", "plot token prices over time,
// open vs closed". A chart is one metric × a set of entities, optionally along time and coloured by a
// grouping; every figure of that metric in the knowledge can be drawn, so new data makes new charts.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { buildChartSpec, needsLogScale } from './chart-spec.js';
import { Citer, capitalise } from './cite.js';
import { formatFigureValue } from './format.js';
import { chartNoDataReply, chartNoMetricReply, chartNotes, unknownReply } from './replies.js';
import type { Resolution } from './resolve.js';
import { metricsInOrder } from './resolve.js';
import type { ChartPoint, Reply } from './types.js';

/** Asking for a picture: an imperative ("plot …", "chart …") or a request for one ("show me a chart of …").
 * "Which model in the training-cost chart…" is about an article's chart and does not match. */
const CHART_REQUEST =
  /^(?:(?:please|pls|can you|could you|would you|will you|now|and|also|ok|okay)\s+)*(?:chart|plot|graph|visuali[sz]e|draw)\b|\b(?:show|give|make|draw|create|render|send|want|need|see)\b(?:\s+(?:me|us))?\s+(?:a|an|the|some)?\s*(?:(?:bar|line|log|scatter)\s+)?(?:chart|plot|graph|picture|visuali[sz]ation)s?\b|^(?:a|an)?\s*(?:(?:bar|line|log|scatter)\s+)?(?:chart|plot|graph)\s+of\b/;
/** Values along time ("per year" is a rate, not an axis). */
const TIME_AXIS = /\b(over time|over the years|by year|year by year|timeline|through time|since 20\d\d)\b/;
/** "open vs closed", "open and closed models", "by openness": colour by the models' openness. */
const BY_OPENNESS =
  /\bopen(?:[- ]weights?| source)?\b[^.?!]{0,20}\b(?:vs\.?|versus|against|and|or|compared with)\s+(?:the\s+)?closed\b|\bclosed\b[^.?!]{0,20}\b(?:vs\.?|versus|against|and|or)\s+(?:the\s+)?open\b|\bby openness\b/;
const BY_ORGANISATION = /\bby (company|companies|lab|labs|maker|makers|developer|developers|organi[sz]ations?)\b/;
/** A noun phrase asking for a series has no question word ("training cost over time, open vs closed"). */
const QUESTION_WORD =
  /^(is|are|do|does|did|can|could|should|would|will)\b|\b(what|whats|which|who|whos|how|why|when|where)\b/;
const ONLY_OPEN = /\bopen(?:[- ]weights?| source)?\s+(models?|ones|llms?)\b/;
const ONLY_CLOSED = /\b(closed|proprietary)(?:[- ]source)?\s+(models?|ones|llms?)\b/;
const LOWEST_FIRST = /\b(cheapest|least expensive|lowest|smallest)\b/;
const TOP_N =
  /\b(?:top|first|largest|biggest|highest|cheapest|lowest)\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:most|cheapest|largest|biggest)\b/;
/** Most bars or dots a chart draws: more would not be readable in a chat window. */
export const MAX_CHART_POINTS = 16;

/** What a chart question asks for, before looking up figures. */
export interface ChartRequest {
  metric: string;
  timeAxis: boolean;
  grouping: 'source' | 'openness' | 'organisation';
  entities: Entity[] | 'all';
  kinds: Array<Entity['kind']>;
  only?: 'open' | 'closed';
  order: 'highest' | 'lowest';
  limit: number;
}

/** Whether the question asks for a chart. */
export function isChartRequest(index: KnowledgeIndex, res: Resolution): boolean {
  const lowered = res.words.join(' ');
  if (CHART_REQUEST.test(lowered)) return true;
  return (
    !QUESTION_WORD.test(lowered) &&
    res.metrics.length > 0 &&
    TIME_AXIS.test(lowered) &&
    !res.mentions.some((m) => m.via === 'alias' && m.ids.some((id) => isThing(index, id)))
  );
}

/** A reply with a chart, a plain "no data" reply, or undefined when the question is not a chart request. */
export function chartAnswer(index: KnowledgeIndex, res: Resolution): Reply | undefined {
  if (!isChartRequest(index, res)) return undefined;
  // "Llama 3.2": a version the knowledge lacks is declined, never charted with its siblings' figures.
  const badVersion = res.mentions.find((m) => m.versionUnknown);
  if (badVersion)
    return unknownReply(index, [badVersion.text], {
      nearest: badVersion.ids.map((id) => index.entity(id)!).filter(Boolean),
    });
  const lowered = res.words.join(' ');
  const asked = metricsInOrder(index, res.words);
  const metric = asked.find((m) => chartableFigures(index, m).length > 0);
  if (!metric) {
    if (asked.length)
      return chartNoDataReply(index.kb.metrics.get(asked[0]!)?.label ?? asked[0]!, chartableMetrics(index));
    return chartNoMetricReply(lowered, chartableMetrics(index));
  }
  const named = namedEntities(index, res);
  if (!named.length && res.unknownNames.length) return unknownReply(index, res.unknownNames, { nearest: [] });
  const topN = TOP_N.exec(lowered);
  const request: ChartRequest = {
    metric,
    timeAxis: TIME_AXIS.test(lowered),
    grouping: BY_OPENNESS.test(lowered) ? 'openness' : BY_ORGANISATION.test(lowered) ? 'organisation' : 'source',
    entities: named.length ? named : 'all',
    kinds:
      /\bmodels?\b/.test(lowered) || BY_OPENNESS.test(lowered)
        ? ['models']
        : /\b(compan(y|ies)|labs?|firms?|startups?)\b/.test(lowered)
          ? ['organisations']
          : [holderKind(index, metric)],
    only: BY_OPENNESS.test(lowered)
      ? undefined
      : ONLY_OPEN.test(lowered)
        ? 'open'
        : ONLY_CLOSED.test(lowered)
          ? 'closed'
          : undefined,
    order: LOWEST_FIRST.test(lowered) ? 'lowest' : 'highest',
    limit: Math.min(MAX_CHART_POINTS, Number(topN?.[1] ?? topN?.[2] ?? MAX_CHART_POINTS) || MAX_CHART_POINTS),
  };
  return buildChartReply(index, request);
}

/** A model or company (a concept named in a terse request, "open vs closed", does not make it about one thing). */
function isThing(index: KnowledgeIndex, id: string): boolean {
  const kind = index.entity(id)?.kind;
  return kind === 'models' || kind === 'organisations';
}

/** Entities the question names, with an organisation standing for its models when it lacks the figure itself. */
function namedEntities(index: KnowledgeIndex, res: Resolution): Entity[] {
  const out = new Map<string, Entity>();
  for (const m of res.mentions) {
    if (m.via !== 'alias' && m.via !== 'fuzzy' && m.via !== 'family') continue;
    for (const id of m.ids.filter((x) => isThing(index, x))) {
      const e = index.entity(id);
      if (e) out.set(e.id, e);
    }
  }
  return [...out.values()];
}

/** Every figure of a metric in a unit that can be drawn against others (not a count of unlike things). */
function chartableFigures(index: KnowledgeIndex, metric: string): Array<{ e: Entity; f: Figure }> {
  const out: Array<{ e: Entity; f: Figure }> = [];
  for (const e of index.kb.entities.values())
    for (const f of e.figures) if (f.metric === metric && figureNumbers(f).every((n) => n > 0)) out.push({ e, f });
  return out;
}

/** The kind of entity most figures of a metric belong to: training costs are models', revenue companies'. */
function holderKind(index: KnowledgeIndex, metric: string): Entity['kind'] {
  return commonest(chartableFigures(index, metric).map(({ e }) => e.kind));
}

/** Metrics with figures for at least two entities: what a chart can show today. */
export function chartableMetrics(index: KnowledgeIndex): string[] {
  const holders = new Map<string, Set<string>>();
  for (const e of index.kb.entities.values())
    for (const f of e.figures) holders.set(f.metric, (holders.get(f.metric) ?? new Set()).add(e.id));
  return [...holders]
    .filter(([, ids]) => ids.size >= 2)
    .sort((a, b) => b[1].size - a[1].size)
    .map(([m]) => index.kb.metrics.get(m)?.label ?? m);
}

function figureNumbers(f: Figure): number[] {
  return f.range ? [...f.range] : [f.value!];
}

/** The year a figure describes: its period's year unless undated, else the model's release year. */
function yearOf(e: Entity, f: Figure): number | undefined {
  const m = /^\D{0,16}?((?:19|20)\d\d)\b/.exec(f.period);
  if (m && !/^(undated|to )/i.test(f.period)) return Number(m[1]);
  return e.kind === 'models' ? e.year : undefined;
}

/** Picks the figures for a request and builds the reply with its chart. */
export function buildChartReply(index: KnowledgeIndex, req: ChartRequest): Reply {
  const metricLabel = index.kb.metrics.get(req.metric)?.label ?? req.metric;
  let pool = chartableFigures(index, req.metric);
  if (req.entities !== 'all') {
    const ids = new Set(req.entities.map((e) => e.id));
    // A named organisation without the figure stands for its models ("chart Meta's training costs").
    const orgs = new Set(req.entities.filter((e) => !pool.some((p) => p.e.id === e.id)).map((e) => e.id));
    pool = pool.filter(({ e }) => ids.has(e.id) || (e.kind === 'models' && e.org !== undefined && orgs.has(e.org)));
  } else {
    const ofKinds = pool.filter(({ e }) => req.kinds.includes(e.kind));
    // Topic-wide figures (markets, concepts) only when no model or company has this metric.
    if (ofKinds.length >= 2) pool = ofKinds;
  }
  if (req.only) pool = pool.filter(({ e }) => e.kind === 'models' && (req.only === 'open') === (e.open !== 'closed'));
  // One unit per chart: the one most figures are in.
  const unit = pool.length ? commonest(pool.map((p) => p.f.unit)) : 'money';
  pool = pool.filter((p) => p.f.unit === unit && (p.f.currency ?? 'USD') === (pool[0]?.f.currency ?? 'USD'));
  const undated = req.timeAxis ? pool.filter(({ e, f }) => yearOf(e, f) === undefined).length : 0;
  if (req.timeAxis) pool = pool.filter(({ e, f }) => yearOf(e, f) !== undefined);
  if (pool.length < (req.entities === 'all' ? 2 : 1)) return chartNoDataReply(metricLabel, chartableMetrics(index));

  const citer = new Citer(index.kb);
  const points = toPoints(index, pool, req);
  const peak = (p: ChartPoint) => p.high ?? p.value;
  points.sort((a, b) => (req.order === 'lowest' ? a.value - b.value : peak(b) - peak(a)));
  const shown = limitByEntity(points, req.limit);
  // The text lists the same figures in the chart's order, each with its full citation.
  const figuresShown = shown.flatMap((p) => p.figures.map((f) => ({ e: index.entity(p.entityId)!, f })));
  const money = unit.startsWith('money') ? (pool[0]!.f.currency ?? 'USD') : undefined;
  const what = req.kinds.length === 1 && req.entities === 'all' ? req.kinds[0] : 'entries';
  const title = `${capitalise(metricLabel)}${req.timeAxis ? ' over time' : ''}${req.grouping === 'openness' ? ', open vs closed' : ''}`;
  const lines = [
    `${title} — ${figuresShown.length} sourced figures${req.order === 'lowest' ? ', lowest first' : ''}:`,
    ...figuresShown.map(({ e, f }) => `• ${e.name}: ${citer.figure(f)}`),
  ];
  const sources = citer.sources();
  const caption = `Sources: ${sources.map((s) => `${s.id} — ${s.title} (${s.asOf})`).join('; ')}.`;
  const log = needsLogScale(shown);
  const chartPoints = shown.map(({ figures: _f, ...p }) => p);
  const spec = buildChartSpec({
    title,
    valueTitle: `${metricLabel}${money ? ` (${money}${unit === 'money' ? '' : unit.slice(5)})` : ''}`,
    money,
    groupTitle: req.grouping === 'openness' ? 'Openness' : req.grouping === 'organisation' ? 'Organisation' : 'Source',
    subtitle: `Sources: ${sources.map((s) => s.id).join(', ')} · values as each source states them`,
    timeAxis: req.timeAxis,
    points: chartPoints,
  });
  const alt = `${req.timeAxis ? 'Dot chart by year' : 'Bar chart'} of ${metricLabel} for ${shown.length} ${what}${log ? ' on a log scale' : ''}: ${chartPoints.map((p) => `${p.label} ${p.display}${p.year && req.timeAxis ? ` (${p.year})` : ''}`).join('; ')}.`;
  return {
    kind: 'answer',
    title: `Chart — ${metricLabel}`,
    lines,
    fields: [],
    notes: chartNotes({ log, cut: points.length - shown.length, undated }),
    sources,
    suggestions: [],
    chart: { title, spec, points: chartPoints, alt, caption },
  };
}

/** One point per distinct value of an entity; sources that agree share a point. */
function toPoints(
  index: KnowledgeIndex,
  pool: Array<{ e: Entity; f: Figure }>,
  req: ChartRequest,
): Array<ChartPoint & { figures: Figure[] }> {
  const byKey = new Map<string, ChartPoint & { figures: Figure[] }>();
  for (const { e, f } of pool) {
    const year = req.timeAxis ? yearOf(e, f) : undefined;
    const key = `${e.id}|${figureNumbers(f).join('-')}|${year ?? ''}`;
    const had = byKey.get(key);
    if (had) {
      if (!had.sources.includes(f.source)) had.sources.push(f.source);
      had.figures.push(f);
      continue;
    }
    const [lo, hi] = [Math.min(...figureNumbers(f)), Math.max(...figureNumbers(f))];
    byKey.set(key, {
      label: e.name,
      entityId: e.id,
      value: f.range ? Math.sqrt(lo * hi) : f.value!,
      ...(f.range ? { low: lo, high: hi } : {}),
      display: formatFigureValue(f).replace(' per million tokens', '/Mtok'),
      group: groupOf(index, e, f, req),
      ...(year !== undefined ? { year } : {}),
      sources: [f.source],
      figures: [f],
    });
  }
  const points = [...byKey.values()];
  // Several figures for one entity: each row says whose figure it is, so bars never stack on one label.
  for (const p of points) {
    const same = points.filter((q) => q.entityId === p.entityId);
    // On a timeline the year tells them apart, and the spec labels one dot per entity and year.
    if (same.length > 1 && !req.timeAxis) p.label = `${p.label} (${p.sources.join(', ')})`;
  }
  const seen = new Map<string, number>();
  for (const p of req.timeAxis ? [] : points) {
    const n = (seen.get(p.label) ?? 0) + 1;
    seen.set(p.label, n);
    if (n > 1) p.label = `${p.label} #${n}`;
  }
  for (const p of points) if (req.grouping === 'source') p.group = p.sources.join(', ');
  return points;
}

function groupOf(index: KnowledgeIndex, e: Entity, f: Figure, req: ChartRequest): string {
  if (req.grouping === 'openness') return e.kind === 'models' ? e.open : 'n/a';
  if (req.grouping === 'organisation')
    return e.kind === 'models' && e.org
      ? (index.entity(e.org)?.name ?? e.org)
      : e.kind === 'organisations'
        ? e.name
        : 'other';
  return f.source;
}

/** The first `limit` entities' points, in order (an entity's several figures count once). */
function limitByEntity<T extends ChartPoint>(points: T[], limit: number): T[] {
  const entities = new Set<string>();
  return points.filter((p) => {
    if (!entities.has(p.entityId) && entities.size >= limit) return false;
    entities.add(p.entityId);
    return true;
  });
}

function commonest<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
