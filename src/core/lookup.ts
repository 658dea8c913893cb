// Answers "what/how much/is" questions: picks the entity, ranks its facts against the question, and
// states the best figures with scope, basis, period and source; lists candidates when a name is ambiguous.
import { type Fact, hasAllTerms, type KnowledgeIndex, stem } from '../knowledge/index.js';
import { STOPWORDS } from '../knowledge/normalize.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { Citer, capitalise } from './cite.js';
import { formatFigureValue, formatMoney } from './format.js';
import { leadingPassage, passageReply, rankPassages } from './passages.js';
import { partsLine, partsNamed, relatedHolder } from './related-figure.js';
import { clarifyReply, unknownReply } from './replies.js';
import type { Mention, Resolution } from './resolve.js';
import { detectMetrics } from './resolve.js';
import type { Reply } from './types.js';

/** A fact with its score for this question. */
interface Scored {
  fact: Fact;
  score: number;
}

/** Retrieval score below which a fact is not an answer to anything. */
export const MIN_FACT_SCORE = 2.2;
/** What a fact from the article the question names gains: about one telling word's worth. */
const ARTICLE_NAMED_BOOST = 2;
/** Most facts (points and figures) one reply shows. */
const MAX_POINTS = 6;
/** A point from another topic answers a reasons question only when it covers about four telling words… */
const EXPLAIN_MIN_SCORE = 12;
/** …and half again as much as the found topic's best point. */
const EXPLAIN_LEAD_RATIO = 1.5;
const MAX_FIELDS = 6;

/** "who made the chips" asks the chips' maker, which the model's hardware figure names, not the model's maker. */
const ORG_WORDS =
  /\b(maker|makers|company behind|firm behind|lab behind|developer of|developers of|creator|creators|owner|parent|who (made|makes|built|builds|owns|develops|developed|trained|released))\b(?! (?:the |its |those |these |their )?(?:chips?|gpus?|accelerators?|hardware|cards?|silicon)\b)/;
/** "is it open source?", "what licence": questions a licence answers best. */
const OPENNESS =
  /\b(open source|open sourced|truly open|actually open|really open|open weight|licen[cs]e[ds]?|licensing|restrictions?|commercial use|commercially|monthly (active )?users|mau)\b/;
const HOW_MUCH =
  /\bhow (much|many|big|large|expensive|cheap)\b|\bin dollars\b|^\s*what did\b|^\s*what (would|will|could|might|does|do) (it|that|this|they) (cost|charge|run)\b|^\s*(which|who)\b.*\b(most|least|highest|lowest|biggest|largest|cheapest)\b/;
const WHAT =
  /^\s*(what|whats|what's)\b(?! (could|would|should|will|can|happens|if|makes|drives|driving|pushing|causing|behind|is (making|driving|pushing|causing|behind)|are the (risks?|options|reasons|drivers)))/;
const NOT_TERSE = /^\s*(is|are|do|does|did|can|could|should|would|will|once|if|when|why|how|who|whos|who's|which)\b/;

/** Whether a question asks for a number: "how much…", "what's X's revenue", or a terse "deepseek training bill?".
 * "What is model routing and how does it save money?" asks what something is, so a "what" counts only with a
 * metric word early on. Memoised on the resolution: fact scoring asks for every fact. */
export function isFigureRequest(res: Resolution, lowered: string): boolean {
  if (res.figureRequest !== undefined) return res.figureRequest;
  let answer: boolean;
  if (HOW_MUCH.test(lowered)) answer = true;
  else if (WHAT.test(lowered))
    answer =
      res.metricEarly ||
      (res.metrics.length > 0 && !/\b(and|or) (how|why|what)\b/.test(lowered) && res.words.length <= 12);
  else if (
    NOT_TERSE.test(lowered) ||
    /\b(which way|going|heading|trend|trends|direction|why|driving|drives|pushing|causing|reasons?)\b/.test(lowered)
  )
    answer = false;
  // A year narrows the figure asked ("… back in 2023?"); it makes the question no less terse.
  else answer = res.metrics.length > 0 && res.words.filter((w) => !STOPWORDS.has(w) && !YEAR_WORD.test(w)).length <= 6;
  res.figureRequest = answer;
  return answer;
}

/** A year written as a word of the question ("2023"). */
const YEAR_WORD = /^(19|20)\d\d$/;

/** Questions that ask for reasons or mechanisms rather than a number. */
const EXPLANATORY =
  /^(why|how (do|does|did|can|could|would|should|is|are|will)|explain|what (does|do|is|are) (the )?(point|idea|case|argument|risk|logic|meaning))\b|\bwhere (does|do|did) (the|all|that|this|it|rest)\b/;
const QUESTION_WORDS = new Set(['how', 'what', 'which', 'when', 'where', 'why', 'who', 'whats']);
/** Words of a second question that stand for the first one's subject. */
const REFERRING = new Set(['that', 'it', 'this', 'its', 'those', 'these', 'they', 'them']);
const COMPUTE_WORDS = /\bcompute[- ]only\b|\bcompute\b|\bgpu hours\b/;
const TOTAL_WORDS = /\btotal\b|\ball[- ]in\b|\breal cost\b|\bfull cost\b/;

/** The question's words that favour some facts, read once per question rather than once per fact scored. */
interface QuestionWords {
  compute: boolean;
  total: boolean;
  tokens: boolean;
  month: boolean;
  year: boolean;
  multiple: boolean;
  openness: boolean;
}
let lastLowered: string | undefined;
let lastWords: QuestionWords | undefined;
function questionWords(lowered: string): QuestionWords {
  if (lowered !== lastLowered || !lastWords) {
    lastLowered = lowered;
    lastWords = {
      compute: COMPUTE_WORDS.test(lowered),
      total: TOTAL_WORDS.test(lowered),
      tokens: /\btoken/.test(lowered),
      month: /\b(month|monthly|rent|rental|gpu|h 100)\b/.test(lowered),
      year: /\b(year|yearly|annual|annually)\b/.test(lowered),
      multiple: /\bhow many times\b|\bfold\b|\btimes (more|less|cheaper|bigger)\b/.test(lowered),
      openness: OPENNESS.test(lowered),
    };
  }
  return lastWords;
}

/** Scores one fact for the question: metric match, scope words, year, and BM25 over its terms. */
export function scoreFact(index: KnowledgeIndex, res: Resolution, fact: Fact, lowered: string): number {
  let s = index.score(fact, res.terms);
  // Every word of the entity's name in the question ("AI API spending") is nearly as good as its alias.
  const name = index.nameStems.get(fact.entity.id);
  if (name && name.length >= 2 && hasAllTerms(res.terms, name)) s += 4;
  // "Per the econ essay…": the article named is where the answer is.
  const from = fact.figure?.source ?? fact.point?.source;
  if (from && res.articles?.includes(from)) s += ARTICLE_NAMED_BOOST;
  const f = fact.figure;
  if (f) {
    const rank = res.metrics.indexOf(f.metric);
    // Every asked-for metric counts; the longest phrase matched gets a small edge, the words decide the rest.
    // A question that asks for reasons rather than a number lets prose compete on its words.
    if (rank >= 0) s += !isFigureRequest(res, lowered) ? 2 : rank === 0 ? 6.5 : 6;
    const asks = questionWords(lowered);
    if (asks.compute && /compute|gpu/i.test(f.scope)) s += 2;
    if (asks.total && /total|all/i.test(f.scope)) s += 2;
    if (res.years.length && res.years.some((y) => f.period.includes(y))) s += 1.5;
    // Unit words in the question ("per million tokens", "a month") pick figures in that unit.
    if (f.unit === 'money/Mtok' && asks.tokens) s += 2;
    if (f.unit === 'money/month' && asks.month) s += 2;
    if (f.unit === 'money/year' && asks.year) s += 1;
    if (f.unit === 'multiple' && asks.multiple) s += 2;
  } else if (fact.point) {
    s += 0.5; // prose that matches as well as a figure usually explains more
    if (
      questionWords(lowered).openness &&
      (fact.entity.kind === 'licences' ||
        /licen[cs]|open[- ]source|open-weight|truly open/i.test(`${fact.point.text} ${fact.point.topics.join(' ')}`))
    )
      s += 3;
  } else {
    s *= 0.6; // the entity's description: a fallback, not an answer
  }
  return s;
}

function rank(index: KnowledgeIndex, res: Resolution, facts: Fact[], lowered: string): Scored[] {
  return facts.map((fact) => ({ fact, score: scoreFact(index, res, fact, lowered) })).sort((a, b) => b.score - a.score);
}

function factsOf(index: KnowledgeIndex, entity: Entity): Fact[] {
  const own = [...(index.factsByEntity.get(entity.id) ?? [])];
  // A model's licence answers "is it open?" questions about the model; an organisation's models' licences about it.
  const licences = new Set<string>();
  if (entity.kind === 'models' && entity.licence) licences.add(entity.licence);
  if (entity.kind === 'organisations')
    for (const e of index.kb.entities.values())
      if (e.kind === 'models' && e.org === entity.id && e.licence) licences.add(e.licence);
  for (const id of licences) own.push(...(index.factsByEntity.get(id) ?? []).filter((f) => f.point));
  return own;
}

/** Entities that belong under an organisation or family name and carry the metric ("what did DeepSeek cost?"). */
function children(index: KnowledgeIndex, entity: Entity, metrics: string[]): Entity[] {
  const out: Entity[] = [];
  for (const e of index.kb.entities.values()) {
    if (e.id === entity.id) continue;
    const belongs =
      (e.kind === 'models' && e.org === entity.id) ||
      (e.family && e.family === entity.family && entity.kind !== 'models');
    if (belongs && e.figures.some((f) => metrics.includes(f.metric))) out.push(e);
  }
  return out;
}

/** The question's words without those of names for other things than `id`, when `id` is named itself. */
function outsideOtherNames(res: Resolution, id: string, lowered: string): string {
  // Only a thing the user named has a name of its own to tell apart; one found by retrieval is read as before.
  const named = res.mentions.some((m) => m.via === 'alias' && m.ids.length === 1 && m.ids[0] === id);
  if (!named || res.words.join(' ') !== lowered) return lowered;
  const inOther = (k: number) =>
    res.mentions.some((m) => m.via !== 'cue' && !m.ids.includes(id) && k >= m.start && k < m.end);
  return res.words.filter((_, k) => !inOther(k)).join(' ');
}

/** Kinds of subject a size word means something different for (metrics.yaml `by_kind`). */
type SizedKind = 'models' | 'organisations' | 'markets';

/** Whether the words hold the phrase as whole words. */
const holdsPhrase = (joined: string, phrase: string) => joined.includes(` ${phrase} `);

/** "How big is Meta?": when size words are all the question asks and the subject holds none of their metrics, they
 * ask what size is for a thing of its kind (metrics.yaml `by_kind`): an organisation's revenue, a model's parameter
 * count, a market's size. A metric named by its own words ("parameters", "market cap", "market size") keeps the
 * question as it is; a trend or topic word beside them ("the company behind…" reads "behind" as a gap) does not. */
export function sizeReading(index: KnowledgeIndex, entity: Entity, metrics: string[], words: string[]): string[] {
  if (!metrics.length || entity.figures.some((f) => metrics.includes(f.metric))) return metrics;
  const joined = ` ${words.join(' ')} `;
  const defs = metrics.map((m) => {
    const def = index.kb.metrics.get(m);
    const own = def?.keywords.filter((k) => !def.by_kind?.words.includes(k)) ?? [];
    // Named by a size word only: none of the metric's own keywords is in the question outside a size word.
    const sizeOnly =
      def?.by_kind?.words.some((w) => holdsPhrase(joined, w)) && !own.some((k) => holdsPhrase(joined, k));
    return sizeOnly ? def!.by_kind : undefined;
  });
  if (!defs.some(Boolean) || metrics.some((m, i) => !defs[i] && !index.isGeneral(m))) return metrics;
  const holds = (m: string) => entity.figures.some((f) => f.metric === m);
  const read = metrics.map((m, i) => {
    const near = defs[i]?.near[entity.kind as SizedKind];
    return near ? (near.find(holds) ?? near[0]!) : m;
  });
  return [...new Set(read)];
}

/** The metrics asked, as the subject can answer them: size words by its kind (`sizeReading`), else the metric asked
 * first by its first near-synonym the subject holds ("how much has Meta invested in AI" → its AI spend). Only the
 * first: a metric asked beside it ("spend on training") leaves a missing training cost asked, never stood in for. */
export function askedOf(index: KnowledgeIndex, entity: Entity, metrics: string[], words: string[]): string[] {
  const sized = sizeReading(index, entity, metrics, words);
  if (sized !== metrics || !metrics.length || entity.figures.some((f) => metrics.includes(f.metric))) return sized;
  const near = index.ownMetric(entity, metrics[0]!);
  return near ? [...new Set([near, ...metrics.slice(1)])] : metrics;
}

/** Builds the reply for one entity. */
export function entityAnswer(
  index: KnowledgeIndex,
  asked: Resolution,
  entity: Entity,
  lowered: string,
  preface: string[] = [],
): Reply {
  const sized = askedOf(index, entity, asked.metrics, asked.words);
  const res = sized === asked.metrics ? asked : { ...asked, metrics: sized };
  const citer = new Citer(index.kb);
  const ranked = rank(index, res, factsOf(index, entity), lowered);
  const wanted = res.metrics;
  const hasMetric = wanted.length > 0 && entity.figures.some((f) => wanted.includes(f.metric));
  const moneyAsked = wanted.some((m) => index.isMoney(m));

  // "gross margin of the GLM maker": a model's organisation answers for money it makes or spends. A maker word
  // inside another name ("the facebook parent's 405B model") does not ask for the maker.
  const makerAsked = ORG_WORDS.test(outsideOtherNames(res, entity.id, lowered));
  if (entity.kind === 'models' && entity.org && (makerAsked || (wanted.length && !hasMetric))) {
    const org = index.entity(entity.org);
    // Only the metric asked first moves the question to the maker: "training Qwen" is not Alibaba's AI spend.
    if (org && (makerAsked || org.figures.some((f) => f.metric === wanted[0])))
      return entityAnswer(index, res, org, lowered.replace(ORG_WORDS, ' '), preface);
  }

  // "How fast are frontier training costs growing?": the growth asked beside the topic's name is a related topic's.
  const holder = EXPLANATORY.test(lowered) ? undefined : relatedHolder(index, res, entity);
  if (holder) return entityAnswer(index, res, holder, lowered, preface);

  // "What did Moonshot say it cost to train?": a company lacking a model's figure that only one of its models holds
  // is asked about that model, however the question is worded.
  const moneyFirst = wanted.find((m) => index.isMoney(m));
  if (entity.kind === 'organisations' && moneyFirst && !entity.figures.some((f) => f.metric === moneyFirst)) {
    const only = children(index, entity, [moneyFirst]);
    if (only.length === 1 && !hasMetric) return entityAnswer(index, res, only[0]!, lowered, preface);
  }

  // "Why do banks lean to self-hosting?" found under a neighbouring topic: the point that covers the question's
  // words far better than anything filed under that topic answers it.
  if (EXPLANATORY.test(lowered) && !isFigureRequest(res, lowered) && !preface.length) {
    const passages = rankPassages(index, res.terms);
    const best = leadingPassage(passages, entity.id, EXPLAIN_LEAD_RATIO);
    if (best && best.score >= EXPLAIN_MIN_SCORE) {
      const why = 'a reasons question whose words one point covers far better than the topic found';
      return passageReply(index, best, passages, suggestionsFor(index, best.fact.entity), why);
    }
  }

  // "Why would they make weapons?" is not a revenue question, and a concept has no bill of its own: prose answers.
  const explanatory = EXPLANATORY.test(lowered) || entity.kind === 'concepts' || !isFigureRequest(res, lowered);
  // "when is deepseek going public and at what valuation": a company asked when something happens, with only figures
  // it has none of (no near-synonym either), is told so, not shown its profile as if that answered it.
  const noneHeld =
    entity.kind === 'organisations' &&
    wanted.length > 0 &&
    !hasMetric &&
    /^\s*when\b/.test(lowered) &&
    res.metrics.every((m) => !index.ownMetric(entity, m));
  if (wanted.length && !hasMetric && ((moneyAsked && !explanatory) || noneHeld)) {
    // "OpenAI's operating costs": a company's metric asked first is not one of its models' ("costs" also reads as a
    // training cost), so the models are no candidates.
    const kids = children(index, entity, [wanted[0]!]).length
      ? children(
          index,
          entity,
          wanted.filter((m) => index.isMoney(m)),
        )
      : [];
    // "Google's $191M model": a figure quoted in the question picks the child.
    const quoted = kids.find((k) => res.mentions.some((m) => m.via === 'number' && m.ids.includes(k.id)));
    if (quoted) return entityAnswer(index, res, quoted, lowered, preface);
    if (kids.length > 1) return clarifyReply(index, entity.name, kids, wanted, preface);
    if (kids.length === 1) return entityAnswer(index, res, kids[0]!, lowered, preface);
    // Say plainly there is no such figure; prose that bears on it (e.g. "revenue unclear") follows.
    // The first money metric asked, or a sum asked first that stands near one: "OpenAI's operating costs" is declined
    // as such, not as the training cost "costs" also reads as.
    const sumNear = (m: string) => index.kb.metrics.get(m)?.near?.some((n) => index.isMoney(n)) ?? false;
    const asked = wanted.find((m, k) => index.isMoney(m) || (k === 0 && sumNear(m))) ?? wanted[0]!;
    const labelOf = (m: string) => index.kb.metrics.get(m)?.label ?? m;
    const label = noneHeld ? [...new Set(res.metrics.map(labelOf))].join(' or ') : labelOf(asked);
    const related = ranked
      .filter((r) => r.fact.point && r.score >= MIN_FACT_SCORE)
      .slice(0, 2)
      .map((r) => r.fact.point!);
    return unknownReply(index, [`${entity.name}'s ${label}`], { about: entity, preface, points: related });
  }

  const top = ranked[0];
  const lines: string[] = [...preface];
  const fields = [] as Reply['fields'];
  const notes: string[] = [];
  let title = entity.name;
  const shown = new Set<Fact>();

  // "How does Mistral make money?" with no revenue figure: a reasons question answers in prose, not with the money
  // it raised (another metric's figure) as the headline.
  const proseAnswers = entity.kind === 'organisations' && EXPLANATORY.test(lowered) && wanted.length > 0 && !hasMetric;
  if (top?.fact.figure && !proseAnswers) {
    const metric = top.fact.figure.metric;
    const group = entity.figures.filter((f) => f.metric === metric);
    const groupFacts = ranked.filter((r) => r.fact.figure && r.fact.figure.metric === metric);
    // When the question names a year, keep figures of that year if there are any.
    const yearFiltered = res.years.length ? group.filter((f) => res.years.some((y) => f.period.includes(y))) : group;
    const dated = yearFiltered.length ? yearFiltered : group;
    // "What share is networking?" asks for one part of a breakdown, not the whole list.
    const parts = partsNamed(index, res, entity, dated);
    const main = parts ?? dated;
    // Asked for a year the sources do not give: say so before offering the years they do.
    if (res.years.length && !yearFiltered.length && isFigureRequest(res, lowered)) {
      lines.push(
        `I don't have a sourced ${citer.metricLabel(top.fact.figure)} for ${entity.name} in ${res.years.join(' or ')}; the figures I have are for other periods:`,
      );
    }
    // The title names the entity and the metric, so the first line starts with the figure itself.
    const head = citer.headline(entity, main, 'none');
    // Two or more parts of one breakdown read best as value-and-part pairs; the full provenance goes to fields.
    const several = parts && parts.length > 1 && head.fields.length > 0;
    lines.push(several ? partsLine(citer, parts) : head.line);
    fields.push(...head.fields);
    // "per year" asked of a multi-year total: divide and say so.
    if (/\b(per year|a year|each year|annual|annually|yearly|spread)\b/.test(lowered)) {
      for (const f of main) {
        const years = /\b(\d+|two|three|four|five)[- ]years?\b/.exec(`${f.period} ${f.scope}`)?.[1];
        const n = years
          ? (({ two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[years] ?? Number(years))
          : 0;
        if (n > 1 && f.value !== undefined && f.unit === 'money')
          lines.push(
            `Spread evenly that is about ${formatMoney(f.value / n, f.currency)} a year (computed: ${formatMoney(f.value, f.currency)} ÷ ${n} years).`,
          );
      }
    }
    for (const f of main) {
      const note = f.note ? `${capitalise(f.note)} [${citer.nameOf(f.source)}].` : undefined;
      if (note && !notes.includes(note)) notes.push(note);
    }
    for (const g of groupFacts) if (main.includes(g.fact.figure!)) shown.add(g.fact);
    title = `${entity.name} — ${citer.metricLabel(top.fact.figure)}`;
    // A second asked-for metric ("cost … and on what hardware?") gets its own sentence.
    for (const m of wanted.slice(0, 3)) {
      if (m === metric) continue;
      const more = entity.figures.filter((f) => f.metric === m);
      if (more.length) {
        const second = citer.headline(entity, more, 'metric');
        lines.push(second.line);
        fields.push(...second.fields);
        for (const r of ranked) if (r.fact.figure && r.fact.figure.metric === m) shown.add(r.fact);
      }
    }
  } else if (
    entity.kind === 'concepts' ||
    entity.kind === 'markets' ||
    !top ||
    top.fact.point ||
    !top.fact.figure ||
    proseAnswers
  ) {
    lines.push(capitalise(entity.description));
  }
  // A second part asking for a figure this entity lacks ("…and how fast have costs grown each year?"): the best
  // sourced figure for it elsewhere, named with its own entity.
  const andAt = res.words.lastIndexOf('and');
  // A second question has its own question word ("…and how fast…"); "non-profits and research collectives" is one.
  if (andAt > 0 && res.words.slice(andAt + 1).some((w) => QUESTION_WORDS.has(w))) {
    // Only metrics named after the "and" and not before it belong to the second part.
    const firstPart = new Set(detectMetrics(index, res.words.slice(0, andAt)));
    const asked = new Set(detectMetrics(index, res.words.slice(andAt + 1)).filter((m) => !firstPart.has(m)));
    for (const f of entity.figures) asked.delete(f.metric);
    // The figure found elsewhere must be about a word of that part besides the metric: "…and who's cheaper?" asks
    // about the options above, not about some model's training cost ("cheaper" is a cost word).
    const second = res.words.slice(andAt + 1);
    const telling = second
      .filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !index.metricWords.has(w))
      .map(stem)
      .filter((t) => !index.metricStems.has(t));
    // "…and how quickly has that been growing?": the pronoun stands for this entity, so its name's words tell, for
    // a figure filed under a topic related to it.
    const referring = second.some((w) => REFERRING.has(w));
    const related = (e: Entity) => entity.related.includes(e.id) || e.related.includes(entity.id);
    for (const m of asked) {
      const best = index.facts
        .filter((x) => x.figure?.metric === m && x.entity.id !== entity.id)
        .map((x) => ({ x, s: index.score(x, res.terms) }))
        .sort((p, q) => q.s - p.s)[0];
      if (!best || best.s < MIN_FACT_SCORE + 2) continue;
      if (index.score(best.x, telling) > 0 || (referring && related(best.x.entity)))
        lines.push(citer.figuresSentence(best.x.entity, [best.x.figure!]));
    }
  }

  // Points that answer the question, then the entity's other figures for context.
  const topScore = top?.score ?? 0;
  const pointLimit = entity.kind === 'concepts' || entity.kind === 'markets' || wanted.length === 0 ? MAX_POINTS : 3;
  const points = ranked
    .filter((r) => r.fact.point && (r.score >= topScore * 0.35 || entity.kind === 'concepts'))
    .slice(0, pointLimit);
  for (const p of points) {
    lines.push(citer.point(p.fact.point!));
    shown.add(p.fact);
  }
  // A figure question gets a few related figures; an open question about a topic gets more.
  const fieldLimit = wanted.length ? 4 : MAX_FIELDS;
  for (const r of ranked) {
    if (fields.length >= fieldLimit) break;
    if (!r.fact.figure || shown.has(r.fact)) continue;
    fields.push(citer.field(r.fact.figure));
    shown.add(r.fact);
  }
  return {
    kind: 'answer',
    title,
    lines,
    fields,
    notes,
    sources: citer.sources(),
    suggestions: suggestionsFor(index, entity),
  };
}

/** Follow-ups built from an entity's related entities. */
export function suggestionsFor(index: KnowledgeIndex, entity: Entity): string[] {
  const out: string[] = [];
  for (const id of entity.related.slice(0, 2)) {
    const other = index.entity(id);
    if (!other) continue;
    const shared = entity.figures.find((f) => other.figures.some((g) => g.metric === f.metric));
    if (shared && index.isMoney(shared.metric))
      out.push(`compare ${entity.name} vs ${other.name} ${index.kb.metrics.get(shared.metric)?.label ?? ''}`.trim());
    else out.push(`tell me about ${other.name}`);
  }
  return out;
}

/** Answers a question that named no entity: global retrieval, clarify when several entities tie. */
export function topicAnswer(
  index: KnowledgeIndex,
  res: Resolution,
  lowered: string,
  onlyAskedMetrics = false,
): Reply | undefined {
  const pool = onlyAskedMetrics
    ? index.facts.filter((f) => f.figure && res.metrics.includes(f.figure.metric))
    : index.facts;
  const ranked = rank(index, res, pool, lowered);
  const first = ranked[0];
  if (!first || first.score < MIN_FACT_SCORE) return undefined;
  // "how much of the training cost is the chips": a share asked of a whole the question also names; the best fact
  // holding an asked share answers, not the whole's own figures (which would ask back which training cost).
  const isShare = (m: string | undefined) => m !== undefined && index.kb.metrics.get(m)?.class === 'share';
  const shareFact =
    !isShare(first.fact.figure?.metric) && res.metrics.some(isShare)
      ? ranked.find((r) => r.fact.figure && isShare(r.fact.figure.metric) && res.metrics.includes(r.fact.figure.metric))
      : undefined;
  const top = shareFact && shareFact.score >= first.score * 0.5 ? shareFact : first;
  // Several different entities with figures for the asked metric and near-equal scores: ask which.
  // Only for figure requests about figures that belong to one company or model: "what's the gross margin?" has several right answers;
  // "how close are open models?" has one best answer even if other topics mention time.
  if (
    top.fact.figure &&
    res.metrics.includes(top.fact.figure.metric) &&
    !index.isGeneral(top.fact.figure.metric) &&
    isFigureRequest(res, lowered)
  ) {
    const close = ranked.filter(
      (r) => r.fact.figure && r.fact.figure.metric === top.fact.figure!.metric && r.score >= top.score * 0.75,
    );
    const entities = [...new Map(close.map((r) => [r.fact.entity.id, r.fact.entity])).values()];
    // The same sourced numbers filed under several topics are one answer, not a choice.
    const key = (f: Figure) => `${formatFigureValue(f)}|${f.source}`;
    const topKeys = new Set(top.fact.entity.figures.map(key));
    const allSame = close.every((r) => topKeys.has(key(r.fact.figure!)));
    if (entities.length >= 2 && !allSame)
      return clarifyReply(index, index.kb.metrics.get(top.fact.figure.metric)?.label ?? 'that', entities, [
        top.fact.figure.metric,
      ]);
  }
  return entityAnswer(index, res, top.fact.entity, lowered);
}

/** Picks one entity among candidates found by cues or quoted numbers, by their best fact's score. */
export function bestCandidate(
  index: KnowledgeIndex,
  res: Resolution,
  mentions: Mention[],
  lowered: string,
): Entity | undefined {
  let best: { e: Entity; s: number } | undefined;
  for (const m of mentions) {
    for (const id of m.ids) {
      const e = index.entity(id);
      if (!e) continue;
      const facts = rank(index, res, factsOf(index, e), lowered);
      const licenceAsked = OPENNESS.test(lowered) && e.kind === 'licences';
      const s =
        (facts[0]?.score ?? 0) + (m.via === 'number' ? 3 : 0) + (m.strength ?? 0) * 1.5 + (licenceAsked ? 3 : 0);
      if (!best || s > best.s) best = { e, s };
    }
  }
  return best?.e;
}
