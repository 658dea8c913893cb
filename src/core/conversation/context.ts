// What a conversation remembers between turns: the subjects and metrics of the last answered question,
// the question as it was understood, and the figures it showed. Plain data, so the Store keeps it as JSON.
import { z } from 'zod';
import type { Reply, ReplyField } from '../types.js';

/** Figures kept per turn: enough for "per token?" or "why?" to refer back, small enough to store often. */
export const MAX_CONTEXT_FIGURES = 8;
/** Subjects kept: the newest first, then the ones before it. */
export const MAX_CONTEXT_SUBJECTS = 4;

/** The previous turns of one conversation (a thread, a DM, a reply chain, a terminal session), as the engine reads them. */
export interface ConversationContext {
  /** Entity ids the last answer was about, the main one first. */
  subjects: string[];
  /** Metric ids the last question asked for. */
  metrics: string[];
  /** The last question with any follow-up filled in: "and R1?" is read against it. */
  question: string;
  /** Figures the last answer showed. */
  figures: ReplyField[];
  /** The newest question as answered, whatever it was about: what a 👍 or 👎 on the newest answer refers to. */
  asked?: string;
}

/** What the engine read a question as; the engine sets it on the replies it answers. */
export interface TurnAbout {
  /** The question the engine answered, after a follow-up was filled in from the context. */
  question: string;
  subjects: string[];
  metrics: string[];
  /** Whether the question named or described anything; a turn that did but resolved to nothing clears the context. */
  named: boolean;
}

/** Validates context read back from storage; a malformed row counts as no context. */
export const conversationContextSchema = z.object({
  subjects: z.array(z.string()).max(10),
  metrics: z.array(z.string()).max(10),
  question: z.string().max(2_000),
  figures: z.array(z.object({ label: z.string(), value: z.string() })).max(MAX_CONTEXT_FIGURES),
  asked: z.string().max(2_000).optional(),
});

/**
 * The context after `reply`: a turn with a subject replaces it; one that named something it could not settle on
 * clears it (a stale subject would be worse than asking back); one that named nothing keeps the old one.
 */
export function nextContext(
  previous: ConversationContext | undefined,
  reply: Reply,
  asked: string,
): ConversationContext {
  const about = reply.about;
  const none: ConversationContext = { subjects: [], metrics: [], question: '', figures: [] };
  if (!about?.subjects.length) return { ...(about?.named ? none : (previous ?? none)), asked };
  // Earlier subjects stay behind the new ones, so "and Google?" then "compare them" means both.
  const subjects = [...new Set([...about.subjects, ...(previous?.subjects ?? [])])];
  return {
    subjects: subjects.slice(0, MAX_CONTEXT_SUBJECTS),
    metrics: about.metrics.slice(0, 10),
    question: about.question,
    figures: reply.fields.slice(0, MAX_CONTEXT_FIGURES),
    asked,
  };
}

/** Parses stored JSON into a context, or undefined when it is not one. */
export function parseContext(json: string): ConversationContext | undefined {
  try {
    const parsed = conversationContextSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
