// "thanks", "hi", "ok": a short friendly line; nothing is searched and nothing is logged as unanswered.
import { SMALL_TALK, smallTalkReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerSmallTalk: Answerer = (q, ctx) => {
  const kind = Object.keys(SMALL_TALK).find((k) => q.cues.has(k));
  return kind ? smallTalkReply(kind, ctx.examples()) : undefined;
};
