// "If 50 companies split a $1B model, how much does each pay?", or the same from sourced figures.
import { splitCost } from '../scenarios.js';
import type { Answerer } from './context.js';

export const answerSplit: Answerer = (q, ctx) => splitCost(ctx.index, q.res, q.plain, q.amounts);
