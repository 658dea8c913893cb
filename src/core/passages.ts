// Passage-level retrieval: every point of the knowledge scored by how much of the question's content it covers,
// rare words weighing most (idf), a curated topic word more than a word of the prose. Used where the question names
// a specific point of an article ("over how many years has the 2-3x growth been measured?") and the topic it names
// would otherwise answer with its general summary.
import { type Fact, type KnowledgeIndex, stem } from '../knowledge/index.js';
import { STOPWORDS, words } from '../knowledge/normalize.js';
import { Citer, capitalise, HEADLINE_MAX } from './cite.js';
import type { Reply } from './types.js';

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
  /** How many distinct companies, models and licences the point names (worked out when a list question first needs
   * it): a point that lists is an answer to "which". */
  names?: number;
}

/** What each name beyond the first adds to a listing point's score for a list question (a share of it). */
const LISTED_NAME_BONUS = 0.3;
const LIST_VERBS = new Set(['name', 'list']);
/** Kinds of thing a "which X" question lists. */
const LISTED_KINDS = new Set(['organisations', 'models', 'licences']);
/** Words ending in "s" that are no plural noun. */
const NOT_PLURAL = new Set([
  'is',
  'was',
  'has',
  'does',
  'its',
  'this',
  'us',
  'plus',
  'less',
  'across',
  'gross',
  'whats',
]);

/** Whether a question asks for several things by kind: "which chinese startups…", "what licences count…", "name the
 * firms…", "who are the members…", "examples of…". A singular kind ("which cloud giant") asks for one. */
export function asksForList(lowered: string): boolean {
  if (/^(?:so |and |ok )?who (?:are|were)\b/.test(lowered)) return true;
  // "the essay's examples of a restrictive licence", "instances of open-washing": several asked by kind.
  if (/\b(examples|instances)\b(?: \w+)? (?:of|for)\b/.test(lowered)) return true;
  const m = /^(?:so |and |ok )?(?:which|what|name|list)(?: the| all)?((?: [\w-]+){1,3})(?: ([\w-]+))?/.exec(lowered);
  if (!m) return false;
  const group = m[1]!.trim().split(' ');
  // The plural is the kind asked only where the kind ends: before a verb or a preposition, or at the end
  // ("which startups are…", "name the firms in…"); "which cloud giant uses…" has a verb ending in s.
  return group.some(
    (w, k) =>
      w.length > 3 &&
      w.endsWith('s') &&
      !w.endsWith('ss') &&
      !NOT_PLURAL.has(w) &&
      KIND_ENDS.test(group[k + 1] ?? m[2] ?? ''),
  );
}

/** Words that may follow the plural noun a list question asks for (or nothing). */
const KIND_ENDS =
  /^(|are|were|do|does|did|have|has|had|in|of|on|at|from|that|which|who|whose|the|can|could|would|will|get|got|say|said|named|listed|caught|stuck|behind|per|does)$/;

/** Distinct companies, models and licences a text names, by the knowledge's own names for them. */
function namesIn(index: KnowledgeIndex, text: string): number {
  const toks = words(text);
  const ids = new Set<string>();
  for (let i = 0; i < toks.length; i++)
    for (let n = Math.min(index.maxAliasTokens, toks.length - i); n >= 1; n--) {
      // Tokens joined by one space are already an alias key.
      const hit = index.aliases.get(toks.slice(i, i + n).join(' '));
      const kept = [...(hit ?? [])].filter((id) => LISTED_KINDS.has(index.entity(id)?.kind ?? ''));
      if (kept.length === 1) {
        ids.add(kept[0]!);
        i += n - 1;
        break;
      }
    }
  return ids.size;
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
        map.set(f, {
          topics: stems(`${f.point.topics.join(' ')} ${f.entity.name}`),
          prose: stems(f.point.text),
        });
    TERMS.set(index, map);
  }
  return map;
}

/** Points from the given articles (all when none), best coverage of the question's stemmed terms first. A list
 * question (`list`) favours points that name several things: the members it asks for. */
export function rankPassages(
  index: KnowledgeIndex,
  terms: string[],
  articles: string[] = [],
  list = false,
): ScoredPassage[] {
  const map = termsOf(index);
  // Words of the article's own names ("the open-source economics essay") say where to look, not what about.
  const naming = new Set(
    articles.flatMap((id) => {
      const s = index.kb.sources.get(id);
      return s ? [...stems([s.name ?? '', s.title, ...(s.aliases ?? [])].join(' '))] : [];
    }),
  );
  // "Name the firms…", "list the labs…": the asking verb is no word of the answer.
  const asking = list ? LIST_VERBS : undefined;
  const distinct = [...new Set(terms)].filter((t) => !naming.has(t) && !asking?.has(t));
  const out: ScoredPassage[] = [];
  for (const [fact, t] of map) {
    if (articles.length && !articles.includes(fact.point!.source)) continue;
    let score = 0;
    for (const w of distinct) {
      const weight = t.topics.has(w) ? 1 : t.prose.has(w) ? PROSE_WEIGHT : 0;
      if (weight) score += weight * index.idf(w);
    }
    // Scaled, not added: a point that lists names but barely touches the question stays behind.
    if (score > 0 && list) {
      t.names ??= namesIn(index, fact.point!.text);
      if (t.names > 1) score *= 1 + LISTED_NAME_BONUS * (Math.min(t.names, 4) - 1);
    }
    if (score > 0) out.push({ fact, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The best passage when it covers the question clearly better than anything filed under `entityId`. */
export function leadingPassage(
  ranked: ScoredPassage[],
  entityId: string | undefined,
  ratio = PASSAGE_LEAD_RATIO,
): ScoredPassage | undefined {
  const best = ranked[0];
  if (!best || best.score < PASSAGE_MIN_SCORE || best.fact.entity.id === entityId) return undefined;
  const own = ranked.find((r) => r.fact.entity.id === entityId)?.score ?? 0;
  return best.score >= own * ratio ? best : undefined;
}

/** Most points a passage answer shows besides the one that leads, and how close to it they must score. */
const MORE_PASSAGES = 2;
const MORE_PASSAGE_RATIO = 0.6;

/** The point that answers, first, under its topic's name; the next best points after it, each under its topic. */
export function passageReply(
  index: KnowledgeIndex,
  best: ScoredPassage,
  all: ScoredPassage[],
  suggestions: string[],
  because: string,
): Reply {
  const citer = new Citer(index.kb);
  const entity = best.fact.entity;
  const more = all
    .filter((r) => r !== best && r.score >= best.score * MORE_PASSAGE_RATIO)
    .slice(0, MORE_PASSAGES)
    .map((r) =>
      r.fact.entity.id === entity.id
        ? citer.point(r.fact.point!)
        : `• ${r.fact.entity.name} — ${citer.point(r.fact.point!).slice(2)}`,
    );
  // A point too long for a chat preview goes under the topic's one-line description instead of leading.
  const point = citer.point(best.fact.point!);
  const lead = point.length - 2 <= HEADLINE_MAX ? [point.slice(2)] : [capitalise(entity.description), point];
  return {
    kind: 'answer',
    title: entity.name,
    lines: [...lead, ...more],
    fields: [],
    notes: [],
    sources: citer.sources(),
    suggestions,
    because,
  };
}
