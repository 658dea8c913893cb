// Understanding, the one stage that reads the question's text: resolve names and descriptions, metrics,
// years, the user's numbers with units and the cue words, then derive what the intent table needs.
import { CueMatcher, cueWords, expandPhrase } from '../../knowledge/cues.js';
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { stem } from '../../knowledge/index.js';
import { STOPWORDS } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { expressionOf, findAmounts, looksLikeExpression } from '../calc.js';
import { isChartRequest } from '../chart-answer.js';
import { resolveOnce } from '../described-names.js';
import { isFigureRequest } from '../lookup.js';
import { ownFigureOnly, PRONOUN } from '../referents.js';
import { isMakerWord, type Mention, metricsInOrder, type Resolution } from '../resolve.js';
import { askedParts } from './asked-parts.js';
import { planCalculation } from './calc-plan.js';
import { inDollars } from './exchange-rate.js';
import { futureYearReader } from './future-year.js';
import { modelSizeOf, withTrainingFlop } from './model-size.js';
import { parseQuantities, type Quantity } from './quantities.js';
import { inUnitDefinition } from './quantity-passes.js';
import { periodNamesOf, quantityVocabularyOf } from './quantity-words.js';
import { type EngineCommand, type Question, SMALL_TALK_CUES } from './question.js';
import { rangePointText } from './range-point.js';
import { seatPricesByMonth } from './seat-prices.js';
import { askedTarget, namedPeriodTarget } from './target.js';

/** "calc …", "compute 5 × 3"; not the noun: "compute-only figure for…", "compute cost of GPT-4?". */
// "compute doubling every 6 months …": the noun, the subject of a change, is no command to calculate.
const CALC_VERB =
  /^\s*(calc|calculate|compute)\b(?![-\s]+(only|cost|costs|bill|spend|budget|figure|estimate|doubl\w*|tripl\w*|quadrupl\w*|halv\w*|grow\w*|grew|increas\w*|ris(?:e|es|ing)|rose|scal\w*)\b)/i;
const LEADING_COMMAND = /^\s*\/?(?:aiecon\s+)?(ask|compare|calc)\b[:\s]*/i;
const HAS_CONTENT = /[\p{L}\p{N}]/u;
/** A word after a company's name that asks for one of its models: "the Zhipu flagship", "Google's model". */
const MODEL_AFTER = /^(model|flagship|llm)$/;
/** The question asks which thing: "which lab…", "who is valued at…", "name the company that…"; not "which gross
 * profit is bigger?", whose numbers are the user's. */
/** A scaled count inside a description: "10M users", "100k chips". */
const SCALED_COUNT = /^\d+(?:\.\d+)?\s?(?:k|m|b|thousand|million|billion)\s+[a-z]/i;
const ASKS_WHICH =
  /\b(who|whos|whose|name the|(which|what) (\w+ )?(company|companies|lab|labs|firm|startup|model|models|organi[sz]ation|org|player|one))\b/;
/** Amounts asked per party: "who pays what", "who owes how much", "who puts in what". */
const PER_PARTY_ASKED = /\bwho (?:pays|owes|gets|puts in|contributes|chips in|covers) (?:what|how much)\b/;
/** The question asks who: "who's the $2,800 option", "name the company that…". */
const ASKS_WHO = /\b(who|whos|whose|name the)\b/;
/** A plural noun: "researchers", "people", "staff". */
const PLURAL = /^(?:[a-z]+[^s]s|people|staff|personnel|children|men|women)$/;
/** The verb right after a noun that "how much" asks about. */
const AUXILIARY = /^(does|do|did|is|was|are|were|has|have|had|will|would|can|could)$/;
/** Words that ask "how much" of a size: "how large", "how high". */
const DEGREE = /^(big|bigger|large|larger|high|higher|huge)$/;
const MAKER_BEFORE = /\b(company|lab|firm|startup|maker|developer|people)\b(?: \w+)? (that|which|who|behind)\b/;

/** Words that make a question more than a noun phrase ("why does energy matter", "is headcount a moat"). */
const CLAUSE_WORD =
  /^(why|how|what|which|who|should|would|could|does|do|did|is|are|was|were|will|can|explain|matter|matters)$/;
/** "what does OpenAI pay its researchers", "how fast is GPT-4o in tokens/s", "when did Meta acquire…": a measure or an
 * event asked outright. */
const MEASURE_ASKED = /^(what (does|do|did|would|will)|how (fast|quick|quickly)|when (did|does|was|were|will))\b/;
/** A question that is only a noun phrase ("DeepSeek headcount?", "anthropic employees") asks for the thing it names. */
const nominal = (words: string[]) => words.length <= 10 && !words.some((w) => CLAUSE_WORD.test(w));

/** What a platform may hand over besides the text: a command and its sides, already separated. */
export interface Structured {
  command?: EngineCommand;
  sides?: [string, string];
}

/** Builds the understanding stage over one knowledge index. */
/** `chipCodes`: the hardware data's short chip codes ("L4", "T4", "P100", "A10G"), which the article index does not
 * hold: a number before one counts those chips. */
export function createUnderstander(
  index: KnowledgeIndex,
  chipCodes: readonly string[] = [],
): (text: string, given?: Structured) => Question {
  const cueMatcher = new CueMatcher(index.kb.cues.values());
  // Words that name an amount's period ("ARR", "MRR", "annualized") are data: the cues names-a-year / names-a-month.
  const periodNames = periodNamesOf({
    year: index.kb.cues.get('names-a-year')?.phrases.flatMap(expandPhrase) ?? [],
    month: index.kb.cues.get('names-a-month')?.phrases.flatMap(expandPhrase) ?? [],
  });
  // Words of pay and words naming one of several choices ("option 2") are data too: cues yearly-pay, names-a-choice.
  const quantityWords = quantityVocabularyOf({
    yearlyPay: index.kb.cues.get('yearly-pay')?.phrases.flatMap(expandPhrase) ?? [],
    choiceLabel: index.kb.cues.get('names-a-choice')?.phrases.flatMap(expandPhrase) ?? [],
    countLeaves: index.kb.cues.get('count-leaves')?.phrases.flatMap(expandPhrase) ?? [],
    countJoins: index.kb.cues.get('count-joins')?.phrases.flatMap(expandPhrase) ?? [],
    usefulTime: index.kb.cues.get('useful-time')?.phrases.flatMap(expandPhrase) ?? [],
    idleShare: index.kb.cues.get('asks-idle-share')?.phrases.flatMap(expandPhrase) ?? [],
    chipLine: index.kb.cues.get('names-a-chip')?.phrases.flatMap(expandPhrase) ?? [],
    sumWord: index.kb.cues.get('names-a-sum')?.phrases.flatMap(expandPhrase) ?? [],
    lifetimeValue: index.kb.cues.get('names-lifetime-value')?.phrases.flatMap(expandPhrase),
    churnWord: index.kb.cues.get('names-churn')?.phrases.flatMap(expandPhrase),
    upkeepWord: index.kb.cues.get('names-upkeep')?.phrases.flatMap(expandPhrase),
    incomeWord: index.kb.cues.get('names-money-in')?.phrases.flatMap(expandPhrase),
    outgoWord: index.kb.cues.get('names-outgo')?.phrases.flatMap(expandPhrase),
    revenuePerUser: index.kb.cues.get('names-revenue-per-user')?.phrases.flatMap(expandPhrase),
    acquisitionCost: index.kb.cues.get('names-acquisition-cost')?.phrases.flatMap(expandPhrase),
    payback: index.kb.cues.get('asks-payback')?.phrases.flatMap(expandPhrase),
    spendKinds: ['spend-compute', 'spend-people'].map(
      (id) => index.kb.cues.get(id)?.phrases.flatMap(expandPhrase) ?? [],
    ),
    chipCodes: [...chipCodes],
    repeatWord: index.kb.cues.get('names-a-repeat')?.phrases.flatMap(expandPhrase),
    billedMonthly: index.kb.cues.get('billed-monthly')?.phrases.flatMap(expandPhrase),
    budget: {
      budget: index.kb.cues.get('names-a-budget')?.phrases ?? [],
      spent: index.kb.cues.get('spent-from-budget')?.phrases ?? [],
      left: index.kb.cues.get('asks-budget-left')?.phrases ?? [],
      used: index.kb.cues.get('asks-budget-used')?.phrases ?? [],
      share: index.kb.cues.get('asks-a-share')?.phrases ?? [],
    },
    income: index.kb.cues.get('names-income')?.phrases,
    earns: index.kb.cues.get('earns-income')?.phrases,
  });
  const isParentOf = (parentId: string, childId: string) => {
    const child = index.entity(childId);
    return Boolean(child && child.kind === 'models' && child.org === parentId);
  };
  const kindOf = (m: Mention) => index.entity(m.ids[0]!)!.kind;
  const futureYear = futureYearReader(index.kb);
  // Every word of an article metric's phrases ("burn rate", "how big"): a question made only of these names a metric.
  const metricPhraseWords = new Set(
    [...index.kb.metrics.values()].filter((m) => !m.data).flatMap((m) => [m.label, ...m.keywords].flatMap(cueWords)),
  );

  return function understand(text: string, given: Structured = {}): Question {
    const command = given.command ?? (LEADING_COMMAND.exec(text)?.[1]?.toLowerCase() as EngineCommand | undefined);
    const body = given.command ? text : command ? text.replace(LEADING_COMMAND, '') : text;
    const res = resolveOnce(index, HAS_CONTENT.test(body) ? body : '');
    const fixes = new Map(res.corrections);
    const bodyWords = cueWords(body).map((w) => fixes.get(w) ?? w);
    const matched = cueMatcher.match(bodyWords);
    const cues = new Set(matched.keys());
    // A message made only of small-talk phrases ("lol ok", "ok thanks", "cool cool") is small talk as a whole.
    const smallTalk = SMALL_TALK_CUES.some((c) => cues.has(c))
      ? undefined
      : cueMatcher.madeOf(bodyWords, SMALL_TALK_CUES);
    if (smallTalk) cues.add(smallTalk);
    const lowered = res.words.join(' ');
    const named = res.mentions.filter((m) => m.via === 'alias' || m.via === 'fuzzy' || m.via === 'family');
    const explicitCompare = command === 'compare' || cues.has('compare');
    const specific = orderSpecific(
      named.filter((m) => m.ids.length === 1 && m.via !== 'family'),
      res.metrics,
    );
    let lead: Entity | undefined;
    if (specific.length) {
      lead = index.entity(specific[0]!.ids[0]!)!;
      // "the Stable Diffusion company", "the company that open-sourced Qwen": a model's name next to a company
      // word means its maker.
      const after = res.words[specific[0]!.end];
      // …but not a company word inside another name: "the facebook parent's 405B model" is the model.
      const inName = (k: number) => res.mentions.some((m) => m !== specific[0] && k >= m.start && k < m.end);
      const before = res.words
        .map((w, k) => (inName(k) ? '' : w))
        .slice(Math.max(0, specific[0]!.start - 6), specific[0]!.start)
        .join(' ');
      if (lead.kind === 'models' && lead.org && ((after && isMakerWord(index, after)) || MAKER_BEFORE.test(before)))
        lead = index.entity(lead.org) ?? lead;
      else lead = describedModel(lead, specific[0]!, res) ?? lead;
      // "is the MIT-licensed model trained on 100K chips free of Nvidia?": a model described by the licence it carries
      // is the subject, whatever else is named after it.
      const licensed = specific.find((m) => index.entity(m.ids[0]!)?.kind === 'licences');
      const carrier =
        licensed && lead.kind !== 'models' ? describedModel(index.entity(licensed.ids[0]!)!, licensed, res) : undefined;
      if (carrier) lead = carrier;
    }
    const expression = expressionOf(body).replace(/(\d(?:\.\d+)?\s?%)\s+of\s+/gi, '$1 * ');
    // Numbers inside names ("Llama 3.1 405B", "GPT-4") are not amounts.
    // A description's scaled count ("at 10M users", the sovereign scenario's cue) is both what describes the thing and
    // an amount the question may work with ("…22.6x past breakeven: breakeven at how many users?").
    const span = (m: Mention) => [res.tokens[m.start]!.start, res.tokens[m.end - 1]!.end] as [number, number];
    const names = res.mentions
      .filter((m) => m.via !== 'number' && res.tokens[m.start] && res.tokens[m.end - 1])
      .filter((m) => m.via !== 'cue' || !SCALED_COUNT.test(body.slice(span(m)[0], span(m)[1] + 12)))
      // "GPT-5's cost split 50 ways, per company": a cue of another thing ("50 companies") matched on a bare number
      // beside the named subject leaves the number an amount.
      .filter(
        (m) =>
          m.via !== 'cue' ||
          !lead ||
          m.ids.includes(lead.id) ||
          !/^\d+(?:\.\d+)?$/.test(body.slice(span(m)[0], span(m)[1])),
      )
      .map(span);
    const described = res.mentions.filter((m) => m.via === 'cue' || m.via === 'number');
    // "How many parameters does DeepSeek have?": a model's figure asked of a maker with several models that have it
    // asks which model, rather than declining for the maker or answering for one model.
    // "Why would Meta give away a model that cost a fortune?" asks for reasons, not which model's cost.
    const makersModels =
      lead && specific.length === 1 && !cues.has('reasons') ? modelsWithAsked(lead, res.metrics) : [];
    if (makersModels.length >= 2) lead = undefined;
    // "Name the company that pulled in ~$11M against ~$99M a year of cloud bills": figures quoted to say which thing
    // is meant are its own sourced figures, not inputs to a calculation.
    // "at the midpoint", "at the top of the range": a range the user writes is worked at the point asked.
    const parsed = parseQuantities(body, names, periodNames, quantityWords);
    const point = cues.has('range-midpoint')
      ? 'middle'
      : cues.has('range-top')
        ? 'top'
        : cues.has('range-bottom')
          ? 'bottom'
          : undefined;
    const pointed = point ? rangePointText(body, parsed, point) : undefined;
    const qbody = pointed ?? body;
    const quantities = seatPricesByMonth(
      qbody,
      withTrainingFlop(
        qbody.toLowerCase(),
        inDollars(
          qbody,
          dropQuoted(
            pointed ? parseQuantities(qbody, names, periodNames, quantityWords) : parsed,
            lead,
            described,
            lowered,
          ),
        ),
      ),
      quantityWords,
    );
    // "Who runs the most GPUs?" asks which one holds a figure, not who leads a company: a who-cue counts when a
    // company is named or no figure is asked ("who's the CEO?").
    if (res.metrics.length && !specific.some((m) => kindOf(m) === 'organisations'))
      for (const id of [...matched.keys()])
        if (index.kb.cues.get(id)?.asks_who) {
          matched.delete(id);
          cues.delete(id);
        }
    // A cue that names the measure it asks for ("how many people work at…" → head count), else the word itself.
    const namedMeasure = [...matched.keys()].map((id) => index.kb.cues.get(id)?.declines_as).find(Boolean);
    const asksWho = [...matched.keys()].some(
      (id) => index.kb.cues.get(id)?.declines_as && index.kb.cues.get(id)?.asks_who,
    );
    const beforeData = [...matched.keys()].some(
      (id) => index.kb.cues.get(id)?.declines_as && index.kb.cues.get(id)?.before_data,
    );
    // "our cluster pushes 5k tokens a second": the user's own speed is an input to work with, not a figure asked.
    // A number glued to a name ("gpt-4o output tokens per second") is the name's, not the user's.
    // "we pay $2M for a 10% stake": a deal the user sets up with their own sums is a calculation, not one asked.
    const ownMeasure =
      (beforeData && quantities.some((x) => x.dims.token !== undefined && !/[a-z][-.]?$/i.test(body.slice(0, x.at)))) ||
      ([...matched.keys()].some((id) => index.kb.cues.get(id)?.user_sums) &&
        quantities.some((x) => x.dims.usd !== undefined));
    const untracked = ownMeasure ? undefined : (namedMeasure ?? matched.get('untracked-measure'));
    return {
      text: body,
      plain: command === 'calc' ? `calc ${body}`.toLowerCase() : body.toLowerCase(),
      lowered,
      hasContent: HAS_CONTENT.test(body),
      command,
      sides: given.sides,
      cues,
      qualifiers: [...cues].filter((id) => index.kb.cues.get(id)?.held_by),
      res,
      named,
      specific,
      lead,
      leadHasAsked: Boolean(lead && res.metrics.some((m) => index.ownMetric(lead!, m))),
      topicsOnly: specific.every((m) => ['concepts', 'markets'].includes(kindOf(m))),
      candidates: orderedCandidates(res.mentions, explicitCompare),
      explicitCompare,
      // …unless another company or model is named too; a topic beside it ("pro training") does not count.
      badVersion: specific.some((m) => !m.versionUnknown && ['organisations', 'models'].includes(kindOf(m)))
        ? undefined
        : named.find((m) => m.versionUnknown),
      strongCue: res.mentions.find(
        (m) => m.via === 'cue' && (m.strength ?? 0) >= 2 && ['organisations', 'models'].includes(kindOf(m)),
      ),
      ambiguous:
        makersModels.length >= 2
          ? {
              ...specific[0]!,
              ids: makersModels.map((e) => e.id),
              via: 'family',
              text: index.entity(specific[0]!.ids[0]!)!.name,
            }
          : named.find((m) => m.ids.length > 1 || m.via === 'family'),
      described,
      // "a 5B loss": a glued number the calculator reads as a sum of money names nothing.
      unknownNames: res.unknownNames.filter((n) => !quantities.some((x) => x.dims.usd === 1 && x.raw === n)),
      metrics: res.metrics,
      years: res.years,
      futureYear: futureYear(
        res.years,
        res.mentions.flatMap((m) => m.ids),
        cues.has('names-next-year'),
      ),
      moneyAsked: res.metrics.some((m) => index.isMoney(m)),
      countAsked: countAsked(res.words),
      countNoun: countNoun(res.words, res),
      amountNoun: amountNoun(res.words),
      givenMetrics: givenMetrics(body),
      expression:
        looksLikeExpression(expression) || command === 'calc' || CALC_VERB.test(body) ? expression : undefined,
      amounts: findAmounts(qbody).filter((a) => !inUnitDefinition(qbody, a.index, a.raw)),
      quantities,
      plan: planCalculation(qbody, quantities, quantityWords, namedPeriodTarget(qbody, quantities, periodNames)),
      modelSize: modelSizeOf(qbody.toLowerCase(), quantities),
      target: askedTarget(qbody, quantities) ?? namedPeriodTarget(qbody, quantities, periodNames),
      parts: askedParts(qbody, quantities),
      figureRequest: isFigureRequest(res, lowered),
      chartAsked: isChartRequest(index, res),
      pronoun: PRONOUN.test(lowered) || subjectless(res),
      untracked:
        untracked &&
        (asksWho ||
          cues.has('asks-amount') ||
          res.metrics.length > 0 ||
          nominal(res.words) ||
          MEASURE_ASKED.test(lowered)) &&
        !cues.has('citation')
          ? untracked
          : undefined,
      untrackedWho: asksWho,
      untrackedBeforeData: beforeData,
    };
  };

  /** The user's numbers less those that quote a sourced figure of the thing the question asks to identify: a thing
   * described by that figure ("which lab burns ~$47M a month"), or an option of a named thing ("one H100 for a month:
   * who's the $2,800 option?"). */
  function dropQuoted(quantities: Quantity[], lead: Entity | undefined, described: Mention[], lowered: string) {
    // "who pays what", "who owes how much": amounts per party asked, not which thing the figures describe.
    if (PER_PARTY_ASKED.test(lowered)) return quantities;
    // "vendor A: … vendor B: … who's cheaper": the question names its own choices, and asks which of those.
    const choices = quantityWords.choiceNamed && new RegExp(quantityWords.choiceNamed.source, 'g');
    if (choices && (lowered.match(choices)?.length ?? 0) >= 2) return quantities;
    const ids = lead
      ? ASKS_WHO.test(lowered)
        ? [lead.id]
        : []
      : ASKS_WHICH.test(lowered)
        ? described.filter((m) => m.via === 'number').flatMap((m) => m.ids)
        : [];
    if (!ids.length) return quantities;
    const values = new Set(
      ids
        .flatMap((id) =>
          (index.entity(id)?.figures ?? []).flatMap((f) =>
            f.range ? f.range : f.value !== undefined ? [f.value] : [],
          ),
        )
        .map((v) => Number(v.toPrecision(3))),
    );
    // Quantities are held in base units (per hour); the figure is compared with the number as written.
    const written = (x: Quantity) => findAmounts(x.raw)[0]?.value ?? x.value;
    return quantities.filter((x) => !values.has(Number(written(x).toPrecision(3))));
  }

  /** The model a company or licence is named to describe: "Google's 540-billion-parameter model from 2022" (a model
   * of the company described beside it), "the Zhipu flagship" (its one model, or the one of the year or size asked),
   * "the MIT-licensed flagship trained on 100K chips" (a licence as an attribute of a model described by a figure). */
  function describedModel(lead: Entity, named: Mention, res: Resolution): Entity | undefined {
    const strong = res.mentions
      .filter((m) => m.ids.length === 1 && (m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2)))
      .map((m) => index.entity(m.ids[0]!)!)
      .filter((e) => e?.kind === 'models');
    const only = <T>(xs: T[]) => (new Set(xs).size === 1 ? xs[0] : undefined);
    if (lead.kind === 'licences') return only(strong.filter((e) => e.licence === lead.id));
    if (lead.kind !== 'organisations') return undefined;
    const described = only(strong.filter((e) => e.org === lead.id));
    if (described) return described;
    if (!MODEL_AFTER.test(res.words[named.end] ?? '')) return undefined;
    const sizes = findAmounts(res.words.join(' ')).map((a) => a.value / 1e9);
    const models = [...index.kb.entities.values()].filter(
      (e) =>
        e.kind === 'models' &&
        e.org === lead.id &&
        (!res.years.length || res.years.includes(String(e.year))) &&
        (!sizes.length || sizes.includes(e.params_b ?? -1)),
    );
    return models.length === 1 ? models[0] : undefined;
  }

  /** Metrics named right before a sum of money the question states ("raised $3.05B", "revenue of $5B"). */
  function givenMetrics(body: string): string[] {
    const out = new Set<string>();
    for (const a of findAmounts(body)) {
      if (!a.money) continue;
      const before = body
        .slice(0, a.index)
        .toLowerCase()
        .split(/[^a-z0-9']+/)
        .filter(Boolean)
        .slice(-3);
      const metric = metricsInOrder(index, before).at(-1);
      if (metric) out.add(metric);
    }
    return [...out];
  }

  /** The noun "how many" counts ("how many researchers left" → researchers), skipping adjectives: the first plural
   * before a stopword or a name ("how many people quit Alibaba's team" → people), else the last word. */
  function countNoun(words: string[], res: Resolution): string | undefined {
    const at = words.findIndex((w, k) => w === 'how' && words[k + 1] === 'many');
    if (at < 0) return undefined;
    const named = (k: number) => res.mentions.some((m) => m.start <= k && k < m.end);
    const phrase: string[] = [];
    for (let k = at + 2; k < at + 5 && k < words.length; k++) {
      const w = words[k]!;
      if (STOPWORDS.has(w) || !/^[a-z]+$/.test(w) || named(k)) break;
      phrase.push(w);
    }
    const noun = phrase.find((w) => PLURAL.test(w)) ?? phrase.at(-1);
    // "how many times", "how many years": a ratio or a span, not a count of things.
    return noun && !/^(times|x|fold|years?|months?|days?|hours?|tokens?|dollars?)$/.test(noun) ? noun : undefined;
  }

  /** The thing "how much" measures when no metric names it: a noun followed by its verb ("how much cash does MiniMax
   * have left" → cash); not a comparative ("how much bigger") or a metric word. */
  function amountNoun(words: string[]): string | undefined {
    const at = words.findIndex((w, k) => w === 'how' && words[k + 1] === 'much');
    const noun = at < 0 ? undefined : words[at + 2];
    if (!noun || STOPWORDS.has(noun) || !/^[a-z]{3,}$/.test(noun) || /(er|est)$/.test(noun)) return undefined;
    if (index.metricWords.has(noun) || index.metricStems.has(stem(noun))) return undefined;
    return AUXILIARY.test(words[at + 3] ?? '') ? noun : undefined;
  }

  /** The count metric named by the words right after "how many" ("how many H100 GPUs" → hardware). */
  function countAsked(words: string[]): string | undefined {
    const at = words.findIndex((w, k) => w === 'how' && words[k + 1] === 'many');
    if (at < 0) return undefined;
    const metric = metricsInOrder(index, words.slice(at + 2, at + 5))[0];
    return metric && index.isCount(metric) ? metric : undefined;
  }

  /** A maker's models that hold a figure asked which the maker itself holds none of (nor a near-synonym). */
  function modelsWithAsked(maker: Entity, metrics: string[]): Entity[] {
    if (maker.kind !== 'organisations' || !metrics.length || metrics.some((m) => index.ownMetric(maker, m))) return [];
    const models = [...index.kb.entities.values()].filter((e) => e.kind === 'models' && e.org === maker.id);
    // "OpenAI's operating costs": the metric asked first is a company's; "costs" also reading as a training cost
    // does not make the question one about its models.
    if (!models.some((e) => e.figures.some((f) => f.metric === metrics[0]))) return [];
    return models.filter((e) => metrics.some((m) => e.figures.some((f) => f.metric === m)));
  }

  /** "How much was raised?", "what was the revenue?": a money figure asked with its subject left out, every other
   * word a metric word or a stopword, and no topic holds such a figure: the subject is as open as a pronoun's. */
  function subjectless(res: Resolution): boolean {
    // "What's the licence?", "the licence on it?": a licence asked of nothing named is as open as "its licence".
    // "How large/high was …": the degree word asks for an amount, like "how much".
    const content = res.words.filter((w) => !STOPWORDS.has(w) && w !== 'it' && !DEGREE.test(w));
    if (
      content.length === 1 &&
      /^licen[cs]es?$/.test(content[0]!) &&
      res.words.some((w) => w === 'the' || w === 'it') &&
      !res.mentions.some((m) => m.via !== 'cue') &&
      !res.unknownNames.length
    )
      return true;
    if (!res.metrics.length || res.mentions.length || res.unknownNames.length || res.years.length) return false;
    if (content.length > 2 || !content.every((w) => metricPhraseWords.has(w) || index.metricStems.has(stem(w))))
      return false;
    // A figure a topic holds ("how much does training cost?") has a general answer; a company's own has none.
    return res.metrics.some((m) => ownFigureOnly(index, m));
  }

  /** Drops a model's organisation named next to it ("DeepSeek … V3"), then puts first the one that has the
   * figure asked for, else a company or model rather than a topic. */
  function orderSpecific(specific: Mention[], metrics: string[]): Mention[] {
    const out = specific.filter((m) => !specific.some((o) => isParentOf(m.ids[0]!, o.ids[0]!)));
    if (!out.length) return out;
    const hasAsked = (m: Mention) =>
      metrics.some((metric) => index.ownMetric(index.entity(m.ids[0]!)!, metric) !== undefined);
    const isThing = (m: Mention) => ['organisations', 'models'].includes(kindOf(m));
    const lead = out.find(hasAsked) ?? out.find(isThing) ?? out[0]!;
    return [lead, ...out.filter((m) => m !== lead)];
  }

  /** Distinct single entities in the order named: named ones and clearly described ones (two or more telling
   * words). Unless a comparison was asked for, a maker next to its own model is the same thing, not a side. */
  function orderedCandidates(mentions: Mention[], explicit: boolean): Mention[] {
    const chosen: Mention[] = [];
    const eligible = mentions.filter(
      (m) =>
        m.via === 'alias' || m.via === 'fuzzy' || m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2),
    );
    for (const m of [...eligible].sort((a, b) => a.start - b.start)) {
      if (m.ids.length !== 1 || m.via === 'family') continue;
      if (chosen.some((o) => o.ids[0] === m.ids[0])) continue;
      chosen.push(m);
    }
    return explicit ? chosen : chosen.filter((m) => !chosen.some((o) => o !== m && isParentOf(m.ids[0]!, o.ids[0]!)));
  }
}
