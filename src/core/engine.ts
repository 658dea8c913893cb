// The engine: understand the question once, then the first row of the intent table whose condition holds
// and whose answerer has an answer decides the Reply. Pure and synchronous after construction; adapters,
// the terminal and the digest all call `answer`.

import { phrasePattern } from '../knowledge/cues.js';
import { articleView, KnowledgeIndex } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Entity } from '../knowledge/schema.js';
import { articleBesideData } from './answer/article-beside-data.js';
import { ANSWERERS } from './answer/index.js';
import { leftOutCount } from './answer/sourced-count.js';
import { FIGURE_NOUN, openingMetric } from './asked-metric.js';
import { findAmounts } from './calc.js';
import { type Unsound, unsoundCalculation } from './calc-guard.js';
import { type CommandSpec, ENGINE_COMMANDS } from './commands.js';
import type { ConversationContext } from './conversation/context.js';
import { describeTurn, resolveFollowUp, titleFollowUp } from './conversation/follow-up.js';
import { createDataAnswerer } from './datasets/answer.js';
import { NameCompleter } from './datasets/complete.js';
import { chipsCounted } from './datasets/training-answers.js';
import { nameDescribed } from './described-names.js';
import { fitForChat, unbullet } from './fit.js';
import { INTENTS, type IntentRule } from './intents.js';
import { sizeReading } from './lookup.js';
import { unheldQualifier } from './qualified.js';
import { renderFullText } from './render-text.js';
import {
  missingFigurePreface,
  missingYearPreface,
  otherSizePreface,
  readAsNote,
  unheldQualifierPreface,
  unknownNamesPreface,
  unsoundReply,
  unworkedPreface,
} from './replies.js';
import { MAX_QUERY_CHARS, sanitizeQuery } from './safe-text.js';
import { joinParts, splitTwoParts, subjectOf } from './two-part.js';
import type { Engine, Query, Reply } from './types.js';
import type { Question } from './understand/question.js';
import { createUnderstander, type Structured } from './understand/understand.js';

/** Options: extra command specs (e.g. digest) shown in help. */
export interface EngineOptions {
  extraCommands?: () => CommandSpec[];
}

/** Intents whose answer is about one thing, checked for a metric that thing lacks. */
const MISSING_CHECKED = new Set(['entity', 'described', 'described-company', 'family']);
/** Reply kinds that get the unknown-names preface. */
const PREFACED = new Set<Reply['kind']>(['answer', 'comparison', 'clarify']);
/** Words that ask for a share outright ("how much of" may ask for an amount). */
const SHARE_WORD = /\b(share|percent|percentage|fraction|proportion|portion|slice)\b/;
/** Why the articles' figure stands beside the data sets' answer. */
const BESIDE_BECAUSE = "an article's figure and a data set's estimate for one model, both asked";
/** Why a worked figure was held back. */
const GUARD_BECAUSE = 'a worked figure that left out an amount the user wrote, or not the kind of figure asked';
/** Most distinct questions whose replies are kept. */
const MEMO_SIZE = 2_000;
/** Texts whose understanding and data-set reading are kept: one message reads at most its whole and two parts,
 * and a two-part message's second part is read twice (does it name its own subject? then to answer it). */
const READ_MEMO_SIZE = 8;

/** A bounded memo of a pure function of one string key; cleared when full (it only spans one message's texts). */
function readMemo<T>(compute: (key: string) => T): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as T;
    const value = compute(key);
    if (kept.size >= READ_MEMO_SIZE) kept.clear();
    kept.set(key, value);
    return value;
  };
}

/** Cue phrases as a pattern of whole words, or one that never matches when the knowledge lacks the cue. */
const cueSource = (knowledge: Knowledge, id: string) => phrasePattern(knowledge.cues.get(id)?.phrases ?? []) ?? '(?!)';

/** A question checking a claim ("is it true openai lost $5B on $3.7B?"): its numbers are quoted, not inputs. Its first
 * and last words are cues (claim-check-start, claim-check-end). */
const claimCheck = (knowledge: Knowledge) =>
  new RegExp(
    `^\\s*${cueSource(knowledge, 'claim-check-start')}\\b|${cueSource(knowledge, 'claim-check-end')}\\s*\\??\\s*$`,
  );
/** A hypothetical or a result asked last ("if 0.5% of downloads convert at $200/yr, revenue?", "… savings?"); the
 * words are cues (work-asked-start, work-asked-last). */
const workAsked = (knowledge: Knowledge) =>
  new RegExp(
    `^\\s*${cueSource(knowledge, 'work-asked-start')}\\b|(?:^|[.;:,?!—–-]\\s*)(?:[\\w'’]+\\s+){0,2}${cueSource(knowledge, 'work-asked-last')}\\s*\\?\\s*$`,
  );

/** Answerers that give what the knowledge has on a thing or a topic, never a result worked from the user's numbers. */
const PROFILES: ReadonlySet<string> = new Set([
  'entity',
  'topic',
  'described',
  'described-company',
  'article',
  'asked-topic',
  'family',
  'referent',
]);

/** Builds the engine over validated knowledge. */
export function createEngine(
  knowledge: Knowledge,
  options: EngineOptions = {},
): Engine & {
  index: KnowledgeIndex;
  answerFresh(query: Query): Reply;
  isMemoized: NonNullable<Engine['isMemoized']>;
  completeNames: NonNullable<Engine['completeNames']>;
} {
  // The article engine sees the hand-written knowledge only: data-set entities (thousands of them) are answered
  // by the data-set answerers and must not shift how article questions resolve or rank.
  const index = new KnowledgeIndex(articleView(knowledge));
  const understandText = createUnderstander(index, chipCodesOf(knowledge));
  const data = createDataAnswerer(knowledge);
  // Both are pure functions of the text (and the structured command): a message split into parts reads each once.
  const understandPlain = readMemo((text) => understandText(text));
  const understand = (text: string, given: Structured = {}): Question =>
    given.command ? understandText(text, given) : understandPlain(text);
  const dataAnswer = readMemo((text) => data.answer(text));
  const byName = new Map([...index.kb.entities.values()].map((e) => [e.name.toLowerCase(), e]));
  const specs = () => [...ENGINE_COMMANDS, ...(options.extraCommands?.() ?? [])];
  const yesNo = claimCheck(knowledge);
  const askedWorked = workAsked(knowledge);
  const ctx = { index, names: data.names, specs, examples: () => specs().flatMap((s) => s.examples) };

  // Answers depend only on the question (text and structured command) and the knowledge, so repeated
  // questions are served from a bounded memo. Replies are never mutated.
  const memo = new Map<string, Reply>();
  function answer(query: Query, context?: ConversationContext): Reply {
    const raw = commandBody(query) ?? (typeof query.text === 'string' ? query.text : '');
    // A follow-up ("and revenue?") is answered as the whole question it stands for; the rest is as without context.
    // A structured compare or calc names everything it needs; only a question can lean on the one before.
    if (context && (!query.command || query.command.name === 'ask')) {
      const followed = resolveFollowUp(index, sanitizeQuery(raw), context);
      if (followed)
        return titleFollowUp(index, answer({ ...query, text: followed, command: undefined }), sanitizeQuery(raw));
    }
    const given = structured(query);
    const prefix = given.command ? `${given.command}\u0000${given.sides?.join('\u0000') ?? ''}\u0000` : '';
    // Keyed by the text as received (cheap) and by its sanitised form (so variants share one answer).
    const rawHit = raw.length <= MAX_QUERY_CHARS ? memo.get(prefix + raw) : undefined;
    if (rawHit) return rawHit;
    const text = sanitizeQuery(raw);
    const reply = memo.get(prefix + text) ?? about(text, compute(text, given));
    remember(prefix + text, reply);
    if (raw !== text && raw.length <= MAX_QUERY_CHARS) remember(prefix + raw, reply);
    return reply;
  }

  /** Records what the reply was about, so the next turn of a conversation can follow on from it. */
  function about(text: string, reply: Reply): Reply {
    if (reply.kind === 'help' || reply.kind === 'error' || reply.kind === 'notice') return reply;
    const turn = describeTurn(index, text, reply);
    return turn.subjects.length || turn.named ? { ...reply, about: turn } : reply;
  }

  function remember(key: string, reply: Reply): void {
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, reply);
  }

  /** One message may hold two questions about different things: each is answered when the whole-message answer
   * covers only one of them. */
  function compute(typed: string, given: Structured = {}): Reply {
    // "the quant fund's reasoning model" is read as "DeepSeek R1" before anything else reads the question.
    const read = given.command === 'calc' ? undefined : nameDescribed(index, typed);
    const reply = computeRead(read?.text ?? typed, given);
    return read && reply.kind !== 'error' ? { ...reply, notes: [...reply.notes, readAsNote(read.read)] } : reply;
  }

  function computeRead(text: string, given: Structured): Reply {
    const whole = computeOne(text, given);
    const parts = given.command ? undefined : splitTwoParts(text);
    // The second part must name or clearly describe its own subject: "…and where's it headed?" leans on the first.
    const second = parts ? understand(parts[1]) : undefined;
    if (!parts || !second || !ownSubject(second) || countsFirstRun(second, parts[1])) return whole;
    const answered = (r: Reply) => r.kind === 'answer' || r.kind === 'comparison';
    // Only two answered parts replace the whole: the second part, read already, is answered first, and the first
    // (nearly the whole of a long message) only when the second has an answer.
    const b = computeOne(parts[1]);
    if (!answered(b)) return whole;
    const a = computeOne(parts[0]);
    // The whole answer may already hold both ("…and how fast have costs grown?" adds the growth figure).
    const said = renderFullText(whole);
    if (said.includes(subjectOf(a)) && said.includes(subjectOf(b))) return whole;
    if (!answered(a) || subjectOf(a) === subjectOf(b)) return whole;
    // A part with no subject of its own ("…and what did it cost?") leans on the first: the whole answer stands.
    if (![subjectOf(a), subjectOf(b)].includes(subjectOf(whole)) && answered(whole)) return whole;
    return fitForChat(joinParts(a, b));
  }

  /** A per-token price asked of a name that no price list carries itself, but its models or versions do: a maker
   * ("what does mistral charge per token"), a family read as an ordinary word ("llama price per million?") or an
   * article model priced only under its versions' names ("gemma"). Which one, each with its price. */
  function priceByMembers(q: Question, text: string) {
    // Named by its own name or alias, not a near spelling ("alpha" is no Google).
    if (q.specific.length === 1 && q.specific[0]!.via !== 'alias') return undefined;
    if (q.lead?.kind === 'organisations' && q.specific.length === 1) return data.makerPrice(q.lead, text);
    if (!q.lead && q.ambiguous) return data.familyPrice(q.ambiguous.text, text);
    if (q.lead?.kind === 'models' && q.specific.length === 1 && !q.lead.figures.some((f) => /price/.test(f.metric)))
      return data.familyPrice(q.specific[0]!.text, text);
    // "haiku pricing", "o-series pricing": a line named by a word inside its models' names, nothing else named.
    if (!q.lead && !q.ambiguous && !q.specific.length && !q.described.length) return data.linePrice(text);
    return undefined;
  }

  /** "EXAONE Deep 32B: which company, and how many H100s?": chips counted by their code, no model or maker named,
   * count the chips of the run the first part names; the part is no subject of its own. */
  const countsFirstRun = (q: Question, text: string) =>
    chipsCounted(text.toLowerCase()) &&
    q.specific.every((m) =>
      m.ids.every((id) => !['models', 'organisations'].includes(index.entity(id)?.kind ?? 'models')),
    );

  /** A thing named by its name or described by its own figure or two telling words, not a pronoun. */
  const ownSubject = (q: Question) =>
    !q.pronoun &&
    (q.specific.length > 0 ||
      q.described.some((m) => m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2)));

  function computeOne(text: string, given: Structured = {}): Reply {
    // Data-set questions (token prices, Epoch's training figures, chips, openness grades) and data-set names.
    const q = understand(text, given);
    // A calculation asked for (the user's money, or a sourced figure worked), when it works out, comes before
    // the data sets' answers about the models it names.
    // Rows tried here had no answer: neither their condition nor their answerer reads the data sets' result, so
    // they are not tried again below.
    const tried = new Set<IntentRule>();
    // A worked figure held back (it left out an amount of the user's, or is not the kind asked): a later row may work
    // it right; when none does, why it was held back is the answer, never a profile of the subject.
    let held: Reply | undefined;
    for (const rule of INTENTS) {
      if (!rule.beforeData?.(q) || !rule.when(q)) continue;
      const reply = ANSWERERS[rule.intent](q, ctx);
      const sound = reply && guarded(reply, q);
      if (reply && sound === reply) return fitForChat(finish(reply, rule, q));
      held ??= sound;
      tried.add(rule);
    }
    // "what does mistral charge per token": a maker alone asked a per-token price, which its models have, not it.
    // A name the knowledge lacks beside it ("aleph alpha luminous") is what is asked: no maker or family stands in.
    const found = /[\p{L}\p{N}]/u.test(text) ? dataAnswer(text) : undefined;
    // "nvidia h250 specs + price": a version the knowledge lacks, named with its maker, is declined as that version;
    // the maker's models asked back would answer for things that were not asked. An ask-back about the very name
    // typed or one that goes on from it ("mistral large", "nvidia's nemotron 3 ultra": which of its versions) stands.
    const bad = q.badVersion?.text.toLowerCase();
    const makerAskedBack =
      bad !== undefined &&
      found !== undefined &&
      'reply' in found &&
      found.reply.kind === 'clarify' &&
      !(found.reply.lines[0] ?? '').toLowerCase().includes(`“${bad}`);
    const fromData =
      (makerAskedBack ? undefined : found) ?? (q.unknownNames.length ? undefined : priceByMembers(q, text));
    // "the wiki's figure vs Epoch's cloud-rental estimate": both sides, each with its source and method.
    const beside = articleBesideData(index, q, fromData, (t) => data.answer(t));
    if (beside) return fitForChat(held ?? { ...beside, intent: 'data-set', because: BESIDE_BECAUSE });
    const asked: Question = fromData ? { ...q, data: fromData } : q;
    for (const rule of INTENTS) {
      if (tried.has(rule) || !rule.when(asked)) continue;
      const reply = ANSWERERS[rule.intent](asked, ctx);
      if (!reply) continue;
      const sound = guarded(reply, asked);
      if (sound !== reply) {
        held ??= sound;
        continue;
      }
      if (held && reply.kind !== 'calculation') return fitForChat(held);
      const done = finish(reply, rule, asked);
      // A family's other members follow an answer or a decline about that model only ("Not in my sources: Qwen
      // family's training cost"), never one about its maker; a decline takes no other data-set lines.
      const family = fromData && 'supplement' in fromData ? fromData.supplement.family : undefined;
      if (family !== undefined && !done.title.replace(/^Not in my sources: /, '').startsWith(family))
        return fitForChat(done);
      if (family !== undefined && done.kind === 'unknown' && 'supplement' in fromData!)
        return fitForChat({ ...done, lines: [...done.lines, ...fromData.supplement.lines] });
      if (!fromData || !('supplement' in fromData) || done.kind !== 'answer') return fitForChat(done);
      // The articles' answer about an article entity, with the data sets' figures under it.
      const seen = new Set(done.sources.map((s) => s.id));
      const sources = [...done.sources, ...fromData.supplement.sources.filter((s) => !seen.has(s.id))];
      const own = fitForChat(done);
      // An article answer with fields or notes of its own (or too long for the body, folded into them) has
      // lines the renderers show after the body: the data sets' figures then go after those, under their
      // heading, so no article line reads as if it came from the data sets.
      if (own.fields.length || own.notes.length)
        return { ...own, notes: [...own.notes, ...fromData.supplement.lines.map(unbullet)], sources };
      return fitForChat({ ...done, lines: [...done.lines, ...fromData.supplement.lines], sources });
    }
    throw new Error('the intent table ends with rows that always answer');
  }

  /** The "I don't have …" preface for unknown names goes first, once, unless the answer itself declines
   * something or only works the user's own numbers. */
  /** The user's numbers, as written, when they ask for a figure worked from two or more of them (money or a share
   * among them); undefined otherwise. */
  function unworkedInputs(q: Question): string[] | undefined {
    const placed = q.quantities.filter((x) => !x.loose);
    if (placed.length < 2 || yesNo.test(q.plain)) return undefined;
    if (!(q.figureRequest || q.target || askedWorked.test(q.plain))) return undefined;
    // "loss ¥2.96B on revenue ¥312M — as a multiple?": numbers that name the thing by its own figures are no inputs.
    if (q.described.some((m) => m.via === 'number')) return undefined;
    if (!placed.some((x) => x.dims.usd !== undefined || x.dims.percent !== undefined)) return undefined;
    return placed.map((x) => x.raw);
  }

  /** A worked figure that left out an amount of the user's, or is not the kind of figure asked, is held back. */
  function guarded(reply: Reply, q: Question): Reply {
    if (reply.kind !== 'calculation') return reply;
    const unsound =
      unsoundCalculation(
        q,
        reply,
        data.names.find(q.plain).mentions.map((m) => m.text),
      ) ?? leftOutSourcedCount(q, reply);
    if (!unsound) return reply;
    const read = q.quantities.filter((x) => !x.loose).map((x) => x.raw);
    return { ...unsoundReply(read, unsound), intent: 'uncombined', because: GUARD_BECAUSE };
  }

  /** A sourced count the question names as a factor ("qwen's downloads × …") that a reply working the user's numbers
   * alone (it cites nothing) never uses. */
  function leftOutSourcedCount(q: Question, reply: Reply): Unsound | undefined {
    if (reply.sources.length) return undefined;
    const shown = findAmounts(renderFullText(reply)).map((a) => a.value);
    const count = leftOutCount(q, shown);
    return count ? { unused: [count] } : undefined;
  }

  function finish(reply: Reply, rule: IntentRule, q: Question): Reply {
    const preface: string[] = [];
    if (q.unknownNames.length > 0 && !rule.declines && PREFACED.has(reply.kind))
      preface.push(unknownNamesPreface(q.unknownNames));
    // Nothing named, a count asked ("le chat monthly active users?"): the best-matching topic may count another thing
    // (a licence's 700M-user cap), which must not stand as the count asked.
    const countedTopic = rule.intent === 'topic' && q.metrics.length > 0 && q.metrics.every((m) => index.isCount(m));
    const checked = reply.kind === 'answer' && (MISSING_CHECKED.has(rule.intent) || countedTopic);
    const missing = checked
      ? (missingMetric(q, reply, countedTopic) ?? missingQualified(q, reply) ?? missingYear(q, reply))
      : undefined;
    // "0.5% of qwen's downloads at $200/yr each, revenue?" answered by a profile: the numbers were never worked.
    const unworked = reply.kind === 'answer' && PROFILES.has(rule.intent) ? unworkedInputs(q) : undefined;
    if (unworked) preface.push(unworkedPreface(unworked));
    else if (missing) preface.push(missing);
    else if (reply.kind === 'answer') {
      const size = otherSize(q, reply);
      if (size) preface.push(size);
    }
    return {
      ...reply,
      lines: [...preface, ...reply.lines],
      intent: rule.intent,
      // The data sets' own table names the row that answered ("asks for a token price").
      because: reply.because ?? rule.because,
    };
  }

  /** "How many GPUs does Anthropic have?": a figure asked of the company or model the reply is about, which has
   * none for that metric (nor a near-synonym), is said to be missing before what is shown instead — when the
   * question asks for a quantity outright, or for a sum of money. */
  function missingMetric(q: Question, reply: Reply, nameless = false): string | undefined {
    const subject = byName.get(reply.title.split(' — ')[0]!.toLowerCase());
    if (!subject || reply.lines.some((l) => /^I don't have/.test(l))) return;
    // An answer that opens on one of the topic's figures ("— cost ratio: ~100–1,000×") took that figure as the one asked.
    // A count asked with nothing named is checked like any figure: a topic holds no count of the thing asked.
    if ((subject.kind === 'concepts' || subject.kind === 'markets') && !nameless)
      return reply.title.includes(' — ') ? undefined : missingTopicSum(q, subject);
    // What the user reads: the answer and the data sets' figures added under it.
    const said =
      q.data && 'supplement' in q.data ? { ...reply, lines: [...reply.lines, ...q.data.supplement.lines] } : reply;
    // "How many researchers left Alibaba?": a count of something no metric names, which the answer never mentions.
    if (!q.metrics.length && q.countNoun && !quantifies(said, q.countNoun))
      return missingFigurePreface(subject.name, `number of ${q.countNoun}`);
    if (!q.metrics.length && q.amountNoun && !quantifies(said, q.amountNoun))
      return missingFigurePreface(subject.name, q.amountNoun);
    // "What share of Meta's AI spend went on GPUs?": a share asked first is what is asked; the spend it is a share of
    // is its base, which the subject having does not answer.
    const first = q.metrics[0];
    const isShare = (m: string) => index.kb.metrics.get(m)?.class === 'share';
    if (first && isShare(first) && SHARE_WORD.test(q.lowered) && !subject.figures.some((f) => isShare(f.metric)))
      return missingFigurePreface(subject.name, index.kb.metrics.get(first)?.label ?? first);
    // A general metric (a trend, a benchmark gap) asked of a model counts when it is all that is asked: "Llama 4's
    // SWE-bench score" wants a figure Llama 4 does not have.
    // A metric the question states a sum for ("the startup that raised $3.05B") describes; it is not asked.
    const notGiven = q.metrics.filter((m) => !q.givenMetrics.includes(m));
    // "what valuation did Mistral raise at?": the metric the question opens on is the one asked.
    const opening = openingMetric(index, q);
    // "How big is Qwen?" asks a model's parameter count, not a market size (metrics.yaml `by_kind`).
    const base = opening ? [opening] : notGiven.length ? notGiven : q.metrics;
    const metrics = sizeReading(index, subject, base, q.res.words);
    // "what did Apple spend on AI": a sum of money asked, read by the subject's kind as another metric it lacks too.
    const moneyRead = metrics !== base ? base.find((m) => index.isMoney(m)) : undefined;
    const own = metrics.filter((m) => !index.isGeneral(m));
    const asked = own.length || subject.kind !== 'models' ? own : metrics;
    if (!asked.length) return;
    // "How many GPUs was Kimi K2 trained on?": the count "how many" names is what is asked; another metric read off
    // a verb ("trained" → training cost) does not stand in for it.
    // Another count the subject has, named beside it ("above how many users does the licence restrict use"), is what
    // the count means.
    const otherCount = asked.some((m) => m !== q.countAsked && index.isCount(m) && index.ownMetric(subject, m));
    const outright = q.countAsked && !index.ownMetric(subject, q.countAsked) && !otherCount ? q.countAsked : undefined;
    if (!outright && asked.some((m) => index.ownMetric(subject, m))) return;
    const metric = outright ?? asked.find((m) => index.isMoney(m)) ?? asked[0]!;
    // A count ("parameter count?") or a general measure asked of a model ("GLM-5's MMLU score?") is a number asked for
    // even without "how many" or "what is".
    // …unless the answer speaks to it anyway (the data sets' "Hardware:" under the articles' answer).
    const label = index.kb.metrics.get(metric)?.label ?? metric;
    const numberAsked =
      index.isMoney(metric) ||
      moneyRead !== undefined ||
      // A margin or a share is a number too: "what gross margin does Anthropic run at?".
      (index.kb.metrics.get(metric)?.class === 'share' && !index.isGeneral(metric)) ||
      ((index.isCount(metric) || (!own.length && subject.kind === 'models')) && !mentions(said, label));
    const figureAsked = q.figureRequest || opening !== undefined || FIGURE_NOUN.test(q.lowered);
    const asksFigure = figureAsked && (numberAsked || q.cues.has('asks-amount')) && !q.cues.has('reasons');
    if (!q.cues.has('how-much') && !asksFigure) return;
    const declined = moneyRead ?? metric;
    return missingFigurePreface(subject.name, index.kb.metrics.get(declined)?.label ?? declined, nameless);
  }

  /** "How much have the consortium's members committed?": a sum of money asked outright of an idea or a market that
   * holds no figure of that kind (nor a near one) is said to be missing; its description is not the sum. */
  function missingTopicSum(q: Question, subject: Entity): string | undefined {
    if (!q.cues.has('how-much') || !q.figureRequest || q.cues.has('reasons') || !q.metrics.length) return;
    if (!q.metrics.every((m) => index.isMoney(m) && !q.givenMetrics.includes(m))) return;
    if (q.metrics.some((m) => index.ownMetric(subject, m))) return;
    const metric = q.metrics[0]!;
    return missingFigurePreface(subject.name, index.kb.metrics.get(metric)?.label ?? metric);
  }

  /** "Alibaba Cloud's standalone revenue" when Alibaba's revenue covers cloud and e-commerce: the narrower figure
   * asked is said to be missing before the broader one is shown. */
  function missingQualified(q: Question, reply: Reply): string | undefined {
    const subject = byName.get(reply.title.split(' — ')[0]!.toLowerCase());
    if (!subject || reply.lines.some((l) => /^I don't have/.test(l))) return;
    // An answer that opens on one of the topic's figures ("— cost ratio: ~100–1,000×") took that figure as the one asked.
    if (subject.kind === 'concepts' || subject.kind === 'markets')
      return reply.title.includes(' — ') ? undefined : missingTopicSum(q, subject);
    const unheld = unheldQualifier(index, q, subject);
    return unheld && unheldQualifierPreface(subject.name, unheld.metric, unheld.qualifier);
  }

  /** "fine-tune a 70B model" answered by a figure for a 7B one: the size asked is said to be missing first, and the
   * size shown named as another. */
  function otherSize(q: Question, reply: Reply): string | undefined {
    if (reply.lines.some((l) => /^I don't have/.test(l))) return;
    // "the 7B results were meh … fine-tune a 70B model": the size asked about is the one any model of is meant.
    const any = sizesIn(q.lowered, true);
    const asked = any.length ? any : sizesIn(q.lowered);
    const shown = sizesIn(`${reply.title} ${reply.lines[0] ?? ''}`.toLowerCase());
    if (!asked.length || !shown.length || shown.some((z) => asked.includes(z))) return;
    const metric = q.metrics[0] ? (index.kb.metrics.get(q.metrics[0])?.label ?? q.metrics[0]) : 'figure';
    return otherSizePreface(metric, `${asked[0]}B`, `${shown[0]}B`);
  }

  /** "Zhipu's revenue for 2023" when the sources date it 2024 only: the year asked is said to be missing first. */
  function missingYear(q: Question, reply: Reply): string | undefined {
    const subject = byName.get(reply.title.split(' — ')[0]!.toLowerCase());
    if (!subject || !q.years.length || reply.lines.some((l) => /^I don't have/.test(l))) return;
    for (const m of q.metrics) {
      const own = index.ownMetric(subject, m);
      if (!own) continue;
      const periods = subject.figures.filter((f) => f.metric === own).map((f) => f.period);
      // Only dated figures can miss a year; "to Feb 2026" or a span covering the year counts as having it.
      if (!periods.every((p) => /^(?:[A-Z][a-z]{2} )?\d{4}(?: \(|$)/.test(p))) return;
      const missing = q.years.filter((y) => !periods.some((p) => p.includes(y)));
      if (missing.length !== q.years.length) return;
      return missingYearPreface(subject.name, index.kb.metrics.get(own)?.label ?? own, missing[0]!, periods);
    }
    return undefined;
  }

  /** Whether the memo holds the reply to this text as received: adapters answer such questions before acking. */
  function isMemoized(query: Query): boolean {
    const raw = commandBody(query) ?? (typeof query.text === 'string' ? query.text : '');
    const given = structured(query);
    const prefix = given.command ? `${given.command}\u0000${given.sides?.join('\u0000') ?? ''}\u0000` : '';
    return raw.length <= MAX_QUERY_CHARS && memo.has(prefix + raw);
  }

  /** The same answer without the memo: what benchmarks time. */
  const answerFresh = (query: Query) =>
    compute(sanitizeQuery(commandBody(query) ?? (typeof query.text === 'string' ? query.text : '')), structured(query));
  // Built on the first autocomplete, so a bot without Discord never pays for it.
  let completer: NameCompleter | undefined;
  const completeNames = (typed: string, limit: number) => {
    completer ??= new NameCompleter(knowledge);
    return completer.complete(typed, limit);
  };
  return { answer, answerFresh, isMemoized, index, completeNames };
}

/** Whether a reply's title or lines name a thing ("researchers"), in the singular or the plural. */
/** Whether a sentence of the reply gives a number with the noun ("50 companies", "a dozen researchers"): a point
 * that only names it ("is losing researchers") does not answer "how many researchers". */
function quantifies(reply: Reply, noun: string): boolean {
  const root = noun.replace(/(es|s)$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`\\b${root}(e?s)?\\b`);
  const sentences = [reply.title, ...reply.lines].flatMap((l) => l.toLowerCase().split(/(?<=[.;!?])\s+|\s•\s/));
  return sentences.some((s) => word.test(s) && NUMBER_WORD.test(s));
}

/** Parameter counts written in a text, in billions ("70B", "7 billion-parameter"); "$5B" is money. */
function sizesIn(text: string, indefinite = false): number[] {
  const sizes =
    /(?<![$\d.,])(\d+(?:\.\d+)?)\s?-?(b|bn|billion)\b(?![- ]?(?:tokens?|usd|dollars?|flop|(?:input|output|prompt|completion|cached)\b))/g;
  return [...text.matchAll(sizes)]
    .filter((m) => !indefinite || /\b(a|an|any)\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index)))
    .map((m) => Number(m[1]));
}

/** A number written in digits or words. */
const NUMBER_WORD = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b/;

function mentions(reply: Reply, noun: string): boolean {
  const root = noun.replace(/(es|s)$/, '');
  const text = `${reply.title} ${reply.lines.join(' ')}`.toLowerCase();
  return new RegExp(`\\b${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(e?s)?\\b`).test(text);
}

/** A platform's structured command, sanitised like text. */
function structured(query: Query): Structured {
  const c = query.command;
  if (!c || !['ask', 'compare', 'calc'].includes(c.name)) return {};
  const a = sanitizeQuery(c.options.a ?? '');
  const b = sanitizeQuery(c.options.b ?? '');
  return c.name === 'compare' && a && b ? { command: 'compare', sides: [a, b] } : { command: c.name };
}

/** What the engine reads of a structured command: its options, not the text an adapter flattened them into (a
 * compare side holding "vs", a calc expression that would read as a question). */
function commandBody(query: Query): string | undefined {
  const c = query.command;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  if (c?.name === 'ask') return text(c.options.question);
  if (c?.name === 'calc') return text(c.options.expression);
  if (c?.name === 'compare' && text(c.options.a).trim() && text(c.options.b).trim())
    return `${text(c.options.a)} vs ${text(c.options.b)}`;
  return undefined;
}

/** The hardware data's short chip codes ("L4", "T4", "P100", "A10G", "MI300A"), lowercased: a number before one counts
 * those chips in a calculation. */
function chipCodesOf(knowledge: Knowledge): string[] {
  const codes = new Set<string>();
  for (const e of knowledge.entities.values())
    if (e.kind === 'chips')
      for (const a of e.aliases) if (/^[a-z]{1,3}\d{1,4}[a-z]{0,2}$/i.test(a)) codes.add(a.toLowerCase());
  return [...codes];
}
