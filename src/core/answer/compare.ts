// Two or more things side by side: each side's figure and the computed ratio and difference.
import { compareAnswer } from '../compare.js';
import type { Answerer } from './context.js';

export const answerCompare: Answerer = (q, ctx) =>
  compareAnswer(ctx.index, q.res, q.candidates, q.lowered, q.explicitCompare);
