// "How much electricity…": a measure none of the articles quantifies is declined, with no figure borrowed.
import { unknownReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerUntracked: Answerer = (q, ctx) =>
  q.untracked ? unknownReply(ctx.index, [q.untracked], { nearest: [] }) : undefined;
