// A family ("Llama") or an alias several things share: the one member with the asked figure, several to
// choose from, or the members' licences and makers for questions that are not about a per-model figure.
import { bestCandidate, entityAnswer } from '../lookup.js';
import { clarifyReply, noMatchReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerFamily: Answerer = (q, ctx) => {
  const { index } = ctx;
  const m = q.ambiguous;
  if (!m) return undefined;
  const members = m.ids.map((id) => index.entity(id)!).filter(Boolean);
  const withMetric = members.filter((e) => e.figures.some((f) => q.metrics.includes(f.metric)));
  if (withMetric.length >= 2) return clarifyReply(index, m.text, withMetric, q.metrics);
  if (withMetric.length === 1) return entityAnswer(index, q.res, withMetric[0]!, q.lowered);
  const around = new Set(m.ids);
  for (const e of members) {
    if (e.kind === 'models' && e.licence) around.add(e.licence);
    if (e.kind === 'models' && e.org) around.add(e.org);
  }
  const best = bestCandidate(index, q.res, [{ ...m, ids: [...around] }], q.lowered);
  return best ? entityAnswer(index, q.res, best, q.lowered) : noMatchReply(q.text, ctx.examples());
};
