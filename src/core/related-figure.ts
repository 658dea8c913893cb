// Where a topic's question is really about a neighbouring topic's figure, and which of one breakdown's parts it
// names. "How fast are frontier training costs growing?" names the cost topic, but its "cost" belongs to that name;
// the growth it asks for is filed under a related topic. "What share is networking?" asks for one part of a split.
import { type KnowledgeIndex, stem } from '../knowledge/index.js';
import { STOPWORDS, words } from '../knowledge/normalize.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import type { Citer } from './cite.js';
import { formatFigureValue } from './format.js';
import { detectMetrics, type Resolution } from './resolve.js';

const SECOND_QUESTION = /^(how|what|whats|which|who|why|where|when)$/;

/** The question's words outside every name the user typed for `entity` ("frontier training costs"). */
function wordsBesideName(res: Resolution, entity: Entity): string[] | undefined {
  const own = res.mentions.filter((m) => m.via === 'alias' && m.ids.length === 1 && m.ids[0] === entity.id);
  if (!own.length) return undefined;
  return res.words.filter((_, k) => !own.some((m) => k >= m.start && k < m.end));
}

/** Metrics named outside the entity's own name; empty when its name was the only place a metric word stood. */
export function metricsBesideName(index: KnowledgeIndex, res: Resolution, entity: Entity): string[] {
  const beside = wordsBesideName(res, entity);
  return beside ? detectMetrics(index, beside) : [];
}

/** A related topic that holds the metric asked beside a topic's name when the topic itself has none of it: the
 * relation is data (`related:` in knowledge), so only neighbours the knowledge links are reached. */
export function relatedHolder(index: KnowledgeIndex, res: Resolution, entity: Entity): Entity | undefined {
  // Only a topic with figures of its own is a figure topic lacking this one; a topic of prose answers in prose.
  if ((entity.kind !== 'markets' && entity.kind !== 'concepts') || !entity.figures.length) return undefined;
  // "What does a run cost, and how fast has that grown?": the topic answers the first part; the second part's
  // figure is added after it where the answer is built.
  const andAt = res.words.lastIndexOf('and');
  if (andAt > 0 && res.words.slice(andAt + 1).some((w) => SECOND_QUESTION.test(w))) return undefined;
  const asked = metricsBesideName(index, res, entity);
  if (!asked.length || entity.figures.some((f) => asked.includes(f.metric))) return undefined;
  const neighbours = entity.related
    .map((id) => index.entity(id))
    .filter((e): e is Entity => e !== undefined && (e.kind === 'markets' || e.kind === 'concepts'));
  // The first asked metric some neighbour holds ("rise per year": no neighbour has a yearly bill, one has growth).
  for (const m of asked) {
    const holders = neighbours.filter((e) => e.figures.some((f) => f.metric === m));
    // Two neighbours with the metric would be a guess between them.
    if (holders.length) return holders.length === 1 ? holders[0] : undefined;
  }
  return undefined;
}

/** Content-word stems of a text, without the words of the entity's name and of the metric's own phrases ("share",
 * "percent"): what is left names a part ("staff", "networking", "gpus"). */
function telling(index: KnowledgeIndex, text: string, entity: Entity, metric: string): Set<string> {
  const name = new Set(index.nameStems.get(entity.id) ?? []);
  const def = index.kb.metrics.get(metric);
  const own = new Set([metric, def?.label ?? '', ...(def?.keywords ?? [])].flatMap((k) => words(k)).map(stem));
  // "gpus" keeps its "s" through the stemmer (it ends in "us"), so a plural's singular counts too.
  const forms = (w: string) => (w.length > 3 && w.endsWith('s') ? [stem(w), stem(w.slice(0, -1))] : [stem(w)]);
  return new Set(
    words(text)
      .filter((w) => !STOPWORDS.has(w))
      .flatMap(forms)
      .filter((t) => !name.has(t) && !own.has(t)),
  );
}

/** A question's word names a scope's word when they share a stem or the typed word is a shortening ("infra"). */
const names = (typed: string, scope: string) => typed === scope || (typed.length >= 5 && scope.startsWith(typed));

/** Of one source's percentages for one metric that split a whole into parts (each with its own scope), those whose
 * scope words the question uses ("networking share" → the networking part). Figures from different sources are
 * a disagreement, never narrowed: every one is shown. Undefined when the question names no part or every part. */
export function partsNamed(
  index: KnowledgeIndex,
  res: Resolution,
  entity: Entity,
  figures: Figure[],
): Figure[] | undefined {
  // Parts of one whole: percentages one source gives for the same period. Options side by side (a marketplace vs
  // AWS, self-hosting vs an API) and a value beside its ratio are comparisons, shown whole.
  if (figures.length < 2 || figures.some((f) => f.unit !== 'percent')) return undefined;
  if (new Set(figures.map((f) => `${f.source}|${f.period}`)).size > 1) return undefined;
  if (new Set(figures.map((f) => f.scope)).size < figures.length) return undefined;
  const metric = figures[0]!.metric;
  const asked = [...telling(index, (wordsBesideName(res, entity) ?? res.words).join(' '), entity, metric)];
  const named = figures.filter((f) =>
    [...telling(index, f.scope, entity, metric)].some((t) => asked.some((a) => names(a, t))),
  );
  return named.length && named.length < figures.length ? named : undefined;
}

/** Several parts of one whole in one line, each value beside its part, then their one source and period:
 * "~40–50% GPU/TPU accelerators; ~20–30% staff (Foundation Model Economics estimate, 2026)." */
export function partsLine(citer: Citer, parts: Figure[]): string {
  const f = parts[0]!;
  const each = parts.map((p) => `${formatFigureValue(p)} ${p.scope.replace(/\s*\(.*\)$/, '')}`).join('; ');
  return `${each} (${citer.nameOf(f.source)}, ${f.period}).`;
}
