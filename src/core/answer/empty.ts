// Nothing to read: say how to ask.
import { emptyReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerEmpty: Answerer = (_q, ctx) => emptyReply(ctx.examples());
