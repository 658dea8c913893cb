// "After DeepSeek, what question should enterprises be asking about closed models?": a company or model named as
// the occasion of a question whose words are about a topic. When a topic's fact answers the question far better
// than anything the named thing's own facts say, that topic answers; otherwise the named thing does.
import type { Fact } from '../../knowledge/index.js';
import { entityAnswer, MIN_FACT_SCORE, scoreFact } from '../lookup.js';
import type { Answerer } from './context.js';

/** How many times better the topic's best fact must match than the named thing's best. */
const FAR_BETTER = 2;

export const answerAskedTopic: Answerer = (q, { index }) => {
  const lead = q.lead;
  if (!lead) return undefined;
  const score = (f: Fact) => scoreFact(index, q.res, f, q.lowered);
  const own = Math.max(0, ...(index.factsByEntity.get(lead.id) ?? []).map(score));
  let best: { fact: Fact; s: number } | undefined;
  for (const fact of index.facts) {
    if (fact.entity.kind !== 'concepts' && fact.entity.kind !== 'markets') continue;
    const s = score(fact);
    if (!best || s > best.s) best = { fact, s };
  }
  if (!best || best.s < MIN_FACT_SCORE * 2 || best.s < own * FAR_BETTER) return undefined;
  return entityAnswer(index, q.res, best.fact.entity, q.lowered);
};
