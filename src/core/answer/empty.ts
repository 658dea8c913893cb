// Nothing to read: say how to ask; a message made only of emoji that thank, greet or acknowledge ("👍", "🙏🙏",
// "👋", "😂") is small talk, answered as such. Other emoji ("🤖💸🚀") say nothing we can read.
import { emptyReply, smallTalkReply } from '../replies.js';
import type { Answerer } from './context.js';

/** Emoji by the kind of small talk they are (knowledge/cues.yaml ids). */
const EMOJI_KINDS: Array<[kind: string, emoji: RegExp]> = [
  ['greeting', /\u{1F44B}/u],
  [
    'thanks',
    /[\u{1F44D}\u{1F64F}\u{2764}\u{1F44F}\u{1F64C}\u{1F4AF}\u{2B50}\u{1F31F}\u{1F49A}\u{1F499}\u{1F49C}\u{1F9E1}\u{1F60D}\u{1F970}\u{1F91D}]/u,
  ],
  [
    'acknowledgement',
    /[\u{1F602}\u{1F923}\u{1F605}\u{1F604}\u{1F600}\u{1F601}\u{1F60A}\u{1F642}\u{1F609}\u{1F44C}\u{2705}\u{1F62E}\u{1F914}\u{1F606}]/u,
  ],
];
/** Marks that only change how an emoji looks (skin tones, the emoji variation selector, joiners) and spaces. */
const MODIFIERS = /\s|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]/gu;

export const answerEmpty: Answerer = (q, ctx) => {
  const chars = [...q.text.replace(MODIFIERS, '')];
  const kinds = chars.map((c) => EMOJI_KINDS.find(([, rx]) => rx.test(c))?.[0]);
  if (!chars.length || chars.length > 6 || kinds.some((k) => !k)) return emptyReply(ctx.examples());
  // The strongest kind present, in the order small talk ranks them: thanks, then greeting, then acknowledgement.
  const kind = ['thanks', 'greeting', 'acknowledgement'].find((k) => kinds.includes(k))!;
  return smallTalkReply(kind, ctx.examples());
};
