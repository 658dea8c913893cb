// A question that names an article as its source ("bottom line of the who-pays essay", "per the econ essay, why
// would clouds give credits…"): answered from that article's own facts, whichever topic they are filed under.
import type { Fact } from '../../knowledge/index.js';
import { Citer } from '../cite.js';
import { entityAnswer, MIN_FACT_SCORE, scoreFact, suggestionsFor } from '../lookup.js';
import { asksForList, leadingPassage, passageReply, rankPassages, type ScoredPassage } from '../passages.js';
import type { Reply } from '../types.js';
import type { Answerer } from './context.js';

/** Most points a summary of an article lists. */
const SUMMARY_POINTS = 5;
/** The point that answers, first, under its topic's name; the next best points of the article after it. */
function passageAnswer(index: Parameters<Answerer>[1]['index'], best: ScoredPassage, all: ScoredPassage[]): Reply {
  const why = "one of the article's points covers the question clearly better than the topic it names";
  return passageReply(index, best, all, suggestionsFor(index, best.fact.entity), why);
}

export const answerArticle: Answerer = (q, { index }) => {
  const articles = q.res.articles ?? [];
  if (!articles.length) return undefined;
  const from = (f: Fact) => f.point?.source ?? f.figure?.source ?? '';
  const ranked = index.facts
    .filter((f) => articles.includes(from(f)))
    .map((fact) => ({ fact, score: scoreFact(index, q.res, fact, q.lowered) }))
    .sort((a, b) => b.score - a.score);
  // A topic the question names ("per the econ essay, who eats the pre-training bill") is what it asks about, when
  // the article speaks of it; the article's other topics are searched only when it does not.
  const lead = q.lead;
  const summary = q.cues.has('article-summary');
  // …unless one of the article's points covers the question clearly better than anything filed under that topic:
  // "over how many years has the wiki's 2-3x growth been measured?" asks that point, not the topic's summary.
  // A figure asked that the article's best fact gives ("how much did the fourth Llama take to train?") is answered
  // with that figure, not a passage that happens to share more words.
  const figureFound = q.figureRequest && ranked[0]?.fact.figure && q.metrics.includes(ranked[0].fact.figure.metric);
  const list = asksForList(q.lowered);
  const passages = summary || figureFound ? [] : rankPassages(index, q.res.terms, articles, list);
  // A list asked ("the essay's examples of…"): the point naming several, ranked first, leads outright.
  const ratio = list ? 1 : undefined;
  if (lead && !summary && ranked.some((r) => r.fact.entity.id === lead.id && r.score >= MIN_FACT_SCORE)) {
    const point = leadingPassage(passages, lead.id, ratio);
    return point ? passageAnswer(index, point, passages) : undefined;
  }
  const top = ranked[0];
  if (!top || top.score < MIN_FACT_SCORE) return undefined;
  if (!summary) {
    const point = leadingPassage(passages, top.fact.entity.id, ratio);
    return point ? passageAnswer(index, point, passages) : entityAnswer(index, q.res, top.fact.entity, q.lowered);
  }
  // Key points, a bottom line: the article's best-matching statements across its topics, one line each.
  const citer = new Citer(index.kb);
  const points = ranked.filter((r) => r.fact.point && r.score >= top.score * 0.5).slice(0, SUMMARY_POINTS);
  const names = articles.map((id) => index.kb.sources.get(id)?.name ?? id);
  return {
    kind: 'answer',
    title: `${names.join(' / ')} — what it says`,
    // Each point under the topic it is filed under: "Two risks - its open models…" needs to say whose.
    lines: points.map((p) => `• ${p.fact.entity.name} — ${citer.point(p.fact.point!).slice(2)}`),
    fields: [],
    notes: [],
    sources: citer.sources(),
    suggestions: [...new Set(points.map((p) => p.fact.entity.name))].slice(0, 2).map((n) => `tell me about ${n}`),
  } satisfies Reply;
};
