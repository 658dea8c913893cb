// Follow-ups read against the conversation: "and what licence is it under?", "and revenue?", "and R1?",
// "compare it with GPT-4", "why?". A follow-up becomes the full question it stands for, which the engine
// then answers like any other; a question that names its own subject is left alone and replaces the context.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { contentWords } from '../../knowledge/normalize.js';
import type { Mention, Resolution } from '../resolve.js';
import { resolveQuery } from '../resolve.js';
import type { Reply } from '../types.js';
import type { ConversationContext, TurnAbout } from './context.js';

/** Words that open a follow-up: "and …", "what about …", "ok and …". */
const LEAD = /^\s*(?:(?:and|also|ok(?:ay)?|so|then|but|hmm|right)\b[\s,]*)*(?:(?:what|how) about\b\s*)?/i;
/** Pronouns that stand for the last subject; possessives become "<name>'s". */
const PRONOUN = /\b(it|its|they|their|them|this one|that one|the (?:model|company|startup|lab|firm))\b/gi;
/** Asking for a comparison, where a named thing and a pronoun are two different sides. */
const COMPARING = /\b(compare|compared|comparison|vs\.?|versus|than|against|with)\b/i;
/** A bare "why?" or "how come?" asks for the reasons behind the last answer. */
const BARE_WHY = /^\s*(?:and\s+|but\s+|ok(?:ay)?\s+)?(why|how come|why so|why is that|why's that)\s*\??\s*$/i;
/** At most this many words and no subject: an ellipsis ("per token?", "and in 2024?"). */
const ELLIPSIS_WORDS = 4;

/** Mentions that name or clearly describe one thing (not a weak cue). */
function subjectMentions(res: Resolution): Mention[] {
  return res.mentions.filter(
    (m) => m.via === 'alias' || m.via === 'fuzzy' || m.via === 'family' || (m.via === 'cue' && (m.strength ?? 0) >= 2),
  );
}

/** Name(s) the context's subjects go by in a rewritten question. */
function subjectName(index: KnowledgeIndex, context: ConversationContext, plural: boolean): string {
  const names = context.subjects.map((id) => index.entity(id)?.name).filter((n): n is string => Boolean(n));
  return plural && names.length > 1 ? names.slice(0, 2).join(' and ') : (names[0] ?? '');
}

function metricWords(index: KnowledgeIndex, metrics: string[]): string {
  return metrics
    .slice(0, 1)
    .map((m) => index.kb.metrics.get(m)?.label ?? m.replace(/_/g, ' '))
    .join(' ');
}

/** The question a follow-up stands for, or undefined when it is not one (or there is nothing to follow). */
export function resolveFollowUp(
  index: KnowledgeIndex,
  text: string,
  context: ConversationContext | undefined,
): string | undefined {
  if (!context?.subjects.length) return undefined;
  const name = subjectName(index, context, false);
  if (!name) return undefined;
  if (BARE_WHY.test(text)) return `why ${name} ${metricWords(index, context.metrics)}`.trim();

  const lead = LEAD.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length).trim();
  // The whole text: "what about Cohere?" shows an unknown name where "Cohere?" alone does not.
  const res = resolveQuery(index, text);
  const named = subjectMentions(res);
  const hasPronoun = new RegExp(PRONOUN.source, 'i').test(rest);
  const withMetric = (q: string) =>
    res.metrics.length ? q : `${q.replace(/[?.!\s]+$/, '')} ${metricWords(index, context.metrics)}`.trim();
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  if (named.length) {
    // "compare it with GPT-4": the pronoun is the other side, compared on the last metric unless one is named.
    if (hasPronoun && COMPARING.test(rest)) return withMetric(replacePronouns(rest, name, index, context));
    // "and R1?", "what about Llama 3?": the last question, about the new subject.
    const namedWords = named.reduce((n, m) => n + (m.end - m.start), 0);
    if (!res.metrics.length && words - namedWords <= 1 && (lead || words <= 3))
      return swapSubject(index, context, named[0]!, rest);
    return undefined;
  }
  // "what about Cohere?": a name we do not know is still a new subject, declined on its own.
  if (!rest || (res.unknownNames.length && !hasPronoun)) return undefined;
  if (hasPronoun)
    return COMPARING.test(rest)
      ? withMetric(replacePronouns(rest, name, index, context))
      : replacePronouns(rest, name, index, context);
  // "and revenue?", "per token?": no subject at all, so the last one is meant.
  if (lead || words <= ELLIPSIS_WORDS) return `${name} ${rest}`;
  return undefined;
}

/** Reply kinds whose title names what was answered; a clarification or notice keeps its own. */
const TITLED_KINDS = new Set<Reply['kind']>(['answer', 'comparison', 'calculation', 'unknown']);
/** Words of a follow-up shown as its aspect in a title ("licence"); longer asks show the metric or nothing. */
const MAX_ASPECT_WORDS = 3;

/**
 * A follow-up's reply titled with the subject it was read against and what was asked ("DeepSeek V3 — licence"),
 * so the asker sees which thing "it" was taken to be. A title that already names the subject and more is kept.
 */
export function titleFollowUp(index: KnowledgeIndex, reply: Reply, followUp: string): Reply {
  const subject = reply.about?.subjects[0];
  const name = subject ? index.entity(subject)?.name : undefined;
  if (!name || !TITLED_KINDS.has(reply.kind)) return reply;
  const title = reply.title.trim();
  const namesSubject = title.toLowerCase().includes(name.toLowerCase());
  if (namesSubject && title.length > name.length) return reply;
  const pronouns = new RegExp(PRONOUN.source, 'gi');
  const asked = contentWords(followUp.slice((LEAD.exec(followUp)?.[0] ?? '').length).replace(pronouns, ' '));
  const metric = reply.about?.metrics[0];
  const aspect = BARE_WHY.test(followUp)
    ? 'reasons'
    : metric
      ? (index.kb.metrics.get(metric)?.label ?? metric.replace(/_/g, ' '))
      : asked.length && asked.length <= MAX_ASPECT_WORDS
        ? asked.join(' ')
        : '';
  const head = namesSubject ? title : name;
  const rest = namesSubject ? '' : title;
  const parts = [head, aspect && !rest.toLowerCase().includes(aspect.toLowerCase()) ? aspect : '', rest];
  return { ...reply, title: parts.filter(Boolean).join(' — ') };
}

/** Pronouns replaced by the subject's name; "compare them", "both" mean the last two subjects. */
function replacePronouns(text: string, name: string, index: KnowledgeIndex, context: ConversationContext): string {
  const plural = COMPARING.test(text) || /\bboth\b/i.test(text) ? subjectName(index, context, true) : name;
  return text.replace(PRONOUN, (word: string) => {
    const w = word.toLowerCase();
    if (w === 'its') return `${name}'s`;
    if (w === 'their') return `${plural}'s`;
    if (w === 'they' || w === 'them') return plural;
    return name;
  });
}

/** The last question with its subject replaced by `mention`'s words; or the new subject and the last metric. */
function swapSubject(index: KnowledgeIndex, context: ConversationContext, mention: Mention, text: string): string {
  const typed = mention.text || text;
  const before = resolveQuery(index, context.question);
  const old = before.mentions.find((m) => m.ids.includes(context.subjects[0]!));
  if (old) {
    const from = before.tokens[old.start]!.start;
    const to = before.tokens[old.end - 1]!.end;
    return `${context.question.slice(0, from)}${typed}${context.question.slice(to)}`;
  }
  return `${typed} ${metricWords(index, context.metrics)}`.trim();
}

/**
 * What a reply was about: the entities the question names that the reply's title names (else its answer),
 * or the entity the title is about ("is llama open?" → Llama licence); `named` when the question named anything.
 */
export function describeTurn(index: KnowledgeIndex, question: string, reply: Reply): TurnAbout {
  const res = resolveQuery(index, question);
  const title = reply.title.toLowerCase();
  const body = reply.lines.join('\n').toLowerCase();
  const ids = [...new Set(res.mentions.flatMap((m) => m.ids))];
  const named = (text: string) => ids.filter((id) => text.includes(index.entity(id)?.name.toLowerCase() ?? '\0'));
  let subjects = named(title);
  if (!subjects.length) {
    const headline = title.split(' — ')[0]!;
    const titled = [...index.kb.entities.values()].find((e) => e.name.toLowerCase() === headline);
    subjects = titled ? [titled.id] : named(body).slice(0, 1);
  }
  return { question, subjects, metrics: res.metrics, named: subjectMentions(res).length > 0 };
}
