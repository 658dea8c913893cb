// "help": the command list, generated from the specs.
import { botIdentityReply, helpReply } from '../replies.js';
import type { Answerer } from './context.js';

/** The whole list, or one line for "are you a bot?" / "who made you?" (the whole message asks who the bot is). */
export const answerHelp: Answerer = (q, ctx) =>
  q.cues.has('bot-identity') ? botIdentityReply() : helpReply(ctx.specs());
