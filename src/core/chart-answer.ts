// Chart questions: "chart the training costs of the most expensive models", "plot token prices over time,
// open vs closed". A chart is one metric × a set of entities, optionally along time and coloured by a
// grouping; every figure of that metric in the knowledge can be drawn, so new data makes new charts.
import { isGenerated, type KnowledgeIndex } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import {
  askedMetrics,
  chartableMetrics,
  chartFigures,
  figureNumbers,
  metricLabel as labelOf,
  oneMethod,
  type Placed,
  yearOf,
} from './chart-figures.js';
import { buildChartSpec, needsLogScale } from './chart-spec.js';
import { chartSubjects } from './chart-subjects.js';
import { Citer, capitalise } from './cite.js';
import type { DataNameIndex } from './datasets/names.js';
import { formatFigureValue } from './format.js';
import {
  chartCheapestProviderNote,
  chartMethodNote,
  chartNoDataReply,
  chartNoMetricReply,
  chartNotes,
  dataUnknownVariantReply,
  unknownNamesPreface,
  unknownReply,
} from './replies.js';
import type { Resolution } from './resolve.js';
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
/** "openness of the top open models", "training costs of the 10 biggest models": a metric over a ranked set of
 * things, written as a heading rather than a question, asks for that set laid out side by side. */
const RANKED_SET =
  /^(?:the\s+)?[a-z0-9 -]{3,40}?\s+of\s+(?:the\s+)?(?:\d{1,2}\s+)?(?:top|most|least|biggest|largest|cheapest|highest|lowest|priciest)\b.*\b(?:models|companies|labs|providers)\b/;
/** "the top open models", "the leading labs": the well-known ones (those the articles cover), unless the
 * question ranks by the metric itself ("the most expensive", "the cheapest"), which ranks everything. */
const PROMINENT = /\b(top|leading|major|main|popular|best[- ]known|frontier|big)\b/;
const BY_METRIC = /\b(most|least|highest|lowest|cheapest|priciest|biggest|largest|smallest|dearest)\b/;
const ONLY_OPEN = /\bopen(?:[- ]weights?| source)?\s+(models?|ones|llms?)\b/;
const ONLY_CLOSED = /\b(closed|proprietary)(?:[- ]source)?\s+(models?|ones|llms?)\b/;
const LOWEST_FIRST = /\b(cheapest|least expensive|lowest|smallest)\b/;
const TOP_N =
  /\b(?:top|first|largest|biggest|highest|cheapest|lowest)\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:most|cheapest|largest|biggest)\b/;
/** Most entities a bar chart draws: more would not be readable in a chat window. */
export const MAX_CHART_POINTS = 16;
/** Most entities on a timeline (dots stay readable; only the highest are labelled). */
export const MAX_TIMELINE_POINTS = 60;
/** Units named on the value axis when not money ("training compute (FLOP)"); counts and scores need none. */
const MEASURED = new Set(['FLOP', 'FLOP/s', 'percent', 'months', 'years']);
/** Most bars for one entity's figures (a model's price at every provider). */
const MAX_ROWS = 30;

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
  /** The question's words, for a data-set method it names ("cloud"). */
  words: string[];
  /** Data sets named as the source ("Epoch's models"): only their figures are drawn. */
  sources?: string[];
  /** Names in the question no index knows, said before the chart of the rest. */
  unknown?: string[];
  /** "The top models": the hand-written (well-known) entities only, when at least two have the figure. */
  prominent?: boolean;
}

/** What the chart answerer reads besides the question's resolution. */
export interface ChartLookup {
  /** The question as typed: data-set names are found in it (case tells "Meta" the company from "meta"). */
  text?: string;
  /** The data-set name index over the whole knowledge; without it only the articles' entities are named. */
  names?: DataNameIndex;
}

/** Whether the question asks for a chart. */
export function isChartRequest(index: KnowledgeIndex, res: Resolution): boolean {
  const lowered = res.words.join(' ');
  if (CHART_REQUEST.test(lowered)) return true;
  if (
    QUESTION_WORD.test(lowered) ||
    res.mentions.some((m) => m.via === 'alias' && m.ids.some((id) => isThing(index, id)))
  )
    return false;
  if (TIME_AXIS.test(lowered)) return res.metrics.length > 0;
  return RANKED_SET.test(lowered) && askedMetrics(index, res).length > 0;
}

/** A reply with a chart, a plain "no data" reply, or undefined when the question is not a chart request. */
export function chartAnswer(index: KnowledgeIndex, res: Resolution, lookup: ChartLookup = {}): Reply | undefined {
  if (!isChartRequest(index, res)) return undefined;
  // Figures and names come from the whole knowledge: the data sets' models are charted like the articles'.
  const kb = lookup.names?.kb ?? index.kb;
  const subjects = chartSubjects(kb, res, lookup.text ?? res.words.join(' '), lookup.names);
  // "Llama 3.2 90B": a size or version the knowledge lacks is declined, never charted with its siblings' figures.
  if (subjects.unknownVariant)
    return dataUnknownVariantReply(
      subjects.unknownVariant.text,
      subjects.unknownVariant.siblings.map((e) => e.name),
    );
  const lowered = res.words.join(' ');
  const asked = askedMetrics(index, res);
  const metric = asked.find((m) => chartFigures(kb, m).length > 0);
  if (!metric) {
    if (asked.length) return chartNoDataReply(labelOf(kb, asked[0]!), chartableMetrics(kb));
    return chartNoMetricReply(lowered, chartableMetrics(kb));
  }
  const named = subjects.entities;
  if (!named.length && subjects.unknown.length) return unknownReply(index, subjects.unknown, { nearest: [] });
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
          : [holderKind(kb, metric)],
    only: BY_OPENNESS.test(lowered)
      ? undefined
      : ONLY_OPEN.test(lowered)
        ? 'open'
        : ONLY_CLOSED.test(lowered)
          ? 'closed'
          : undefined,
    order: LOWEST_FIRST.test(lowered) ? 'lowest' : 'highest',
    limit: Number(topN?.[1] ?? topN?.[2]) || (TIME_AXIS.test(lowered) ? MAX_TIMELINE_POINTS : MAX_CHART_POINTS),
    words: res.words,
    sources: subjects.sources,
    unknown: subjects.unknown,
    prominent: PROMINENT.test(lowered) && !BY_METRIC.test(lowered),
  };
  return buildChartReply(kb, request);
}

/** A model or company (a concept named in a terse request, "open vs closed", does not make it about one thing). */
function isThing(index: KnowledgeIndex, id: string): boolean {
  const kind = index.entity(id)?.kind;
  return kind === 'models' || kind === 'organisations';
}

/** The kind of entity most figures of a metric belong to: training costs are models', revenue companies'. */
function holderKind(kb: Knowledge, metric: string): Entity['kind'] {
  return commonest(chartFigures(kb, metric).map(({ e }) => e.kind));
}

/** Picks the figures for a request and builds the reply with its chart. */
export function buildChartReply(kb: Knowledge, req: ChartRequest): Reply {
  const metricLabel = labelOf(kb, req.metric);
  let pool = chartFigures(kb, req.metric);
  // "Epoch's notable models": only the named data sets' figures, when they have any.
  const fromNamed = pool.filter(({ f }) => req.sources?.includes(f.source));
  if (fromNamed.length) pool = fromNamed;
  if (req.entities !== 'all') {
    const ids = new Set(req.entities.map((e) => e.id));
    // A named organisation without the figure stands for its models ("chart Meta's training costs").
    const orgs = new Set(req.entities.filter((e) => !pool.some((p) => p.e.id === e.id)).map((e) => e.id));
    pool = pool.filter(({ e }) => ids.has(e.id) || (e.kind === 'models' && e.org !== undefined && orgs.has(e.org)));
  } else {
    const ofKinds = pool.filter(({ e }) => req.kinds.includes(e.kind));
    // Topic-wide figures (markets, concepts) only when no model or company has this metric.
    if (ofKinds.length >= 2) pool = ofKinds;
    const known = pool.filter(({ e }) => !isGenerated(e));
    if (req.prominent && new Set(known.map(({ e }) => e.id)).size >= 2) pool = known;
  }
  if (req.only) pool = pool.filter(({ e }) => e.kind === 'models' && (req.only === 'open') === (e.open !== 'closed'));
  const chosen = oneMethod(pool, req.words);
  pool = chosen.pool;
  // One entity priced by many providers: a bar per provider. Many entities: each one's lowest price per source.
  const perProvider = new Set(pool.map((p) => p.e.id)).size === 1 && pool.some((p) => p.f.provider);
  const multiProvider = !perProvider && pool.some((p) => p.f.provider);
  if (multiProvider) pool = cheapestPerSource(pool);
  // One unit per chart: the one most figures are in.
  const unit = pool.length ? commonest(pool.map((p) => p.f.unit)) : 'money';
  pool = pool.filter((p) => p.f.unit === unit && (p.f.currency ?? 'USD') === (pool[0]?.f.currency ?? 'USD'));
  const undated = req.timeAxis ? pool.filter(({ e, f }) => yearOf(e, f) === undefined).length : 0;
  if (req.timeAxis) pool = pool.filter(({ e, f }) => yearOf(e, f) !== undefined);
  if (pool.length < (req.entities === 'all' ? 2 : 1)) return chartNoDataReply(metricLabel, chartableMetrics(kb));

  const citer = new Citer(kb);
  const points = toPoints(kb, pool, req);
  const peak = (p: ChartPoint) => p.high ?? p.value;
  points.sort((a, b) => (req.order === 'lowest' ? a.value - b.value : peak(b) - peak(a)));
  const shown = limitByEntity(points, req.limit).slice(0, req.timeAxis ? undefined : MAX_ROWS);
  // The text lists the same figures in the chart's order, each with its full citation.
  const figuresShown = shown.flatMap((p) => p.figures.map((f) => ({ e: kb.entities.get(p.entityId)!, f })));
  const money = unit.startsWith('money') ? (pool[0]!.f.currency ?? 'USD') : undefined;
  const what = req.kinds.length === 1 && req.entities === 'all' ? req.kinds[0] : 'entries';
  // One model's prices: the title names the model, since every bar is labelled with a provider.
  const one = perProvider ? `${pool[0]!.e.name} ` : '';
  const title = perProvider
    ? `${pool[0]!.e.name}: ${metricLabel} by provider`
    : `${capitalise(metricLabel)}${req.timeAxis ? ' over time' : ''}${req.grouping === 'openness' ? ', open vs closed' : ''}`;
  const lines = [
    ...(req.unknown?.length ? [unknownNamesPreface(req.unknown)] : []),
    `${figuresShown.length} sourced figures${req.order === 'lowest' ? ', lowest first' : ''}:`,
    ...figuresShown.map(({ e, f }) => `• ${perProvider && f.provider ? f.provider : e.name}: ${citer.figure(f)}`),
  ];
  const sources = citer.sources();
  const caption = `Sources: ${sources.map((s) => `${s.title} (${s.asOf})`).join('; ')}.`;
  const log = needsLogScale(shown);
  const chartPoints = shown.map(({ figures: _f, ...p }) => p);
  const spec = buildChartSpec({
    title,
    valueTitle: `${metricLabel}${money ? ` (${money}${unit === 'money' ? '' : unit.slice(5)})` : MEASURED.has(unit) ? ` (${unit})` : ''}`,
    money,
    groupTitle: req.grouping === 'openness' ? 'Openness' : req.grouping === 'organisation' ? 'Organisation' : 'Source',
    subtitle: `Sources: ${sources.map((s) => s.name ?? s.id).join(', ')} · values as each source states them`,
    timeAxis: req.timeAxis,
    points: chartPoints,
  });
  const alt = `${req.timeAxis ? 'Dot chart by year' : 'Bar chart'} of ${metricLabel} for ${shown.length} ${what}${log ? ' on a log scale' : ''}: ${chartPoints.map((p) => `${p.label} ${p.display}${p.year && req.timeAxis ? ` (${p.year})` : ''}`).join('; ')}.`;
  return {
    kind: 'answer',
    title: `Chart — ${one}${metricLabel}`,
    lines,
    fields: [],
    notes: [
      ...chartNotes({ log, cut: points.length - shown.length, undated }),
      ...(chosen.method ? [chartMethodNote(chosen.method, chosen.others)] : []),
      ...(multiProvider ? [chartCheapestProviderNote()] : []),
    ],
    sources,
    suggestions: [],
    chart: { title, spec, points: chartPoints, alt, caption },
  };
}

/** One point per distinct value of an entity; sources that agree share a point. */
function toPoints(kb: Knowledge, pool: Placed[], req: ChartRequest): Array<ChartPoint & { figures: Figure[] }> {
  const byKey = new Map<string, ChartPoint & { figures: Figure[] }>();
  const multiEntity = new Set(pool.map((p) => p.e.id)).size > 1;
  for (const { e, f } of pool) {
    const year = req.timeAxis ? yearOf(e, f) : undefined;
    const key = `${e.id}|${f.provider ?? ''}|${figureNumbers(f).join('-')}|${year ?? ''}`;
    const had = byKey.get(key);
    if (had) {
      if (!had.sources.includes(f.source)) had.sources.push(f.source);
      had.figures.push(f);
      continue;
    }
    const [lo, hi] = [Math.min(...figureNumbers(f)), Math.max(...figureNumbers(f))];
    byKey.set(key, {
      label: f.provider && !multiEntity ? f.provider : e.name,
      entityId: e.id,
      value: f.range ? Math.sqrt(lo * hi) : f.value!,
      ...(f.range ? { low: lo, high: hi } : {}),
      display: formatFigureValue(f).replace(' per million tokens', '/Mtok'),
      group: groupOf(kb, e, f, req),
      ...(year !== undefined ? { year } : {}),
      sources: [f.source],
      figures: [f],
    });
  }
  const points = [...byKey.values()];
  for (const p of points) p.sourceNames = p.sources.map((id) => kb.sources.get(id)?.name ?? id);
  // Several figures for one entity: each row says whose figure it is, so bars never stack on one label.
  // On a timeline the year tells them apart, and the spec labels one dot per entity and year.
  const rows = new Map<string, number>();
  for (const p of points) rows.set(`${p.entityId}|${p.label}`, (rows.get(`${p.entityId}|${p.label}`) ?? 0) + 1);
  for (const p of points)
    if (!req.timeAxis && rows.get(`${p.entityId}|${p.label}`)! > 1) p.label = `${p.label} (${p.sourceNames![0]})`;
  const seen = new Map<string, number>();
  for (const p of req.timeAxis ? [] : points) {
    const n = (seen.get(p.label) ?? 0) + 1;
    seen.set(p.label, n);
    if (n > 1) p.label = `${p.label} #${n}`;
  }
  for (const p of points) if (req.grouping === 'source') p.group = p.sourceNames![0]!;
  return points;
}

function groupOf(kb: Knowledge, e: Entity, f: Figure, req: ChartRequest): string {
  if (req.grouping === 'openness') return e.kind === 'models' ? e.open : 'n/a';
  if (req.grouping === 'organisation')
    return e.kind === 'models' && e.org
      ? (kb.entities.get(e.org)?.name ?? e.org)
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

/** Each entity's lowest price per source: a model sold by twenty providers is one bar per source, not twenty. */
function cheapestPerSource(pool: Placed[]): Placed[] {
  const best = new Map<string, Placed>();
  for (const p of pool) {
    const key = `${p.e.id}|${p.f.source}`;
    const had = best.get(key);
    if (!had || Math.min(...figureNumbers(p.f)) < Math.min(...figureNumbers(had.f))) best.set(key, p);
  }
  return [...best.values()];
}
