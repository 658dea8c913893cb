// A topic named by its alias but asked for a figure it lacks ("how fast are frontier training costs
// growing?"): the fact elsewhere that has that figure answers better.
import { topicAnswer } from '../lookup.js';
import type { Answerer } from './context.js';

export const answerFigureElsewhere: Answerer = (q, { index }) => {
  const elsewhere = topicAnswer(index, q.res, q.lowered, true);
  // A pronoun ("how many H100s do they have?") makes a list of candidates the right answer too.
  return elsewhere && (elsewhere.kind === 'answer' || (elsewhere.kind === 'clarify' && q.pronoun))
    ? elsewhere
    : undefined;
};
