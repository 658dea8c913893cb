// Several companies or models named beside an article ("in the econ essay's dual-licensing paragraph, which licences
// are given for Meta and for Mistral?"): what that article says of each, its best-covering point per subject, so
// the second subject is not dropped for the first one's summary.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { PASSAGE_MIN_SCORE, rankPassages } from '../passages.js';
import type { Reply } from '../types.js';
import type { Answerer } from './context.js';

/** Most subjects one reply covers. */
const MAX_SUBJECTS = 3;

/** Whether a point filed under `e` speaks of `subject`: its own, its models', or its models' licences. */
function speaksOf(index: KnowledgeIndex, e: Entity, subject: Entity): boolean {
  if (e.id === subject.id) return true;
  if (e.kind === 'models') return e.org === subject.id;
  if (e.kind === 'licences')
    for (const m of index.kb.entities.values())
      if (m.kind === 'models' && m.licence === e.id && m.org === subject.id) return true;
  return false;
}

export const answerArticleSubjects: Answerer = (q, { index }) => {
  const articles = q.res.articles ?? [];
  const subjects = [
    ...new Map(
      q.specific
        .filter((m) => m.via === 'alias' || m.via === 'fuzzy')
        .map((m) => index.entity(m.ids[0]!))
        .filter((e): e is Entity => e?.kind === 'organisations' || e?.kind === 'models')
        .map((e) => [e.id, e]),
    ).values(),
  ].slice(0, MAX_SUBJECTS);
  if (!articles.length || subjects.length < 2) return undefined;
  const passages = rankPassages(index, q.res.terms, articles);
  const picks = subjects.map((s) => passages.find((p) => speaksOf(index, p.fact.entity, s)));
  // Each subject needs a point that covers the question; otherwise the usual answer about the first one stands.
  if (picks.some((p) => !p || p.score < PASSAGE_MIN_SCORE)) return undefined;
  const citer = new Citer(index.kb);
  return {
    kind: 'answer',
    title: subjects.map((s) => s.name).join(' and '),
    lines: picks.map((p, k) => `• ${subjects[k]!.name} — ${citer.point(p!.fact.point!).slice(2)}`),
    fields: [],
    notes: [],
    sources: citer.sources(),
    suggestions: subjects.map((s) => `tell me about ${s.name}`),
  } satisfies Reply;
};
