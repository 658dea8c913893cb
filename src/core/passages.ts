// Passage-level retrieval: every point of the knowledge scored by how much of the question's content it covers,
// rare words weighing most (idf), a curated topic word more than a word of the prose. Used where the question names
// a specific point of an article ("over how many years has the 2-3x growth been measured?") and the topic it names
// would otherwise answer with its general summary.
import { type Fact, type KnowledgeIndex, stem } from '../knowledge/index.js';
import { STOPWORDS, words } from '../knowledge/normalize.js';

/** A point with how well it covers the question. */
export interface ScoredPassage {
  fact: Fact;
  score: number;
}

/** A word of the prose counts this much of a topic word: topics are what the point is about, prose may mention. */
const PROSE_WEIGHT = 0.7;
/** How far the best passage must beat the named topic's own best before it leads the answer. */
export const PASSAGE_LEAD_RATIO = 1.3;
/** Least coverage for a passage to lead: about two telling words. */
export const PASSAGE_MIN_SCORE = 6;

interface PassageTerms {
  topics: Set<string>;
  prose: Set<string>;
}

const TERMS = new WeakMap<KnowledgeIndex, Map<Fact, PassageTerms>>();
const stems = (text: string) =>
  new Set(
    words(text)
      .filter((w) => !STOPWORDS.has(w))
      .map(stem),
  );

function termsOf(index: KnowledgeIndex): Map<Fact, PassageTerms> {
  let map = TERMS.get(index);
  if (!map) {
    map = new Map();
    // A point filed under "Studies cited by the economics essay" is about studies cited: its topic's name counts.
    for (const f of index.facts)
      if (f.point)
        map.set(f, { topics: stems(`${f.point.topics.join(' ')} ${f.entity.name}`), prose: stems(f.point.text) });
    TERMS.set(index, map);
  }
  return map;
}

/** Points from the given articles (all when none), best coverage of the question's stemmed terms first. */
export function rankPassages(index: KnowledgeIndex, terms: string[], articles: string[] = []): ScoredPassage[] {
  const map = termsOf(index);
  // Words of the article's own names ("the open-source economics essay") say where to look, not what about.
  const naming = new Set(
    articles.flatMap((id) => {
      const s = index.kb.sources.get(id);
      return s ? [...stems([s.name ?? '', s.title, ...(s.aliases ?? [])].join(' '))] : [];
    }),
  );
  const distinct = [...new Set(terms)].filter((t) => !naming.has(t));
  const out: ScoredPassage[] = [];
  for (const [fact, t] of map) {
    if (articles.length && !articles.includes(fact.point!.source)) continue;
    let score = 0;
    for (const w of distinct) {
      const weight = t.topics.has(w) ? 1 : t.prose.has(w) ? PROSE_WEIGHT : 0;
      if (weight) score += weight * index.idf(w);
    }
    if (score > 0) out.push({ fact, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The best passage when it covers the question clearly better than anything filed under `entityId`. */
export function leadingPassage(ranked: ScoredPassage[], entityId: string | undefined): ScoredPassage | undefined {
  const best = ranked[0];
  if (!best || best.score < PASSAGE_MIN_SCORE || best.fact.entity.id === entityId) return undefined;
  const own = ranked.find((r) => r.fact.entity.id === entityId)?.score ?? 0;
  return best.score >= own * PASSAGE_LEAD_RATIO ? best : undefined;
}
