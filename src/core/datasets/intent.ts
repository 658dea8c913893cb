// What a data-set question asks: the kinds of question the imported data sets open, tested in order. Each row
// says why it matched, so a wrong route can be traced to its rule. Words live here as data, not in answerers.
import { RUN_HOURS_RULE } from './run-hours.js';

/** The kinds of data-set question, in the order they are tried. */
export type DataIntent =
  | 'run-hours'
  | 'source-stats'
  | 'openness-ranking'
  | 'licence-test'
  | 'training-ranking'
  | 'context-ranking'
  | 'openness'
  | 'token-cost'
  | 'cheapest-provider'
  | 'price'
  | 'chip'
  | 'training'
  | 'maker'
  | 'summary';

/** An intent row: its name, the rule (a pattern over the lower-cased question) and whether it needs a subject. */
interface IntentRow {
  intent: DataIntent;
  rule: RegExp;
  needsSubject: boolean;
  reason: string;
}

export const DATA_INTENTS: IntentRow[] = [
  {
    // "Epoch's GPU count and training hours, priced at $2/GPU-hour": chips × hours of a model's run, then a rate.
    intent: 'run-hours',
    rule: RUN_HOURS_RULE,
    needsSubject: true,
    reason: "asks for a run's GPU-hours: Epoch's chip count × training time, priced at the rate given",
  },
  {
    // Asked of a data set itself (named in the question): how many it covers, which systems are open on every field
    // ("every single osai criterion", "each category of the index", "open across the board").
    intent: 'source-stats',
    rule: /\bhow many (systems|models|entries|releases|chips|gpus|accelerators)\b|\b(all|every|each)( single| one)?( of)?( the)?( twelve| 12)?( \w+){0,2} (fields?|criteri(a|on)|categor(y|ies)|dimensions?|aspects?)\b|\bfully open\b|\bopen across the board\b/,
    needsSubject: false,
    reason: 'asks about a data set as a whole',
  },
  {
    intent: 'openness-ranking',
    // "which is more open, A or B", "is A less open than B", "A vs B openness": the named ones set against each other.
    rule: /\b((most|more|less|least) open|open(est)? models? (ranked|by openness)|rank\w* .*\bopenness|openness (ranking|league)|(more|most) (closed|restrictive)|opener)\b|\b(openness|licen[cs]es?)\b.*\b(vs|versus|compared?|against)\b|\b(vs|versus|compare)\b.*\b(openness|licen[cs]es?)\b/,
    needsSubject: false,
    reason: 'asks for models ranked by openness',
  },
  {
    // "which licences count as truly open?", "what licenses pass the author's test": the licences, not one model.
    intent: 'licence-test',
    rule: /\b(which|what) (kinds? of |types? of )?licen[cs]es\b|\blicen[cs]es\b.*\b(count|pass|qualify|truly|really|genuinely|actually)\b|\b(truly|really|genuinely) open licen[cs]es?\b/,
    needsSubject: false,
    reason: 'asks which licences count as truly open',
  },
  {
    intent: 'training-ranking',
    rule: /\b(most expensive|priciest|costliest|biggest|largest|top \d+|cost(s|ed)? the most)\b.*\b(training runs?|to train|trained|training)\b/,
    needsSubject: false,
    reason: 'asks for the costliest training runs',
  },
  {
    intent: 'context-ranking',
    rule: /\bcheapest\b.*\b(context|window)\b|\b(context|window)\b.*\bcheapest\b/,
    needsSubject: false,
    reason: 'asks for cheap models above a context size',
  },
  {
    intent: 'openness',
    rule: /\b(open|openness|osai|osi|mot|licen[cs]e[ds]?|weights|(?<!(how much|amount of|how many) )training data(?! size)|pretraining data|training code|peer[- ]review\w*|closed|graded?|grades|model openness)\b/,
    needsSubject: true,
    reason: 'asks how open a model is',
  },
  {
    // "training tokens", "cost per epoch", "cost at cloud rental prices": a training question that mentions
    // tokens or prices in passing, and asks for no per-token price, is not a price question; nor is a run's "price
    // tag" or "training price".
    intent: 'training',
    // "training code", "is its training data disclosed": what was released, an openness question.
    rule: /^(?!.*(\bper[- ]?m\b|per[- ]million|mtok|\/m\b|\binput\b|\boutput\b|\bcached\b|\bapi\b|\bper token\b|(?<!(rental|cloud|purchase|training|run)[ -])\bpric(e|es|ed|ing)\b(?! tags?\b)(?! (at|by|with) (the )?(cloud|rental|purchase|hardware|amortised|amortized|upfront)\b)|\btraining code\b|\btraining data\b.*\b(disclosed|released|public|available|open|documented|shared)\b)).*\b((?:pre)?train\w*|flops?|param\w*|compute|hardware|hw|cluster|final (training )?run|epoch|dataset size|data ?set size|training data size)\b/,
    needsSubject: true,
    reason: 'asks for a training figure, tokens or prices only in passing',
  },
  {
    intent: 'token-cost',
    // A number glued to a model id by a dash ("claude-3-5-sonnet-20241022 input") is no count of tokens.
    // "500M prompt tokens", "a 150k-token prompt", "1 trillion token corpus": the side's other names and scales too.
    // "100M gpt-4o input tokens": the model's name may sit between the number and its tokens.
    // "1.33 tok/word", "4 bytes per token": text the user's own rate turns into tokens.
    // "$/1M tokens", "price per 1M input and output": a number after "per" or "/" is the price's unit, no volume.
    rule: /((?<![-\w.])(?<!(?:\bper|\/)\s*)\d[\d,.]*\s?(k|m|b|t|bn|mn|tn|million|billion|trillion|thousand)?|(?<!\bper\s+)\b(a|one) (thousand|million|billion|trillion))(?:\s[a-z]+(?:[-.][a-z0-9]+)*-[a-z]*\d[a-z0-9.]*)?(?:\s(?:hourly|daily|weekly|monthly|yearly|annual))?[\s-]{0,3}(input|output|in|out|prompt|completion|cached|tokens?|toks?)\b|\d\s*(bytes?|chars?|characters?|words?)\s*(\/|per|a|an|each|to a)\s*(tokens?|toks?)\b/,
    needsSubject: true,
    reason: 'gives a number of tokens to price',
  },
  {
    intent: 'cheapest-provider',
    rule: /\b(cheapest|lowest[- ]priced?|least expensive)\b.*\b(provider|host|api|place|where)\b|\bwhich provider\b|\bwhere\b.*\bcheapest\b/,
    needsSubject: true,
    reason: 'asks which provider sells a model cheapest',
  },
  {
    intent: 'price',
    // A price tier ("batch API", "priority", "flex") or a discount on one is a price asked, too.
    // "is A cheaper than B", "how many times more expensive is A": two models' prices set against each other.
    // A "token count" is how much a model was trained on, no price.
    rule: /\b(price|prices|pricing|priced|charge|charges|cost per|in ?\/ ?out|per[- ]?m\b|per[- ]million|\/m\b|mtok|per token|per 1m|input|output|cached|context|tokens?(?! count)|batch|discount|discounted|cheaper|pricier|costlier|(more|less) expensive)\b|\$\/m/,
    needsSubject: true,
    reason: 'asks for a token price',
  },
  {
    intent: 'chip',
    rule: /./,
    needsSubject: true,
    reason: 'names a chip',
  },
  {
    intent: 'training',
    // "when did it come out", "release date": Epoch's publication date is a field of its row.
    rule: /\b(train\w*|compute|flop|flops|params?|parameters?|size|how (big|large)|hardware|gpus?|chips?|tpus?|accelerators?|cluster|cost|costs|spend|spent|bill|dataset|data size|tokens|token count|hours|days|epoch|accessibility|access|mfu|utili[sz]ation|power draw|megawatts|release date|released|release|came out|come out|launch(ed)?|launch date|publication date|published|when (was|were|did|is))\b/,
    needsSubject: true,
    reason: 'asks for a training figure or a release date',
  },
  {
    intent: 'maker',
    // Where the maker is based is asked of the maker too ("falcon 180b's home country").
    rule: /\b(who|whose|which (company|lab|org\w*)|made|makes|built|developed|comes? from|behind|country|countries|nation|nationality|headquartered|based (in|where))\b|\bwhere\b.*\b(based|from|located)\b/,
    needsSubject: true,
    reason: 'asks who made a model',
  },
  { intent: 'summary', rule: /./, needsSubject: true, reason: 'names a data-set entity' },
];

/** Open words that pick out which model is meant ("the 314b open one", "the open-weights release"), not ask how open. */
const OPEN_PICKS =
  /\b(?:the|an?|its|this|that)\s+(?:\d+(?:\.\d+)?\s?[bmk]\s+)?open(?:[- ](?:weights?|sourced?))?\s+(?:one|model|version|release|variant|checkpoint)s?\b/g;
/** The rows an open word beside them only describes the subject of: a training figure or a token price. */
const PICKED_ASKS = new Set<DataIntent>(['training', 'price', 'token-cost']);

/** "grok-1 training cost? the 314b open one", "training compute of the open grok-1": the question with the open words
 * that only describe the model taken out, when the rest asks a training figure or a price; else as it is. `names`: the
 * model names as typed, an open word right before one describing it. */
export function withoutOpenPicks(q: string, names: string[]): string {
  const escaped = names.filter(Boolean).map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const beforeName = escaped.length
    ? new RegExp(`\\bopen(?:[- ](?:weights?|sourced?))?\\s+(?=(?:${escaped.join('|')})(?![\\w-]))`, 'g')
    : undefined;
  let out = q.replace(OPEN_PICKS, ' ');
  if (beforeName) out = out.replace(beforeName, ' ');
  if (out === q) return q;
  const openness = DATA_INTENTS.find((r) => r.intent === 'openness')!.rule;
  const asks = DATA_INTENTS.some((r) => PICKED_ASKS.has(r.intent) && r.rule.test(out));
  return asks && !openness.test(out) ? out : q;
}
