// "H100 for a year: marketplace vs AWS", "how many H100-months for $1M" at the sourced rental rates.
import { gpuRental } from '../scenarios.js';
import type { Answerer } from './context.js';

export const answerRent: Answerer = (q, ctx) => gpuRental(ctx.index, q.res, q.plain, q.amounts);
