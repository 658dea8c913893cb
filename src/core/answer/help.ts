// "help": the command list, generated from the specs.
import { helpReply } from '../replies.js';
import type { Answerer } from './context.js';

export const answerHelp: Answerer = (_q, ctx) => helpReply(ctx.specs());
