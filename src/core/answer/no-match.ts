// Nothing in the question matched anything: say so and offer examples.
import { noMatchReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerNoMatch: Answerer = (q, ctx) => noMatchReply(q.text, ctx.examples());
