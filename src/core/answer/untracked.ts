// "How much electricity…": a measure none of the articles quantifies is declined, with no figure borrowed.
import { unknownReply } from '../replies.js';
import type { Answerer } from './context.js';

/** Declined as the subject's measure when one is named ("Anthropic's head count"), else the measure alone. */
export const answerUntracked: Answerer = (q, ctx) =>
  q.untracked
    ? unknownReply(ctx.index, [q.lead ? `${q.lead.name}'s ${q.untracked}` : q.untracked], { nearest: [] })
    : undefined;
