// "Self-hosting vs API at 10M users": the sourced yearly costs, scaled to the user count asked.
import { selfHostVsApi } from '../scenarios.js';
import type { Answerer } from './context.js';

export const answerSelfHost: Answerer = (q, ctx) => selfHostVsApi(ctx.index, q.plain, q.amounts);
