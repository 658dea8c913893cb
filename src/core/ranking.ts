// Questions across entities: "which model cost the most to train?", "which models cost more than $100M?",
// "the model trained for under 300 grand". Ranks or filters every sourced figure of the asked metric.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { findAmounts } from './calc.js';
import { Citer } from './cite.js';
import { figureNumbers, formatMoney } from './format.js';
import type { Resolution } from './resolve.js';
import { metricsInOrder } from './resolve.js';
import type { Reply } from './types.js';

const HIGHEST = /\b(most expensive|priciest|costliest|highest|largest|biggest|most|top)\b/;
const LOWEST = /\b(cheapest|least expensive|lowest|smallest|least)\b/;
const ABOVE = /\b(more than|over|above|at least|exceeding|north of|bigger than|greater than)\s*$/;
const BELOW = /\b(less than|under|below|cheaper than|at most|south of|smaller than)\s*$/;
/** How many entities a ranking lists. */
const RANK_LIMIT = 4;

/** Entities the question is about: models if it says "model", companies if "company", else all with the metric. */
function pool(
  index: KnowledgeIndex,
  res: Resolution,
  lowered: string,
  metric: string,
): Array<{ e: Entity; figs: Figure[] }> {
  const wantsModels = /\bmodels?\b/.test(lowered);
  const wantsCompanies = /\b(compan(y|ies)|labs?|firms?|startups?)\b/.test(lowered);
  const wantsOpen = /\bopen\b/.test(lowered) && wantsModels;
  // "Google's most expensive model": a named organisation narrows the pool to its own models.
  const orgs = res.mentions.flatMap((m) => m.ids).filter((id) => index.entity(id)?.kind === 'organisations');
  const out: Array<{ e: Entity; figs: Figure[] }> = [];
  for (const e of index.kb.entities.values()) {
    if (wantsModels && e.kind !== 'models') continue;
    if (wantsCompanies && !wantsModels && e.kind !== 'organisations') continue;
    if (wantsOpen && e.kind === 'models' && e.open === 'closed') continue;
    if (orgs.length && !(e.kind === 'models' && e.org && orgs.includes(e.org))) continue;
    if (!wantsModels && !wantsCompanies && e.kind === 'concepts') continue;
    // "The priciest row of the wiki's table": only the named article's figures.
    const figs = e.figures.filter(
      (f) =>
        f.metric === metric && f.unit.startsWith('money') && (!res.articles?.length || res.articles.includes(f.source)),
    );
    if (figs.length) out.push({ e, figs });
  }
  return out;
}

/** A ranking or a threshold filter over one metric, or undefined when the question is neither. */
export function rankingAnswer(
  index: KnowledgeIndex,
  res: Resolution,
  text: string,
  lowered: string,
): Reply | undefined {
  const high = HIGHEST.test(lowered);
  const low = LOWEST.test(lowered);
  const limit = findAmounts(text).find((a) => a.money || a.value >= 1_000);
  const before = limit ? text.toLowerCase().slice(0, limit.index) : '';
  const above = limit && ABOVE.test(before.replace(/\$\s*$/, ''));
  const below = limit && BELOW.test(before.replace(/\$\s*$/, ''));
  if (!high && !low && !above && !below) return undefined;
  // A superlative must be about things ("which model…", "highest valuation"), not "the biggest cost in training".
  const aboutThings =
    /^\s*(which|what|who)\s+(\w+\s+){0,3}?(models?|compan(y|ies)|labs?|startups?|firms?|one|players?)\b/.test(
      lowered,
    ) ||
    /\b(most|least|highest|lowest|largest|biggest|cheapest|priciest|costliest)\s+(\w+\s+)?(valuations?|revenues?|training costs?|funding|raises?|models?|compan(y|ies)|labs?)\b/.test(
      lowered,
    );
  if (!above && !below && !aboutThings) return undefined;
  const metric = metricsInOrder(index, res.words).find((m) =>
    [...index.kb.entities.values()].some((e) => e.figures.some((f) => f.metric === m && f.unit.startsWith('money'))),
  );
  if (!metric) return undefined;
  const entries = pool(index, res, lowered, metric);
  if (entries.length < 2) return undefined;
  const citer = new Citer(index.kb);
  const label = index.kb.metrics.get(metric)?.label ?? metric;
  const peak = (figs: Figure[]) => Math.max(...figs.flatMap(figureNumbers));
  const floor = (figs: Figure[]) => Math.min(...figs.flatMap(figureNumbers));
  let chosen: typeof entries;
  let heading: string;
  if (above || below) {
    const n = limit!.value;
    chosen = entries
      .filter(({ figs }) => (above ? peak(figs) > n : floor(figs) < n))
      .sort((a, b) => peak(b.figs) - peak(a.figs));
    heading = `${chosen.length ? 'With' : 'None in my sources with'} a ${label} ${above ? 'above' : 'below'} ${formatMoney(n)}${chosen.length ? ':' : '.'}`;
  } else {
    chosen = [...entries]
      .sort((a, b) => (high ? peak(b.figs) - peak(a.figs) : floor(a.figs) - floor(b.figs)))
      .slice(0, RANK_LIMIT);
    heading = `${high ? 'Highest' : 'Lowest'} ${label} in my sources (by the ${high ? 'top' : 'bottom'} of each sourced figure):`;
  }
  const lines = [
    heading,
    ...chosen.slice(0, 8).map(({ e, figs }) => `• ${e.name}: ${figs.map((f) => citer.figure(f)).join('; ')}`),
  ];
  return {
    kind: 'answer',
    title: `${label} — ${above || below ? 'filter' : high ? 'highest' : 'lowest'}`,
    lines,
    fields: [],
    notes: [
      'Only figures the five articles give are ranked; estimates of different scope (compute-only vs total) sit side by side.',
    ],
    sources: citer.sources(),
    suggestions: chosen.slice(0, 2).map(({ e }) => `tell me about ${e.name}`),
  };
}
