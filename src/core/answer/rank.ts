// "Which model cost the most to train?", "which models cost more than $100M?".
import { rankingAnswer } from '../ranking.js';
import type { Answerer } from './context.js';

export const answerRank: Answerer = (q, ctx) => rankingAnswer(ctx.index, q.res, q.text, q.lowered);
