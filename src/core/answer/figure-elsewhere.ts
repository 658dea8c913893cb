// A topic named by its alias but asked for a figure it lacks ("how fast are frontier training costs
// growing?"): the fact elsewhere that has that figure answers better — when that fact is about what was asked.
import { stem } from '../../knowledge/index.js';
import { GENERIC_CUE_WORDS } from '../../knowledge/wordlists.js';
import { topicAnswer } from '../lookup.js';
import type { Answerer } from './context.js';

export const answerFigureElsewhere: Answerer = (q, { index }) => {
  const elsewhere = topicAnswer(index, q.res, q.lowered, true);
  // A pronoun ("how many H100s do they have?") makes a list of candidates the right answer too.
  if (elsewhere?.kind === 'clarify') return q.pronoun ? elsewhere : undefined;
  if (elsewhere?.kind !== 'answer') return undefined;
  // The figure must share a telling word with the question besides the metric and the topic's own name: "the
  // consortium idea for funding open models" is not answered by Mistral's funding, which shares only "funding".
  const holder = [...index.kb.entities.values()].find((e) => e.name === elsewhere.title.split(' — ')[0]);
  const own = new Set([...(q.lead ? (index.nameStems.get(q.lead.id) ?? []) : []), ...GENERIC_CUE_WORDS].map(stem));
  const telling = q.res.terms.filter((t) => !own.has(t) && !index.metricStems.has(t) && !index.metricWords.has(t));
  const facts = (holder && index.factsByEntity.get(holder.id)) ?? [];
  const about = facts.some((f) => f.figure && q.metrics.includes(f.figure.metric) && index.score(f, telling) > 0);
  return about ? elsewhere : undefined;
};
