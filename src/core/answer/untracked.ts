// "How much electricity…", "Sam Altman's salary", "who is Mistral's CEO": a measure none of the articles
// quantifies is declined, with no figure borrowed; a point that names the measure may follow, labelled.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { unknownReply } from '../replies.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';

/** Declined as the measure of the person named ("Sam Altman's pay"), else of the subject ("Anthropic's head count"),
 * else the measure alone; a point of the subject that names the measure ("CEO Dario Amodei has said…") follows. */
export const answerUntracked: Answerer = (q, ctx) => {
  if (!q.untracked) return undefined;
  const person = personNamed(ctx.index, q.plain);
  // "Microsoft's stake in OpenAI": a measure between two companies is the first named one's.
  const between = [...q.cues].some((id) => {
    const cue = ctx.index.kb.cues.get(id);
    return cue?.first_named && cue.declines_as === q.untracked;
  });
  const buyer = between ? firstCompany(ctx.index, q) : undefined;
  const subject = person?.org ?? (typeof buyer === 'object' ? buyer : undefined) ?? q.lead;
  // A model only the data sets know ("GPT-4o's latency"): the one their answer is about.
  const dataSubject =
    q.data && 'reply' in q.data && q.data.reply.kind === 'answer' ? q.data.reply.title.split(' — ')[0] : undefined;
  // The data sets' model when typed in full ("gemini 2.5 pro latency"), not the article family the name fell back to.
  const typed = dataSubject !== undefined && q.res.words.join(' ').includes(phraseKey(dataSubject));
  const whose =
    person?.name ??
    (typeof buyer === 'object' ? buyer.name : buyer) ??
    (typed ? dataSubject : undefined) ??
    subject?.name ??
    dataSubject;
  const word = new RegExp(`\\b${escapeRegExp(q.untracked)}\\b`, 'i');
  // Only for a role asked: a point naming "CEO" may name the person; "pay" would find "pays off".
  const points = q.untrackedWho ? (subject?.points.filter((p) => word.test(p.text)) ?? []) : [];
  return unknownReply(ctx.index, [whose ? `${whose}'s ${q.untracked}` : q.untracked], {
    nearest: [],
    about: points.length ? subject : undefined,
    points,
    notFigure: q.untrackedWho,
  });
};

/** The company named first: a known one, or a name the knowledge lacks ("microsoft's stake in openai"), as typed. */
function firstCompany(index: KnowledgeIndex, q: Question): Entity | string | undefined {
  const known = q.specific
    .map((m) => ({ at: q.plain.indexOf(m.text.toLowerCase()), e: index.entity(m.ids[0]!) }))
    .filter((x) => x.at >= 0 && x.e?.kind === 'organisations');
  const unknown = q.unknownNames.map((n) => ({ at: q.plain.indexOf(n.toLowerCase()), n })).filter((x) => x.at >= 0);
  const first = [...known, ...unknown].sort((a, b) => a.at - b.at)[0];
  if (!first) return undefined;
  return 'e' in first ? first.e : first.n;
}

/** A person the knowledge names as part of a company ("Sam Altman" of OpenAI), written in the question. */
function personNamed(index: KnowledgeIndex, plain: string): { name: string; org: Entity } | undefined {
  for (const e of index.kb.entities.values()) {
    if (e.kind !== 'organisations' || !e.people?.length) continue;
    for (const name of e.people) {
      // "Zuckerberg's net worth": a full name, or its surname alone.
      const surname = name.split(' ').at(-1)!.toLowerCase();
      const forms = surname.length >= 4 ? [name.toLowerCase(), surname] : [name.toLowerCase()];
      if (name.includes(' ') && forms.some((f) => new RegExp(`\\b${escapeRegExp(f)}\\b`).test(plain)))
        return { name, org: e };
    }
  }
  return undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
