// The data-set answerers' entry: names at scale (DataNameIndex), then the first matching row of DATA_INTENTS.
// Returns undefined for questions the article engine should answer (article subjects asked article things).
import { cuePattern, cueWords, phrasePattern } from '../../knowledge/cues.js';
import { isGenerated } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/load.js';
import { nameKey, phraseKey, STOPWORDS } from '../../knowledge/normalize.js';
import { PhraseIndex } from '../../knowledge/phrases.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue, formatMoney } from '../format.js';
import {
  articleOpennessLine,
  chipVariantsReply,
  dataClarifyReply,
  dataMissingFigureReply,
  dataReply,
  dataUnknownReply,
  dataUnknownVariantReply,
  isVersionsLine,
  makerCountryLine,
  membersAgreeReply,
  noCountryNote,
  noSellerPriceLine,
  noTierPriceLine,
  oneListPriceLine,
  otherVersionsLine,
  partlyMissingLine,
  readAsNote,
  uncombinedReply,
} from '../replies.js';
import type { Reply } from '../types.js';
import { askVocabulary, correctAskWords } from './ask-words.js';
import { memberRankLines, memberRankWords } from './cheapest-member.js';
import { CHIP_METRICS, chipAnswer, chipCount, chipVariantLines } from './chip-answers.js';
import { chipCompareLines, chipSides, comparedSpec } from './chip-compare.js';
import { baseNamesFirst, createChoices, PRICED, PRICED_WORDS } from './choices.js';
import { createDescribedSubject } from './described-subject.js';
import { familyVerdict, figureValue } from './family-figures.js';
import { createFamilies } from './family-members.js';
import { dataFigures, type ProviderPrices } from './figures.js';
import { DATA_INTENTS, type DataIntent, withoutOpenPicks } from './intent.js';
import { createLineWords } from './line-word.js';
import { memberLicences } from './member-licences.js';
import { type DataMention, DataNameIndex } from './names.js';
import { createNarrower } from './narrow.js';
import { groupOpenness, opennessLines, organisationOpenness } from './openness-answers.js';
import { type ArticleWord, compareOpenness, type OpennessView, opennessView } from './openness-summary.js';
import {
  budgetLine,
  cacheShare,
  cheaperLine,
  cheapestRows,
  contextLines,
  distinctWords,
  genaiOnly,
  modelPrices,
  mostSoldFirst,
  priceLines,
  priceRatioLines,
  providerLine,
  rowAsked,
  sideRelationLine,
  tierAsked,
  tierLines,
  tokenBudget,
  tokenCounts,
} from './price-answers.js';
import { createRankings } from './rankings.js';
import { releaseLicenceLine } from './release-licences.js';
import { RUN_HOURS_ASKED, RUN_HOURS_RULE, runHoursLines } from './run-hours.js';
import { ownName, sizedFamilyMembers } from './sized-family.js';
import {
  dataOnlyName,
  distinctVersions,
  firstGeneration,
  fullerName,
  nounFor,
  orgIsSubject,
  withoutNames,
} from './subject-words.js';
import { perUnitLines, workloadBill } from './token-bill.js';
import { blendedLine, budgetCountLine, cachedBlendLine } from './token-mix.js';
import { periodLines, ratioOf } from './token-periods.js';
import { routedBill } from './token-routing.js';
import { withoutNames as blankNames, tokensAlonePriced, tokenVolumeCost } from './token-volume.js';
import { readWorkload, type Workload, workloadWordsOf } from './token-workload.js';
import {
  chipLines,
  chipsCounted,
  dataFigureLine,
  epochDated,
  methodAsked,
  questionParts,
  shownFigures,
  trainingAsked,
  trainingLines,
  trainingRatioLines,
} from './training-answers.js';
import { unitBillAsked, unitPriceBill, unitPriced } from './unit-bill.js';

/** Words that say a question is about data-set facts (so one-word names like "falcon" count as names). */
/** Most other versions named after an answer about the base model by its own name. */
const VARIANTS_SHOWN = 4;

/** Where a model's maker is based: the organisation's own country, else the one Epoch gives for the model's
 * developers, else the one country Epoch gives for every other model of the maker's (with Epoch as its source). */
function countryOf(org: Entity, model: Entity, models: Entity[]): { name: string; source?: string } | undefined {
  const of = (e: Entity) => (e as { country?: string }).country;
  if (of(org)) return { name: of(org)! };
  if (of(model)) return { name: of(model)!, source: 'epoch-models' };
  const theirs = new Set(models.filter((m) => (m as { org?: string }).org === org.id && of(m)).map(of));
  const [one] = theirs;
  return theirs.size === 1 && !one!.includes(',') ? { name: one!, source: 'epoch-models' } : undefined;
}

const DATA_CONTEXT =
  /\b(price|pricing|per[- ]m|per million|mtok|osai|mot|openness|licen[cs]e|weights|epoch|params?|parameters|flops?|context window|provider|how (big|large)|size)\b|\$\/m/;
/** Training words that also make a one-word name ("gopher", "flamingo") a model name, but ask no family back. */
/** A training cost asked ("falcon training cost", "what did falcon cost to train"). */
const TRAINING_COST = /\b(training costs?|cost to train|cost of training|train(?:ing)? bill)\b/;
const TRAINING_CONTEXT = /\b(param\w*|chips|gpus?|tpus?|gpu count|chip count|hardware|mfu|trained on|cost methods?)\b/;
/** An article metric a data-set entity cannot have: asked of one, it is declined rather than passed on. */
const ARTICLE_ONLY =
  /\b(revenue|valuation|valued|worth|raised?|funding|margin|losses?|profit\w*|users|employees|headcount|ipo|burn|budget|spend|spent|cost)\b/;
/** Training figures asked for in so many words, which a data-set figure answers outright. */
/** Fields of an Epoch model row that only the data sets hold (the articles' answerer declines parameters and chips
 * itself). */
const EPOCH_ROW_FIELDS = new Set([
  'training_compute',
  'dataset_size',
  'training_time',
  'hardware_cost',
  'hardware_utilization',
  'training_power',
]);

const STRICT_TRAINING: Array<[string, RegExp]> = [
  ['parameters', /\b(param\w*|how big|model size)\b/],
  // "how much more compute did A use", "how many times more compute went into A": compute set against compute.
  [
    'training_compute',
    /\b(flops?|floating point|training compute|compute used|(how much|more|less|most|least) compute)\b/,
  ],
  [
    'dataset_size',
    /\b(training tokens|tokens trained|data ?set size|training data size|training set|(training )?corpus|pre-?training (data|tokens))\b/,
  ],
  ['training_time', /\b(training time|how long)\b/],
  ['hardware_utilization', /\b(mfu|utili[sz]ation)\b/],
  // Epoch's accessibility label ("open weights (restricted use)"), which no article gives.
  ['access', /\baccessibility\b/],
  ['training_power', /\b(power draw|megawatts?|watts)\b/],
];
/** A price at some past time ("at its launch price", "the Nov 2022 price"): the articles' dated prices, not today's. */
const PAST_PRICE =
  /\b(launch\w*|at the time|back then|originally|would have|(19|20)\d\d|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/;

/** Words that ask how open a model is (not merely name an open model): a yes/no, a licence, a grade. */
const OPENNESS_ASK =
  /\b(training data|training code|paper|preprint|model card|datasheet)\b.*\b(disclosed|released|public|available|open|documented|shared|peer[- ]reviewed)\b|\bpeer[- ]review\w*|\b(get|download|see|ship|ships|shipped|publish|publishes|published|release|releases|released|share|shares|shared|disclose|discloses|disclosed|open[- ]?sourced?)\b.*\btraining (code|data)\b|\btraining code\b|^\s*(is|are|was|were)\b[^?]*\bopen(?:[- ](?:source|weights?))?\s*(?:\?|$|\b(?:or|and|yes|no|per|according|under|by|at all)\b)|\bhow open\b|\bopen[- ](source|weights?)\b|\b(truly|really|actually|fully) open\b|\bopenness\b|\blicen[cs]e[ds]?\b|\bclosed\b|\bosi\b/;

/** Openness asked in words only a model's openness has ("how open", "open weights"): "open-vs-closed comparison" is not. */
const OPENNESS_CONTEXT = /\bhow open\b|\bopen[- ](source|weights?)\b|\bopenness\b|\blicen[cs]e[ds]?\b|\bosi\b/;

/** A second thing asked in the same message ("licence + what chips", "… and what does that allow?"): the articles'
 * answer, which covers the model's other facts too, keeps it. */
const SECOND_ASK = /\+|&|;|\b(and|also) (what|how|which|who|why|when|where|does|do|did|is|are|can|could|would)\b/;

/** Words about renting compute by the hour or month. */
/** A chip's peak FLOP/s asked ("at the bf16 peak", "fp8 flops"): compute time at that peak, not a run's own hours. */
const peakAsked = (q: string, asked: string[]) => /\bpeak\b/.test(q) || asked.some((m) => m.startsWith('flops_'));

const RENTAL =
  /\b(rent\w*|per[- ]hour|hourly|per[- ]month|monthly|a month|gpu marketplace|(gpu|chip|node)[- ]hours?|an hour|per hr|\/ ?hr|\/ ?hour)\b/;

/** Chip time worked from a peak ("gpu-hours at 40% MFU of the bf16 peak", "6ND on H100s"): no rent, the chip named. */
const COMPUTE_TIME = /\bpeak\b|\bmfu\b|\b6\s?n\s?d\b|\bflops?\b|\bflop\/s\b/;
/** Renting asked, not chip time worked from a peak. */
const rentalAsked = (q: string) => RENTAL.test(q) && !COMPUTE_TIME.test(q);

/** Words that ask for a chip's own figures rather than a model's. */
const CHIP_ASK =
  /\b(release|list|launch|purchase) prices?\b|\b(release date|launch date)\b|\b(price|cost) (per|of an?|of one) \w+ ?(chip|gpu|card|accelerator|unit)\b|\blist(ed|s)? (for|at)\b|\b(sell|sells|sold|retail(ed|s)?) for\b|\bat (its )?(release|launch)\b|\b(price|priced|msrp|specs?)\?*$|\bper (dollar|\$)|\bkwh\b|\butili[sz]ation\b/;

/** An amount of the user's own: money, or a count with a scale ("50k", "1.3B"). */
const USER_AMOUNT = /\$|\b\d+(\.\d+)?\s?(k|m|b|bn|million|billion|thousand)\b/;

/** Most words in a question whose chip word and figure word ask a chip family's figure ("price of the blackwell gpu"). */
const CHIP_ASK_WORDS = 8;

/** Words asking what a chip costs ("how much is a blackwell gpu", "instinct pricing"): its list price. */
const CHIP_COST_ASKED = /\b(cost|costs|price|prices|pricing|priced|how much)\b|\$/;

/** Cost words: a comparison of costs stays with the articles' figures. */
const COST_WORD = /\b(cost|costs|costed|spend|spent|price|priced|bill|dollars?)\b|\$/;

/** Whether a model's data-set row holds a training field: a figure, or Epoch's accessibility label. */
const holdsField = (e: Entity, metric: string) =>
  metric === 'access' ? e.kind === 'models' && Boolean(e.access) : dataFigures(e, metric).length > 0;

/** Whether an entity's own (article) figures hold a metric. */
const hasOwn = (e: Entity, metric: string) => e.figures.some((f) => f.metric === metric);

/** Whether the articles say anything about the chips a model was trained on (a figure, or a point on hardware). */
const articlesOnHardware = (e: Entity) =>
  hasOwn(e, 'hardware') || (e.points ?? []).some((p) => p.topics?.includes('hardware'));

/** Words that ask for a model's token limits rather than its prices. */
const CONTEXT_ASK = /\b(context|max(imum)? (input|output)( tokens?)?|how long a (prompt|context)|token limit)\b/;

/** Rows asking a figure the data sets hold (a training figure, a price), which they answer outright for a model
 * described rather than named; how popular or how open it is stays with the articles' reading. */
const DESCRIBED_FIGURES = new Set<DataIntent>(['training', 'price', 'token-cost', 'cheapest-provider']);

/** Rows whose figure each of several described models is shown with when asking which one was meant. */
const DESCRIBED_ASKS = new Set<DataIntent>(['openness', 'training', 'price']);

/** Intents whose answer about one model of a family names the family's other members. */
const FAMILY_NOTED = new Set<DataIntent>(['price', 'training']);

/** Words that ask which of several models is the less open one. */
const LESS_OPEN = /\b(less|least) open\b|\b(more|most) (closed|restrictive|restricted)\b/;

/** Words that set one thing against another. */
const COMPARED = /\b(than|vs|versus|or|compared?|between)\b/;

/** Words that ask how many times one price is another's. */
const RATIO_WORDS = /\b(times|ratio|pricier|cheaper|more expensive|less expensive|how many ?x)\b|\d\s?x\b/;

/** Figures a training question asks for, worth adding beside another answer (openness) when a part of the question
 * without openness words asks for them: "… and param count", "licence + training compute". */
const BESIDE_METRICS = new Set(['parameters', 'training_compute', 'dataset_size', 'training_time', 'hardware']);
/** `named`: the phrase keys naming the data sets asked ("mot", "model openness tool"), which name where to look, no
 * openness asked ("arctic instruct size per mot" asks a size). */
function trainingBesides(q: string, named: string[] = []): string[] {
  const openness = DATA_INTENTS.find((r) => r.intent === 'openness')!.rule;
  const source = named.length
    ? new RegExp(`\\b(?:${named.map((k) => k.trim().split(' ').join('[\\s-]+')).join('|')})\\b`, 'g')
    : undefined;
  const parts = questionParts(q).filter((p) => !openness.test(source ? p.replace(source, ' ') : p));
  return [...new Set(parts.flatMap((p) => trainingAsked(p)))].filter((m) => BESIDE_METRICS.has(m));
}

/** A training run spoken of ("to train", "the run", "per Epoch"): with a cost method named, a training cost asked. */
const TRAINED_OR_RUN = /\b(train\w*|runs?|epoch)\b/;
/** Prepositions that name where a model is bought ("on bedrock", "via OpenRouter", "from together"). */
const SOLD_VIA = /\b(?:on|via|through|from|at|using) (?:the )?(\S+)/g;
const SOLD_VIA_NOT_FROM = /\b(?:on|via|through|at|using) (?:the )?(\S+)/g;
/** A training figure asked, with no per-token price: "from <company>" there is who made the model. */
const TRAINING_ASK =
  /^(?!.*\b(price|prices|pricing|per m|per million|input|output)\b).*\b(trained|training|hardware|hw|params|parameters|dataset)\b/;
/** A per-token price asked in so many words, which no cost method's "pricing" makes a training cost. */
const PER_TOKEN = /\b(per[- ]?m(il|ill|illion)?|per[- ]million|mtok|per[- ]token|input|output|cached|api)\b|\$\/m\b/;
/** The row a cost method named in words takes before the table's own (whose "price" would read a token price). */
const METHOD_ROW = {
  intent: 'training' as const,
  rule: /./,
  needsSubject: true,
  reason: "names one of Epoch's cost methods (cloud rental, amortised hardware, purchase price)",
};

/** The table with the cost-method row after the rows that need no subject (a ranking by that method stays one). */
const withMethodRow = (() => {
  const at = DATA_INTENTS.length - [...DATA_INTENTS].reverse().findIndex((r) => !r.needsSubject);
  return [...DATA_INTENTS.slice(0, at), METHOD_ROW, ...DATA_INTENTS.slice(at)];
})();

/** What the data-set answerers return: a whole reply, or lines to add under an article answer. */
/** A data-set figure a reply shows, with the thing it is a figure of. */
export interface ShownFigure {
  entity: Entity;
  figure: Figure;
}

export type DataResult =
  /** `readFrom`: the description the data sets read the subject from ("the 671b moe model from china"), when they did. */
  | { reply: Reply; readFrom?: string; shown?: ShownFigure[]; asked?: string[] }
  /** `family`: the lines only name the other members of this model's family; they follow an answer or a decline
   * about that model, and nothing else. */
  | { supplement: { lines: string[]; sources: Reply['sources']; family?: string } };

/** Builds the data-set answerer over the whole knowledge. */
export function createDataAnswerer(kb: Knowledge) {
  const names = new DataNameIndex(kb);
  const entity = (id: string) => kb.entities.get(id);
  const dataMetrics = [...kb.metrics.values()].filter((m) => m.data);
  const models: Entity[] = [...kb.entities.values()].filter((e) => e.kind === 'models');
  const lines = createLineWords(models, (m) => modelPrices(m, entity).length > 0);
  const { providersIn, hasAsked, askedNoun, oneOfSameName } = createChoices(models, entity);
  const families = createFamilies(models, entity);

  // How questions name the data sets (sources.yaml names, titles, aliases): "per epoch", "the EU open source AI
  // index" read as a source, not a subject.
  const sourceKeys = [...kb.sources.values()]
    .filter((s) => s.credit)
    .flatMap((s) =>
      [s.name, s.title, ...(s.aliases ?? [])]
        .filter((n): n is string => Boolean(n))
        .map((n) => ({ id: s.id, key: ` ${phraseKey(n)} ` })),
    );
  /** The data sets a question names, and the phrases that name them. */
  const sourcePhrases = new PhraseIndex(sourceKeys.map((x) => x.key.slice(1, -1)));
  // Narrowing asks once per candidate entity about the same question: the last question's reading is kept.
  let lastSources: { q: string; named: { ids: Set<string>; keys: string[] } } | undefined;
  function sourcesIn(q: string): { ids: Set<string>; keys: string[] } {
    if (lastSources?.q !== q) lastSources = { q, named: sourcesNamedIn(q) };
    return lastSources.named;
  }
  function sourcesNamedIn(q: string): { ids: Set<string>; keys: string[] } {
    const found = sourcePhrases.found(phraseKey(q));
    const hits = sourceKeys.filter((_, n) => found.has(n));
    return { ids: new Set(hits.map((x) => x.id)), keys: hits.map((x) => x.key) };
  }

  // Each metric's keywords as phrase keys, worked out once rather than once per question.
  const metricKeys = dataMetrics.map((m) => ({
    id: m.id,
    keys: [m.label, ...m.keywords].map((k) => ` ${phraseKey(k)} `),
  }));

  const metricOf = metricKeys.flatMap((m, n) => m.keys.map(() => n));
  const metricPhrases = new PhraseIndex(metricKeys.flatMap((m) => m.keys.map((k) => k.slice(1, -1))));

  /** Data-set metric ids whose keywords occur in the question. */
  let lastMetrics: { q: string; ids: string[] } | undefined;
  function metricsIn(q: string): string[] {
    if (lastMetrics?.q !== q) lastMetrics = { q, ids: metricIdsIn(q) };
    return lastMetrics.ids;
  }
  function metricIdsIn(q: string): string[] {
    const found = new Set([...metricPhrases.found(phraseKey(q))].map((k) => metricOf[k]!));
    return metricKeys.filter((_, n) => found.has(n)).map((m) => m.id);
  }

  // Models by name key, sorted, so the models whose names start with a typed name are one binary search away.
  let byName: Array<{ key: string; at: number }> | undefined;
  /** Models whose name key starts with `prefix`, in the knowledge's order. */
  function modelsNamedFrom(prefix: string): Entity[] {
    byName ??= models
      .map((m, at) => ({ key: nameKey(m), at }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let lo = 0;
    let hi = byName.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byName[mid]!.key < prefix) lo = mid + 1;
      else hi = mid;
    }
    const at: number[] = [];
    for (let k = lo; k < byName.length && byName[k]!.key.startsWith(prefix); k++) at.push(byName[k]!.at);
    return at.sort((a, b) => a - b).map((k) => models[k]!);
  }

  // Every word-prefix of a hand-written entity's name, alias or family ("gpt" of "GPT-4"): names the articles know.
  const articlePrefixes = new Set<string>();
  /** The most words any of them has: a longer run of the asking words can never be one. */
  let articlePrefixWords = 1;
  for (const e of kb.entities.values()) {
    if (isGenerated(e)) continue;
    for (const n of [e.name, ...e.aliases, ...(e.family ? [e.family] : [])]) {
      const words = phraseKey(n).split(' ');
      for (let k = 1; k <= words.length; k++) articlePrefixes.add(words.slice(0, k).join(' '));
      articlePrefixWords = Math.max(articlePrefixWords, words.length);
    }
  }
  /** Whether the articles know a typed name, or any word of it, as a name, an alias or the start of one ("Meta
   * Llama" holds the articles' Meta and Llama). */
  const articleName = (typed: string) => {
    const key = phraseKey(typed);
    return articlePrefixes.has(key) || key.split(' ').some((w) => w.length > 2 && articlePrefixes.has(w));
  };

  /** Which licence something is under, asked (cue `asks-licence-name`). */
  const licenceNameAsked = cuePattern(kb.cues, 'asks-licence-name');
  /** Commercial use asked of a model (cue `asks-commercial-use`), which its licence answers. */
  const commercialUse = cuePattern(kb.cues, 'asks-commercial-use');
  const chipFigureAsked = cuePattern(kb.cues, 'asks-chip-figure');
  const unitCostAsked = cuePattern(kb.cues, 'asks-unit-cost');
  /** Where a maker is based, asked (cue `asks-where-based`). */
  const whereAsked = cuePattern(kb.cues, 'asks-where-based');
  /** Words that make the provider named before them the seller (cue `seller-charges`): "what does groq charge". */
  const sellerCharges = phrasePattern(kb.cues.get('seller-charges')?.phrases ?? []);
  // "what does groq charge for llama 3 70b", "fireworks' price for gpt-4o": the seller as the one who charges.
  const chargedBy = sellerCharges
    ? new RegExp(`\\b(?:does|do|did|would|will) (\\S+)(?: ai)? ${sellerCharges}\\b`, 'g')
    : undefined;
  const chargesFor = sellerCharges
    ? new RegExp(`(?:^|\\s)(\\S+)(?: ai)? ${sellerCharges} (?:for|on)\\b`, 'g')
    : undefined;
  const chipSpecAsked = cuePattern(kb.cues, 'asks-chip-spec');
  /** A chip metric as users read it ("FP16/BF16 performance"), never its id ("flops_fp16"). */
  const chipMetricLabel = (id: string | undefined) =>
    id === undefined ? undefined : (kb.metrics.get(id)?.label ?? id.replace(/_/g, ' '));
  /** Epoch's cost methods named in words (cue `names-cost-method`). */
  const costMethod = cuePattern(kb.cues, 'names-cost-method');
  // A host or terms the sources price no rent at ("on coreweave", "spot"): a rent asked, never a chip's list price.
  const rentHost = cuePattern(kb.cues, 'unpriced-gpu-host');
  const rentTerms = cuePattern(kb.cues, 'unpriced-gpu-terms');
  // The articles' rates named by where they are charged ("aws vs the marketplace price"): a rent, not a list price.
  const rentalRate = cuePattern(kb.cues, 'rental-rate');
  const rentAsked = (q: string) =>
    rentalAsked(q) || (Boolean(rentalRate?.test(cueWords(q).join(' '))) && !COMPUTE_TIME.test(q));
  const rentElsewhere = (q: string) => {
    const words = cueWords(q).join(' ');
    return Boolean(rentHost?.test(words) || rentTerms?.test(words));
  };
  /** The words of a token workload: sides, units of work, "input only" (cues token-*-side, workload-unit). */
  const cueList = (id: string) => kb.cues.get(id)?.phrases ?? [];
  const workloadWords = workloadWordsOf({
    input: cueList('token-input-side'),
    output: cueList('token-output-side'),
    cached: cueList('token-cached-side'),
    units: cueList('workload-unit'),
    inputOnly: cueList('token-input-only'),
    outputOnly: cueList('token-output-only'),
  });
  /** Words of a relation asked between two of a model's own prices (cues asks-price-*, token-cached-side). */
  const sideRelationWords = {
    cached: cuePattern(kb.cues, 'token-cached-side'),
    discount: cuePattern(kb.cues, 'asks-price-discount'),
    premium: cuePattern(kb.cues, 'asks-price-premium'),
    multiple: cuePattern(kb.cues, 'asks-price-multiple'),
  };
  /** The names typed in the question being answered, blanked before its numbers are read as a workload. */
  let typedNames: string[] = [];
  const describedSubject = createDescribedSubject(kb, entity);
  const { narrowTo, osaiFamily } = createNarrower({ names, entity, metricsIn, sourcesOf: (q) => sourcesIn(q).ids });
  /** The index's grades for a subject: its own, else its family's representative release. */
  const graded = (e: Entity, typed: string) =>
    e.kind === 'models' && e.openness ? e : osaiFamily(typed || e.name, models);
  const { answerRanking, namedOpenness } = createRankings(kb, models, entity, graded);
  /** Organisations by each of their names, for a maker named alone. */
  const orgByName = new Map<string, Entity>();
  for (const e of kb.entities.values())
    if (e.kind === 'organisations') for (const n of [e.name, ...e.aliases]) orgByName.set(phraseKey(n), e);
  const makerNamed = (typed: string) => orgByName.get(phraseKey(typed));
  /** The first organisation (in the order of the names above) whose own name starts with each word, built on first
   * need: "mistral" is Mistral AI. */
  let makersByFirst: Map<string, Entity> | undefined;
  const makerByFirstWord = (): Map<string, Entity> => {
    if (makersByFirst) return makersByFirst;
    makersByFirst = new Map();
    for (const o of orgByName.values()) {
      const first = phraseKey(o.name).split(' ')[0]!;
      if (!makersByFirst.has(first)) makersByFirst.set(first, o);
    }
    return makersByFirst;
  };
  /** The index's systems a typed word groups: its own versions ("Llama 2" … "Llama 4" for "llama") or a maker's
   * ("mistral" for Mistral AI's), when there are two or more. */
  const gradedGroup = (q: string): { name: string; systems: Entity[] } | undefined => {
    const graded = models.filter((m) => m.kind === 'models' && m.openness);
    for (const w of q.split(/[^a-z0-9.]+/)) {
      if (w.length < 3 || STOPWORDS.has(w) || /^(osai|index|open|openness|source|european|licen[cs]e)$/.test(w))
        continue;
      const versions = graded.filter((m) =>
        new RegExp(`^${w}[ -]?\\d`, 'i').test(m.kind === 'models' ? m.openness!.system : ''),
      );
      if (new Set(versions.map((m) => m.kind === 'models' && m.openness!.system)).size >= 2)
        return { name: w.charAt(0).toUpperCase() + w.slice(1), systems: versions };
      const maker = makerByFirstWord().get(w);
      const made = maker ? graded.filter((m) => m.kind === 'models' && m.org === maker.id) : [];
      if (maker && new Set(made.map((m) => m.kind === 'models' && m.openness!.system)).size >= 2)
        return { name: maker.name, systems: made };
    }
    return undefined;
  };
  /** The licences the articles count as truly open ("MIT licence", "Apache 2.0"), for the author's test. */
  const passing = [...kb.entities.values()].flatMap((l) => (l.kind === 'licences' && l.truly_open ? [l.name] : []));
  /** Whether a mention names only organisations that make every one of the chips: one of the maker's names is a word
   * run of each chip's manufacturer ("aws" of "Amazon AWS"). */
  function makesAll(m: DataMention, chips: Entity[]): boolean {
    const orgs = m.ids.map((id) => entity(id));
    if (!orgs.length || orgs.some((o) => o?.kind !== 'organisations')) return false;
    return chips.every((c) => {
      const made = ` ${phraseKey(c.kind === 'chips' ? (c.manufacturer ?? '') : '')} `;
      return orgs.some((o) => [o!.name, ...o!.aliases].some((n) => made.includes(` ${phraseKey(n)} `)));
    });
  }
  /** Whether a provider is named as where a model is bought ("cost on vertex", "via OpenRouter"): a price asked. */
  function soldAt(q: string): boolean {
    return sellersNamed(q).length > 0;
  }
  // Each provider by the words that name it alone, gathered on the first question that names one.
  let sellerWords: Map<string, string[]> | undefined;
  /** Providers named after "on", "via", "through"… ("on bedrock", "via OpenRouter"). */
  function sellersNamed(q: string): string[] {
    const key = phraseKey(q);
    const after = [
      // "jais (the one from cerebras) — what hardware was it trained on?": in a training question "from" names the
      // maker, not a seller.
      ...key.matchAll(TRAINING_ASK.test(key) ? SOLD_VIA_NOT_FROM : SOLD_VIA),
      // "what does groq charge for llama 3 70b", "fireworks' price for gpt-4o": the seller as the one who charges.
      ...(chargedBy && chargesFor ? [...key.matchAll(chargedBy), ...key.matchAll(chargesFor)] : []),
    ].map((m) => m[1]!);
    if (!after.length) return [];
    const words = sellersByWord();
    return after.flatMap((w) => words.get(w) ?? []);
  }

  /** Each provider by the words that name it alone, built on first need. */
  function sellersByWord(): Map<string, string[]> {
    if (sellerWords) return sellerWords;
    sellerWords = new Map();
    for (const m of models)
      for (const f of m.data ?? [])
        if (f.provider)
          for (const w of distinctWords(f.provider)) {
            const list = sellerWords.get(w) ?? [];
            if (!list.includes(f.provider)) list.push(f.provider);
            sellerWords.set(w, list);
          }
    return sellerWords;
  }

  /** Providers set against each other by name ("input: azure vs openai", "bedrock or vertex"): both words must name
   * sellers, so a model or maker beside one ("gpt-4o vs mistral") names none. */
  function sellersCompared(q: string): string[] {
    const words = sellersByWord();
    const out: string[] = [];
    for (const m of phraseKey(q).matchAll(
      /(?=(?:^|\s)(\S+) (?:vs|versus|or|against|compared to|compared with) (\S+))/g,
    )) {
      const [a, b] = [words.get(m[1]!), words.get(m[2]!)];
      if (a?.length && b?.length) out.push(...a, ...b);
    }
    return out;
  }

  /** The articles' word on a model they cover, for setting it beside others. */
  function articleWord(e: Entity): ArticleWord | undefined {
    if (e.kind !== 'models' || isGenerated(e)) return undefined;
    const l = e.licence ? entity(e.licence) : undefined;
    return {
      open: e.open,
      licence: l?.kind === 'licences' ? { name: l.name, trulyOpen: l.truly_open } : undefined,
    };
  }
  /** The articles' view of an article model's openness: how open, under which licence, and the author's test. */
  function articleOpenness(e: Entity): string {
    const l = e.kind === 'models' && e.licence ? entity(e.licence) : undefined;
    const open = e.kind === 'models' ? e.open : 'unknown';
    return articleOpennessLine(
      e.name,
      open,
      l?.kind === 'licences' ? { name: l.name, description: l.description, trulyOpen: l.truly_open } : undefined,
      passing,
    );
  }

  /** The named models set against each other on every source's word about their openness ("which is more open,
   * BLOOM or Falcon 40B?"), for models the index does not all grade; undefined when one of them has no word. */
  function compareNamed(subjects: Entity[][], typed: string[], q: string): Reply | undefined {
    const citer = new Citer(kb);
    const views = subjects.map((s, k) => {
      const m =
        s.find((e) => e.kind === 'models' && (e.openness || e.access || e.components?.length)) ??
        s.find((e) => e.kind === 'models' || e.kind === 'organisations');
      const g = m ? graded(m, typed[k] ?? '') : undefined;
      const model = m?.kind === 'models' ? m : g?.kind === 'models' ? g : undefined;
      return model ? opennessView(model, g, citer, articleWord(model)) : undefined;
    });
    if (views.some((v) => !v)) return undefined;
    const lines = compareOpenness(views as OpennessView[], LESS_OPEN.test(q));
    return lines && dataReply('Named models compared on openness', lines, citer.sources());
  }

  /** A chip code's variants asked for a spec they hold ("TDP of an H100", "A100 vs H100 memory"): each family's
   * variants by value; a family that is one chip gives that chip's value. Undefined when a family's values are too
   * many to list (then its variants are asked about). */
  function chipVariants(
    families: Array<{ typed: string; members: Entity[] }>,
    asked: string[],
    q = '',
  ): Reply | undefined {
    const citer = new Citer(kb);
    const lines: string[] = [];
    for (const { typed, members: chips } of families.slice(0, 2)) {
      const own =
        chips.length === 1
          ? chipLines(chips[0]!, asked, citer).lines.map((l) => `${chips[0]!.name} ${l.slice(2)}`)
          : chipVariantLines(typed, chips, asked, citer, q);
      if (!own?.length) return undefined;
      lines.push(...own);
    }
    const metric = asked.includes('memory_bandwidth') ? 'memory_bandwidth' : asked.find((m) => CHIP_METRICS.has(m));
    const label = kb.metrics.get(metric ?? '')?.label ?? 'specs';
    return {
      ...chipVariantsReply(
        families.map((f) => f.typed),
        label,
        lines,
        citer.sources(),
      ),
      because: "asks a chip family's spec: each variant's value",
    };
  }

  /** Words that set one thing against another (cue `compare`). */
  const compareCue = cuePattern(kb.cues, 'compare');
  /** Two or more chips named and one spec asked with a comparison: the ratio first, each side cited. Arithmetic with
   * the user's numbers (a count, a budget, a price per kWh, per dollar) stays with the chip answer. */
  function compareChips(listed: Entity[][], mentions: DataMention[], asked: string[], q: string): Reply | undefined {
    if (listed.length < 2 || !listed.every((s) => s.length && s.every((e) => e.kind === 'chips'))) return undefined;
    if (!(compareCue?.test(q) || COMPARED.test(q) || RATIO_WORDS.test(q)) || /\bper\b|\$|\bkwh\b/.test(q))
      return undefined;
    const metric = comparedSpec(asked, q);
    if (!metric) return undefined;
    const sides = chipSides(listed.map((members, k) => ({ typed: mentions[k]?.text ?? '', members })));
    if (sides.length < 2) return undefined;
    const codes = sides.flatMap((s) => s.members.flatMap((c) => c.aliases.concat(c.name)).map((a) => a.toLowerCase()));
    if (
      chipCount(
        q,
        codes.flatMap((a) => a.split(/\s+/)).filter((w) => /^[a-z]+\d+[a-z\d]*$/.test(w)),
      )
    )
      return undefined;
    const citer = new Citer(kb);
    const compared = chipCompareLines(sides, metric, citer, q);
    if (!compared) return undefined;
    // A side lacking the spec is said first: the other side's figure must not read as the answer for it.
    const lacking = compared.filter((l) => /^• I don't have/.test(l));
    const lines = [...lacking.map((l) => l.replace(/^• /, '')), ...compared.filter((l) => !lacking.includes(l))];
    const title = `${sides
      .slice(0, 2)
      .map((s) => (s.members.length === 1 ? s.members[0]!.name : s.typed.toUpperCase()))
      .join(' vs ')} — ${kb.metrics.get(metric)?.label ?? metric}`;
    return {
      ...dataReply(title, lines, citer.sources()),
      kind: 'comparison',
      because: 'two chips compared on one spec',
    };
  }

  /** The newest year of any model's row: a year past it in a question is a projection's. */
  const latestYear = Math.max(...models.map((m) => (m.kind === 'models' && m.year ? m.year : 0)));
  const futureYear = (q: string) => (q.match(/\b20\d\d\b/g) ?? []).some((y) => Number(y) > latestYear);

  /** The data sets' attribute words, towards which a misspelt word is read ("lisence" → licence). */
  const askWords = askVocabulary(kb);

  /** A licence mention typed as a versioned release's name and the licence word ("llama 3.1's license"): the release's
   * mention, or undefined when the words before the licence word name no one model. */
  function releaseOfLicence(m: DataMention): DataMention | undefined {
    if (!m.ids.length || !m.ids.every((id) => entity(id)?.kind === 'licences')) return undefined;
    const stem = m.text
      .replace(/['’]s\b/g, '')
      .replace(/\s+licen[cs]\w*$/i, '')
      .trim();
    if (stem === m.text || !/\d/.test(stem)) return undefined;
    // "LLaMA 2 licence" is a licence of its own, version and all.
    if (m.ids.some((id) => phraseKey(entity(id)!.name).includes(phraseKey(stem)))) return undefined;
    const again = names.find(stem, true, false, false).mentions;
    const model = again.length === 1 ? again[0]! : undefined;
    if (!model?.ids.every((id) => entity(id)?.kind === 'models')) return undefined;
    return { ...model, start: m.start, end: m.start + stem.length, text: stem };
  }

  /** The description the current question was read through, if any (set by `answerRead`). */
  let readAs: { phrase: string; name: string } | undefined;
  /** Rental topics of a chip whose cost was asked (see rentalsNamed), set while answering. */
  let rentAlso: Entity[] | undefined;

  /** A full data-set reply, or lines to add under the article engine's reply about a hand-written entity; a model
   * described rather than named is answered by the data sets outright, with how the description was read. */
  function answer(typed: string): DataResult | undefined {
    const r = answerOnce(typed);
    // The figures the reply shows, for a calculation asked of them; a figure shown twice is one input.
    const shown = [...new Set(shownFigures.splice(0))].flatMap((figure) => {
      const of = figureOwner().get(figure);
      return of ? [{ entity: of, figure }] : [];
    });
    return r && 'reply' in r && shown.length ? { ...r, shown, asked: metricsIn(typed) } : r;
  }

  // Each data-set figure's entity, built on the first calculation that needs it.
  let owners: WeakMap<Figure, Entity> | undefined;
  function figureOwner(): WeakMap<Figure, Entity> {
    if (owners) return owners;
    owners = new WeakMap();
    for (const e of kb.entities.values()) for (const f of e.data ?? []) owners.set(f, e);
    return owners;
  }

  function answerOnce(typed: string): DataResult | undefined {
    readAs = undefined;
    rentAlso = undefined;
    shownFigures.length = 0;
    const text = perTrainingToken(correctAskWords(typed, askWords, (w) => names.isNameWord(w)));
    let r = answerRead(text) ?? familyLicence(text);
    // "how much does an h100 cost": the list price answers buying; the articles' monthly rents follow, for renting.
    // (Set inside answerRead, which the compiler does not follow: read through a widened alias.)
    const rentals = rentAlso as Entity[] | undefined;
    if (rentals?.length && r && 'reply' in r && r.reply.kind !== 'error') r = { reply: withRents(r.reply, rentals) };
    const read = readAs as { phrase: string; name: string } | undefined;
    if (!read || !r || !('reply' in r) || r.reply.kind === 'error') return r;
    return { reply: { ...r.reply, notes: [...r.reply.notes, readAsNote([read])] }, readFrom: read.phrase };
  }

  /** Hand-written entities holding monthly rents, by each alias key ("h100" → H100 rental prices): a chip's cost
   * asked is buying it, and renting it is the other way to pay for one. Built once. */
  const rentalsByAlias = new Map<string, Entity[]>();
  for (const e of kb.entities.values())
    if ((e.figures ?? []).some((f) => f.metric === 'price' && f.unit === 'money/month'))
      for (const a of e.aliases ?? [])
        rentalsByAlias.set(phraseKey(a), [...(rentalsByAlias.get(phraseKey(a)) ?? []), e]);
  const rentalsNamed = (typed: string[]): Entity[] => [
    ...new Set(typed.flatMap((t) => rentalsByAlias.get(phraseKey(t)) ?? [])),
  ];

  /** A reply with the monthly rents of `rentals` added as one line, cited. */
  function withRents(reply: Reply, rentals: Entity[]): Reply {
    const citer = new Citer(kb);
    const rents = rentals.flatMap((e) =>
      (e.figures ?? []).filter((f) => f.metric === 'price' && f.unit === 'money/month'),
    );
    const line = `• To rent instead: ${rents.map((f) => `${formatFigureValue(f)} (${f.scope})`).join('; ')} [${citer.provenance(rents[0]!)}]`;
    const known = new Set(reply.sources.map((s) => s.id));
    return {
      ...reply,
      lines: [...reply.lines, line],
      sources: [...reply.sources, ...citer.sources().filter((s) => !known.has(s.id))],
    };
  }

  function answerRead(text: string): DataResult | undefined {
    let q = text.toLowerCase();
    // "can we use command a commercially?": the licence answers whether it may be used so; asked as its licence.
    if (commercialUse?.test(q) && !/\blicen[cs]/.test(q)) q = `${q} (licence)`;
    // "per the European Open Source AI Index": a data set named is context too, and is not a subject.
    const named = sourcesIn(text);
    // Renting a GPU is the articles' market figure: "rent an H100" names no particular chip.
    const asked = metricsIn(text);
    // A model's data-set figure asked for in so many words ("training compute for gopher", "how open is bloom") makes
    // its one-word name a name even when it is an ordinary word.
    let context =
      DATA_CONTEXT.test(q) ||
      named.ids.size > 0 ||
      asked.some((m) => !CHIP_METRICS.has(m)) ||
      OPENNESS_CONTEXT.test(q) ||
      CONTEXT_ASK.test(q);
    // A chip's specs or list price asked for: only then does a chip family ("H100") need a member named, or a chip
    // the data lacks ("L40S") get declined; "how many H100s does Meta have" counts GPUs of any kind.
    // The cue's chip words count only in a short question about the chip itself: with the user's amounts ("50k H100s
    // worth ~1.3B, price per gpu?") it is arithmetic on them, and in a longer one ("what share of compute cost goes to
    // TPUs", "the model trained on TPUs") the chip word names hardware in general.
    // "ascend 910b price": a chip's code of digits is no amount of the user's ("910b" is not 910 billion).
    const userAmount =
      USER_AMOUNT.test(q) &&
      USER_AMOUNT.test(names.chipCodes(q).reduce((t, c) => t.replace(new RegExp(`\\b${c}\\b`, 'g'), ' '), q));
    let chipAsked =
      CHIP_ASK.test(q) ||
      asked.some((m) => CHIP_METRICS.has(m)) ||
      (Boolean(chipFigureAsked?.test(q)) &&
        !userAmount &&
        !/\btrain/.test(q) &&
        q.split(/\s+/).length <= CHIP_ASK_WORDS);
    let found = names.find(text, context || TRAINING_CONTEXT.test(q), !rentAsked(q), chipAsked);
    // "how much does an h100 cost", "what does a b200 cost": a chip the articles also know (as its rental rates) asked
    // its cost in a short question, with no rent, amount or training word, is the chip's list price (cue
    // `asks-unit-cost`), never a training cost of the rental topic.
    // A spec asked so ("how fast is the h100", "how much energy does an h100 use") is the chip's too (cue
    // `asks-chip-spec`), with no rents beside it.
    const specAsked = !unitCostAsked?.test(q) && Boolean(chipSpecAsked?.test(q));
    if (
      !chipAsked &&
      (unitCostAsked?.test(q) || specAsked) &&
      !RENTAL.test(q) &&
      !userAmount &&
      !/\btrain/.test(q) &&
      q.split(/\s+/).length <= CHIP_ASK_WORDS
    ) {
      const again = names.find(text, context || TRAINING_CONTEXT.test(q), true, true);
      if (again.mentions.length && again.mentions.every((m) => m.ids.every((id) => entity(id)?.kind === 'chips'))) {
        found = again;
        chipAsked = true;
        if (!specAsked) rentAlso = rentalsNamed(again.mentions.map((m) => m.text));
      }
    } else if (
      chipAsked &&
      unitCostAsked?.test(q) &&
      !chipSpecAsked?.test(q) &&
      !RENTAL.test(q) &&
      !userAmount &&
      !/\btrain/.test(q) &&
      q.split(/\s+/).length <= CHIP_ASK_WORDS &&
      found.mentions.length &&
      found.mentions.every((m) => m.ids.every((id) => entity(id)?.kind === 'chips'))
    )
      // "h100 price?": a chip read as one already, its cost asked in a few words, is bought or rented: the articles'
      // rents follow the list price, as for "how much does an h100 cost".
      rentAlso = rentalsNamed(found.mentions.map((m) => m.text));
    // "falcon training cost": a training cost is a data-set figure too (Epoch estimates it), so a family of models
    // named by an ordinary word the articles do not know is that family, not an unknown name.
    if (!context && !found.family && !found.mentions.length && TRAINING_COST.test(q)) {
      const again = names.find(text, true, !rentAsked(q), chipAsked);
      const typed = [...again.mentions.map((m) => m.text), ...(again.family ? [again.family.text] : [])];
      if (typed.length && typed.every((t) => !articleName(t))) {
        Object.assign(found, again);
        context = true;
      } else if (again.mentions.length && !again.family) {
        // "palm training cost": an article's model named by an ordinary word keeps the articles' answer, and the
        // family's other members (PaLM 2) follow it.
        found.mentions = again.mentions;
      }
    }
    // "aws trainium", "intel gaudi": a maker named before a family of its own chips says whose chips; it is no subject.
    const chipFamily = found.family?.members.length && found.family.members.every((e) => e.kind === 'chips');
    if (chipFamily) found.mentions = found.mentions.filter((m) => !makesAll(m, found.family!.members));
    // "llama 3.1's license": an article licence named with a release's version ("Llama licence" has an alias "llama
    // 3.1 license") asks about that release's licence, which the data sets grade; the release is the subject.
    found.mentions = found.mentions.map((m) => releaseOfLicence(m) ?? m);
    // A model described rather than named ("tsinghua's 130B bilingual model") is answered as if named, or asked
    // back about (several fit), or declined (none does).
    // A size or version the data lacks ("Mistral Large 4") is declined below, never described into a sibling.
    // "Baichuan-7B" for the data's "Baichuan-1-7B": a first generation named before there was a second is that one.
    // "Megatron-Turing 530B" for "Megatron-Turing NLG 530B": a name with a word left out, size and all, is that one.
    const first =
      found.unknownVariant &&
      (firstGeneration(found.unknownVariant.text, found.unknownVariant.siblings) ??
        fullerName(found.unknownVariant.text, found.unknownVariant.siblings));
    if (first) {
      found.mentions = [...found.mentions, { ids: [first.id], start: 0, end: 0, text: found.unknownVariant!.text }];
      found.unknownVariant = undefined;
    }
    const described = found.unknownVariant ? undefined : describedSubject(text, found.mentions, named.ids, named.keys);
    if (described && 'reply' in described) {
      // Several models fit the description alike: each with its own figure for what is asked, so the ask-back also
      // answers for whichever one was meant.
      const row = described.several
        ? DATA_INTENTS.find((r) => r.needsSubject && DESCRIBED_ASKS.has(r.intent) && r.rule.test(q))
        : undefined;
      if (!row || !described.several) return { reply: described.reply };
      const r = familyFigures(
        row.intent,
        [{ typed: described.several.text, members: described.several.candidates }],
        q,
        asked,
        named.ids,
      );
      return { reply: { ...r, because: described.reply.because } };
    }
    if (described) {
      readAs = described.read;
      found.mentions = described.mentions;
      found.unknownVariant = undefined;
      found.family = undefined;
      context = true;
      q = described.asked;
    }
    typedNames = found.mentions.map((m) => m.text);
    const chipVariant = chipAsked && found.unknownVariant?.siblings.every((e) => e.kind === 'chips');
    // "Is Gemma 3's licence graded open in OSAI?": the index grades the family, so its grades answer.
    const opennessAsked = DATA_INTENTS.some((r) => r.intent === 'openness' && r.rule.test(q));
    // A family name alone ("Gemma 3") is graded as its family too, as a version the data lacks is.
    const ungraded = found.unknownVariant?.text ?? (found.mentions.length ? undefined : found.family?.text);
    // "mistral" asked of the index: a maker's name, whose several graded systems answer, not one of them picked.
    const maker = ungraded && opennessAsked && named.ids.has('osai-index') ? makerNamed(ungraded) : undefined;
    if (maker) {
      const citer = new Citer(kb);
      const lines = groupOpenness(
        maker.name,
        maker ? models.filter((m) => m.kind === 'models' && m.org === maker.id) : [],
        q,
        citer,
        5,
        true,
      );
      if (lines.length > 2)
        return {
          reply: {
            ...dataReply(`${maker.name} — openness`, lines, citer.sources()),
            kind: 'clarify',
            because: 'asks how open a model is',
          },
        };
    }
    // "how open is llama per the osai index": a family or maker word the index grades several systems under, nothing
    // else named, asks which of them, each with its grade.
    // A maker's licence named as one ("deepseek licence according to osai") is the maker's word too.
    const onlyLicences = found.mentions.every((m) => m.ids.every((id) => entity(id)?.kind === 'licences'));
    if (opennessAsked && named.ids.has('osai-index') && !ungraded && onlyLicences) {
      const group = gradedGroup(q);
      if (group) {
        const citer = new Citer(kb);
        const lines = groupOpenness(group.name, group.systems, q, citer, 5, true);
        return {
          reply: {
            ...dataReply(`${group.name} — openness`, lines, citer.sources()),
            kind: 'clarify',
            because: 'asks how open a model is',
          },
        };
      }
    }
    const family = ungraded && opennessAsked ? osaiFamily(ungraded, models) : undefined;
    // "how open is grok": a family name alone that the articles do not know is graded as the index grades its family,
    // rather than asked back by version (the index grades one release per family).
    const familyGraded = !found.unknownVariant && found.family && !articleName(ungraded ?? '');
    if (family && ungraded && (named.ids.has('osai-index') || familyGraded)) {
      const citer = new Citer(kb);
      const system = family.kind === 'models' ? family.openness!.system : family.name;
      const release = family.kind === 'models' ? (family.openness!.graded ?? '') : '';
      // "Gemma 3" when the index graded Gemma on Gemma-3-27B-IT: that release is one of the family asked about.
      const within = release && phraseKey(release).startsWith(`${phraseKey(ungraded)} `);
      const lines = [
        within
          ? `The index grades ${system} as one system, on its ${release} release.`
          : `The index grades ${system} as one system; ${ungraded} is not graded on its own.`,
        ...opennessLines(family, q, citer, { osai: true, mot: false }),
      ];
      // "are grok's open weights open licensed?": the tool's licences of the family's other releases (Grok-1's
      // Apache-2.0) follow the index's grade of its one graded release.
      // The graded release is one of them when the typed name is the system's or starts the release's name; then the
      // index's licence of it ("Falcon-H1R-7B: Falcon LLM License") is set beside the tool's (Falcon-180B's).
      const graded = within || phraseKey(system) === phraseKey(ungraded) ? [family] : [];
      const named = modelsNamedFrom(`${phraseKey(ungraded)} `).filter((e) => e.id !== family.id);
      const releases = /\blicen[cs]/.test(q) ? releaseLicenceLine(ungraded, [...graded, ...named]) : undefined;
      if (releases) {
        for (const s of releases.sources) citer.sourceOf(s);
        // Licences that differ are asked about first: the index's grade is of one release only.
        if (releases.asks) lines.unshift(releases.line);
        else lines.splice(2, 0, releases.line);
      }
      return {
        reply: {
          ...dataReply(`${ungraded} — openness`, lines, citer.sources()),
          because: 'asks how open a model is',
        },
      };
    }
    if (
      found.unknownVariant &&
      (context || chipVariant || DATA_INTENTS.some((r) => r.intent === 'price' && r.rule.test(q)))
    )
      return {
        reply: dataUnknownVariantReply(
          found.unknownVariant.text,
          found.unknownVariant.siblings.map((e) => e.name),
        ),
      };
    // "per Epoch", "the OSAI index": a data set named as the source is not what the question is about.
    let mentions = found.mentions.filter(
      (m) =>
        !named.keys.some((k) => k.includes(` ${phraseKey(m.text)} `)) &&
        (chipAsked || m.ids.length === 1 || !m.ids.every((id) => entity(id)?.kind === 'chips')),
    );
    // "Epoch's 2040 projection … how many times Gemini Ultra's cost": the articles' Epoch AI figure, compared.
    // "…per Epoch: how many times more training compute…" asks Epoch's figures (compute, parameters), which the
    // articles' Epoch AI entity does not hold.
    // "per Epoch, GPT-4 vs GPT-3 training cost": Epoch named as the source of two models' figures (not one of its own
    // figures set against a model's) asks Epoch's figures for both.
    const modelSides = new Set(
      mentions.filter((m) => m.ids.length === 1 && entity(m.ids[0]!)?.kind === 'models').map((m) => m.ids[0]),
    );
    const dataOnlyAsk =
      (!COST_WORD.test(q) && STRICT_TRAINING.some(([m, rx]) => m !== 'training_time' && rx.test(q))) ||
      (named.ids.has('epoch-models') && modelSides.size >= 2 && trainingAsked(q).length > 0);
    // "chip count times training hours" multiplies one run's figures: no comparison.
    if (
      mentions.length < found.mentions.length &&
      /\b(times|vs|versus|than|compared?)\b/.test(q) &&
      !dataOnlyAsk &&
      !RUN_HOURS_RULE.test(q)
    )
      return undefined;
    // "TII's Falcon", "xAI grok": a maker named beside a name of its own models that only the data sets know
    // qualifies that name; it is not a second subject that would answer in the models' place. ("Meta Llama" stays
    // with the articles, which ask which Llama.)
    // "alibaba: … how big is the core biz": an ordinary word read as a model's name only for the question's words
    // ("core", CoRe) is no name beside a company named outright that did not make that model.
    const companies = mentions.filter((m) => !m.ordinary && m.ids.every((id) => entity(id)?.kind === 'organisations'));
    mentions = mentions.filter(
      (m) =>
        !m.ordinary ||
        !companies.some((c) =>
          c.ids.every((org) => !m.ids.some((id) => (entity(id) as { org?: string } | undefined)?.org === org)),
        ),
    );
    const makers = new Set(
      mentions
        .filter((m) => !articleName(m.text))
        .flatMap((m) =>
          m.ids.flatMap((id) => {
            const e = entity(id);
            return e?.kind === 'models' && e.org ? [e.org] : [];
          }),
        ),
    );
    const everyName = mentions;
    mentions = mentions.filter((m) => !(m.ids.length === 1 && makers.has(m.ids[0]!) && everyName.length > 1));
    const listed = mentions.map((m) => m.ids.map((id) => entity(id)!).filter(Boolean));
    // "16,384 H100s for Llama 3.1 405B": a chip family next to a model trained on one of its members means that one.
    const trainedOn = new Set(listed.flat().flatMap((e) => (e.kind === 'models' && e.chip ? [e.chip] : [])));
    const named0 = listed
      .map((s) => (s.length > 1 && s.some((e) => trainedOn.has(e.id)) ? s.filter((e) => trainedOn.has(e.id)) : s))
      .map((s) => oneOfSameName(s, q));
    // "how many times faster is the H100 than our A100s on bf16?": two chips set against each other on one spec.
    const chipsCompared = compareChips(listed, mentions, asked, q);
    if (chipsCompared) return { reply: chipsCompared };
    // A chip asked about for its specs or list price is the subject even after a model ("Llama's fleet at the H100
    // release price"); a model or chip named next to its maker ("openai o3") comes before the maker.
    // A licence named beside a model ("is mixtral's licence apache?") is what is asked of the model: it comes last.
    const rank = (e: Entity) =>
      e.kind === 'organisations' ? 3 : e.kind === 'chips' ? (chipAsked ? 0 : 2) : e.kind === 'models' ? 1 : 4;
    const thingFirst = (a: Entity, b: Entity) => rank(a) - rank(b);
    // Words inside a model's own name ("Solar Open 100B", "Qwen Chat") are not what the question asks.
    // A licence named beside a model ("is falcon 180b under apache 2.0?") asks about its licence, even with the
    // licence's own name (and any "licence" in it) taken out.
    const licenceNamed = listed.some((s) => s.some((e) => e.kind === 'licences'));
    // "how many H100s did it use": a chip counted asks the run's hardware, though the chip's name is taken out.
    // "… the 314b open one": open words that only pick the model out ask nothing of it.
    const askedWords = `${withoutNames(withoutOpenPicks(q, typedNames), everyName)}${licenceNamed ? ' licence' : ''}${soldAt(q) ? ' price' : ''}${chipsCounted(q) ? ' hardware' : ''}`;
    const boughtAt = soldAt(q);
    // "price the run at cloud rental rates", "the upfront hardware price of its training": one of Epoch's cost methods
    // named in words asks a training cost, whatever "price" it says.
    const rows = costMethod?.test(q) && TRAINED_OR_RUN.test(q) && !PER_TOKEN.test(q) ? withMethodRow : DATA_INTENTS;
    for (const row of rows) {
      if (!row.rule.test(askedWords)) continue;
      // "llama 4 price per million tokens": a per-token price asked never falls to a training figure on "tokens".
      if (
        (boughtAt || TOKEN_PRICE_ASK.test(q)) &&
        row.intent === 'training' &&
        !/\btrain/.test(q) &&
        row !== METHOD_ROW
      )
        continue;
      // One name, several entities ("Mistral Large 3": a price list's and the index's release): the one holding
      // what this row asks for; a named entity lacking it stands aside for a namesake that has it.
      const subjects = named0.map((s, k) => narrowTo(s, row.intent, q, mentions[k]?.text ?? ''));
      const single = subjects
        .filter((s) => s.length === 1)
        .map((s) => s[0]!)
        // "gpt-4o vs gpt-4o-mini … pricier is 4o?": one model named twice is one subject.
        .filter((e, k, xs) => xs.findIndex((o) => o.id === e.id) === k)
        .sort(thingFirst);
      if (!row.needsSubject) {
        // "Epoch's projection is how many times Gemini Ultra's cost?" names a model: not a ranking. A year past every
        // model's ("the most expensive run by 2040") asks a projection, which the articles hold, not the rows.
        if (row.intent === 'training-ranking' && (subjects.length || futureYear(q))) continue;
        // "rank A, B and C by openness", "which of these is most open": the named models only.
        if (row.intent === 'openness-ranking' && subjects.length >= 2) {
          const typedNames = mentions.map((m) => m.text);
          const r = LESS_OPEN.test(q) ? undefined : namedOpenness(subjects, typedNames);
          if (r) return { reply: { ...r, because: 'asks which of the named models is most open' } };
          const compared = compareNamed(subjects, typedNames, q);
          if (compared) return { reply: { ...compared, because: 'asks which of the named models is more open' } };
        }
        // "is Llama more open than Mistral" with a name the data sets cannot place: not the index's top five.
        if (row.intent === 'openness-ranking' && (subjects.length || found.family) && COMPARED.test(q)) continue;
        const r = answerRanking(row.intent, q, named.ids, subjects.length > 0);
        if (r) return { reply: { ...r, because: row.reason } };
        continue;
      }
      if (!subjects.length) {
        // A possessive name ("inflection's training cost") is a name even without words about data sets, when a training
        // figure or a price is asked of it and models under that name have it.
        // "gemini flash": the versions named with the version inside (Gemini 2.5 Flash) are members too.
        if (found.family?.members.every((e) => e.kind === 'models')) {
          const known = new Set(found.family.members.map((e) => e.id));
          const around = families.membersAround(found.family.text).filter((e) => !known.has(e.id));
          if (around.length) found.family = { ...found.family, members: [...found.family.members, ...around] };
        }
        const fit = found.family?.members.filter((e) => hasAsked(row.intent, e, q, named.ids)) ?? [];
        // A family name the articles do not know ("grok") is a name however it is written: declining it as unknown
        // would hide the versions the data sets hold.
        // A per-token price asked of a family ("llama price per million tokens") is the price lists' alone, too.
        const namedFamily =
          found.family !== undefined &&
          (found.family.named ||
            !articleName(found.family.text) ||
            (PRICED.has(row.intent) && TOKEN_PRICE_ASK.test(q) && !PAST_PRICE.test(q))) &&
          (row.intent === 'training' || PRICED.has(row.intent)) &&
          fit.length > 0 &&
          found.family.members.every((e) => e.kind === 'models');
        // A chip family asked for chip specs ("gaudi memory?") needs a member named as much as a priced model does.
        const chipFamily = chipAsked && found.family?.members.every((e) => e.kind === 'chips');
        if (found.family && (context || namedFamily || chipFamily) && row.intent !== 'summary') {
          // Only the members that have what is asked are worth choosing between; none of them: declined.
          const { text: typed, members } = found.family;
          if (!fit.length && members.every((e) => e.kind === 'models'))
            return {
              reply: dataUnknownReply(
                typed,
                [askedNoun(row.intent, q, named.ids)],
                [
                  `Models I have under that name: ${baseNamesFirst(members)
                    .map((e) => e.name)
                    .join(', ')}.`,
                ],
              ),
            };
          // "mistral's … 8x7B": a size typed beside the family name that the one member's name lacks means another
          // model; answering the member would give a confident wrong figure.
          const sizes = q.match(/\b\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?\s?b\b/g) ?? [];
          const ownSizes = (e: Entity) => [e.name, ...e.aliases].join(' ').toLowerCase().replace(/\s+/g, '');
          if (fit.length === 1 && sizes.every((z) => ownSizes(fit[0]!).includes(z.replace(/\s+/g, '')))) {
            const r = answerAbout(row.intent, fit[0]!, fit, q, asked, named.ids);
            if (r) return { reply: { ...r, because: row.reason } };
          }
          const ranked = PRICED.has(row.intent) ? rankMembers(typed, fit.length ? fit : members, q) : undefined;
          if (ranked) return ranked;
          return {
            reply: familyFigures(
              row.intent,
              [
                {
                  typed,
                  // Models: base names and the most widely sold first (for a price, the maker's own API and the most
                  // widely sold first); chips in the order their names are known.
                  members: (fit.length ? fit : members).every((e) => e.kind === 'models')
                    ? PRICED.has(row.intent)
                      ? mostSoldFirst(fit.length ? fit : members, entity)
                      : baseNamesFirst(fit.length ? fit : members)
                    : fit.length
                      ? fit
                      : members,
                },
              ],
              q,
              asked,
              named.ids,
            ),
          };
        }
        return undefined;
      }
      if (!single.length) {
        const many = subjects[0]!;
        if (many.every((e) => isGenerated(e)) && !/\btrain(ed|ing)? (on|with)\b/.test(q)) {
          // Releases asked for their licence: each with its licence, or all together when they share one.
          const licences =
            row.intent === 'openness' && !named.ids.has('osai-index')
              ? memberLicences(mentions[0]!.text, many, new Citer(kb), q)
              : undefined;
          if (licences) return { reply: { ...licences, because: row.reason } };
          // "how open is starcoder": the index's system of that very name answers for the releases under it.
          const system = row.intent === 'openness' ? osaiFamily(mentions[0]!.text, many) : undefined;
          if (
            system?.kind === 'models' &&
            system.openness &&
            phraseKey(system.openness.system) === phraseKey(mentions[0]!.text)
          ) {
            const r = answerAbout(row.intent, system, [system], q, asked, named.ids);
            if (r) return { reply: { ...r, because: row.reason } };
          }
          return {
            reply: familyFigures(
              row.intent,
              subjects.map((members, k) => ({ typed: mentions[k]?.text ?? '', members })),
              q,
              asked,
              named.ids,
            ),
          };
        }
        return undefined;
      }
      // "gpt-4 and gpt-4o price": with an article's model first, a price-list model named beside it leads, so the price
      // lists answer for both; the articles alone would decline the one they do not know.
      // A comparison keeps the order it was asked in (the price lists compare both already).
      const listed0 =
        PRICED.has(row.intent) && !isGenerated(single[0]!) && !/\b(vs|versus|than|compared?)\b/.test(q)
          ? single.find((e) => isGenerated(e))
          : undefined;
      if (listed0) single.splice(0, single.length, listed0, ...single.filter((e) => e !== listed0));
      const subject = single[0]!;
      // A family name with no version or size ("claude opus", "mistral large") that several versioned models
      // continue asks which one, even where a price list also carries the bare name.
      const typed = mentions.find((m) => m.ids.length === 1 && m.ids[0] === subject.id)?.text ?? '';
      const versions = names.extensions(typed).filter((x) => x.id !== subject.id);
      // A digit or a one-letter word ("Command R") is already a version. Prices differ per version; openness
      // grades and Epoch's rows are often for the family itself, so those questions keep the bare name.
      const unversioned = typed && !/\d|\b[a-z]\b/i.test(typed);
      // The same holds when the bare name is an article model's alias ("gemini" → Gemini Ultra, "kimi" → Kimi K2):
      // the price lists carry several versions under it, priced apart.
      const standsForOne = phraseKey(subject.name).startsWith(`${phraseKey(typed)} `);
      // "mixtral price": an article's umbrella entry ("Mistral models") carries one member's price-list rows; the
      // family's priced models, each with its price, are the answer, not that member's under the umbrella's name.
      const umbrella =
        PRICED.has(row.intent) && handWrittenUmbrella(subject)
          ? (familyPrice(typed, q, true) ?? (subject.family ? familyPrice(subject.family, q, true) : undefined))
          : undefined;
      if (umbrella) return umbrella;
      // "cheapest gpt-5 variant": the family's priced versions ranked, not the one the name stands for.
      const ranked =
        PRICED.has(row.intent) && typed ? rankMembers(typed, modelsNamedFrom(phraseKey(typed)), q) : undefined;
      if (ranked) return ranked;
      // "qwen price on dashscope": a provider named narrows the versions to those it sells.
      const sellers = providersIn(q);
      const priced = sellers.size
        ? modelsNamedFrom(phraseKey(typed)).filter((m) => modelPrices(m, entity).some((r) => sellers.has(r.provider)))
        : [subject, ...versions].filter((v) => modelPrices(v, entity).length);
      // "gemini flash price?": the priced versions named with the version inside (Gemini 2.5 Flash) count too.
      const around =
        unversioned && PRICED.has(row.intent) && !sellers.size
          ? families
              .membersAround(typed)
              .filter((x) => x.id !== subject.id && !versions.includes(x) && modelPrices(x, entity).length)
          : [];
      if (
        (context || (TOKEN_PRICE_ASK.test(q) && !PAST_PRICE.test(q))) &&
        PRICED.has(row.intent) &&
        (isGenerated(subject) || standsForOne) &&
        unversioned &&
        (distinctVersions(typed, isGenerated(subject) && !sellers.size ? versions : priced) >= 2 ||
          families.distinctMembers(typed, around) >= 2)
      )
        return {
          reply: familyFigures(
            row.intent,
            [
              {
                typed,
                members:
                  isGenerated(subject) && !sellers.size
                    ? mostSoldFirst([subject, ...versions, ...around], entity)
                    : // A provider named: its own line-up, in the order its names are known (sellers count no more).
                      sellers.size
                      ? baseNamesFirst(priced)
                      : mostSoldFirst(priced, entity),
              },
            ],
            q,
            asked,
            named.ids,
          ),
        };
      // "olmo params": a name standing for the one member holding the figure (Olmo 3) is still the name typed.
      const typedName = typed || (mentions.length === 1 ? mentions[0]!.text : '');
      let variants: { line: string; sources: Reply['sources'] } | undefined;
      if (row.intent === 'training' && typedName && subject.kind === 'models') {
        const want = trainingAsked(q).filter(
          (m) => m !== 'hardware' && !(m === 'training_cost' && subject.figures.some((f) => f.metric === m)),
        );
        const has = (v: Entity) => want.some((m) => dataFigures(v, m).length);
        const figureOf = (v: Entity) =>
          has(v)
            ? want
                .map((m) =>
                  dataFigures(v, m)
                    .map((f) => f.value)
                    .join('/'),
                )
                .join(';')
            : undefined;
        // A family name ("Llama 4", "Qwen2.5", "gpt-oss") asked for a training figure that several of its versions
        // have, while the name itself has none or stands for one of them by alias, asks which one.
        // The entity the name stands for by alias ("Llama 2" → Llama 2 70B) is one of the versions too, and so are
        // the point releases of a version typed ("Llama 3" → Llama 3.1 405B, Llama 3.3 70B).
        const key = phraseKey(typed);
        const points = /\d$/.test(key)
          ? families.membersOf(typed).filter((x) => nameKey(x).startsWith(`${key}.`) && !versions.includes(x))
          : [];
        const withFigure = [
          ...(has(subject) && phraseKey(subject.name).startsWith(`${key} `) ? [subject] : []),
          ...versions.filter(has),
          ...points.filter(has),
        ];
        const aliasHit = phraseKey(subject.name) !== phraseKey(typed);
        const lacks = !want.some((m) => dataFigures(subject, m).length);
        if (typed && want.length && (lacks || aliasHit) && distinctVersions(typed, withFigure) >= 2)
          return {
            reply: {
              ...familyFigures(row.intent, [{ typed, members: withFigure }], q, asked, named.ids),
              because: 'a family name asked for a figure its versions have',
            },
          };
        // "codet5+ param count", "ernie 3.0 params": a name its siblings extend with a size (CodeT5+-220M … -16B) or
        // with a variant of another size (ERNIE 3.0 Titan) asks which one, the bare name's own row among them.
        const sizedMembers = want.length
          ? sizedFamilyMembers({
              typed: typedName,
              subject,
              versions: typed ? versions : names.extensions(typedName).filter((x) => x.id !== subject.id),
              figureOf,
            })
          : undefined;
        // "kimi k2 compute and params", "olmo 3 tokens": the bare name is a model of its own holding the figure (the
        // base release), so it is the answer; its variants and sizes follow in one line instead of an ask.
        if (sizedMembers && ownName(typedName, subject) && figureOf(subject) !== undefined) {
          const shown = sizedMembers.filter((e) => e.id !== subject.id);
          const read = shown.slice(0, VARIANTS_SHOWN).map((e) => ({
            name: e.name,
            own: want.length === 1 && has(e) ? memberFigure(row.intent, e, q, asked, named.ids) : undefined,
          }));
          variants = {
            line: otherVersionsLine(
              read.map((c) => ({ name: c.name, figure: c.own?.figure })),
              Math.max(0, shown.length - VARIANTS_SHOWN),
            ),
            sources: read.flatMap((c) => c.own?.sources ?? []),
          };
        } else if (sizedMembers)
          return {
            reply: {
              ...familyFigures(
                row.intent,
                // The name as typed: the name index reads "+" as a word ("CodeT5+" → "codet5 plus").
                [{ typed: typedName.replace(/(\w) plus\b/g, '$1+'), members: sizedMembers }],
                q,
                asked,
                named.ids,
              ),
              because: 'a name several sizes share asked for a figure that depends on the size',
            },
          };
      }
      // Article subjects keep the article engine unless the question plainly asks for a data-set fact.
      // A described model ("google's 2023 flagship") is the data sets' reading: the articles would read the description
      // as its maker, so the data sets answer it outright rather than adding lines under the maker's answer.
      const handWritten = !isGenerated(subject) && !(readAs && DESCRIBED_FIGURES.has(row.intent));
      // Chips have specs and a list price, not token prices or training runs.
      if ((row.intent === 'chip') !== (subject.kind === 'chips') && row.intent !== 'openness') {
        if (subject.kind === 'chips' || row.intent === 'chip') continue;
      }
      // A specific training figure only the data sets have ("which chips", "how many parameters"); a bare "cost"
      // stays with the articles.
      // Epoch's chip type counts as a hardware figure even when it gives no chip count, unless the chips are counted.
      const inData = (m: string) =>
        holdsField(subject, m) ||
        (m === 'released' && epochDated(subject)) ||
        (m === 'hardware' && subject.kind === 'models' && Boolean(subject.chip) && !chipsCounted(q));
      const askedHere = row.intent === 'training' ? trainingAsked(q) : [];
      const onlyInData = trainingAsked(q).some((m) => m !== 'training_cost' && inData(m) && !hasOwn(subject, m));
      // A training field the data sets hold beside the articles' own ("the V3 cluster's GPU model and count": the
      // articles' fleet, Epoch's run) is added under the articles' answer.
      // The same chip count the articles already give (PaLM's 6,144 TPU v4) adds nothing.
      const sameAsArticles = (m: string) =>
        dataFigures(subject, m).every((d) => subject.figures.some((f) => f.metric === m && f.value === d.value)) &&
        dataFigures(subject, m).length > 0;
      const alsoInData = askedHere.some((m) => m !== 'training_cost' && inData(m) && !sameAsArticles(m));
      // "Kimi K2's hardware acquisition cost", "which GPUs trained GPT-5": a field of Epoch's row that neither Epoch
      // (blank or a 0.0 placeholder) nor the articles give is Epoch's to decline; the articles' cost would answer
      // another question.
      const missingInRow =
        (subject.data ?? []).some((f) => f.source === 'epoch-models') &&
        askedHere.some((m) => EPOCH_ROW_FIELDS.has(m) && !inData(m) && !hasOwn(subject, m));
      // Asked outright ("how many parameters", "training FLOP", "what chip was it trained on" when the articles
      // name none), such a figure is the whole answer; hardware the articles also give and a passing "compute"
      // stay under the articles' answer, whose prose may say more (or differ).
      const askedOutright =
        missingInRow ||
        (onlyInData &&
          (STRICT_TRAINING.some(([m, rx]) => rx.test(q) && holdsField(subject, m)) ||
            (askedHere.includes('hardware') && inData('hardware') && !articlesOnHardware(subject)) ||
            // "when did it come out": the articles give no release date, Epoch's is the answer.
            (askedHere.includes('released') && inData('released'))));
      const perToken =
        /\b(input|output|in\/out|cached|per[- ]?m\b|mtok|api|per[- ]million|per[- ]token|token costs?)\b|\$\/m/.test(
          q,
        ) && !/\blaunch\b/.test(q);
      // "gpt-5 price?": the articles give the model no price, so the price lists' prices are the answer itself.
      const pricedOnlyInData =
        row.intent === 'price' &&
        PRICED_WORDS.test(q) &&
        !PAST_PRICE.test(q) &&
        !RENTAL.test(q) &&
        !subject.figures.some((f) => /^price/.test(f.metric)) &&
        modelPrices(subject, entity).length > 0;
      // "is DeepSeek R1 open weight?", "Llama 3 licence?": an article model asked how open it is, with no cost or
      // price asked, gets the articles' view first and the data sets' grades beside it, not its whole profile.
      const opennessOfArticleModel =
        row.intent === 'openness' &&
        handWritten &&
        subject.kind === 'models' &&
        Boolean(subject.openness || subject.components?.length) &&
        OPENNESS_ASK.test(askedWords) &&
        !COST_WORD.test(q) &&
        !ARTICLE_ONLY.test(q) &&
        !SECOND_ASK.test(q) &&
        mentions.length === 1;
      const dataAsk =
        opennessOfArticleModel ||
        pricedOnlyInData ||
        asked.length > 0 ||
        dataOnlyName(subject, typed) ||
        named.ids.size > 0 ||
        (row.intent === 'training' && methodAsked(q) !== undefined) ||
        (row.intent === 'training' && (onlyInData || alsoInData || missingInRow)) ||
        (row.intent === 'price' && perToken) ||
        // "deepseek v3 price on together": a seller named asks the price lists, whatever the articles say.
        (row.intent === 'price' && PRICED_WORDS.test(q) && soldAt(q));
      // "gemini's training bill": the articles' answer is about the one member the name stands for; the family's
      // other members follow it, so a user who meant another can ask.
      const memberSources = new Map<string, Reply['sources'][number]>();
      const others =
        FAMILY_NOTED.has(row.intent) && mentions.length === 1 && single.length === 1 && !PAST_PRICE.test(q)
          ? families.otherMembersLine(
              typed,
              subject,
              q,
              // A training figure asked: the members Epoch has any training figure for are the ones to point to.
              (e) =>
                hasAsked(row.intent, e, q, named.ids) ||
                (row.intent === 'training' && (e.data ?? []).some((f) => f.source === 'epoch-models')),
              (e) => {
                // One figure per member: none when two figures are asked ("cost … and on what chips") or a training
                // bill is asked in price words ("training price tag"), which a token price would not answer.
                if (trainingAsked(q).length > 1 || (row.intent === 'price' && /\btrain/.test(q))) return undefined;
                const own = memberFigure(row.intent, e, q, asked, named.ids);
                for (const s of own?.sources ?? []) memberSources.set(s.id, s);
                return own?.figure;
              },
              (e) => hasAsked(row.intent, e, q, named.ids),
            )
          : undefined;
      if (handWritten && !dataAsk && !['token-cost', 'cheapest-provider'].includes(row.intent))
        return others
          ? { supplement: { lines: [others], sources: [...memberSources.values()], family: subject.name } }
          : undefined;
      // A model "trained on" chips is the subject, not the chips; two article subjects compared stay with the articles.
      if (subject.kind === 'chips' && /\btrain(ed|ing)? (on|with)\b/.test(q)) return undefined;
      // …unless what is compared is a figure only the data sets hold for both ("training compute per Epoch").
      // …or Epoch is named as the source of both sides' figures ("per Epoch, GPT-4 vs GPT-3 training cost").
      const bothInData =
        row.intent === 'training' &&
        ((!COST_WORD.test(q) &&
          STRICT_TRAINING.some(
            ([m, rx]) => rx.test(q) && single.filter((x) => holdsField(x, m) && !hasOwn(x, m)).length >= 2,
          )) ||
          (named.ids.has('epoch-models') &&
            trainingAsked(q).some((m) => single.filter((x) => holdsField(x, m)).length >= 2)));
      if (
        handWritten &&
        !bothInData &&
        // "which costs less per token, V3 or Llama 3.1 405B": per-token prices both have are the price lists' to set.
        !(row.intent === 'price' && perToken && single.every((x) => modelPrices(x, entity).length)) &&
        // A maker named beside its own model ("what does openai charge for gpt-5 input vs output") qualifies it.
        single.filter((x) => !isGenerated(x) && !single.some((m) => m.kind === 'models' && m.org === x.id)).length >=
          2 &&
        /\b(vs|versus|times|compare|compared|cheaper|than|between|gap|ratio)\b/.test(q)
      )
        return undefined;
      const releases = row.intent === 'openness' ? releaseLicences(subject, typed, q) : undefined;
      const answered = answerAbout(row.intent, subject, single, q, asked, named.ids) ?? releases?.alone;
      if (!answered) continue;
      const r =
        variants && answered.kind === 'answer'
          ? {
              ...answered,
              lines: [...answered.lines, variants.line],
              sources: [
                ...answered.sources,
                ...variants.sources.filter(
                  (s, k, all) =>
                    !answered.sources.some((o) => o.id === s.id) && all.findIndex((o) => o.id === s.id) === k,
                ),
              ],
            }
          : others && answered.kind === 'answer'
            ? {
                ...answered,
                lines: [...answered.lines, others],
                sources: [
                  ...answered.sources,
                  ...[...memberSources.values()].filter((s) => !answered.sources.some((o) => o.id === s.id)),
                ],
              }
            : releases && answered !== releases.alone && answered.kind === 'answer'
              ? {
                  ...answered,
                  // Licences that differ by release are asked about right under the headline, not after one's details.
                  lines: releases.asks
                    ? [...answered.lines.slice(0, 1), releases.line, ...answered.lines.slice(1)]
                    : [...answered.lines, releases.line],
                  sources: releases.sources(answered),
                }
              : answered;
      // Article entities keep their article answer; the data sets add to it unless named as the source.
      // A figure only the data sets have ("GLM-5's parameters") is the answer itself, not a note under the
      // articles' "not in my sources".
      if (
        handWritten &&
        subject.kind !== 'chips' &&
        named.ids.size === 0 &&
        methodAsked(q) === undefined &&
        !(row.intent === 'training' && askedOutright) &&
        row.intent !== 'run-hours' &&
        !(
          row.intent === 'token-cost' &&
          subject.kind === 'models' &&
          modelPrices(subject, entity).length &&
          !PAST_PRICE.test(q)
        ) &&
        // Which provider sells it cheapest is the price lists' question alone.
        !(row.intent === 'cheapest-provider' && subject.kind === 'models' && modelPrices(subject, entity).length) &&
        !dataOnlyName(subject, typed) &&
        !opennessOfArticleModel &&
        // Per-token prices of a model the articles give no price for: the data sets' prices are the answer.
        !(
          row.intent === 'price' &&
          (perToken || pricedOnlyInData) &&
          !subject.figures.some((f) => /^price/.test(f.metric))
        ) &&
        !(
          row.intent === 'price' &&
          (RATIO_WORDS.test(q) || COMPARED.test(q)) &&
          !PAST_PRICE.test(q) &&
          single.filter((x) => modelPrices(x, entity).length).length >= 2
        ) &&
        r.kind === 'answer'
      )
        return { supplement: { lines: ['From the data sets:', ...r.lines], sources: r.sources } };
      // A maker asked for a token price is asked which of its models, though the articles know the maker.
      if (
        handWritten &&
        r.kind !== 'answer' &&
        !named.ids.size &&
        !(subject.kind === 'organisations' && PRICED.has(row.intent)) &&
        !(row.intent === 'training' && missingInRow)
      )
        return undefined;
      return { reply: { ...r, because: row.reason } };
    }
    return undefined;
  }

  /** A licence asked of a family name with no version ("qwen license?") or of a maker ("stability's licence
   * terms?"): its releases' licences in one line (asked back when they differ), to add under the answer, or alone
   * when there is none. */
  function releaseLicences(subject: Entity, typed: string, q: string) {
    if (!/\blicen[cs]\w*\b/.test(q) || /\d/.test(typed)) return undefined;
    const releases =
      subject.kind === 'organisations'
        ? models.filter((m) => m.kind === 'models' && m.org === subject.id)
        : subject.kind === 'models' && typed
          ? modelsNamedFrom(phraseKey(typed))
          : [];
    const label = subject.kind === 'organisations' ? subject.name : typed;
    // A family whose releases all carry one licence needs no line under its answer; a maker's releases do.
    const found = releaseLicenceLine(label, releases, subject.kind === 'organisations');
    if (!found) return undefined;
    const citer = new Citer(kb);
    for (const s of found.sources) citer.sourceOf(s);
    const alone = dataReply(`${label} — licence`, [found.line], citer.sources());
    const sources = (r: Reply) => [
      ...r.sources,
      ...citer.sources().filter((s) => !r.sources.some((o) => o.id === s.id)),
    ];
    return { line: found.line, asks: found.asks, alone, sources };
  }

  /** "what license is llama under?": a family name the articles know (so the name index leaves it to them) asked its
   * licence, when its releases carry different ones: each licence with its releases, under the articles' answer. */
  function familyLicence(text: string): DataResult | undefined {
    const key = phraseKey(text);
    // Asked in so many words ("what license is llama under?", "the deepseek license, is it mit?") or as the family's
    // licence alone ("llama licence?", "the stable diffusion license"), not what its terms allow.
    const asked = licenceNameAsked?.test(text.toLowerCase());
    if (!asked && !/\blicen[cs]e\b/.test(key)) return undefined;
    const alone = (w: string) =>
      ` ${key} `
        .replace(` ${w} `, ' ')
        .split(' ')
        .every((x) => !x || x === 's' || /^licen[cs]es?$/.test(x) || STOPWORDS.has(x));
    const words = key.split(' ');
    // The longest run of words the articles know as the start of a name ("stable diffusion", not "stable").
    // Only runs as long as some name the articles know (at most articlePrefixWords words): a 2,000-character question
    // built every run of its words and deduplicated them pairwise, which took seconds.
    const phrases = words
      .flatMap((_, i) => words.slice(i + 1, i + articlePrefixWords).map((__, j) => words.slice(i, i + j + 2).join(' ')))
      .concat(words)
      .filter((p) => articlePrefixes.has(p))
      .filter((p, k, all) => all.indexOf(p) === k)
      .sort((a, b) => b.split(' ').length - a.split(' ').length);
    // "is Meta's LLaMA 2 licence …": one release named, whose licence is asked; not the maker's others.
    if (phrases.some((w) => !/\d/.test(w) && new RegExp(`\\b${w} \\d`).test(key))) return undefined;
    for (const w of phrases) {
      // "LLaMA 2's licence" names one release.
      if (w.length < 3 || /\d/.test(w) || !articlePrefixes.has(w) || new RegExp(`\\b${w} \\d`).test(key)) continue;
      if (!asked && !alone(w)) continue;
      // A maker's own name ("mistral" of Mistral AI) covers its releases named otherwise (Mixtral, Devstral).
      const maker = makerByFirstWord().get(w);
      const own = maker ? models.filter((m) => m.kind === 'models' && m.org === maker.id) : [];
      const releases = [...modelsNamedFrom(`${w} `), ...own.filter((m) => !nameKey(m).startsWith(`${w} `))];
      const label = maker?.name.split(' ')[0] ?? w;
      const found = releaseLicenceLine(label, releases, false);
      if (!found) continue;
      const citer = new Citer(kb);
      for (const s of found.sources) citer.sourceOf(s);
      return { supplement: { lines: [found.line], sources: citer.sources() } };
    }
    return undefined;
  }

  // The words of ranking a family's versions are cues (knowledge/cues.yaml): ranks-members, priciest-first.
  const rankWords = memberRankWords(kb);
  /** "cheapest gpt-5 variant", "priciest claude model": the members ranked by list price, when that is asked. */
  function rankMembers(typed: string, members: Entity[], q: string, byName = true): { reply: Reply } | undefined {
    if (!rankWords.asked?.test(q) || /\b(provider|host|hosts|where)\b/.test(q)) return undefined;
    const citer = new Citer(kb);
    const ranked = memberRankLines(typed, members, entity, citer, q, rankWords, byName);
    if (!ranked) return undefined;
    return {
      reply: {
        ...dataReply(ranked.title, ranked.lines, citer.sources()),
        because: 'asks for the cheapest (or priciest) version of a family or maker',
      },
    };
  }

  /** Of a family's models, those trained on the chips the question names after "trained on" ("huawei chips",
   * "TPUs", "H800s"), by a word of the chip's name; all of them when it names none or none fits. */
  function trainedOnNamed(members: Entity[], q: string): Entity[] {
    const on = /\btrained (?:on|with|using) (?:the |its |their )?([a-z][\w-]*)/.exec(q)?.[1]?.replace(/s$/, '');
    if (!on || ['chip', 'gpu', 'hardware', 'what', 'which', 'how'].includes(on)) return members;
    const fit = members.filter((m) => {
      const chip = m.kind === 'models' && m.chip ? entity(m.chip) : undefined;
      return chip !== undefined && phraseKey(chip.name).split(' ').includes(on);
    });
    return fit.length ? fit : members;
  }

  /** Most members read to see whether they all agree on the figure asked. */
  const AGREE_MAX = 8;
  /** Most members of a larger family read for the figure asked. */
  const FIGURES_MAX = 24;

  /** Of an answer's figure lines, the first whose label (before its value) shares most words with the question. */
  function bestMatching(lines: string[], q: string): string | undefined {
    const asked = new Set(q.toLowerCase().match(/[a-z]{3,}/g) ?? []);
    const score = (l: string) =>
      (
        l
          .split(/: |—/)[0]!
          .toLowerCase()
          .match(/[a-z]{3,}/g) ?? []
      ).filter((w) => asked.has(w)).length;
    return lines.reduce<string | undefined>(
      (best, l) => (best === undefined || score(l) > score(best) ? l : best),
      undefined,
    );
  }

  /** Whether entities are one model under names that differ only by the maker's name ("NVIDIA Nemotron 3 Ultra"). */
  function oneModel(members: Entity[]): boolean {
    const key = (e: Entity) => {
      const maker = e.kind === 'models' && e.org ? entity(e.org) : undefined;
      const words = new Set(maker ? phraseKey(`${maker.name} ${maker.aliases.join(' ')}`).split(' ') : []);
      return nameKey(e)
        .split(' ')
        .filter((w) => !words.has(w))
        .join(' ');
    };
    return members.every((e) => e.kind === 'models' && key(e) === key(members[0]!));
  }

  /** Several members of a family (chips or models) asked for one figure: the figure once when they all give the same,
   * a chip code's variants listed by value (and a second family beside the first, "A100 vs H100 memory"), else asks
   * which was meant, each candidate with the figure its own answer gives, so the ask-back also answers for whichever
   * one was meant. */
  function familyFigures(
    intent: DataIntent,
    families: Array<{ typed: string; members: Entity[] }>,
    q: string,
    asked: string[],
    named: Set<string>,
  ): Reply {
    const byValue = families.every((f) => f.members.every((e) => e.kind === 'chips'))
      ? chipVariants(families, asked, q)
      : undefined;
    if (byValue) return byValue;
    const { typed } = families[0]!;
    // "the GLM model trained on huawei chips": the members trained on the chips named are the ones meant; one such
    // member is the answer.
    const members = trainedOnNamed(families[0]!.members, q);
    if (members.length === 1 && members.length < families[0]!.members.length) {
      const own = answerAbout(intent, members[0]!, members, q, asked, named);
      if (own) return own;
    }
    // One model under two names ("NVIDIA Nemotron 3 Ultra", "Nemotron 3 Ultra"): no choice to ask about; the name
    // whose answer says most (an answer before a decline) answers, what it lacks declined.
    if (families.length === 1 && members.length > 1 && oneModel(members)) {
      const says = (r: Reply) => (r.kind === 'answer' ? 100 : 0) + r.lines.length;
      const own = members
        .map((e) => answerAbout(intent, e, [e], q, asked, named))
        .filter((r): r is Reply => r !== undefined)
        .sort((a, b) => says(b) - says(a))[0];
      if (own) return own;
    }
    const cited = new Map<string, Reply['sources'][number]>();
    // Every member is read while they are few, so that a figure they all share is answered instead of asked about.
    // Past that, a larger family is read further; the members holding the figure are offered first.
    const read = members.length <= AGREE_MAX ? members.length : FIGURES_MAX;
    const list = members.map((e, i) => {
      const own = i < read ? memberFigure(intent, e, q, asked, named) : undefined;
      if (!own) return { name: e.name };
      for (const s of own.sources) cited.set(s.id, s);
      return { name: e.name, figure: own.figure, value: figureValue(own.figure) };
    });
    list.sort((a, b) => Number(Boolean(b.figure)) - Number(Boolean(a.figure)));
    const what = members.every((e) => e.kind === 'chips') ? 'chips' : 'models';
    // "ascend 910b price": the chip named exactly as typed (Huawei Ascend 910B) is the one holding the figure; its
    // bins and "Pro" holding none, the figure is its answer, not an ask-back.
    const holders = list.filter((c) => c.figure);
    const base =
      what === 'chips' && holders.length === 1 && read === members.length ? baseChip(typed, members) : undefined;
    if (base && base.name === holders[0]!.name) {
      const own = answerAbout('chip', base, [base], q, asked, named);
      if (own) return own;
    }
    // A chip family none of whose members holds what is asked ("how much will a rubin gpu cost"): declined, the chips
    // named after it, never one asked back as if it had the figure.
    if (what === 'chips' && list.every((c) => !c.figure) && read === members.length)
      return dataUnknownReply(
        typed,
        [
          CHIP_COST_ASKED.test(q)
            ? 'list price'
            : (chipMetricLabel(asked.find((m) => CHIP_METRICS.has(m))) ?? askedNoun('chip', q, named)),
        ],
        [`Chips I have under that name: ${members.map((e) => e.name).join(', ')}.`],
      );
    // Candidates that all give the same figure for what was asked need no choosing: the figure is the answer.
    const verdict = read === members.length ? familyVerdict(list) : undefined;
    const answer =
      verdict?.kind === 'agree'
        ? membersAgreeReply(typed, what, verdict.group, [...cited.values()])
        : dataClarifyReply(typed, list, what, [...cited.values()]);
    // Priced by genai-prices alone, every one of them ("gpt-6 price"): said first, as for a single model.
    const priced = intent === 'price' && what === 'models' ? members.map((e) => modelPrices(e, entity)) : [];
    if (priced.length && members.every((e, i) => oneListOnly(e, priced[i]!)))
      return { ...answer, lines: [oneListPriceLine(`any “${typed}” model`, true), ...answer.lines] };
    return answer;
  }

  /** Of a chip family, the one chip whose name ends in the code typed, nothing after it ("Huawei Ascend 910B" of
   * "ascend 910b"; not its "910B Pro" or "910B1"). */
  function baseChip(typed: string, members: Entity[]): Entity | undefined {
    const code = phraseKey(typed).split(' ').at(-1);
    const bases = members.filter((e) => phraseKey(e.name).split(' ').at(-1) === code);
    return bases.length === 1 ? bases[0] : undefined;
  }

  /** A data-set model priced by genai-prices alone, no model named after it priced by LiteLLM either ("Kimi K3",
   * "GPT-6 Luna"; not "GPT-3.5", whose "GPT-3.5 Turbo" LiteLLM prices). */
  function oneListOnly(e: Entity, rows: ProviderPrices[]): boolean {
    if (!isGenerated(e) || !genaiOnly(rows)) return false;
    const key = nameKey(e);
    return !models.some(
      (m) =>
        m !== e &&
        nameKey(m).startsWith(key) &&
        m.figures.some((f) => f.source === 'litellm' && /_price$/.test(f.metric)),
    );
  }

  /** The figure one member's own answer gives for what was asked, with its sources: a line with a figure of its own
   * (not a heading that only names the model, "NVIDIA H100 NVL:"), the one whose label shares most words with the
   * question ("memory bandwidth?" → the bandwidth line, not memory's). */
  function memberFigure(
    intent: DataIntent,
    e: Entity,
    q: string,
    asked: string[],
    named: Set<string>,
  ): { figure: string; sources: Reply['sources'] } | undefined {
    // A chip is answered by its specs ("blackwell price": its list price, not a token price).
    const own = answerAbout(e.kind === 'chips' ? 'chip' : intent, e, [e], q, asked, named);
    if (own?.kind !== 'answer') return undefined;
    const figures = own.lines.filter(
      (l) =>
        /\d/.test(l.replace(e.name, '')) &&
        !/:$/.test(l) &&
        !/^I don't have/.test(l) &&
        l !== oneListPriceLine(e.name) &&
        !isVersionsLine(l),
    );
    // A chip asked what it costs ("how much is a blackwell gpu") has its list price as the figure, or none.
    const priced = e.kind === 'chips' && CHIP_COST_ASKED.test(q);
    const line = bestMatching(priced ? figures.filter((l) => /\bprice\b/.test(l)) : figures, q);
    if (!line) return undefined;
    // The other price list's differing figure stays in the model's own answer; one figure per candidate here.
    const figure = line
      .replace(/^• /, '')
      .replace(`${e.name} — `, '')
      .replace(/; \S+ differs: .*$/, '');
    return { figure, sources: own.sources };
  }

  function answerAbout(
    intent: DataIntent,
    e: Entity,
    all: Entity[],
    q: string,
    asked: string[],
    sources: Set<string>,
  ): Reply | undefined {
    const citer = new Citer(kb);
    // Speech, image and text-to-speech models are priced per second, image or character: any amount asked is billed
    // at that price, or no figure when a number does not fit it.
    if (e.kind === 'models' && unitPriced(e) && unitBillAsked(intent, q)) {
      const maker = e.org ? entity(e.org)?.name : undefined;
      const bill = unitPriceBill(e, blankNames(q, [...typedNames, e.name, ...e.aliases]), citer, maker);
      if (bill && 'unplaced' in bill) return uncombinedReply(bill.unplaced);
      if (bill) return dataReply(`${e.name} — cost`, bill.lines, citer.sources());
    }
    switch (intent) {
      case 'openness': {
        // An organisation: the index's grades of its systems, when a data set or an openness field is asked for
        // (an article company asked "is it open?" keeps the articles' answer).
        if (e.kind === 'organisations') {
          if (isGenerated(e) ? !OPENNESS_ASK.test(q) : !sources.has('osai-index')) return undefined;
          if (sources.size && !sources.has('osai-index')) return undefined;
          const lines = organisationOpenness(e, models, q, citer);
          if (lines.length) return dataReply(`${e.name} — openness`, lines, citer.sources());
          return sources.has('osai-index') ? dataUnknownReply(e.name, ['OSAI index grades']) : undefined;
        }
        if (e.kind !== 'models') return undefined;
        // A data set named ("per the OSAI index", "in MOT") is the one asked; lacking the model there is declined,
        // never answered from the other one.
        const wantOsai = sources.has('osai-index');
        const wantMot = sources.has('mot');
        const wantEpoch = sources.has('epoch-models') && !wantOsai && !wantMot;
        // The index grades one release per family: a model it does not grade on its own gets its family's grades.
        const family = wantOsai && !e.openness ? osaiFamily(e.name, models) : undefined;
        if (family?.kind === 'models' && family.openness) {
          const lines = [
            `The index grades ${family.openness.system} as one system (graded release: ${family.openness.graded ?? family.openness.system}); ${e.name} is not graded on its own.`,
            ...opennessLines(family, q, citer, { osai: true, mot: false }),
          ];
          return dataReply(`${e.name} — openness`, lines, citer.sources());
        }
        // A model the index does not grade ("Mistral's models", "gpt-4o"): declined, then its maker's graded
        // systems, labelled as the maker's.
        const makerOrg = wantOsai && !e.openness && e.org ? entity(e.org) : undefined;
        const byMaker = makerOrg ? organisationOpenness(makerOrg, models, q, citer) : [];
        const lacks = (wantOsai && !e.openness) || (wantMot && !e.components?.length) || (wantEpoch && !e.access);
        if (lacks || (!e.openness && !e.components?.length && !(wantEpoch && e.access))) {
          if (!lacks && !isGenerated(e)) return undefined;
          if (!lacks && !sources.size) return undefined;
          const what = wantMot
            ? 'Model Openness Tool entry'
            : wantEpoch
              ? 'Epoch accessibility label'
              : 'OSAI index grades';
          const have = [
            ...(e.openness && !wantOsai ? [`The European Open Source AI Index grades it (${e.openness.system}).`] : []),
            ...(e.components?.length && !wantMot ? ['The Model Openness Tool lists licences for its components.'] : []),
            ...byMaker,
          ];
          return byMaker.length
            ? { ...dataUnknownReply(e.name, [what], have), sources: citer.sources() }
            : dataUnknownReply(e.name, [what], have);
        }
        if (wantEpoch) {
          citer.sourceOf('epoch-models');
          // "licence terms per Epoch + how many A100s": the other parts' training fields follow the label.
          const more = trainingAsked(q).filter((m) => m !== 'access');
          const rest = more.length ? trainingLines(e, more, q, citer, entity) : { lines: [], missing: [] };
          return dataReply(
            `${e.name} — openness (Epoch AI)`,
            [`Epoch's accessibility label for ${e.name}: ${e.access}.`, ...rest.lines],
            citer.sources(),
            rest.missing.length ? [`Epoch gives no ${rest.missing.join(' or ')} for ${e.name}.`] : [],
          );
        }
        const lines = opennessLines(e, q, citer, { osai: !wantMot || wantOsai, mot: !wantOsai || wantMot });
        // The index grades one release per family: a model it does not grade gets the grades of the system named after
        // it ("BLOOM" → BLOOMZ, a fine-tune of it), said to be the family's, before its own component licences.
        const graded = !e.openness && !wantMot ? osaiFamily(e.name, models, true) : undefined;
        if (graded?.kind === 'models' && graded.openness && graded.id !== e.id) {
          const family = opennessLines(graded, q, citer, { osai: true, mot: false });
          const own = lines.splice(0);
          // Each data set's headline first (the index's score, the tool's licence), their details after.
          lines.push(
            `The index grades ${graded.openness.system}, not ${e.name} on its own.`,
            ...family.slice(0, 1),
            ...own.slice(0, 1),
            ...family.slice(1),
            ...own.slice(1),
          );
        }
        if (!isGenerated(e) && !sources.size) lines.unshift(articleOpenness(e));
        else if (e.access && !sources.size) lines.unshift(`Epoch's accessibility label: ${e.access}.`);
        // "BLOOMZ: org and open count": who made it leads, from the data sets' organisation.
        const maker = e.org ? entity(e.org)?.name : e.org_as_written;
        if (maker && trainingAsked(q).includes('organisation')) lines.unshift(`${e.name} is by ${maker}.`);
        // "grok-1 weights licence in MOT and param count": a part of the question with no openness words asks its own
        // training figure, which follows the openness lines.
        const besides = trainingBesides(q, sourcesIn(q).keys);
        const more = besides.length ? trainingLines(e, besides, q, citer, entity) : { lines: [], missing: [] };
        // Right after the openness headline, so a chat-length reply keeps both answers; before it when the headline
        // opens a list ("licences per released component:"), which the figure would split.
        lines.splice(/:$/.test(lines[0] ?? '') ? 0 : 1, 0, ...more.lines);
        // An article model asked for its licence is titled with what was asked, as the articles' answer was.
        const asked = !isGenerated(e) && /\blicen[cs]e/.test(q) ? 'licence' : 'openness';
        return dataReply(
          `${e.name} — ${asked}`,
          lines,
          citer.sources(),
          more.missing.length ? [`Epoch gives no ${more.missing.join(' or ')} for ${e.name}.`] : [],
        );
      }
      case 'token-cost': {
        const priced = all.filter((x) => x.kind === 'models' && modelPrices(x, entity).length);
        // Every number read as part of one workload (token counts by side, counts of work, rates, spans, a cache
        // share): the bill of that reading; else the older readings below.
        const blanked = blankNames(q, [...typedNames, ...all.flatMap((x) => [x.name, ...x.aliases])]);
        // A blended price at the user's input:output ratio, or the requests a budget buys: one line per model.
        const mixed = pricesWorked(priced, q, citer, [blendedLine, cachedBlendLine, budgetCountLine]);
        if (mixed) return mixed;
        // "70% to gpt-4o-mini, 30% to gpt-4o": each model's share at its own price, and the total.
        const routed = workloadWords
          ? routedBill(priced.slice(0, 4), (m) => modelPrices(m, entity), q, blanked, workloadWords, citer)
          : undefined;
        if (routed)
          return dataReply(`Cost of tokens — ${priced.map((m) => m.name).join(' + ')}`, routed.lines, citer.sources(), [
            'Prices are per million tokens at the listed provider; tiered prices apply per request.',
          ]);
        const work = workloadWords ? readWorkload(blanked, workloadWords) : undefined;
        if (work && priced.length) {
          const lines: string[] = [];
          const totals: number[] = [];
          for (const m of priced.slice(0, 4)) {
            const bill = workloadBill(m, modelPrices(m, entity), work, citer, q);
            if (!bill) continue;
            totals.push(bill.total);
            lines.push(...bill.lines, ...(bill.per ? periodLines(q, bill.total) : []));
            lines.push(...perUnitLines(q, work, bill.total));
          }
          if (totals.length === priced.slice(0, 4).length) return tokenCostReply(priced, lines, totals, citer);
        }
        // "the rate above 200k tokens": a threshold, not tokens to price.
        if (tierAsked(q)?.includes('above')) return undefined;
        const counts = tokenCounts(q);
        if (!counts.input && !counts.output && !counts.plain) return undefined;
        // A budget or a small count by side ("$500 … 2k in, 800 out") that this reading would leave out of the bill:
        // no figure rather than one that drops a number the user gave.
        const small = tokenCounts(blanked, 1);
        if (/[$€£]\s?\d/.test(blanked) || small.input > counts.input || small.output > counts.output) return undefined;
        if (!priced.length) return isGenerated(e) ? dataUnknownReply(e.name, ['token price']) : undefined;
        const lines: string[] = [];
        const totals: number[] = [];
        // "output only: 2M tokens a day": tokens of no side are the output the question names.
        const outputOnly = workloadWords?.outputOnly?.test(q) === true && !counts.input;
        const sided = outputOnly ? { input: 0, output: counts.output + counts.plain, plain: 0 } : counts;
        const counted: Workload = { ...sided, cached: 0, factors: [], inputOnly: false, perUnit: false };
        counted.share = cacheShare(q);
        // This reading prices the tokens alone, over the periods named: a count of work, hours a day or a rate per hour
        // it would leave out of the bill means no figure from it.
        const whole = tokensAlonePriced(blanked);
        for (const m of priced.slice(0, 4)) {
          const cost = whole ? workloadBill(m, modelPrices(m, entity), counted, citer, q) : undefined;
          const spans = cost ? periodLines(q, cost.total) : [];
          // "1,000 requests/day, each 2k input + 500 output, monthly?", "300k output per workday, 22 workdays?": every
          // count and period given multiplies, when there is a count of requests or the spans asked read nothing.
          const volume = tokenVolumeCost(m, modelPrices(m, entity), citer, q);
          if (volume && (volume.counted || !spans.length)) {
            totals.push(volume.total);
            lines.push(...volume.lines);
            continue;
          }
          if (!cost) continue;
          totals.push(cost.total);
          lines.push(...cost.lines);
          lines.push(...spans);
        }
        if (!lines.length) return undefined;
        return tokenCostReply(priced, lines, totals, citer);
      }
      case 'cheapest-provider':
      case 'price': {
        // "mistral price per million tokens": a maker sells several models, priced apart; which one is asked back.
        if (e.kind === 'organisations') {
          const own = models.filter((m) => m.kind === 'models' && m.org === e.id && modelPrices(m, entity).length);
          if (own.length === 1) return answerAbout(intent, own[0]!, [own[0]!], q, asked, sources);
          const ranked = rankMembers(e.name, own, q, false);
          if (ranked) return ranked.reply;
          // Each candidate with its own price, so the ask-back also answers for whichever model was meant.
          if (own.length > 1)
            return familyFigures(
              intent,
              [{ typed: `${e.name} model`, members: mostSoldFirst(own, entity) }],
              q,
              asked,
              sources,
            );
        }
        const rows = modelPrices(e, entity);
        if (!rows.length) return isGenerated(e) || asked.length ? dataUnknownReply(e.name, ['token price']) : undefined;
        // "blended input $/M at 60% cache hits", "blended price at 80% in / 20% out": the list prices worked.
        const blend = pricesWorked(
          all.filter((x) => x.kind === 'models' && modelPrices(x, entity).length),
          q,
          citer,
          [blendedLine, cachedBlendLine],
        );
        if (blend && intent === 'price') return blend;
        if (intent === 'cheapest-provider') {
          const sorted = cheapestRows(rows);
          const lines = [`Cheapest provider of ${e.name}: ${sorted[0]!.provider} (input + output price per million).`];
          for (const r of sorted.slice(0, 6)) lines.push(`• ${providerLine(r, citer, asked)}`);
          return dataReply(`${e.name} — cheapest provider`, lines, citer.sources());
        }
        // "max input tokens", "context window", "max output": the limits, not the prices.
        // Both asked ("price per M and how big a context"): the prices, then the limits.
        const limitsAsked =
          asked.includes('context_window') || asked.includes('max_output_tokens') || CONTEXT_ASK.test(q);
        const pricesAsked = /\b(pric\w*|cost\w*|charge\w*|per[- ]?m|in\/out)\b|\$/.test(q);
        if (limitsAsked && !pricesAsked) {
          const limits = contextLines(rows, citer, q);
          if (limits.length) return dataReply(`${e.name} — context window`, limits, citer.sources());
        }
        // "Batch API prices", "the rate above 200k tokens", "priority tier": those prices beside the standard one.
        const tiers = tierAsked(q);

        const tierRows = tiers ? tierLines(rows, citer, tiers, q) : [];
        if (tierRows.length)
          return dataReply(
            `${e.name} — token prices by tier`,
            tierRows,
            citer.sources(),
            tiers!.includes('above')
              ? ['Long-prompt prices apply to the whole request once its prompt passes the threshold.']
              : [],
          );
        // "cached input discount vs regular input, in %", "output as a multiple of input": two of its own prices.
        const another = all.slice(1).some((x) => x.kind === 'models' && modelPrices(x, entity).length);
        const relation = tiers || another ? undefined : sideRelationLine(e, rows, q, citer, sideRelationWords);
        if (relation) return dataReply(`${e.name} — token prices`, [relation], citer.sources());
        // "is GPT-4o cheaper than Claude 3.5 Sonnet?", "o1 vs o3-mini price": the verdict, then each model's list price.
        const rival = all.slice(1).find((x) => x.kind === 'models' && modelPrices(x, entity).length);
        if (rival && (RATIO_WORDS.test(q) || COMPARED.test(q)) && !tiers) {
          const b = { e: rival, rows: modelPrices(rival, entity) };
          const verdict = cheaperLine({ e, rows }, b);
          const lines = [
            ...(verdict ? [verdict] : []),
            // Only one side asked ("output price ratio"): that side's division, shown.
            ...(RATIO_WORDS.test(q) && /\b(input|output|prompt|completion)\b/.test(q)
              ? priceRatioLines({ e, rows }, b, q)
              : []),
            `• ${e.name} — ${providerLine(rows[0]!, citer, asked)}`,
            `• ${rival.name} — ${providerLine(b.rows[0]!, citer, asked)}`,
          ];
          return dataReply(`${e.name} vs ${rival.name} — token prices`, lines, citer.sources());
        }
        // "…on z.ai", "via OpenRouter": the provider named leads; one that does not sell the model is said not to.
        // A seller named ("on together") leads before a provider whose name is only the model's ("deepseek v3"),
        // and the seller itself before a reseller of it ("HuggingFace (together)").
        const named = sellersNamed(q);
        const sold = rows.filter((r) => named.includes(r.provider));
        const lead = sold.find((r) => !r.provider.includes('(')) ?? sold[0] ?? rowAsked(rows, q);
        // "azure vs openai": each provider set against the other leads, in the order named.
        const compared = sellersCompared(q).flatMap((p) => rows.filter((r) => r.provider === p));
        // Each once, and a reseller's "HuggingFace (groq)" left out beside the "Groq" it resells.
        const missing = [...new Set(named.filter((p) => !rows.some((r) => r.provider === p)))];
        const absent = missing.filter(
          (p) => !missing.some((o) => o !== p && p.toLowerCase().includes(`(${phraseKey(o).split(' ')[0]}`)),
        );
        const unsold =
          absent.length && !rows.some((r) => named.includes(r.provider))
            ? noSellerPriceLine(e.name, absent)
            : undefined;
        const first = compared.length >= 2 ? [...new Set(compared)] : lead ? [lead] : [];
        const lines = priceLines(
          e,
          [...first, ...rows.filter((r) => !first.includes(r))],
          citer,
          asked,
          all.length > 1 ? 2 : 4,
        );
        // A tier asked that no provider lists for this model: said first, so the standard prices are not taken for it.
        if (tiers && !tierRows.length && all.length === 1) lines.unshift(noTierPriceLine(e.name, tiers));
        if (unsold) lines.unshift(unsold);
        if (all.length === 1 && oneListOnly(e, rows)) lines.unshift(oneListPriceLine(e.name));
        const budget = tokenBudget(q);
        const bought = budget && budgetLine(e, rows, budget, citer);
        if (bought) lines.unshift(bought);
        if (limitsAsked && pricesAsked) lines.push(...contextLines(lead ? [lead] : rows, citer, q));
        for (const other of all.slice(1, 3)) {
          const r = modelPrices(other, entity);
          if (r.length) lines.push(...priceLines(other, r, citer, asked, 2, true));
        }
        // "How many times pricier is A than B": the ratio first, then each model's prices.
        const second = all.slice(1).find((x) => x.kind === 'models' && modelPrices(x, entity).length);
        if (second && RATIO_WORDS.test(q))
          lines.unshift(...priceRatioLines({ e, rows }, { e: second, rows: modelPrices(second, entity) }, q));
        return dataReply(`${e.name} — token prices`, lines, citer.sources());
      }
      case 'chip': {
        // Renting a chip by the hour or month is the articles' market figure, not a list price.
        // GPU-hours of compute at a chip's peak ("chip-hours for a 1e23 FLOP job at the bf16 peak") are no rental.
        if ((RENTAL.test(q) || rentElsewhere(q)) && !/\bflops?\b/.test(q) && !peakAsked(q, asked)) return undefined;
        const chips = [e, ...all.filter((c) => c.kind === 'chips' && c.id !== e.id)];
        const others = all.filter((m) => m.kind === 'models');
        const { lines, missing } = chipAnswer(chips, others, asked, q, citer);
        // "how much is a 910C": the price is declined first, then the specs Epoch does give, labelled as not it.
        if (missing.length && !lines.length && chips.length === 1)
          return dataMissingFigureReply(e.name, missing, chipLines(e, [], citer).lines, citer.sources());
        if (missing.length && !lines.length) return dataUnknownReply(e.name, missing);
        const title = chips.length > 1 ? chips.map((c) => c.name).join(' vs ') : e.name;
        const shown = chips.length > 1 ? lines : [`${e.name}:`, ...lines];
        // A figure asked that one of the chips lacks is declined first ("trainium2 vs h100 list price"), and a chip
        // with nothing under its heading is left out: the other chip's figure is no answer for it.
        const heading = (l: string, k: number, all: string[]) =>
          /:$/.test(l) && (k + 1 >= all.length || /:$/.test(all[k + 1]!));
        return dataReply(
          `${title} — specs`,
          missing.length ? [partlyMissingLine(missing), ...shown.filter((l, k, all) => !heading(l, k, all))] : shown,
          citer.sources(),
        );
      }
      case 'run-hours': {
        if (e.kind !== 'models') return undefined;
        // "gpu-hours to redo its compute at the h100's bf16 peak": compute at a chip's peak, not Epoch's chips × hours.
        if (peakAsked(q, asked)) return undefined;
        const run = runHoursLines(e, q, citer, kb);
        return run && dataReply(`${e.name} — GPU-hours (Epoch AI)`, run, citer.sources());
      }
      case 'training': {
        if (e.kind !== 'models') return undefined;
        const want = trainingAsked(q);
        // "A vs B training compute — ratio?": the two models' figures divided, each with its source.
        const second = all.find((x) => x.id !== e.id && x.kind === 'models');
        // "which used more compute, A or B?": "or" between the two sets them against each other too.
        // "how does Epoch label A vs B on accessibility?": each one's label, side by side.
        const labelled = all.filter((x) => x.kind === 'models' && x.access).slice(0, 4);
        if (second && want.includes('access') && labelled.length >= 2) {
          citer.sourceOf('epoch-models');
          const lines = labelled.map((x) => `• ${x.name}: ${x.kind === 'models' ? x.access : ''}`);
          return dataReply(
            `${labelled.map((x) => x.name).join(' vs ')} — Epoch's accessibility labels`,
            [`Epoch's accessibility labels [epoch-models]:`, ...lines],
            citer.sources(),
          );
        }
        if (second && (RATIO_WORDS.test(q) || COMPARED.test(q))) {
          const ratio = trainingRatioLines(e, second!, want, citer, q);
          if (ratio.length)
            return dataReply(`${e.name} vs ${second!.name} — training (Epoch AI)`, ratio, citer.sources());
        }
        // "how many GPU-hours was the run, and at $2/GPU-hour?": chips × hours, then the user's rate.
        const run = RUN_HOURS_ASKED.test(q) && !peakAsked(q, asked) ? runHoursLines(e, q, citer) : undefined;
        if (run) return dataReply(`${e.name} — GPU-hours (Epoch AI)`, run, citer.sources());
        const { lines, missing } = trainingLines(e, want, q, citer, entity);
        if (!lines.length) {
          // An article model is declined here only for a field of Epoch's row that the articles do not give either.
          const rowField = (m: string) => EPOCH_ROW_FIELDS.has(m.replace(/ /g, '_'));
          const articlesHave = (m: string) => e.figures.some((f) => f.metric === m.replace(/ /g, '_'));
          const epochRow = (e.data ?? []).some((f) => f.source === 'epoch-models');
          if (!isGenerated(e) && !sources.size && !(epochRow && missing.every((m) => rowField(m) && !articlesHave(m))))
            return undefined;
          // What Epoch does have for the model follows the decline, under its own labels.
          const other = ['parameters', 'training_compute', 'dataset_size', 'hardware', 'training_cost'].flatMap((m) => {
            const f = dataFigures(e, m)[0];
            return f && !missing.includes(m.replace(/_/g, ' '))
              ? [`• ${citer.metricLabel(f)}: ${dataFigureLine(f, citer)}`]
              : [];
          });
          // "pythia param count": a family name with nothing of its own names the models under it, whose names
          // often carry what was asked (Pythia-70M, Pythia-12B), for the user to pick.
          const under = other.length ? [] : families.membersOf(e.name).filter((x) => x.id !== e.id);
          if (families.distinctMembers(e.name, under) >= 2)
            return dataUnknownReply(e.name, missing, [
              `Models I have under that name: ${baseNamesFirst(under)
                .slice(0, 10)
                .map((x) => x.name)
                .join(', ')}${under.length > 10 ? ` and ${under.length - 10} more` : ''}.`,
            ]);
          return dataMissingFigureReply(e.name, missing, other, citer.sources());
        }
        const notes = missing.length ? [`Epoch gives no ${missing.join(' or ')} for ${e.name}.`] : [];
        // A size only the Model Openness Tool gives (Command R+'s 104B) is titled with its own source, not Epoch's.
        const cited = citer.sources();
        const by = cited.some((s) => s.id === 'epoch-models') ? 'Epoch AI' : cited.map((s) => s.name).join(', ');
        return dataReply(`${e.name} — training (${by || 'Epoch AI'})`, lines, cited, notes);
      }
      case 'maker': {
        if (e.kind !== 'models' || !isGenerated(e)) return undefined;
        const org = e.org ? entity(e.org) : undefined;
        if (!org) return dataUnknownReply(e.name, ['maker']);
        // "…and what country are they in": the organisation's country, else the one Epoch gives for the model's
        // developers (a collaboration lists each).
        const where = whereAsked?.test(q);
        const country = where ? countryOf(org, e, models) : undefined;
        if (where && !country)
          return dataReply(`${e.name} — who made it`, [`${e.name} is by ${org.name}.`], [], [noCountryNote(org.name)]);
        if (country)
          return dataReply(
            `${e.name} — who made it`,
            [makerCountryLine(e.name, org.name, country.name, country.source && citer.sourceOf(country.source))],
            country.source ? citer.sources() : [],
          );
        return dataReply(`${e.name} — who made it`, [`${e.name} is by ${org.name}. ${e.description}`], []);
      }
      case 'summary': {
        if (!isGenerated(e)) return undefined;
        // A generated organisation is the subject only when the question is about it ("xAI's", "did Cohere").
        if (e.kind === 'organisations' && !orgIsSubject(e, q)) return undefined;
        // A generated organisation has no figures of its own: asked anything but what it is, say so and name its models.
        if (e.kind === 'organisations' && !/\b(who|what) (is|are)\b/.test(q)) {
          // Embedding models (priced by the input token alone) after the models people ask about.
          const embedding = (m: Entity) =>
            m.data?.some((f) => f.metric === 'input_price') && !m.data.some((f) => f.metric === 'output_price');
          const own = models
            .filter((m) => m.kind === 'models' && m.org === e.id)
            .sort((a, b) => Number(embedding(a)) - Number(embedding(b)))
            .slice(0, 6);
          const word =
            /\b(cost|spend|spent|budget|train\w*|price|revenue|raise\w*|worth|valu\w*|invest\w*|fund\w*)\b/.exec(
              q,
            )?.[1];
          return dataUnknownReply(
            e.name,
            word ? [nounFor(word)] : [],
            own.length ? [`Models by ${e.name} in the data sets: ${own.map((m) => m.name).join(', ')}.`] : [],
          );
        }
        if (ARTICLE_ONLY.test(q)) {
          const word = ARTICLE_ONLY.exec(q)![1]!;
          return dataUnknownReply(e.name, [word]);
        }
        const lines = [e.description];
        if (e.kind === 'models') {
          for (const m of ['parameters', 'training_compute']) {
            const f = dataFigures(e, m)[0];
            if (f) lines.push(`• ${citer.metricLabel(f)}: ${dataFigureLine(f, citer)}`);
          }
          const rows = modelPrices(e, entity);
          if (rows[0]) lines.push(`• ${providerLine(rows[0], citer, [])}`);
          if (e.openness) lines.push(`• Openness (OSAI index): ${e.openness.score}/100 [osai-index]`);
          if (e.openness) citer.sourceOf('osai-index');
        } else if (e.kind === 'chips') lines.push(...chipLines(e, [], citer).lines);
        return dataReply(e.name, lines, citer.sources());
      }
      default:
        return undefined;
    }
  }

  /** One worked line per priced model (at most four) from the first of `ways` that works for every one of them. */
  function pricesWorked(
    priced: Entity[],
    q: string,
    citer: Citer,
    ways: Array<(e: Entity, rows: ReturnType<typeof modelPrices>, citer: Citer, q: string) => string | undefined>,
  ): Reply | undefined {
    for (const worked of ways) {
      const mixed = priced.slice(0, 4).map((m) => worked(m, modelPrices(m, entity), citer, q));
      if (mixed.length && mixed.every(Boolean))
        return dataReply(
          `Token prices worked — ${priced.map((m) => m.name).join(' vs ')}`,
          mixed as string[],
          citer.sources(),
          ['Prices are per million tokens at the listed provider.'],
        );
    }
    return undefined;
  }

  /** A maker asked for a per-token price in words the name index does not read as a data-set name ("what does
   * mistral charge per token"): which of its models, each with its price; undefined when it sells none. */
  function makerPrice(org: Entity, text: string): DataResult | undefined {
    const q = text.toLowerCase();
    if (org.kind !== 'organisations' || !TOKEN_PRICE_ASK.test(q) || PAST_PRICE.test(q) || RENTAL.test(q))
      return undefined;
    const r = answerAbout('price', org, [org], q, metricsIn(text), sourcesIn(text).ids);
    return r?.kind === 'clarify' || r?.kind === 'answer'
      ? { reply: { ...r, because: 'a maker asked for a token price: which of its models, each with its price' } }
      : undefined;
  }

  /** An article's entry for a whole line of models ("Mistral models"), not one model. */
  const handWrittenUmbrella = (e: Entity) => !isGenerated(e) && e.kind === 'models' && /\bmodels$/i.test(e.name);

  /** A family name the name index reads as an ordinary word ("llama price per million tokens") asked for a per-token
   * price: which of its priced models, each with its price, as for a name written as one ("Llama's price"). */
  function familyPrice(typed: string, text: string, anyPrice = false): DataResult | undefined {
    const q = text.toLowerCase();
    if (!(anyPrice || TOKEN_PRICE_ASK.test(q)) || PAST_PRICE.test(q) || RENTAL.test(q)) return undefined;
    const priced = modelsNamedFrom(phraseKey(typed)).filter((m) => modelPrices(m, entity).length);
    // A model the price lists carry under exactly that name is no family: its own answer is for the other rows.
    if (distinctVersions(typed, priced) < 2 || priced.some((m) => nameKey(m) === phraseKey(typed))) return undefined;
    const r = familyFigures(
      'price',
      [{ typed, members: mostSoldFirst(priced, entity) }],
      q,
      metricsIn(text),
      sourcesIn(text).ids,
    );
    return {
      reply: { ...r, because: 'a family name asked for a token price: which of its models, each with its price' },
    };
  }

  /** A product line named by a word inside its models' names ("haiku pricing", "o-series pricing"): which of its priced
   * models, each with its price. */
  function linePrice(text: string): DataResult | undefined {
    const q = text.toLowerCase();
    if (!/\b(price|prices|pricing|priced|cost|costs)\b/.test(q) && !TOKEN_PRICE_ASK.test(q)) return undefined;
    if (PAST_PRICE.test(q) || RENTAL.test(q)) return undefined;
    const line = lines.lineNamed(text);
    if (!line) return undefined;
    const r = familyFigures(
      'price',
      [{ typed: line.typed, members: mostSoldFirst(line.members, entity) }],
      q,
      metricsIn(text),
      sourcesIn(text).ids,
    );
    return {
      reply: { ...r, because: 'a product line asked for a token price: which of its models, each with its price' },
    };
  }

  return { answer, names, makerPrice, familyPrice, linePrice };
}

/** "per million training tokens", "per 1B tokens it was trained on": a cost or compute per unit of the training data,
 * never a per-token price; read as "per training token" so the data size is shown beside the figure it divides. */
const PER_TRAINING_TOKENS =
  /\bper (?:one |a |1 ?)?(?:million|mn|m|billion|bn|b|thousand|k|trillion|tn|t)? ?(?:(?:pre-?)?train(?:ing|ed)?[- ]tokens?|tokens? (?:of (?:its |the )?(?:pre-?)?training(?: data)?|(?:it was |it's |they were )?trained on|seen in training))\b/gi;
export const perTrainingToken = (q: string) => q.replace(PER_TRAINING_TOKENS, 'per training token');

/** A per-token price asked in so many words ("per million tokens", "per token", "input price", "API pricing"). */
const TOKEN_PRICE_ASK =
  /\b(per[- ]?m(il|ill|illion)?\b|per[- ]million|mtok|per[- ]token|token (price|prices|pricing|cost|costs)|(api|token|input|output|cached)[- ](price|prices|pricing|rates?)|pricing)\b|\$\/m\b/;

/** The token-cost reply: each model's bill, then for two models the difference and how many times. */
function tokenCostReply(priced: Entity[], lines: string[], totals: number[], citer: Citer): Reply {
  if (totals.length === 2)
    lines.push(
      `Difference: ${formatMoney(Math.abs(totals[0]! - totals[1]!))} (${priced[0]!.name} vs ${priced[1]!.name}${ratioOf(totals[0]!, totals[1]!)}).`,
    );
  return dataReply(`Cost of tokens — ${priced.map((m) => m.name).join(' vs ')}`, lines, citer.sources(), [
    'Prices are per million tokens at the listed provider; tiered prices apply per request.',
  ]);
}
