// Feedback on answers: a 👍 or 👎 (then optionally why) is stored with the question, the kind of answer and the
// figures it showed; `/aiecon feedback` lists a channel's voted-down and unanswered questions.
import type { MessageContext, SubcommandHandler } from '../app/dispatcher.js';
import { feedbackListReply } from '../core/replies.js';
import type { Engine } from '../core/types.js';
import type { FeedbackReason, Platform, Store } from '../storage/store.js';

/** How far back `/aiecon feedback` looks. */
export const FEEDBACK_WINDOW_DAYS = 30;
/** Most lines of each kind `/aiecon feedback` lists. */
const MAX_LISTED = 10;
const REASONS: ReadonlySet<string> = new Set(['wrong_figure', 'wrong_thing', 'missing', 'other']);

/** What adapters call when someone rates an answer. */
export interface FeedbackService {
  /** Stores a vote on the answer to `question` (as the engine answered it); returns the vote's id, or undefined off-platform. */
  vote(question: string, vote: 1 | -1, ctx: MessageContext): Promise<number | undefined>;
  /** Adds a reason to a 👎; false for an unknown id or reason. */
  reason(id: number, reason: string): Promise<boolean>;
  command: SubcommandHandler;
}

const isPlatform = (s: MessageContext['surface']): s is Platform =>
  s === 'slack' || s === 'discord' || s === 'terminal';

/** Feedback over the store; the engine re-answers the question to record what the answer showed. */
export function createFeedback(options: {
  store: Pick<Store, 'recordFeedback' | 'setFeedbackReason' | 'downvotesSince' | 'missesSince'>;
  engine: Engine;
  now?: () => Date;
}): FeedbackService {
  const { store, engine } = options;
  const now = () => options.now?.() ?? new Date();
  return {
    async vote(question, vote, ctx) {
      if (!isPlatform(ctx.surface) || !question.trim()) return undefined;
      // Answers are a pure function of the question and the knowledge, so this is what the voter saw.
      const reply = engine.answer({ text: question, surface: ctx.surface });
      return store.recordFeedback({
        platform: ctx.surface,
        channelId: ctx.channelId,
        private: ctx.private,
        question,
        intent: (reply as { intent?: string }).intent ?? reply.kind,
        figures: reply.fields,
        vote,
        at: now(),
      });
    },
    async reason(id, reason) {
      return REASONS.has(reason) && (await store.setFeedbackReason(id, reason as FeedbackReason));
    },
    command: {
      spec: {
        name: 'feedback',
        usage: '',
        summary: 'lists answers voted down and questions I could not answer in this channel.',
        examples: ['feedback'],
      },
      async handle(_args, ctx) {
        const since = new Date(now().getTime() - FEEDBACK_WINDOW_DAYS * 86_400_000);
        if (!isPlatform(ctx.surface) || !ctx.channelId) return feedbackListReply([], [], FEEDBACK_WINDOW_DAYS);
        // Only this channel's: a question asked in a DM or another channel never shows here.
        const scope = { platform: ctx.surface, channelId: ctx.channelId };
        return feedbackListReply(
          await store.downvotesSince(since, scope, MAX_LISTED),
          (await store.missesSince(since, scope, MAX_LISTED)).top,
          FEEDBACK_WINDOW_DAYS,
        );
      },
    },
  };
}
