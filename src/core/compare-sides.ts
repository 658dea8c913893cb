// Comparisons that are not one ratio: an attribute asked of each side ("what chips did each train on?"), and
// three or more sides with the figure asked ("rank PaLM, GPT-4 and Gemini Ultra by training cost").
import type { Fact, KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { Citer } from './cite.js';
import { figureNumbers, formatFigureValue, formatRatio } from './format.js';
import { scoreFact } from './lookup.js';
import type { Mention, Resolution } from './resolve.js';
import type { Reply } from './types.js';

/** Most sides a ranked comparison lists. */
const MAX_SIDES = 8;

/** The distinct single things named, in the order named; topics (concepts) are not sides, nor is a company named
 * to say whose models are compared ("PaLM vs Gemini Ultra: which Google chips…"). */
export function distinctSides(index: KnowledgeIndex, mentions: Mention[]): Entity[] {
  const out: Entity[] = [];
  for (const m of [...mentions].sort((x, y) => x.start - y.start)) {
    const e = m.ids.length === 1 ? index.entity(m.ids[0]!) : undefined;
    if (e && e.kind !== 'concepts' && !out.some((o) => o.id === e.id)) out.push(e);
  }
  const sides = out.filter((e) => !out.some((o) => o.kind === 'models' && o.org === e.id));
  // Like with like: companies and models, or markets; "Meta's H100s" does not set Meta against the H100 market.
  const group = (e: Entity) => (e.kind === 'models' || e.kind === 'organisations' ? 'things' : e.kind);
  return new Set(sides.map(group)).size === 1 ? sides : [];
}

/** What one side says about an attribute: its figures for it, else its best point that speaks of it. */
function attributeOf(index: KnowledgeIndex, res: Resolution, e: Entity, metric: string, lowered: string) {
  const figures = e.figures.filter((f) => f.metric === metric);
  if (figures.length) return { figures, point: undefined };
  const words = index.kb.metrics.get(metric)?.keywords.map((k) => k.toLowerCase()) ?? [];
  const speaks = (f: Fact) => {
    const p = f.point;
    return p !== undefined && [...p.topics, ...p.text.toLowerCase().split(/[^a-z0-9]+/)].some((t) => words.includes(t));
  };
  const best = (index.factsByEntity.get(e.id) ?? [])
    .filter(speaks)
    .map((f) => ({ f, s: scoreFact(index, res, f, lowered) }))
    .sort((a, b) => b.s - a.s)[0];
  return { figures: [] as Figure[], point: best?.f.point };
}

/**
 * "PaLM vs Gemini Ultra: what chips did each train on?": the attribute asked first is not an amount, or the sides'
 * amounts count different things (6,144 TPU v4 chips, 1,000 V100 GPUs), so each side's own answer is given rather
 * than a ratio of unlike numbers (or of a money figure the question did not ask for).
 */
export function attributeCompare(
  index: KnowledgeIndex,
  res: Resolution,
  mentions: Mention[],
  lowered: string,
  explicit: boolean,
): Reply | undefined {
  const metric = res.metrics[0];
  // Only when a comparison is asked for: "OpenAI's R&D share in Epoch AI's estimate" names one side and a source.
  if (!explicit) return undefined;
  if (!metric || index.isMoney(metric) || index.isRatio(metric)) return undefined;
  const sides = distinctSides(index, mentions).slice(0, MAX_SIDES);
  if (sides.length < 2) return undefined;
  const found = sides.map((e) => ({ e, ...attributeOf(index, res, e, metric, lowered) }));
  if (found.some((x) => !x.figures.length && !x.point)) return undefined;
  const counted = new Set(found.flatMap((x) => x.figures.map((f) => `${f.unit}|${f.of ?? ''}`)));
  if (found.every((x) => x.figures.length) && counted.size === 1) return undefined;
  const citer = new Citer(index.kb);
  const label = index.kb.metrics.get(metric)?.label ?? metric;
  const lines = found.map(({ e, figures, point }) =>
    figures.length ? `• ${citer.figuresSentence(e, figures)}` : `• ${e.name}: ${citer.point(point!).slice(2)}`,
  );
  return {
    kind: 'comparison',
    title: `${sides.map((e) => e.name).join(' vs ')} — ${label}`,
    lines,
    fields: [],
    notes: [],
    sources: citer.sources(),
    suggestions: sides.slice(0, 2).map((e) => `tell me about ${e.name}`),
  };
}

/** A side's figure for ranking: the middle of its first figure's numbers. */
const rankValue = (f: Figure) => {
  const ns = figureNumbers(f);
  return ns.reduce((a, b) => a + b, 0) / ns.length;
};

/**
 * Three or more sides that all have the metric asked: every side, highest first, each with its sourced figures, and
 * how many times the top one is the bottom one. A pairwise ratio would drop every side after the first two.
 */
export function rankedCompare(
  index: KnowledgeIndex,
  res: Resolution,
  mentions: Mention[],
  lowered: string,
): Reply | undefined {
  const sides = distinctSides(index, mentions);
  if (sides.length < 3) return undefined;
  const metric = res.metrics
    .filter((m) => !index.isRatio(m))
    .find((m) => sides.every((e) => index.ownMetric(e, m) !== undefined));
  if (!metric) return undefined;
  const rows = sides.slice(0, MAX_SIDES).map((e) => {
    const figures = e.figures.filter((f) => f.metric === index.ownMetric(e, metric));
    const inYear = figures.filter((f) => res.years.some((y) => f.period.includes(y)));
    const shown = inYear.length ? inYear : figures;
    return { e, figures: shown, value: Math.max(...shown.map(rankValue)) };
  });
  const units = new Set(rows.flatMap((r) => r.figures.map((f) => `${f.unit}|${f.currency ?? ''}|${f.of ?? ''}`)));
  if (units.size !== 1) return undefined;
  const low = /\b(cheapest|lowest|smallest|least|ascending)\b/.test(lowered) && !/\b(most|highest)\b/.test(lowered);
  rows.sort((a, b) => (low ? a.value - b.value : b.value - a.value));
  const citer = new Citer(index.kb);
  const label = citer.metricLabel(rows[0]!.figures[0]!);
  const lines = rows.map((r, i) => `${i + 1}. ${r.e.name}: ${r.figures.map((f) => citer.brief(f)).join('; ')}`);
  const [top, bottom] = low ? [rows[rows.length - 1]!, rows[0]!] : [rows[0]!, rows[rows.length - 1]!];
  if (bottom.value > 0)
    lines.push(
      `${top.e.name} (${formatFigureValue(top.figures[0]!)}) is ${formatRatio(top.value / bottom.value)} ${bottom.e.name} (${formatFigureValue(bottom.figures[0]!)}).`,
    );
  const notes = rows.some((r) => r.figures.length > 1)
    ? ['Where sources differ, every sourced figure is listed; the order uses the highest.']
    : [];
  return {
    kind: 'comparison',
    title: `${rows.map((r) => r.e.name).join(', ')} — ${label}, ${low ? 'lowest' : 'highest'} first`,
    lines,
    fields: [],
    notes,
    sources: citer.sources(),
    suggestions: rows.slice(0, 2).map((r) => `tell me about ${r.e.name}`),
  };
}
