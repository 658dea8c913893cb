// The intent table: an ordered list of rows, each a condition on the understood Question and the reason it
// gives. The first row whose condition holds and whose answerer has an answer decides the reply; its intent
// and reason travel with the reply (logs, `ask --jsonl`), so a wrong answer names the row to change.

import { bareModelCost } from './answer/cost-reading.js';
import { datedChangeAsked } from './answer/sourced-change.js';
import { chipSpecAsked } from './answer/sourced-chips.js';
import { sourcedCountAsked } from './answer/sourced-count.js';
import { currencyAsked } from './answer/sourced-currency.js';
import { pairAsked, RELATED } from './answer/sourced-pair.js';
import { sourcedReachAsked } from './answer/sourced-reach.js';
import { runTimeAsked } from './answer/sourced-run.js';
import { pnlWhatIfAsked } from './answer/sourced-what-if.js';
import { conversionOf } from './answer/user-currency.js';
import { CHIPS_TIMES_HOURS } from './datasets/run-hours.js';
import type { Dims } from './understand/quantities.js';
import { type Intent, type Question, SMALL_TALK_CUES } from './understand/question.js';
import { countedGroup, leadStandsIn } from './understand/stand-in.js';
import { isPeriodChange, isReciprocal } from './understand/target.js';
import { isConvertedAsked } from './understand/text-units.js';
import { sameDims } from './units.js';

/** One row: when it applies, and why, in words a reader of a trace understands. */
export interface IntentRule {
  intent: Intent;
  when: (q: Question) => boolean;
  because: string;
  /** The answerer itself declines the unknown names, so the engine adds no "I don't have …" preface. */
  declines?: boolean;
  /** Tried before the data sets' answers when it holds: a calculation the user asked for, which the data sets
   * would answer with a named model's prices or profile instead. */
  beforeData?: (q: Question) => boolean;
}

const namedOrStronglyDescribed = (q: Question) =>
  q.res.mentions.some((m) => m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2));

/** "the claude maker", "the chatgpt company": a product named to describe who makes it. */
const MAKER_WORD = /\b(maker|makers|creator|developer|parent|company behind|lab behind)\b/;

/** A word that makes the thing named after it the occasion of the question, not its subject: "after DeepSeek, …",
 * "since Llama…"; "what's OpenAI doing…" is about OpenAI. */
const OCCASION_WORD = /^(after|since|following|post|before)$/;

/** A point in a sourced range: "the top end of Meta's budget", "the midpoint". */
const RANGE_POINT = /\b(top|high|upper|low|bottom|lower) end\b|\bmid-?point\b|\bmiddle of\b/;

/** Chips named as what money goes to: "going to GPUs", "spent on chips", "earmarked for H100s". */
const SPENT_ON_CHIPS =
  /\b(?:go(?:es|ing)?|went|spent|spend(?:ing)?|earmarked|allocated|put|goes)\s+(?:in)?(?:to|on|for)\s+(?:\w+\s+)?(?:gpus?|chips?|accelerators?|h100s?)\b/;

/** "40% of Meta's budget going to GPUs": a share of spending that chips are bought with, not a rent of them. */
function shareSpentOnChips(q: Question): boolean {
  return q.quantities.some((x) => x.dims.percent === 1) && SPENT_ON_CHIPS.test(q.lowered);
}

/** A projected figure named as one end of a change. */
const PROJECTION = /\bproject(?:ed|ion|ions)\b|\bforecast\w*\b/;

/** Words that name the bot itself: not an unknown subject when the message is about the bot. */
const BOT_WORD = /^(aiecon|bot|chatbot)$/i;

/** Units of compute asked of the user's numbers: GPU-hours, FLOP, energy, memory. */
const COMPUTE_DIMS: ReadonlySet<string> = new Set(['gpu', 'hour', 'flop', 'kwh', 'gb']);

/** A unit of chip time, compute or memory alone, with no money or tokens in it. */
const COMPUTE_DIMS_ONLY = (dims: Dims) =>
  Object.keys(dims).every((k) => k === 'gpu' || k === 'hour' || k === 'flop' || k === 'gb') &&
  (dims.gpu !== undefined || dims.flop !== undefined || dims.gb !== undefined);

/** "5B tokens a day for a month at the oct 2024 gpt-3.5-level price": money asked of the user's tokens, no price of
 * theirs given, and the thing named has a sourced per-token price: the token answer prices them, where the units row
 * would only count the tokens. */
function tokensAtNamedPrice(q: Question): boolean {
  return (
    q.moneyAsked &&
    !q.quantities.some((x) => x.dims.usd !== undefined) &&
    q.quantities.some((x) => x.dims.token === 1) &&
    (q.lead?.figures.some((f) => f.unit === 'money/Mtok') ?? false)
  );
}

/** Rows in order: the first that holds and answers wins; the last rows always hold. */
export const INTENTS: readonly IntentRule[] = [
  {
    intent: 'programme-spend',
    // Before the data sets, which would list each model's run as if one of them were the spend asked.
    when: (q) => q.cues.has('programme-spend') && !q.cues.has('reasons'),
    because: "a company's spend on a model family as a whole, which no source totals",
    declines: true,
  },
  {
    intent: 'future-year',
    // "what will GPT-4o cost per million tokens in 2027": today's prices (the data sets', the rental rows') would read
    // as that year's. A calculation the user sets up ("if rent falls 20% a year, in 2028?") has numbers of its own.
    when: (q) =>
      q.futureYear !== undefined &&
      !q.quantities.length &&
      q.expression === undefined &&
      !q.chartAsked &&
      (q.figureRequest || q.moneyAsked || q.metrics.length > 0),
    because: 'a figure asked for a year past every source, which none forecasts',
    declines: true,
    beforeData: () => true,
  },
  {
    intent: 'cost-reading',
    // "what does GPT-5 cost": its training run (the articles) or its token price (the price lists); neither alone.
    when: bareModelCost,
    because: 'a bare cost asked of a model with both a training cost and token prices',
    beforeData: () => true,
  },
  {
    intent: 'data-worked',
    // Before the data sets' answer, which shows the figures; this works them with the user's numbers, or not at all.
    when: (q) => q.data !== undefined && 'reply' in q.data && (q.data.shown?.length ?? 0) > 0,
    because: "a calculation asked of a data-set thing's figures",
  },
  {
    intent: 'data-set',
    // "the claude maker's revenue": a data-set name inside a clear description of something the articles cover is
    // not the subject, so the data sets' answer about Claude does not stand for the answer about its maker.
    when: (q) =>
      q.data !== undefined &&
      'reply' in q.data &&
      // "gpt-4o tokens per second": a measure no data set holds either is declined, not met with the model's prices.
      !(q.untracked !== undefined && q.untrackedBeforeData) &&
      !(
        MAKER_WORD.test(q.plain) &&
        (q.described.some((m) => m.via === 'cue' && (m.strength ?? 0) >= 2) ||
          // "anthropic vs openai valuations - how many times bigger is the claude maker?": the makers are named.
          q.specific.filter((m) => q.res.mentions.includes(m) && m.via === 'alias').length >= 2)
      ),
    because: 'the data sets answer it: a token price, a training run, a chip, an openness grade or a data-set name',
    declines: true,
  },
  { intent: 'empty', when: (q) => !q.hasContent, because: 'the message has no letters or digits' },
  { intent: 'help', when: (q) => q.cues.has('help'), because: 'the whole message asks for help' },
  {
    intent: 'smalltalk',
    when: (q) => SMALL_TALK_CUES.some((c) => q.cues.has(c)),
    because: 'the whole message is greetings, thanks or acknowledgements',
  },
  {
    intent: 'about-bot',
    // "who are you?", "what sources do you use?", "are you a bot": nothing from the knowledge is named, so the answer
    // is what the bot covers and where its figures come from, not a decline for "bot" or a search for "sources".
    when: (q) =>
      q.cues.has('addresses-bot') &&
      !q.res.mentions.length &&
      !q.metrics.length &&
      !q.quantities.length &&
      !q.years.length &&
      q.expression === undefined &&
      q.unknownNames.every((n) => BOT_WORD.test(n)),
    because: 'asks about the bot itself and names nothing from the knowledge',
  },
  {
    intent: 'untracked',
    // "700 W for 30 days at $0.12/kWh": the user's own energy figures are a calculation, not a missing measure; so is
    // a split of the user's amount by their own headcounts ("by headcount 120 / 80 / 40").
    when: (q) =>
      q.untracked !== undefined &&
      !q.quantities.some((x) => x.dims.kwh !== undefined) &&
      q.plan.listedShares === undefined,
    because: 'asks for an amount of a measure no article quantifies',
    declines: true,
  },
  {
    intent: 'chart',
    when: (q) => q.chartAsked,
    because: 'asks for a chart, or a metric over time',
    // The chart answerer names the models through the data sets' index itself and says which names it lacks.
    declines: true,
    // A picture asked of data-set models is drawn, not answered by the data sets' text about the first one named.
    beforeData: () => true,
  },
  {
    intent: 'arithmetic',
    when: (q) => q.expression !== undefined,
    because: 'the message is an arithmetic expression or follows "calc"',
  },
  {
    intent: 'model-size',
    // "7B model on 2T tokens, 6ND rule", "70B params in fp16 — GB for weights": a size read as a parameter count, which
    // the data sets would read as a model's name ("GB" as the GB200) and the token answer as tokens to price.
    when: (q) => q.modelSize !== undefined,
    because: "a model's size worked with the user's numbers: 6·N·D training FLOP, or its weights' memory",
    beforeData: () => true,
  },
  {
    intent: 'sourced-chips',
    // "Meta's 600K H100s at Epoch's launch price", "1,000 H100s at TDP for a month at $0.10/kWh": a chip's list price or
    // TDP from the data sets, worked with the user's numbers; the data sets' chip answer would only list the spec.
    when: chipSpecAsked,
    because: "a chip's list price or TDP (Epoch) worked with the user's numbers or a model's run",
    beforeData: () => true,
  },
  {
    intent: 'sourced-run',
    // "GPT-4's GPU-hours at $1.50/hr", "how many H100-months would Llama 3's budget buy": accelerator time, sourced
    // (Epoch's chips × hours) or bought with a sourced sum at a rate (the user's or the articles' H100 rates).
    when: runTimeAsked,
    because: "a model's run in GPU-hours priced at a rate, or a sourced sum turned into GPU time",
    declines: true,
    beforeData: () => true,
  },
  {
    intent: 'sourced-pair',
    // "Meta's budget midpoint vs Alibaba's yearly pace — how many times bigger?": the user's numbers there only name
    // the two sourced figures, so the user's-numbers row below would combine them as if they were inputs.
    when: (q) => {
      const ids = new Set(q.candidates.filter((m) => m.ids.length === 1).map((m) => m.ids[0])).size;
      // Two or more: the answerer reads which two are things and which a description holding a name.
      // "… as a % of the parent fund's AUM": the second thing is referred to through the first.
      return (ids >= 2 || (ids === 1 && RELATED.test(q.lowered))) && pairAsked(q);
    },
    because:
      "two things' sourced figures worked against each other: a multiple, a share, a duration or a share of each",
    beforeData: () => true,
  },
  {
    intent: 'sourced-what-if',
    // "say Stability had cut its cloud spend by 40% but revenue stayed — yearly loss?": each change belongs to the term
    // its clause names; the sourced-units row would apply the one percentage to the first figure it finds.
    when: pnlWhatIfAsked,
    because:
      "a company's sourced revenue, costs or margin changed by the user, and the loss, profit or gross profit asked",
    beforeData: () => true,
  },
  {
    intent: 'sourced-reach',
    // "180M MAU growing 25%/yr — years till the Llama licence's MAU cap?": the goal is the lead's figure, which the
    // user's-numbers row cannot see.
    when: sourcedReachAsked,
    because: "the time until a level growing at the user's rate passes one of a thing's sourced figures",
    beforeData: () => true,
  },
  {
    intent: 'sourced-currency',
    // "zhipu's 2024 revenue in USD if the yuan is 7.2 to the dollar", "gpt-3's training bill in GBP at 0.79 pounds per
    // dollar": a sourced figure at the user's exchange rate.
    when: currencyAsked,
    because:
      "a sourced figure in yuan converted to dollars, or in dollars converted to another currency, at the user's rate",
    beforeData: () => true,
  },
  {
    intent: 'sourced-count',
    // "meta's H100 count at 1 kW per GPU for a year at 8c/kWh": the thing's sourced count multiplies the user's amounts
    // per one of what it counts; the user's-numbers row below would leave the count out ("$700.80 a year per GPU").
    when: sourcedCountAsked,
    because: "a thing's sourced count (GPUs, downloads) multiplying the user's amounts per one of them",
    beforeData: () => true,
  },
  {
    intent: 'currency',
    // "€45k compute credit, eur/usd 1.08 — in dollars?": the user's amount at the exchange rate they give.
    when: (q) => conversionOf(q) !== undefined,
    because: "the user's amount in one currency converted at the exchange rate they give",
    beforeData: () => true,
  },
  {
    intent: 'units',
    // "the startup that raised $3.05B over 7 rounds": counts of unlisted things are inputs only when a number is
    // asked, or next to a rate or a "×".
    when: (q) =>
      (q.quantities.filter((x) => !x.loose).length >= 2 ||
        (q.quantities.length >= 2 &&
          (q.figureRequest ||
            !q.quantities.some((x) => x.loose) ||
            q.quantities.some((x) => x.chained || Object.keys(x.dims).length > 1) ||
            q.quantities.some((x) => x.loose && x.noun === q.target?.noun))) ||
        q.plan.listedShares !== undefined ||
        q.plan.keepFlat !== undefined ||
        isPeriodChange(q.quantities, q.target) ||
        isReciprocal(q.quantities, q.target) ||
        isConvertedAsked(q.quantities, q.target)) &&
      !tokensAtNamedPrice(q),
    because:
      'the user gives two or more numbers with units that combine, one rate asked per another period, or text asked in tokens',
    // "2048 H800s for 57 days — how many GPU-hours?": compute asked of the user's own counts and times, which a data
    // set's run named beside them would answer with its own figures instead.
    beforeData: (q) =>
      q.quantities.some((x) => x.dims.usd !== undefined) ||
      q.plan.keepFlat !== undefined ||
      (q.target !== undefined &&
        Object.keys(q.target.dims).length > 0 &&
        Object.keys(q.target.dims).every((d) => COMPUTE_DIMS.has(d)) &&
        q.quantities.filter((x) => !x.loose).length >= 2),
  },
  {
    intent: 'sourced-change',
    // "the 2024 market and its 2030 projection: CAGR?": two of one thing's figures, a change between them asked.
    // "GPT-4's training cost: the wiki's number vs the chapter's — % gap": two sources' figures for one period.
    when: (q) =>
      (q.lead !== undefined || q.described.length > 0) &&
      (q.years.length >= 2 || PROJECTION.test(q.plain) || (q.res.articles?.length ?? 0) === 2 || datedChangeAsked(q)),
    because: "a change (compound rate, %, multiple or gap) between one thing's figure at two points in time",
    beforeData: () => true,
  },
  {
    intent: 'sourced-units',
    when: (q) =>
      (q.lead !== undefined ||
        q.described.length > 0 ||
        // "35 fine-tunes at the chapter's per-model cost": a figure referred to by its source and its metric alone.
        (!q.named.length && (q.res.articles?.length ?? 0) > 0 && q.moneyAsked && q.quantities.length > 0)) &&
      // Only named things count as a second subject: "the real cost" describes a topic, not another side.
      (q.lead !== undefined
        ? q.candidates.filter((m) => (m.via === 'alias' || m.via === 'fuzzy') && !countedGroup(q, m)).length <= 1
        : q.candidates.filter((m) => m.via !== 'number').length <= 1) &&
      // Rentals, self-hosting and token bills have their own sourced answerers, which show every option; "a $10M
      // on-prem deal" at a sourced margin is a plain sum of money, worked here.
      (!q.cues.has('self-host') ||
        (q.quantities.length > 0 && q.quantities.every((x) => sameDims(x.dims, { usd: 1 })))) &&
      // "FLOP of the 675B Mistral Large 3": Mistral AI's figures do not stand for a model it makes that we lack.
      !leadStandsIn(q) &&
      // …unless the user gives their own hourly rate to work a sourced sum with ("K2's training at $2.50/GPU-hour").
      // …or asks the sum per GPU ("GPT-4's cost split over 25,000 GPUs, per GPU").
      // "what's coreweave charging per H100-hour": GPUs at a host or on terms no source prices are the rental row's
      // to decline; the sourced rates converted would read as that host's price.
      // "25% of alibaba's 3-year AI commitment goes to GPUs" is a share of spending, no rental terms.
      !(
        q.cues.has('gpu') &&
        (q.cues.has('unpriced-gpu-host') || q.cues.has('unpriced-gpu-terms')) &&
        !shareSpentOnChips(q)
      ) &&
      (!q.cues.has('gpu') ||
        // "40% of Meta's budget going to GPUs": the chips name what the share is spent on, not a rent.
        shareSpentOnChips(q) ||
        q.quantities.some((x) => x.dims.usd === 1 && x.dims.hour === -1) ||
        (q.target?.dims.usd === 1 && q.target.dims.gpu === -1)) &&
      !q.quantities.some((x) => x.dims.token === 1 && !x.dims.usd) &&
      // "12M words at $3/M tokens": the words are no sourced figure quoted, and nothing turns them into tokens.
      !q.quantities.some((x) => x.unconverted) &&
      (q.quantities.length > 0 || q.target !== undefined || RANGE_POINT.test(q.plain)) &&
      // "…is 14x whose revenue?" asks for a thing, not an amount.
      !/\b(?:whose|who)\b/.test(q.plain) &&
      // "Epoch's GPU count and training hours": a data-set run's chips × hours, where Epoch is the source named.
      !CHIPS_TIMES_HOURS.test(q.plain),
    because: "a sourced figure worked with the user's numbers or into the period asked",
    beforeData: () => true,
  },
  {
    intent: 'sourced-factor',
    // "our last flagship cost $3M — at the average jump between flagships, the next?": one amount of the user's and a
    // share or multiple referred to by what it is, held by a thing the question need not name.
    when: (q) =>
      q.cues.has('cites-figure') &&
      // "epoch's amortised cost vs the $5.6M headline": Epoch's estimate set against the reported figure, both shown.
      !(q.cues.has('sets-against-reported') && /\bepoch\b/.test(q.lowered)) &&
      q.quantities.length === 1 &&
      q.quantities[0]!.dims.usd === 1 &&
      // A sum, or a bill each period ("18k a month").
      (Object.keys(q.quantities[0]!.dims).length === 1 ||
        (Object.keys(q.quantities[0]!.dims).length === 2 && q.quantities[0]!.dims.hour === -1)),
    because: "a sourced share or multiple, referred to by what it is, applied to the user's amount",
    beforeData: () => true,
  },
  {
    intent: 'uncombined',
    // Two or more of the user's numbers, money among them, a figure asked and nothing sourced named: every row that
    // could combine them declined, so no formula fits, and no figure is better than a wrong one.
    when: (q) =>
      // "12M words at $3/M tokens": text no conversion the user gave turns into tokens.
      // A count or a time asked of two numbers counts too ("5 agents at 200/hr, how many tasks in a day?").
      (q.quantities.filter((x) => !x.loose).length >= 2 ||
        q.quantities.some((x) => x.unconverted) ||
        (q.target !== undefined && q.quantities.length >= 2)) &&
      (q.quantities.some((x) => x.dims.usd !== undefined) || q.target !== undefined) &&
      (q.figureRequest ||
        q.target !== undefined ||
        !q.plan.cases.length ||
        q.quantities.some((x) => x.unconverted) ||
        // Three numbers of the user's own, money among them, with nothing named: a calculation, not a topic to browse.
        q.quantities.filter((x) => !x.loose).length >= 3) &&
      !q.lead &&
      !q.described.some((m) => m.via === 'cue' && (m.strength ?? 0) >= 2) &&
      !q.named.length,
    because: "the user's numbers do not combine into what was asked",
  },
  {
    intent: 'split',
    // "what do members get in return for chipping in?" shares a cost but asks for no amount.
    when: (q) =>
      q.cues.has('split') &&
      (q.quantities.length > 0 || q.amounts.length > 0 || q.cues.has('how-much') || q.figureRequest),
    because: 'a cost shared between parties ("split", "each", "per member")',
  },
  {
    intent: 'tokens',
    // "7B on 2T tokens at 40% MFU — GPU-hours?": chip time or compute asked of tokens is no bill to price.
    when: (q) =>
      !(q.target && COMPUTE_DIMS_ONLY(q.target.dims)) &&
      (q.amounts.some((a) => !a.money && /^(tokens?|toks?|mtok|mtoks)$/.test(a.next)) ||
        q.quantities.some((x) => x.dims.token === 1 && Object.keys(x.dims).length === 1)),
    because: 'a number of tokens to price',
  },
  {
    intent: 'self-host',
    when: (q) => q.cues.has('self-host'),
    because: 'self-hosting against an API, or an API at scale',
  },
  {
    intent: 'rent',
    // GPUs named beside a company or model ("the GPU giant's spending") are not a rental question.
    // …a host the sources do not price, named beside GPUs ("8x H100 node price on lambda"), asks a rent there.
    when: (q) =>
      q.cues.has('rent') ||
      (q.cues.has('gpu') &&
        ((!q.lead && !q.described.length) || q.cues.has('unpriced-gpu-host') || q.cues.has('unpriced-gpu-terms'))),
    because: 'GPUs and renting them for a time or a budget',
  },
  {
    intent: 'rank',
    when: (q) => q.cues.has('rank'),
    because: 'a superlative or a threshold across things',
  },
  {
    intent: 'unknown-version',
    when: (q) => q.badVersion !== undefined,
    because: 'a known family with a version or variant the knowledge lacks',
    declines: true,
  },
  {
    intent: 'unknown-name',
    when: (q) => q.unknownNames.length > 0 && !q.named.length && !q.described.length,
    because: 'only names the knowledge does not know',
    declines: true,
  },
  {
    intent: 'compare',
    when: (q) =>
      q.candidates.length >= 2 &&
      ((q.explicitCompare && !q.cues.has('who-made')) ||
        (q.candidates.filter((m) => m.via === 'alias' || m.via === 'fuzzy').length >= 2 &&
          q.metrics.length > 0 &&
          !q.cues.has('reasons') &&
          !q.cues.has('who-made'))),
    because: 'two or more things with a comparison asked, or two named things and a metric',
  },
  {
    intent: 'described-company',
    when: (q) => q.specific.length > 0 && q.strongCue !== undefined && q.topicsOnly,
    because: 'a topic named next to a clearly described company or model',
  },
  {
    intent: 'unknown-subject',
    when: (q) => q.specific.length > 0 && q.unknownNames.length > 0 && q.metrics.length > 0,
    because: 'a figure asked of a name the knowledge does not know, next to one it knows',
    declines: true,
  },
  {
    intent: 'article-subjects',
    // "…which licences does the econ essay give for Meta and for Mistral?": a point per subject, not a figure.
    when: (q) => (q.res.articles?.length ?? 0) > 0 && q.specific.length >= 2 && !q.figureRequest && !q.metrics.length,
    because: "names an article and several companies or models: that article's best point on each",
  },
  {
    intent: 'article',
    // "Per the econ essay, why would cloud providers…": a topic named beside an article is looked up in that
    // article; a company or model named is answered as itself (its facts from that article rank first).
    when: (q) =>
      (q.res.articles?.length ?? 0) > 0 &&
      (q.lead === undefined || q.topicsOnly) &&
      // "the priciest line in the wiki's table" ranks figures; the ranking reads the article named itself.
      !q.cues.has('rank') &&
      !q.described.some((m) => m.via === 'number' || (m.via === 'cue' && (m.strength ?? 0) >= 2)),
    because: "names an article as the source: that article's own facts",
  },
  {
    intent: 'own-figures',
    when: (q) => q.lead !== undefined || q.described.some((m) => m.via === 'cue' && (m.strength ?? 0) >= 2),
    because: "one thing's own figures worked against each other, or others with a similar figure",
  },
  {
    intent: 'figure-elsewhere',
    when: (q) =>
      q.lead !== undefined &&
      (q.lead.kind === 'concepts' || q.lead.kind === 'markets') &&
      q.figureRequest &&
      q.metrics.length > 0 &&
      !q.leadHasAsked,
    because: 'a topic asked for a figure it lacks; the fact that has it elsewhere',
  },
  {
    intent: 'asked-topic',
    // Reasons asked beside a company or model ("after DeepSeek, what should enterprises ask about closed models?"):
    // the answerer hands back unless a topic's fact answers far better than the named thing's own.
    when: (q) =>
      q.lead !== undefined &&
      (q.lead.kind === 'organisations' || q.lead.kind === 'models') &&
      q.specific.length === 1 &&
      OCCASION_WORD.test(q.res.words[q.specific[0]!.start - 1] ?? '') &&
      !q.figureRequest &&
      q.metrics.length === 0,
    because: 'a company or model named as the occasion ("after DeepSeek, …") of a question about a topic',
  },
  { intent: 'entity', when: (q) => q.lead !== undefined, because: 'one named thing' },
  { intent: 'family', when: (q) => q.ambiguous !== undefined, because: 'a family or a name several things share' },
  {
    intent: 'referent',
    when: (q) => q.pronoun && !namedOrStronglyDescribed(q),
    because: 'a pronoun, a bare "the startup" or a company figure asked of no one, and no clear description',
  },
  {
    intent: 'clarify-described',
    when: (q) => q.described.length > 0 && !q.described.some((m) => m.via === 'number') && q.moneyAsked,
    because: 'several equally good descriptions that all have the money figure asked',
  },
  { intent: 'described', when: (q) => q.described.length > 0, because: 'a description or a quoted figure' },
  { intent: 'referent', when: () => true, because: 'a referent the question leaves open' },
  { intent: 'topic', when: () => true, because: 'no subject: the best-matching facts' },
  { intent: 'no-match', when: () => true, because: 'nothing matched' },
];
