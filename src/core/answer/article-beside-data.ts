// Where an article and a data set both estimate one model's figure and the question asks for both ("the wiki's
// training cost vs Epoch's cloud-rental estimate", "every estimate: articles and Epoch"), each is shown with its
// source and method, the articles' first: the data sets' answer alone would drop the figure the user quoted.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { Citer } from '../cite.js';
import type { Reply } from '../types.js';
import type { Question } from '../understand/question.js';

/** The articles' side is asked: an article named as a source, or "articles", "both", "every estimate". */
const ARTICLES_ASKED = /\barticles?\b|\bboth\b|\bevery (estimate|figure)|\ball (the |your )?(estimates|figures)\b/;

/** The data sets' reply about a model with the articles' own figure for the money metric asked put first, or
 * undefined when the articles have no such figure or the question does not ask for them. */
export function articleBesideData(index: KnowledgeIndex, q: Question, data: Reply): Reply | undefined {
  const lead = q.lead;
  if (lead?.kind !== 'models' || data.kind !== 'answer') return undefined;
  if (!(q.res.articles?.length || ARTICLES_ASKED.test(q.lowered))) return undefined;
  if (!data.title.toLowerCase().startsWith(lead.name.toLowerCase())) return undefined;
  // The money figure asked, or the one the data sets' answer leads with ("Training cost (Epoch AI estimates…)").
  const heading = data.lines[0]?.toLowerCase() ?? '';
  const metric =
    q.res.metrics.map((m) => (index.isMoney(m) ? index.ownMetric(lead, m) : undefined)).find(Boolean) ??
    [...new Set(lead.figures.map((f) => f.metric))].find(
      (m) => index.isMoney(m) && heading.startsWith((index.kb.metrics.get(m)?.label ?? m).toLowerCase()),
    );
  const figures = lead.figures.filter((f) => f.metric === metric);
  if (!metric || !figures.length) return undefined;
  const citer = new Citer(index.kb);
  const figure = figures.map((f) => citer.figure(f)).join('; ');
  // The data sets' first block (its heading and bullets): the method-by-method estimates asked beside the articles'.
  const next = data.lines.findIndex((l, i) => i > 0 && !l.startsWith('•'));
  const block = next < 0 ? data.lines : data.lines.slice(0, next);
  const own = citer.sources();
  const seen = new Set(own.map((s) => s.id));
  const label = index.kb.metrics.get(metric)?.label ?? metric;
  return {
    ...data,
    title: `${lead.name} — ${label}: the articles and the data sets`,
    lines: [`Articles: ${figure}`, ...block],
    sources: [...own, ...data.sources.filter((s) => !seen.has(s.id))],
  };
}
