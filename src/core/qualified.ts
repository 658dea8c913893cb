// A metric asked with a qualifier that narrows it ("Alibaba Cloud's standalone revenue", "raised before its IPO",
// "spent on salaries"): the subject's figures for that metric answer only when one of them holds the qualifier
// (cues.yaml `held_by`). Otherwise the narrower figure is missing and what the subject has is another measure.
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import type { Question } from './understand/question.js';

/** The metric asked and the qualifier none of the subject's figures for it holds, as labels. */
export interface Unheld {
  metric: string;
  qualifier: string;
}

/** The first metric asked that the subject has (or a near-synonym of it), when none of its figures for that metric
 * holds a qualifier the question puts on it. */
export function unheldQualifier(index: KnowledgeIndex, q: Question, subject: Entity): Unheld | undefined {
  if (!q.qualifiers.length) return undefined;
  // A metric the question states a sum for ("the startup that raised $3.05B") describes the subject; it is not asked.
  for (const metric of q.metrics.filter((m) => !q.givenMetrics.includes(m))) {
    const own = index.ownMetric(subject, metric);
    if (!own) continue;
    const figures = subject.figures.filter((f) => f.metric === own);
    for (const id of q.qualifiers) {
      const cue = index.kb.cues.get(id);
      if (!cue?.held_by || !cue.label || figures.some((f) => holds(f, cue.held_by!))) continue;
      if (cue.narrows && !cue.narrows.includes(own) && !cue.narrows.includes(metric)) continue;
      return { metric: index.kb.metrics.get(metric)?.label ?? metric, qualifier: cue.label };
    }
    return undefined;
  }
  return undefined;
}

/** Whether a figure's own description says it covers the qualified part. */
function holds(figure: Figure, words: string[]): boolean {
  const text = `${figure.scope} ${figure.of ?? ''} ${figure.note ?? ''} ${figure.period}`.toLowerCase();
  return words.some((w) => text.includes(w));
}
