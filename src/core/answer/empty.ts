// Nothing to read: say how to ask; a message of emoji alone ("👍", "🙏🙏", "😂") is small talk, answered as such.
import { emptyReply, smallTalkReply } from '../replies.js';
import type { Answerer } from './context.js';

/** Emoji that thank or praise, and those that greet; any other emoji acknowledges. */
const THANKS_EMOJI =
  /[\u{1F44D}\u{1F64F}\u{2764}\u{1F44F}\u{1F64C}\u{1F4AF}\u{2B50}\u{1F31F}\u{2728}\u{1F525}\u{1F49A}\u{1F499}\u{1F49C}\u{1F9E1}\u{1F60D}\u{1F970}]/u;
const GREETING_EMOJI = /\u{1F44B}/u;
const EMOJI = /\p{Extended_Pictographic}/u;

export const answerEmpty: Answerer = (q, ctx) => {
  if (!EMOJI.test(q.text)) return emptyReply(ctx.examples());
  const kind = GREETING_EMOJI.test(q.text) ? 'greeting' : THANKS_EMOJI.test(q.text) ? 'thanks' : 'acknowledgement';
  return smallTalkReply(kind, ctx.examples());
};
