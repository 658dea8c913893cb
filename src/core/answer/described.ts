// Described, not named ("the quant fund's lab", "the startup that raised $3.05B"): the best-fitting thing.
// A short description is a hint, not a name: a fact elsewhere that fits the question clearly better wins.
import { bestCandidate, entityAnswer, topicAnswer } from '../lookup.js';
import type { Answerer } from './context.js';

const MAKER = /^(maker|makers|creator|creators|developer|developers)$/;

export const answerDescribed: Answerer = (q, { index }) => {
  const best = bestCandidate(index, q.res, q.described, q.lowered);
  if (!best) return undefined;
  // "The claude maker": a product named with a maker word says who is meant as clearly as a name does.
  const weakOnly =
    q.described.every((m) => m.via === 'cue' && (m.strength ?? 0) <= 2) &&
    !q.described.some((m) => MAKER.test(q.res.words[m.end] ?? ''));
  if (weakOnly) {
    // Word overlap alone (no metric bonus), so a stray "behind" or "cost" does not outvote the hint.
    const own = Math.max(0, ...(index.factsByEntity.get(best.id) ?? []).map((f) => index.score(f, q.res.terms)));
    const global = Math.max(0, ...index.facts.map((f) => index.score(f, q.res.terms)));
    if (global > own * 1.25) return topicAnswer(index, q.res, q.lowered) ?? entityAnswer(index, q.res, best, q.lowered);
  }
  return entityAnswer(index, q.res, best, q.lowered);
};
