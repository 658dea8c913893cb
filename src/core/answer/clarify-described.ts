// Several equally good descriptions of things that all have the asked money figure ("the chinese model"):
// ask which one, showing each candidate's figure.
import { clarifyReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerClarifyDescribed: Answerer = (q, { index }) => {
  const cues = q.described.filter((m) => m.via === 'cue');
  const top = Math.max(0, ...cues.map((m) => m.strength ?? 0));
  const tied = cues.filter((m) => m.strength === top).map((m) => index.entity(m.ids[0]!)!);
  const withMetric = tied.filter((e) => e.figures.some((f) => q.metrics.includes(f.metric)));
  return withMetric.length >= 2 ? clarifyReply(index, q.text, withMetric, q.metrics) : undefined;
};
