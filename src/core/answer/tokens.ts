// "100M tokens at $0.07 per million", or a volume priced at every sourced per-million-token price.
import { tokensTimesPrice } from '../scenarios.js';
import type { Answerer } from './context.js';

export const answerTokens: Answerer = (q, ctx) => tokensTimesPrice(ctx.index, q.res, q.plain, q.amounts);
