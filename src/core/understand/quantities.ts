// The user's numbers with their units: money, tokens, GPUs, users, durations and rates ("$0.50/M",
// "10M tokens a day", "$2/hr", "for a year"). One left-to-right pass; values are kept in base units
// (single tokens, hours) so quantities multiply and divide by their dimensions.
import { SUFFIX } from '../calc.js';
import {
  annualFactors,
  bareFlowsBesideMoney,
  chipsBoughtAsMoney,
  costOfOneThem,
  countsTimesCounts,
  eachOfNamed,
  fallingRates,
  fractions,
  headCounts,
  machineDraw,
  machinesOfChips,
  markChained,
  markSpread,
  monthLength,
  monthSpan,
  namedPeriods,
  numberedSpan,
  numberWords,
  pairedSidesPer,
  parallelUnit,
  partCounts,
  payingCount,
  perCountedThing,
  periodNamedMoney,
  perLeadingPeriod,
  perLeadingThing,
  perNamedPeriod,
  perNamedThing,
  perOneChip,
  perTimedThing,
  sharedUnit,
  sharePaying,
  switchedPer,
  unitDefinitions,
  upkeepRates,
  utilisation,
  volumeOfRate,
} from './quantity-passes.js';
import {
  adverbPeriod,
  applyOf,
  DURATION,
  DURATION_ITEM,
  DURATION_OF,
  FLOP_SCALE,
  GIGABYTES,
  HOURS,
  KILOGRAMS,
  lostShare,
  MAX_QUANTITIES,
  MONEY_RANGE,
  NOT_COUNTED,
  NOT_DESCRIBING,
  NOUN,
  NOUN_WORDS,
  NUMBER,
  OTHER_COUNT,
  PER_DOLLAR,
  type PeriodName,
  periodOf,
  perNounDim,
  type QuantityVocabulary,
  RANGE,
  RANGE_PER,
  RATE,
  THING_BOUGHT,
} from './quantity-words.js';
import { textToTokens } from './text-units.js';
import { tokenPrices } from './token-prices.js';

export { adverbPeriod, HOURS, MAX_QUANTITIES, periodOf } from './quantity-words.js';

/** Words before money that make it a flow spent over time ("spent", "the bill", "burned"), unlike a sum
 * raised or a valuation, which "last year" only dates. */
const MONEY_FLOW = /\b(?:spen[dt]\w*|paid|bill(?:s|ed)?|invoice[ds]?|burn(?:ed|t|ing)?|charged)\b[^.;?!]{0,30}$/;
/** A period just gone or under way after an amount, a few words on: "last quarter", "this week", "over the past month",
 * not a named month ("$40k in january and $90k by june" dates two levels). Never past a word that starts another
 * clause or another amount. */
const LAST_PERIOD =
  /^\s*(?:(?!(?:and|but|or|vs|versus|then|so|if|at|per|a|an|each|every|in)\b)[a-z']+\s+){0,3}?(?:(?:in|over|during|for)\s+)?(?:(?:the|this)\s+)?(?:last|past|previous|this)\s+(week|month|quarter|year)\b/;

/** "month over month", "year-on-year", "week over week": the name of a comparison between periods. */
const PERIOD_ON_PERIOD = /\b(day|week|month|quarter|year)[\s-]+(?:over|on)[\s-]+\1\b/g;

/** A verb of losing right before an amount: "loses 35c on each dollar". */
const LOSING_BEFORE = /\b(?:lose|loses|losing|lost|burns?|burning|burnt)\s+(?:~|about\s+|around\s+|roughly\s+)?$/;

/** A multiple written as a verb right after an amount ("3.7B doubles", "$40M, if it triples"), not per a period. */
const MULTIPLIED_AFTER =
  /^\s*(?:,?\s*(?:if|and)\s+(?:it|that)\s+)?(?:were to\s+|would\s+|will\s+)?(doubl|tripl|quadrupl|halv)(?:e|es|ed|ing|s)\b(?!\s+(?:again\s+)?(?:every|each|a|per|in)\b)/;

/** "if 2025 revenue of 3.7B doubles": the amount changed by the multiple, a factor applied to it. */
function multipleOfAmount(text: string, s: string, out: Quantity[], used: Array<[number, number]>): void {
  for (const q of [...out]) {
    if (out.length >= MAX_QUANTITIES || q.dims.usd !== 1 || Object.keys(q.dims).length !== 1) continue;
    const end = q.at + q.raw.length;
    const m = MULTIPLIED_AFTER.exec(s.slice(end, end + 40));
    if (!m) continue;
    const at = end + m[0].length - m[0].trimStart().length;
    if (used.some(([a, b]) => at < b && end + m[0].length > a)) continue;
    out.push({
      value: MULTIPLE_WORD[m[1]!]!,
      dims: { times: 1 },
      raw: text.slice(at, end + m[0].length),
      at,
      apply: 'share',
      on: q.at,
    });
    used.push([at, end + m[0].length]);
  }
}

/** A multiple written with its sign before it, glued: "x1.5 for cooling", "×1.3 overhead", "(x2 for redundancy)".
 * Not after a chip or machine word ("h100 x8" counts eight of them). */
const PREFIXED_MULTIPLE = /(?<![\w.$])[x×](\d+(?:\.\d+)?)(?![\w.,%]|\s*[x×*]|\s*\d)/g;
const MACHINE_BEFORE = new RegExp(`(?:${NOUN_WORDS.gpu}|box(?:es)?|nodes?|servers?|machines?|instances?|pods?)\\s*$`);

/** "8 gpus @ 700W each, x1.5 for cooling": a multiple of what it follows, applied to the result. */
function prefixedMultiples(text: string, s: string, out: Quantity[], used: Array<[number, number]>): void {
  for (const m of s.matchAll(PREFIXED_MULTIPLE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (out.length >= MAX_QUANTITIES || used.some(([a, b]) => at < b && end > a)) continue;
    if (MACHINE_BEFORE.test(s.slice(Math.max(0, at - 24), at))) continue;
    const value = Number(m[1]);
    if (!(value > 0)) continue;
    // Shown as the number alone: "× 1.5".
    out.push({ value, dims: { times: 1 }, raw: text.slice(at + 1, end), at: at + 1, apply: 'share' });
    used.push([at, end]);
  }
}

/** A head count written after the word for the group: "team of 45", "a staff of 120", "headcount of 30". */
const GROUP_OF =
  /\b(?:team|staff|org|organi[sz]ation|company|group|headcount|department|crew|squad) of (\d[\d,]*)\b(?![\d.,]*\s*[%$]|[\d.,]*\s*(?:k|m|b|bn|mn|x)\b)/g;

/** "team of 45 @ $30/user/mo": that many people, as a count of users. */
function groupCounts(text: string, s: string, out: Quantity[], used: Array<[number, number]>): void {
  for (const m of s.matchAll(GROUP_OF)) {
    const at = (m.index ?? 0) + m[0].length - m[1]!.length;
    const end = at + m[1]!.length;
    if (out.length >= MAX_QUANTITIES || used.some(([a, b]) => at < b && end > a)) continue;
    const value = Number(m[1]!.replace(/,/g, ''));
    if (!(value > 0)) continue;
    out.push({ value, dims: { user: 1 }, raw: text.slice(m.index ?? 0, end), at, noun: 'user' });
    used.push([at, end]);
  }
}

/** Base dimensions a quantity may carry, each with an exponent (USD·token⁻¹ is a price per token). */
export type Dimension =
  | 'usd'
  | 'token'
  | 'gpu'
  | 'hour'
  | 'user'
  | 'item'
  | 'percent'
  | 'times'
  | 'kwh'
  /** Stored data, in gigabytes. */
  | 'gb'
  /** Floating-point operations: training compute. */
  | 'flop'
  /** Carbon dioxide emitted, in kilograms. */
  | 'co2';
export type Dims = Partial<Record<Dimension, number>>;

/** A number the user gave, in base units (hours for time, single tokens), with its dimensions. */
export interface Quantity {
  value: number;
  dims: Dims;
  /** As written ("$0.50/M", "30 days", "for a year"). */
  raw: string;
  /** Where it starts in the question. */
  at: number;
  /** What a count counts, as the user called it ("H100", "GPU", "user", "company"). */
  noun?: string;
  /** For a rate over time, the period it was written per ("day" in "10M tokens a day"). */
  per?: string;
  /** A range's upper end ("40-50%"), in the same units as `value`. */
  high?: number;
  /** How a percentage or a multiple applies: a share of the amount, less by it, more by it, the amount is that
   * share of a total (divide), compounding per year over a duration given, or upkeep: that share of the amount
   * paid each period, added up over a duration given (1 + p × n), never compounded. */
  apply?: 'share' | 'less' | 'more' | 'of-total' | 'compound' | 'per-dollar' | 'add' | 'upkeep';
  /** Upkeep asked alone ("maintenance over 5 years?"): p × n of the amount, not the amount with it. */
  upkeepAlone?: boolean;
  /** The amount given is the result of this factor and the question asks for what it was applied to ("$95M,
   * 19 times its predecessor: predecessor?"): the factor divides instead. */
  inverse?: boolean;
  /** A compounding percentage that takes away each period ("5% monthly churn", "falls 20% a year"): (1 − p)^n. */
  falls?: boolean;
  /** A count of a thing no unit list names ("7 rounds"): an input only when a number is asked for. */
  loose?: boolean;
  /** Money in a currency other than US dollars ("¥312M"); the solver's `usd` dimension is then this currency. */
  currency?: 'CNY' | 'EUR' | 'GBP';
  /** A price of one of something not yet counted ("$30,000 apiece"): per the count the question asks for. */
  perUnit?: boolean;
  /** For a percentage or a multiple that changes one amount ("cut its $47M monthly burn by 30%"), where that
   * amount starts: when the amount divides, so does the change. */
  on?: number;
  /** Written with "x" or "×" beside it ("2,000 users x 25 chats"): multiplied, never divided. */
  chained?: boolean;
  /** A count an amount is spread over ("across 8k users", "among 50 members"): it divides, never multiplies. */
  spread?: boolean;
  /** Which tokens a price is for when a pair says so by its order alone ("$3/$15 per million": input, output). */
  side?: 'input' | 'output';
  /** A count per one of another counted thing ("6 turns per conversation"): a plain multiple, no unit of its own. */
  nested?: boolean;
  /** Text in words, pages or bytes, or a rate between them, that no conversion the question writes turns into tokens:
   * no formula is worked around it. */
  unconverted?: boolean;
  /** Other stretches of the text this quantity was read from ("4 bytes per token" for "450 GB" in tokens). */
  covers?: Array<[number, number]>;
  /** How a reply names it when the words written do not say it alone: "12 months (january to next january)". */
  shown?: string;
  /** A share of a supply lost before use ("30% lost to cooling"): less of what the supply feeds, whichever amount
   * it is written after. */
  lost?: boolean;
  /** A share of the time or of the peak the hardware works at ("40% MFU", "35% of the bf16 peak"): it scales the rate
   * of work it belongs to, so where that rate divides, it divides too. */
  busy?: boolean;
}

/** "each" right after an amount, or after one or two words describing it ("$240k loaded each", "$180k fully loaded
 * each"), never past a word that starts another clause ("$2M and each …"). */
const EACH_AFTER =
  /^\s*(?:(?!(?:and|or|but|then|so|if|while|when|with|for|of|in|on|to|at|than|vs|versus|plus|minus|per|a|an|the)\b)[a-z][a-z-]*\s+){0,2}?(?:each|apiece)\b/;
/** Accelerators named as a plural ("a100s", "the gpus", "cards"): what a rate per hour "each" is per. */
const CHIPS_NAMED = /\b(?:gpus|chips|cards|accelerators|(?:[abhlv]|mi|gb)\d{2,4}x?s)\b/;

/** A plural noun right after a number that is not a model's own ("1B downloads", not "70B params"): it counts that. */
function countedRightAfter(after: string): boolean {
  const noun = /^\s+([a-z]{3,}(?:s|ies))\b/.exec(after)?.[1];
  return (
    noun !== undefined &&
    !NOT_COUNTED.test(noun) &&
    !/^(?:params|models|weights|experts|llms|checkpoints|variants|versions|bits|bytes|moes)$/.test(noun)
  );
}

/** Words before a range that make it the place a single value was taken from: "(middle of the wiki's 2-3x)". */
const RANGE_ASIDE = /\b(?:middle|mid-?point|mid-?range|within|inside|range|out of)\b[^.;:!?]{0,30}$/;

/** "grew 2.5x a year (middle of the wiki's 2-3x)": a range written after a single value of its kind that it holds,
 * in brackets or as the range it sits in, says where the value came from; it is no input of its own. */
function dropRangeAsides(s: string, out: Quantity[]): void {
  const kind = (q: Quantity) =>
    Object.entries(q.dims)
      .filter(([d]) => d !== 'hour')
      .map(([d, e]) => `${d}${e}`)
      .join();
  for (const r of [...out]) {
    if (r.high === undefined) continue;
    const single = out.find(
      (p) =>
        p !== r &&
        p.high === undefined &&
        p.at < r.at &&
        kind(p) === kind(r) &&
        p.value >= r.value &&
        p.value <= r.high!,
    );
    if (!single) continue;
    const between = s.slice(single.at + single.raw.length, r.at);
    const bracketed = between.includes('(') && !between.slice(between.lastIndexOf('(')).includes(')');
    if (bracketed || RANGE_ASIDE.test(between)) out.splice(out.indexOf(r), 1);
  }
}

/** "with 25?", "in the 40 case", "if only 8": a bare number naming one of two counts written before. */
const CASE_BEFORE = /\b(?:with|in the|for the|at|if only|if just|only|just)\s*$/;
const CASE_AFTER = /^\s*(?:case|scenario|option|version)?\s*(?:[,;:?!.)]|[—–]|-\s|$)/;

/** "20 labs vs 25 labs: how much less does each pay with 25?": a bare number repeating the value of a count written
 * before it names that count's case; it is no input of its own (not 25 more of something per lab). */
function dropCaseNames(s: string, out: Quantity[]): void {
  const counts = (q: Quantity) =>
    Object.keys(q.dims).length === 1 && (q.dims.item === 1 || q.dims.user === 1 || q.dims.gpu === 1);
  for (const q of [...out]) {
    if (!/^\d[\d,]*(?:\.\d+)?$/.test(q.raw) || !CASE_BEFORE.test(s.slice(Math.max(0, q.at - 14), q.at))) continue;
    if (!CASE_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 12))) continue;
    if (out.some((p) => p !== q && p.at < q.at && counts(p) && p.value === Number(q.raw.replace(/,/g, ''))))
      out.splice(out.indexOf(q), 1);
  }
}

/** A deal's length written before what it names: "a 3-yr commit", "1-year reserved", "a 12-month contract". */
const TERM_AFTER =
  /^\s*(?:commit\w*|comit\w*|reserv\w*|contracts?\b|terms?\b|deals?\b|leases?\b|agreements?\b|prepa\w*|plans?\b|ris?\b)/;
/** A question asking per a period: "save per month", "what does it cost a year", "that year". */
const PER_PERIOD_ASKED =
  /\b(?:per|a|each|every)\s+(?:month|year|week|day|hour)\b|\b(?:monthly|annual(?:ly)?|yearly|that year|this year)\b/;

/** "on-demand $3.20/hr, a 3-yr commit is 45% off; 32 GPUs for a year": the deal's length names which price, not the
 * time the GPUs run, when the question gives that time another way or asks per a period; it is no input then. */
function dropContractTerms(s: string, out: Quantity[]): void {
  const isSpan = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
  const terms = out.filter((q) => isSpan(q) && TERM_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 24)));
  if (!terms.length) return;
  const asked = [...s.matchAll(/\b(?:what|how much|how many)\b/g)].pop();
  const perAsked = asked !== undefined && PER_PERIOD_ASKED.test(s.slice(asked.index));
  if (!perAsked && !out.some((q) => isSpan(q) && !terms.includes(q))) return;
  for (const q of terms) out.splice(out.indexOf(q), 1);
}

/** "per" asking a unit, not after an amount: "cost per 1k requests", "— per 1,000 calls?", "and per 10k users". */
const ASKED_PER_BEFORE =
  /(?:^|[,.;:?!(—–]|\s-|\b(?:cost|costs|price|prices|spend|bill|much|what|and|or|is|was|that|it))\s*per\s+$/;

/** "cost per 1k requests dropped from $3.20 to $1.10", "per 1,000 calls?": a count written as the unit a cost is
 * asked or given per names that unit (the target reads it), and is no input of its own. */
function dropAskedScales(s: string, out: Quantity[]): void {
  for (const q of [...out]) {
    // A period a leading "monthly" lent it ("monthly bill … per 1k queries") is no part of the unit.
    const keys = Object.keys(q.dims).filter((k) => k !== 'hour' || q.dims.hour !== -1);
    if (keys.length !== 1 || !['item', 'user', 'gpu', 'token'].includes(keys[0]!) || q.dims[keys[0] as Dimension] !== 1)
      continue;
    if (q.value <= 1 || !ASKED_PER_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at))) continue;
    out.splice(out.indexOf(q), 1);
  }
}

function add(dims: Dims, d: Dimension, by: number): void {
  const v = (dims[d] ?? 0) + by;
  if (v === 0) delete dims[d];
  else dims[d] = v;
}

const COUNTS = ['user', 'gpu', 'item'] as const;
const GPU_X = new RegExp(`^\\s*x(?=\\s*(?:nvidia\\s+|amd\\s+)?(?:${NOUN_WORDS.gpu})\\b)`);
/** Words that never name a chip's maker or line, so never sit inside a chip's name after a count. */
const NOT_CHIP_WORD =
  'of|the|a|an|and|or|at|for|per|in|on|to|x|each|more|less|extra|additional|than|with|from|by|is|are|percent|times';
/** "72 blackwell ultra B300s", "16 amd instinct mi355x": two words of a chip's name before its code; the first is
 * passed over so the noun reader sees one describing word, as in "8 nvidia h100s". */
const GPU_NAMED = new RegExp(
  `^[\\s-]*(?!(?:${NOT_CHIP_WORD})\\b)[a-z]+\\s+(?=(?!(?:${NOT_CHIP_WORD})\\b)[a-z]+[\\s-](?:(?:[abhlv]|mi|gb)\\d{2,4}x?s?|tpus?|gpus?|chips?)\\b)`,
);
/** A chip's code ("h100", "mi300x", "a100") and its form word ("sxm5", "pcie"), right before a memory size. */
const CHIP_CODE_BEFORE = /\b(?:[abhl]|mi)\d{2,4}x?(?:\s+(?:sxm\d?|pcie|nvl))?[\s-]*$/;
/** A memory size ("80GB", "80 gb") followed by a chip's code. */
const GB_THEN_CHIP = /^\s?gb[\s-]+(?:[abhl]|mi)\d{2,4}x?\b/;

/** Whether the number at `at`…`end` is a memory size inside a chip's name ("H100 SXM5 80GB", "80GB H100"). */
function chipMemoryName(s: string, at: number, end: number): boolean {
  const gb = /^\s?gb\b/.test(s.slice(end, end + 4));
  return gb && (CHIP_CODE_BEFORE.test(s.slice(Math.max(0, at - 24), at)) || GB_THEN_CHIP.test(s.slice(end, end + 16)));
}
/** "in"/"out" after a scaled number, then a break, a rate or the other side: input and output tokens. */
const SIDE_BEFORE = /\b(?:input|output|prompt|completion|cached)\s*[:=]?\s*$/;
/** …then a break, a rate, a period, or what the tokens run on ("500 out on a model priced", "300 out at $15/M"). */
const IN_OUT =
  /^\s*(?:in|out)\b(?=\s*(?:[,/;:.)+?!]|and\b|$|an?\s|per\b|each\b|every\b|daily\b|weekly\b|monthly\b|on\b|at\b|using\b|via\b|~?\d[\d,.]*\s?[kmb]?\s*(?:tokens?\s*)?(?:in|out)\b))/;
/** "in + 250 out", "in / 300 out tokens", "out, 2k in": a side, then the other side's count right after it. */
const SIDE_PAIR =
  /^\s*(?:in\s*(?:[,/+&]|and|plus|with)?\s*~?\d[\d,.]*\s?[kmb]?\s*(?:tokens?\s*)?out|out\s*(?:[,/+&]|and|plus|with)?\s*~?\d[\d,.]*\s?[kmb]?\s*(?:tokens?\s*)?in)\b/;
/** "800 in + ", "2k out, ", "2k in ": the other side's count right before a side's. */
const SIDE_PAIR_BEFORE = /\d[\d,.]*\s?[kmb]?\s*(?:tokens?\s*)?(?:in|out)\s*(?:[,/+&]|and|plus|with)?\s*~?$/;
/** "a convo is ", "each session has ~", "every chat averages ": one of a thing, then what it holds. */
const PART_OF =
  /\b(?:a|an|each|every|one|per)\s+([a-z]+)\s*(?:is|has|have|holds|with|of|averages?|takes?|lasts?|runs?|spans?|=|:|-)\s*(?:~|about\s|around\s|roughly\s)?$/;
/** People counted, named right before their number: "MAU at 50k", "subscribers: 12,000", "DAU is ~30k". */
const HEADS_BEFORE = new RegExp(
  `\\b(${NOUN_WORDS.user})\\s+(?:count\\s+|base\\s+)?(?:is|was|are|were|at|of|=|:|stands? at|hit|hits|reached)\\s*(?:~|about\\s|around\\s|roughly\\s)?$|\\b(${NOUN_WORDS.user})\\s*[:=]\\s*(?:~\\s*)?$`,
);
/** Words for a whole made of its members ("a group of 25 orgs", "a team of 6"): the count is the members', not so many
 * per group. */
const COLLECTIVE =
  /^(?:group|team|consortium|coalition|alliance|syndicate|collective|club|cohort|pool|set|bunch|handful|couple|pair|batch|lot|fleet|cluster|network|panel|board|crew|squad|total)s?$/;
/** Money words right before a glued "B" ("raised 3.05B", "revenue of 4.2B", "burns 2B a year"): a sum, not a size. */
const MONEY_BEFORE_GLUED =
  /\b(?:raised|raises|raise|raising|revenue|revenues|sales|burn|burns|burned|burning|spent|spends|spend|spending|costs?|paid|pays|valued|valuation|worth|budget|budgeted|funding|arr|capex|opex|lost|loses|losing|loss|profit)\s+(?:of\s+|at\s+|about\s+|around\s+|~\s*|is\s+|was\s+)?$/;
/** The currency of money written with a sign or a name other than the dollar's: "¥312M", "€45k", "20k euros". */
function currencyOfMoney(sign: string, name: string): Quantity['currency'] {
  if (/^(?:¥|cny|rmb)/.test(sign) || /^(?:yuan|rmb|cny)/.test(name)) return 'CNY';
  if (/^(?:€|eur)/.test(sign) || /^(?:euro|eur)/.test(name)) return 'EUR';
  if (/^(?:£|gbp)/.test(sign) || /^gbp/.test(name)) return 'GBP';
  return undefined;
}
/** Users counted by how often they are active: "monthly active users", "daily actives". */
const ACTIVE_USERS =
  /\b(?:daily|weekly|monthly) active (?:users|customers|accounts)\b|\b(?:daily|weekly|monthly) actives\b/g;
/** "for 5,000 documents", "for ~2M queries": the count the asking is for. */
const FOR_COUNT = /\bfor\s+(?:~|about\s+|around\s+|roughly\s+)?$/;
/** Words of time, never a thing a count is part of. */
const PERIOD_NOUN = /^(?:hour|day|week|month|quarter|year|minute|second)s?$|^(?:mo|yr|wk|hr)$/;
/** "in tokens", "out tokens" after one side of a pair: the side and the noun. */
const SIDE_TOKENS = /^\s*(?:in|out)\s+tok(?:en)?s?\b/;
/** Tokens named anywhere, or a price per million of them. */
const TOKEN_TALK = /\btok(?:en)?s?\b|\/\s?1?m\b|\/\s?mtok\b|\bper (?:1\s?)?(?:m|million)\b/;
/** Whether dimensions hold any unit but these. */
const unitsBeyond = (dims: Dims, only: Dimension[]) => Object.keys(dims).some((k) => !only.includes(k as Dimension));
export const singular = (w: string) =>
  w
    .replace(/ies$/, 'y')
    .replace(/(ss|sh|ch|x)es$/, '$1')
    .replace(/(?<!s)s$/, '');

/** kWh in each energy unit's first letter. */
const ENERGY_SCALE: Record<string, number> = { k: 1, m: 1e3, g: 1e6, t: 1e9 };
/** A day named by the hours worked in it, right after them: "8h workday", "8-hour days", "10 hr working day". */
const DAY_LENGTH = /^[\s-]*(?:work[\s-]?days?|working[\s-]days?|business[\s-]days?|days?)\b/;
/** A chip noun right after a number and its unit: "700W cards", "300 W H100s". */
const CHIP_AFTER = new RegExp(`^[\\s-]*(?:${NOUN_WORDS.gpu})\\b`);
/** "/kWh", "per MWh", "a megawatt-hour": per an amount of energy, its prefix first. */
const PER_ENERGY = /^\s*(?:\/|per\b|an?\b)\s*(kwh|mwh|gwh|twh|(?:kilo|mega|giga|tera)watt[\s-]?hours?)\b/;

/** The count dimension a unit word after a number gives, with the noun to call it by. */
function nounDims(
  n: RegExpExecArray,
  dims: Dims,
): { noun?: string; hours?: number; watts?: number; scale?: number; per?: string } {
  if (n[3]) add(dims, 'token', 1);
  else if (n[4]) {
    add(dims, 'gpu', 1);
    return { noun: /^[a-z]+\d/.test(n[4]) ? n[4].replace(/s$/, '').toUpperCase() : /^tpu/.test(n[4]) ? 'TPU' : 'GPU' };
  } else if (n[5]) {
    add(dims, 'user', 1);
    // "12,000 MAU": monthly active users, called users.
    return { noun: /^[dwm]aus?$/.test(n[5]) ? 'user' : n[5].replace(/s$/, '') };
  } else if (n[6]) {
    add(dims, 'hour', 1);
    return { hours: HOURS[periodOf(n[6])]! };
  } else if (n[7]) {
    add(dims, 'item', 1);
    return { noun: n[7] === 'ways' ? 'share' : singular(n[7]) };
  } else if (n[8]) {
    add(dims, 'item', 1);
    // "200 rps": requests each second, kept per hour like every other rate.
    const every = /^([rq])p([sm])$/.exec(n[8]);
    if (every) {
      add(dims, 'hour', -1);
      const per = every[2] === 's' ? 'second' : 'minute';
      return { noun: every[1] === 'q' ? 'query' : 'request', scale: 1 / HOURS[per]!, per };
    }
    return { noun: n[8] === 'queries' ? 'query' : n[8].replace(/s$/, '') };
  } else if (n[9]) add(dims, 'percent', 1);
  else if (n[10]) add(dims, 'times', 1);
  else if (n[11]) {
    // "6,912 MWh", "2 GWh": energy, kept in kWh.
    add(dims, 'kwh', 1);
    return { scale: ENERGY_SCALE[n[11][0]!]! };
  } else if (n[12]) {
    // Power is energy per hour: 700 W is 0.7 kWh each hour.
    add(dims, 'kwh', 1);
    add(dims, 'hour', -1);
    return { watts: /^k/.test(n[12]) ? 1 : /^m/.test(n[12]) ? 1e3 : /^g/.test(n[12]) ? 1e6 : 1 / 1000 };
  } else if (n[13]) {
    add(dims, 'gb', 1);
    return { scale: GIGABYTES[n[13][0]!]! };
  } else if (n[14]) {
    add(dims, 'flop', 1);
    // "400 TFLOP/s", "2 PFLOPS": work per second, kept per hour like every other rate.
    const prefix = /^flop/.test(n[14]) ? '' : n[14][0]!;
    // "3,640 petaflop/s-days": the rate held for a day each, an amount of work.
    if (n[16]) return { scale: FLOP_SCALE[prefix]! * 86400 };
    const rate = Boolean(n[15] || (prefix && n[14].endsWith('s')));
    if (rate) add(dims, 'hour', -1);
    return { scale: FLOP_SCALE[prefix]! * (rate ? 3600 : 1) };
  } else if (n[17]) {
    // "0.35 kg CO2", "420 tonnes of CO2": a mass of the gas, kept in kilograms.
    add(dims, 'co2', 1);
    return { scale: KILOGRAMS[n[17].slice(0, 2)] ?? KILOGRAMS[n[17][0]!]! };
  }
  return {};
}

/** "99M costs vs 11M rev", "costs us 300 to serve", "12 engs at 350k loaded": a bare number that a word of money (cue
 * `names-a-sum`) names right before or after it is dollars, read as if written with a "$" (so its period, its "each"
 * and the count it is paid for apply as they do to "$300"). Never a year, a number of a list ("45/35/20"), a ratio
 * ("3:1") or a rate per dollar ("spend 1.35 per $1 earned"). */
function namedSum(
  s: string,
  at: number,
  end: number,
  m: RegExpMatchArray,
  n: RegExpExecArray,
  vocabulary: QuantityVocabulary,
  periodNames: PeriodName[],
): boolean {
  if (m[1] || n.slice(1).some(Boolean) || (!m[4] && /^(?:19|20)\d\d$/.test(m[2]!))) return false;
  const before = s.slice(Math.max(0, at - 30), at);
  const after = s.slice(end, end + 30);
  // "GPU #3 costs $2.10/hr": a number after "#" names one of several.
  if (/#\s*$/.test(before)) return false;
  // "usage: 10, 20 and 70 gpu-hours": one number of a list the unit comes after.
  if (/^\s*(?:for (?:every|each)\b|[:x×*]|%|percent\b|\/\s*\d|,\s*\d)/.test(after) || PER_DOLLAR.test(after))
    return false;
  // "falcon 180b cost …": a glued "b" right after a name is the model's size, unless money is spoken of before it.
  if (m[4] === 'b' && !m[3] && namedSize(before, after)) return false;
  if (vocabulary.sumAfter?.test(after)) return true;
  // "2M annual ai budget", "40k monthly cloud bill": the period and a word or two may sit before the word of money.
  const lead = /^\s*(?:daily|weekly|monthly|quarterly|yearly|annual)\s+/.exec(after);
  let rest = lead ? after.slice(lead[0].length) : '';
  for (let k = 0; lead && k < 3; k++) {
    if (vocabulary.sumAfter?.test(` ${rest}`)) return true;
    const word = /^[a-z&]+\s+/.exec(rest);
    if (!word) break;
    rest = rest.slice(word[0].length);
  }
  // "14B annualized", "9M run-rate": a word naming an amount as a yearly or monthly one names money.
  if (periodNames.some(({ words }) => new RegExp(`^\\s*(?:${words.source})`).test(after))) return true;
  // "bill: 45/35/20", "3:1": after a colon or a slash, no word before names it.
  if (/[/:]\s*$/.test(s.slice(Math.max(0, at - 3), at))) return false;
  // "pay 40 engineers": a thing counted right after is what the number counts.
  const other = /^[a-z]/.test(after) ? null : OTHER_COUNT.exec(after);
  if (other && !NOT_COUNTED.test(other[2]!)) return false;
  return Boolean(vocabulary.sumBefore?.test(before));
}

/** "falcon 180b cost …": a glued "B" right after a name and before "cost" is the model's size (what the model cost is
 * asked), unless money is spoken of right before it; after a possessive or a determiner ("openai's 5B costs") a sum. */
const namedSize = (before: string, after: string) =>
  /^\s*costs?\b/.test(after) &&
  /[a-z\d]\s+$/.test(before) &&
  !/['’]s\s+$|\b(?:their|our|its|my|your|his|her|the|a|an|of|at|on|for|to|with|is|was|and|or|vs|by|over|under)\s+$/.test(
    before,
  ) &&
  !MONEY_BEFORE_GLUED.test(before);

/** A slash to a period right after a number: "1,250/mo", "2.40/hr", "300/yr". */
const SLASH_PERIOD = /^\s*\/\s*(?:mo|mos|month|yr|year|hr|hour|day|wk|week|qtr|quarter)\b/;

/** Up to two words naming an amount of money before its rate: "api spend", "of compute". */
const NAMED_RATE = /^\s*(?:(?:of|in|on)\s+)?((?:[a-z]+\s+){1,2}?)(?=(?:per|each|every)\b|\/)/;
/** One of a thing named just before money, with nothing counted: "each customer nets us", "per customer", "every seat
 * brings", "each pays". */
const EACH_BEFORE_UNCOUNTED =
  /\b(?:each|every)\s+(?:(?:one|customer|user|seat|subscriber|member|client|account|team)\s+)?(?:nets?|pays?|contributes?|brings?(?:\s+in)?|earns?|makes?|generates?|returns?|yields?|adds?)(?:\s+us)?\s*(?:~|about\s)?$|\b(?:contribution|margin|profit|net)\s+(?:per|each|every|a)\s+(?:customer|user|seat|subscriber|member|client|account)\s*(?:is|of|=|:)?\s*(?:~|about\s)?$/;
/** A group of chips named right before a bare count: "a gpu cluster of", "fleet of ~", "an h100 pod of". */
const CHIPS_GROUP_BEFORE =
  /\b(?:gpu|gpus|h100|h200|a100|b200|accelerator|chip)s?\s+(?:cluster|fleet|pod|farm)\s+of\s*(?:~|about\s|around\s)?$|\b(?:cluster|fleet|pod|farm)\s+of\s*(?:~|about\s|around\s)?$/;
/** What a percentage a period changes: "5% in price every month", "10% in users a month". */
const CHANGED_THING =
  /^(?:price|prices|cost|costs|value|revenue|users?|traffic|spend|volume|usage|size|demand|sales)\s+$/;
/** Words that end an amount's name: what follows is another part of the question. */
const STOP_WORD =
  /^(and|or|vs|versus|for|at|to|with|plus|minus|then|which|that|is|are|was|were|be|it|we|they|you|each|x|times|total|upfront|once|one-time|but|so|if|when|per)$/;
/** "per 1,000 images", "/ 100 pages": a rate per a written number of things. */
const PER_NUMBER = /^\s*(?:\/|per\b)\s*(\d{1,3}(?:,\d{3})+|\d+)\s+((?:[a-z]+-)*[a-z]{2,}(?:[a-rtv-z]s|ies))\b/;
/** The thing a scaled rate is per when it is not tokens: "per 1K requests", "per million images". */
const SCALED_THING = /^\s?((?:[a-z]+-)*[a-z]{2,}(?:[a-rtv-z]s|ies))\b/;
/** Verbs of a bill after a price, not things it is per: "500 docs at $2/M costs?" is $2 per million tokens. */
const ASKING_VERB = /^(?:costs|totals|comes|charges|bills|adds|sums)$/;
/** "node-hours", "person-days": a thing's name hyphened to a period. */
const THING_TIME = /^[\s-]*([a-z]{3,})-[a-z]+\s*$/;
/** Words hyphened to a period that describe the time, not a thing counted ("business-days", "full-month"). */
const NOT_A_THING =
  /^(calendar|business|work|working|full|whole|half|extra|more|last|next|first|final|same|per|each|every)$/;
/** "GPU hours", "GPU-months", "seat-months": a period glued to a count's noun. */
const COUNT_TIME = /^[\s-]?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mos?|years?|yrs?)\b/;
const NOUN_TIME = /^(.+)-(second|sec|minute|min|hour|hr|day|week|month|mo|year|yr)s?$/;

/** A count's noun followed by a period ("GPU hours"), or a counted thing named with one ("node-hour"): the count is
 * for that time, so the amount is count × time. */
function countTime(
  s: string,
  end: number,
  dims: Dims,
  noun: string | undefined,
): { period: string; noun?: string; end: number } | undefined {
  const count = COUNTS.find((d) => dims[d] === 1);
  if (!count || Object.keys(dims).length !== 1) return undefined;
  const glued = noun ? NOUN_TIME.exec(noun) : null;
  if (glued) return { period: periodOf(glued[2]!), noun: glued[1], end };
  const after = COUNT_TIME.exec(s.slice(end, end + 12));
  return after ? { period: periodOf(after[1]!), noun, end: end + after[0].length } : undefined;
}

/** Words after a price that make it the price of one thing: "$33,600 list price", "$30k launch price each". */
const UNIT_PRICE_AFTER = /^\s*(?:list|launch|release|sticker|retail|unit|msrp|per-unit|street)\b/;

/** A chip named without a count, then "at" a price: "h100s at", "gpus @", "a100 instances at". */
const CHIP_AT = new RegExp(
  `\\b(${NOUN_WORDS.gpu})(?:\\s+(?:instances?|nodes?|rentals?))?\\s*(?:at|@|for|cost|costs)\\s*(?:~|about\\s|around\\s)?$`,
);

/** Words right before a bare number per one of a thing that make it a price: "at 1.80/gpu-hr", "costs 2.50 per user". */
const PRICED_BEFORE =
  /(?:\bat|@|\bcosts?|\bcosting|\bcharge[sd]?|\bcharging|\bprice[sd]?|\bpays?|\bpaying|\bfees?|\brent(?:s|ing)?|\bsells?|\bresells?|\bbills?)\s*(?:(?:us|is|of|at|runs?|~|about|around|roughly)\s*)*$/;
/** Payers named, then what they pay: "customers paying", "users who pay", "subscribers spending". */
const PAYER_BEFORE =
  /\b(?:customers?|users?|subscribers?|clients?|buyers?|payers?|accounts?)\s+(?:(?:who|that)\s+)?(?:pays?|paying|spends?|spending)\s*(?:~|about\s|around\s|roughly\s)?$/;
/** "customers at $40/mo": what payers are "at" is each one's, when it is a sum or a sum each period (never a price per
 * token, "8k users at $0.60/M"). */
const PAYER_AT = /\b(?:customers?|users?|subscribers?|clients?|buyers?|payers?|accounts?)\s+(?:at|@)\s*(?:~|about\s)?$/;
/** A bare number followed by "to" or an arrow and another number: the first end of a change. */
const BARE_JOINED = /^\s*(?:to|->|→|-->|=>)\s*(?:~|about\s)?(?=\$?\d)/;
interface BareEnd {
  value: number;
  at: number;
  end: number;
  /** Where the number it is joined to starts. */
  next: number;
  /** Written with a scale ("20k"). */
  scaled: boolean;
}

/** "from 2,400 to 1,500 tokens per request": a bare number joined to an amount takes the amount's unit; "user base
 * went 20k -> 65k": two bare scaled numbers joined are two counts of the same thing. */
function joinedEnds(text: string, s: string, out: Quantity[], written: Map<Quantity, number>, bare: BareEnd[]): void {
  for (const a of bare) {
    if (out.length >= MAX_QUANTITIES) return;
    if (a.next < 0) {
      alternativeCount(text, s, out, written, a);
      continue;
    }
    const raw = text.slice(a.at, a.end).trim();
    const b = out.find((q) => q.at === a.next);
    const wb = b && written.get(b);
    if (b && wb && b.high === undefined && !(b.dims.percent || b.dims.times)) {
      const q: Quantity = { value: a.value * (b.value / wb), dims: { ...b.dims }, raw, at: a.at, per: b.per };
      if (b.noun) q.noun = b.noun;
      out.push(q);
      written.set(q, a.value);
      continue;
    }
    const other = bare.find((x) => x.at === a.next);
    if (!other || !a.scaled || !other.scaled || /\$/.test(s.slice(a.at, a.next))) continue;
    for (const e of [a, other]) {
      if (out.some((q) => q.at === e.at)) continue;
      const q: Quantity = { value: e.value, dims: { item: 1 }, raw: text.slice(e.at, e.end).trim(), at: e.at };
      out.push(q);
      written.set(q, e.value);
    }
  }
  out.sort((x, y) => x.at - y.at);
}

/** Between a part and its whole when a share of it is asked: "7.5M as a % of 120M", "40k is what share of 1.2M". */
const SHARE_LINK =
  /^\s*(?:is|are|was|were)?\s*(?:as\s+an?|what)\s+(?:%|percent(?:age)?|share|fraction|proportion|part)\s+of\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|total\s+)*(?:~|about\s)?$/;
/** "what % of 120M is 7.5M": the whole asked first, then the part after "is". */
const SHARE_ASKED_BEFORE =
  /\bwhat\s+(?:%|percent(?:age)?|share|fraction|proportion|part)\s+of\s+(?:the\s+|a\s+|an\s+)*$/;

/** "7.5M as a % of 120M", "what share of 1.2M is 40k": a share of one amount in another needs no unit; a bare number
 * takes the unit of the amount it is set against, and two bare numbers are two amounts of one same thing. */
function shareEnds(text: string, s: string, out: Quantity[], written: Map<Quantity, number>, bare: BareEnd[]): void {
  type End = { at: number; end: number; bare?: BareEnd; q?: Quantity };
  const ends: End[] = [
    ...bare.filter((b) => !out.some((q) => q.at === b.at)).map((b) => ({ at: b.at, end: b.end, bare: b })),
    ...out.map((q) => ({ at: q.at, end: q.at + q.raw.length, q })),
  ].sort((x, y) => x.at - y.at);
  for (let i = 0; i + 1 < ends.length; i++) {
    const [x, y] = [ends[i]!, ends[i + 1]!];
    if (!x.bare && !y.bare) continue;
    const between = s.slice(x.end, y.at);
    const linked =
      SHARE_LINK.test(between) ||
      (/^\s*(?:is|are|was|were)\s*(?:~|about\s)?$/.test(between) &&
        SHARE_ASKED_BEFORE.test(s.slice(Math.max(0, x.at - 40), x.at)));
    if (!linked) continue;
    const placed = x.q ?? y.q;
    if (placed && (placed.high !== undefined || placed.dims.percent || placed.dims.times || !written.has(placed)))
      continue;
    for (const e of [x, y]) {
      if (!e.bare) continue;
      const b = e.bare;
      const q: Quantity = placed
        ? {
            value: b.value * (placed.value / written.get(placed)!),
            dims: { ...placed.dims },
            raw: text.slice(b.at, b.end).trim(),
            at: b.at,
            per: placed.per,
          }
        : { value: b.value, dims: { item: 1 }, raw: text.slice(b.at, b.end).trim(), at: b.at };
      if (placed?.noun) q.noun = placed.noun;
      out.push(q);
      written.set(q, b.value);
    }
  }
  out.sort((x, y) => x.at - y.at);
}

/** "with 20 members or 50?", "20 members vs with 50": a bare number set as the alternative to a count, at the end
 * of its clause, is another count of the same thing. */
const COUNT_OR_BETWEEN =
  /^\s*(?:(?:[a-z]+ing|sign(?:s|ed)? up|join(?:s|ed)?|show(?:s|ed)? up|come|commit(?:s|ted)?|turn(?:s|ed)? up|take part|participate)\s+)?,?\s*(?:vs\.?|versus|or|instead of|rather than|compared (?:to|with))\s+(?:(?:with|at|for|across|among)\s+)?(?:(?:only|just|merely)\s+)?(?:~|about\s)?$/;
/** After such a number, what those counted do before the clause ends: "vs only 40 signing up —", "or 30 joining?". */
const COUNT_OR_AFTER =
  /^(?:\s+(?:[a-z]+ing|sign(?:s|ed)? up|join(?:s|ed)?|show(?:s|ed)? up|commit(?:s|ted)?|turn(?:s|ed)? up)(?:\s+(?:up|in|on))?)?\s*(?:[,;:?!.)]|[—–]|-\s|$)/;
/** "40 startups share a $2M grant, or 50 sign up": after a clause break, a bare number that does what the counted do
 * is another count of the thing counted earlier in the sentence. */
const COUNT_OR_LATER = /[,;]\s*(?:or|vs\.?|versus)\s+(?:(?:only|just|merely)\s+)?$/;
const COUNT_VERB_AFTER =
  /^\s+(?:[a-z]+ing|sign(?:s|ed)? up|join(?:s|ed)?|show(?:s|ed)? up|commit(?:s|ted)?|turn(?:s|ed)? up)\b/;
function alternativeCount(text: string, s: string, out: Quantity[], written: Map<Quantity, number>, a: BareEnd): void {
  const counts = (q: Quantity) =>
    Object.keys(q.dims).length === 1 && (q.dims.item === 1 || q.dims.user === 1 || q.dims.gpu === 1);
  const last = out.filter((q) => q.at < a.at).at(-1);
  const earlier = out.filter((q) => q.at < a.at && counts(q));
  // "if 8 of us split the $4,000 bill instead of 10": the one count of the sentence, replaced.
  const replaced =
    earlier.length === 1 &&
    !/[.!?]/.test(s.slice(earlier[0]!.at, a.at)) &&
    /\b(?:instead of|rather than|in place of)\s+(?:(?:only|just)\s+)?$/.test(s.slice(Math.max(0, a.at - 24), a.at));
  // "only 36 come instead of 45": the count written before (45 people), named again after the new one.
  const again = /^\s+(?:[a-z]+\s+){0,2}?(?:instead of|rather than|in place of)\s+(?:the\s+)?(\d[\d,]*)(?!\d|\.\d)/.exec(
    s.slice(a.end, a.end + 40),
  );
  const repeated = again && earlier.filter((q) => q.value === Number(again[1]!.replace(/,/g, '')));
  if (repeated?.length === 1 && !/[.!?]\s/.test(s.slice(repeated[0]!.at, a.at))) {
    const q: Quantity = { ...repeated[0]!, value: a.value, raw: text.slice(a.at, a.end).trim(), at: a.at };
    delete q.spread;
    out.push(q);
    written.set(q, a.value);
    return;
  }
  const before =
    last && counts(last)
      ? last
      : replaced ||
          (earlier.length === 1 &&
            !/[.!?]/.test(s.slice(earlier[0]!.at, a.at)) &&
            COUNT_OR_LATER.test(s.slice(earlier[0]!.at + earlier[0]!.raw.length, a.at)) &&
            COUNT_VERB_AFTER.test(s.slice(a.end, a.end + 20)))
        ? earlier[0]
        : undefined;
  if (!before || before.high !== undefined) return;
  if (before === last && !replaced && !COUNT_OR_BETWEEN.test(s.slice(before.at + before.raw.length, a.at))) return;
  if (!COUNT_OR_AFTER.test(s.slice(a.end, a.end + 30))) return;
  const q: Quantity = { value: a.value, dims: { ...before.dims }, raw: text.slice(a.at, a.end).trim(), at: a.at };
  if (before.noun) q.noun = before.noun;
  out.push(q);
  written.set(q, a.value);
}

/** "doubles every year", "doubling every 4 months", "triples each 18 months", "halves every 2 years". */
const MULTIPLIES_EVERY =
  /\b(doubl|tripl|quadrupl|halv)\w*(?: in \w+)?\s+(?:every|each|a|per)\s+(?:(\d+(?:\.\d+)?)\s+)?(years?|months?|quarters?|weeks?|days?)\b/g;
const MULTIPLE_WORD: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, halv: 0.5 };

/** "for a fortnight", "over half a year", "for a half-year": durations no period word names alone. */
const SPAN =
  /\b(?:for|over|during|across|within|lasting|in)\s+(?:(?:a|one|the|a full|a whole)\s+(fortnight)|(?:a\s+|the\s+)?(half[- ]a[- ]year|half[- ]year))\b/g;

/** A rate written per tokens or per one of a thing ("/M", "/GPU-hour", "per seat"): already per something counted. */
function perThingRate(after: string): boolean {
  const r = RATE.exec(after);
  return Boolean(r && (r[2] || r[3] || r[4] || r[7]));
}

const isDurationDims = (dims: Dims) => dims.hour === 1 && Object.keys(dims).length === 1;
const isDuration = (q: Quantity) => isDurationDims(q.dims);
/** "for a quarter (90d)", "a month (30 days)": a duration restated in brackets right after, more exactly. */
const restates = (s: string, q: Quantity, p: Quantity) =>
  p.at > q.at && /^\s*\(\s*(?:~|about\s|i\.e\.\s|=\s?)?$/.test(s.slice(q.at + q.raw.length, p.at));

/**
 * Quantities written in a question, in order. `skip` lists character ranges that belong to names
 * ("Llama 3.1 405B") whose numbers are not amounts. Bare numbers without a unit are left out, except a
 * scaled one ("5.6M") in a question about money.
 */
export function parseQuantities(
  text: string,
  skip: Array<[number, number]> = [],
  periodNames: PeriodName[] = [],
  vocabulary: QuantityVocabulary = {},
): Quantity[] {
  // Where each number written as a word ends: its quantity's text covers the whole word.
  const wordEnds = new Map<number, number>();
  const out: Quantity[] = [];
  const used: Array<[number, number]> = [];
  let s = partCounts(text, numberWords(text.toLowerCase().replace(/[\u2212\u2013\u2014]/g, '-'), wordEnds), out, used);
  // "12k monthly active users", "12k monthly actives": a head count of users (MAU), not users arriving each month.
  s = s.replace(ACTIVE_USERS, (m) => `${' '.repeat(m.length - 5)}users`);
  // "went 38k -> 51k month over month", "up 8% year-on-year": the comparison's name, no duration or rate's period.
  s = s.replace(PERIOD_ON_PERIOD, (m) => ' '.repeat(m.length));
  tokenPrices(text, s, out, used);
  fractions(text, s, out, used);
  // Each quantity's number as written (with its "M" or "B"), before per-unit scaling.
  const written = new Map<Quantity, number>();
  const bareEnds: BareEnd[] = [];
  // Counts of chips written before a thing bought ("3.6M gpu cluster"), which may be its price.
  const describing = new Set<Quantity>();
  // "our R&D is 40M", "each chips in how much", "raised 2.2M, burning 140k a month": sums of money named without a "$".
  const moneyWords =
    /\$|\b(cost|costs|spend|spent|price|priced|paid|pay|budget|bill|revenue|arr|mrr|dollars?|usd|capex|opex|funding|stake|raised?|raising|burn(?:s|ing|ed)?|runway|cash|grossed|depreciat\w*|amorti[sz]\w*)\b|\br&d\b|\bchip(?:s|ped)? in\b/.test(
      s,
    );
  const moneyTalk = moneyWords || s.includes('/') || Boolean(vocabulary.sumWord?.test(s));
  for (const m of s.matchAll(NUMBER)) {
    if (out.length >= MAX_QUANTITIES) break;
    const at = m.index ?? 0;
    if (skip.some(([a, b]) => at >= a && at < b) || used.some(([a, b]) => at >= a && at < b)) continue;
    // "3 input : 1 output" is a mix, read by the calculation plan, not two amounts.
    // "$600M consortium: 10 members…": money before a colon is an amount, not one side of a mix.
    if (!m[1] && /^\s*(?:[a-z]+\s*)?:\s*\d/.test(s.slice(at + m[0].length, at + m[0].length + 20))) continue;
    // "$120M: 40% to accelerators": after money, or as a percentage, the number after the colon is its own amount.
    if (
      !m[1] &&
      !/^[\d.,]*\s*%/.test(s.slice(at)) &&
      /(?<![\w.$-])\d+(?:\.\d+)?\s*(?:[a-z]+\s*)?:\s*$/.test(s.slice(Math.max(0, at - 20), at))
    )
      continue;
    // "gpt-4.1 queries", "llama-3 calls": a number joined to a name by a dash is the name's version, no count.
    if (!m[1] && /[a-z]-$/.test(s.slice(Math.max(0, at - 2), at))) continue;
    // "option 2", "tier 3", "provider #1": a number naming one of several choices, not an amount.
    if (!m[1] && !m[4] && vocabulary.choiceLabel?.test(s.slice(Math.max(0, at - 16), at))) continue;
    // "Gaudi 3", "Ascend 910": the number names a chip of that line.
    if (!m[1] && !m[4] && vocabulary.chipLine?.test(s.slice(Math.max(0, at - 16), at))) continue;
    // "H100 SXM5 80GB", "80GB H100", "a100 80 gb sxm": a memory size beside a chip's code names the chip's variant.
    if (!m[1] && !m[4] && chipMemoryName(s, at, at + m[0].length)) continue;
    // "cost per 1M tokens?": the unit a price is asked in (shown per million), not an amount; "per 1k tokens" stays one,
    // so the price of a thousand is worked out.
    if (
      !m[1] &&
      m[2] === '1' &&
      /^(?:m|mn|mm|million)$/.test(m[4] ?? '') &&
      /(?:\bper|\/)\s*$/.test(s.slice(Math.max(0, at - 6), at))
    )
      continue;
    let value = Number(m[2]!.replace(/,/g, '').replace(/\s?[×x*]\s?10\^\s?/, 'e'));
    if (!Number.isFinite(value)) continue;
    let scale = m[4];
    // "Epoch's 2023-dollar estimate", "in 2020 USD": the year the dollars are counted in, not a sum of money.
    const vintage = /^[\s-]*(?:us\s?)?(?:dollars?|usd)\b/.test(s.slice(at + m[0].length, at + m[0].length + 16));
    if (!m[1] && !scale && /^(?:19[5-9]\d|20\d\d)$/.test(m[2]!) && vintage) continue;
    if (scale) value *= SUFFIX[scale]!;
    const dims: Dims = {};
    let end = at + m[0].length;
    // "600k+ H100s", "1,000+ GPUs": a count written as a lower bound is read as written, its noun after the "+"; "5+3"
    // is a sum.
    if (/^\+(?!\s*[\d$(])/.test(s.slice(end, end + 3))) end += 1;
    // "$5-20M", "$50-$100B": money from one end to the other, the scale written once after both.
    const moneyRange = m[1] && !scale ? MONEY_RANGE.exec(s.slice(end, end + 30)) : null;
    let spread: number | undefined;
    if (moneyRange) {
      const high = Number(moneyRange[1]!.replace(/,/g, ''));
      scale = moneyRange[2]!;
      value *= SUFFIX[scale]!;
      if (high > 0 && value > 0 && high * SUFFIX[scale]! > value) spread = (high * SUFFIX[scale]!) / value;
      end += moneyRange[0].length;
    }
    const number = value;
    // "a PUE of 1.3": the power drawn at the wall per watt at the chips, a multiple of the electricity.
    const pue =
      m[1] || scale ? null : /\bpue\s*(?:of|=|:|is|at)?\s*(?:~|about\s)?$/.exec(s.slice(Math.max(0, at - 16), at));
    // "x1.5 for cooling/overhead", "×1.3 overhead": a multiplier written before its number, glued to it, with no unit
    // after it ("x 72 hrs" is a product of two quantities).
    const xBefore = /x$/.test(s.slice(Math.max(0, at - 1), at));
    const timesBefore =
      m[1] || scale || !/(?:^|[\s(,;:])[x×]$/.test(s.slice(Math.max(0, at - 2), at))
        ? null
        : /^\s*(?:$|[,;:)?!]|\.(?!\d)|for\b|to\b|on\b|overhead\b|multiplier\b|(?:for\s+)?(?:cooling|pue)\b)/.exec(
            s.slice(end, end + 20),
          );
    // "x86 servers": a number glued to an "x" is read only as such a multiplier.
    if (xBefore && !timesBefore) continue;
    if (pue || timesBefore) {
      const from = pue ? Math.max(0, at - 16) + pue.index : at - 1;
      out.push({ value, dims: { times: 1 }, raw: text.slice(pue ? from : at, end).trim(), at: from, apply: 'share' });
      used.push([from, end]);
      continue;
    }
    // "40-50%", "100-1,000x": one quantity with both ends.
    const range = m[1] || scale ? null : RANGE.exec(s.slice(at, at + 30).replace(/,/g, ''));
    if (range) {
      const share = /%|percent/.test(range[3]!);
      const rawEnd = s.indexOf(range[3]!, at + range[1]!.length) + range[3]!.length;
      const every = RANGE_PER.exec(s.slice(rawEnd, rawEnd + 20));
      const per = every
        ? every[1]
          ? periodOf(every[1])
          : every[2]
            ? adverbPeriod(every[2])
            : ({ y: 'year', m: 'month', q: 'quarter' } as Record<string, string>)[every[3]![0]!]
        : undefined;
      out.push({
        value: Number(range[1]),
        high: Number(range[2]),
        dims: { [share ? 'percent' : 'times']: 1, ...(per ? { hour: -1 } : {}) },
        raw: text.slice(at, every ? rawEnd + every[0].length : rawEnd).trim(),
        at,
        ...(per ? { per } : {}),
        apply: per ? 'compound' : applyOf(s, share, at),
      });
      used.push([at, rawEnd]);
      continue;
    }
    let per: string | undefined;
    let loose = false;
    let repeat = false;
    // "6 turns per conversation, 1,500 tokens per turn": a count per another thing counts its own thing.
    const counted = out
      .filter((q) => q.at < at)
      .sort((a, b) => b.at - a.at)
      .find((q) => q.nested || COUNTS.some((d) => q.dims[d] === 1));
    const countedDim = counted && (counted.nested ? 'item' : COUNTS.find((d) => counted.dims[d] === 1));
    // "loses 35c on each dollar", "losing 40 cents of every dollar": a loss per dollar earned is that share of revenue.
    const centsEach = m[1] ? null : /^\s*(?:cents?\b|¢|c\b)/.exec(s.slice(end, end + 8));
    const lostEach = centsEach && PER_DOLLAR.exec(s.slice(end + centsEach[0].length, end + centsEach[0].length + 60));
    if (centsEach && lostEach && LOSING_BEFORE.test(s.slice(Math.max(0, at - 30), at))) {
      end += centsEach[0].length + lostEach[0].length;
      out.push({ value, dims: { percent: 1 }, raw: text.slice(at, end).trim(), at, apply: 'share' });
      used.push([at, end]);
      continue;
    }
    const perDollar = m[1] ? PER_DOLLAR.exec(s.slice(end, end + 60)) : null;
    if (perDollar) {
      end += perDollar[0].length;
      out.push({ value, dims: { times: 1 }, raw: text.slice(at, end).trim(), at, apply: 'per-dollar' });
      used.push([at, end]);
      continue;
    }
    // "80 cents per million tokens": money in cents.
    // "10c/kWh", "6c per kWh": a glued "c" before a price per kWh is cents too.
    // "55c per million", "40c/hr": a glued "c" before a rate's unit is cents as well.
    const cents = m[1]
      ? null
      : /^\s*(?:cents?\b|¢|c(?=\s*(?:\/|per\b|an?\b)\s*(?:kwh|m|mtok|1m|mil|mn|million|k|thousand|tokens?|hr|hour|gpu)\b))/.exec(
          s.slice(end, end + 16),
        );
    if (cents) {
      value /= 100;
      end += cents[0].length;
    }
    // "8x H100 node": a count of accelerators written with an "x", not a multiple.
    // "4x a10g", "2x l4": the hardware data's own chip codes after the "x" count those chips too.
    const xCode = /^\s*x(?=\s)/.exec(s.slice(end, end + 3));
    const countX =
      m[1] || scale
        ? null
        : (GPU_X.exec(s.slice(end, end + 30)) ??
          (xCode && vocabulary.chipCode?.test(s.slice(end + xCode[0].length, end + 30)) ? xCode : null));
    if (countX) end += countX[0].length;
    const tail = s.slice(end, end + 60);
    const chipNamed =
      m[1] || countX ? null : (vocabulary.chipLineCount?.exec(tail) ?? (scale ? null : GPU_NAMED.exec(tail)));
    if (chipNamed) end += chipNamed[0].length;
    const after = NOUN.exec(s.slice(end, end + 40))!;
    // "$0.07 - what %": money is never a percentage or a multiple; the words after it are not its unit.
    // "2025 - % increase?": a dash with space between a number and "%" is punctuation, not a percentage.
    const dashed =
      (after[9] || after[10]) && /\s-|-\s/.test(after[0].slice(0, after[0].search(/%|percent|x|×|times|fold/)));
    const n = (m[1] && (after[9] || after[10])) || dashed ? NOUN.exec('')! : after;
    const money = Boolean(m[1] || n[1] || cents || namedSum(s, at, end, m, n, vocabulary, periodNames));
    if (money) dims.usd = 1;
    // Money in yuan keeps its currency: the result is shown in it.
    const currency = currencyOfMoney(m[1] ?? '', n[1] ?? '');
    let { noun, hours, watts, scale: unitScale, per: unitPer } = nounDims(n, dims);
    if (unitPer) per = unitPer;
    // "3.6M gpu cluster", "a 50k gpu order": a scaled number before a chip word that describes a thing bought.
    const chipDescribing = Boolean(n[4] && !money && scale && !countX && THING_BOUGHT.test(s.slice(end + n[0].length)));
    // "500 node-hours", "120 person-days": a thing named with a period is that many of it for the period.
    const thingTime = n[6] && !money ? THING_TIME.exec(n[0]) : null;
    if (thingTime && !NOT_A_THING.test(thingTime[1]!)) {
      add(dims, /^(person|man|engineer|staff|people)$/.test(thingTime[1]!) ? 'user' : 'item', 1);
      noun = thingTime[1];
    }
    if (unitScale) value *= unitScale;
    // "how many $33,600 GPUs can $5.6M buy": money right before the things counted is each one's price; the things
    // stay in the words, as the count asked.
    const pricedThing =
      money &&
      Boolean(n[4] || n[5] || n[7] || n[8]) &&
      /\bhow many\s*$/.test(s.slice(Math.max(0, at - 12), at)) &&
      /s\s*$/.test(n[0]) &&
      !/^\s*(?:bill|budget|spend|cost|order|deal|contract|purchase|cluster|fleet)s?\b/.test(
        s.slice(end + n[0].length, end + n[0].length + 12),
      );
    // "$1,240 monthly GPU bill", "$5M user budget": a count word after money describes it, it is not counted.
    if (money && (n[4] || n[5] || n[7] || n[8])) {
      const counted = COUNTS.find((d) => dims[d] !== undefined);
      for (const d of COUNTS) delete dims[d];
      noun = undefined;
      if (pricedThing && counted) add(dims, counted, -1);
    }
    if (hours) value *= hours;
    if (watts) value *= watts;
    let unitWord = !pricedThing && n[0].trim().length > 0 && Boolean(n.slice(3).some(Boolean));
    const ofUs = !unitWord && !money ? /^\s+of (us|you|them)\b/.exec(s.slice(end, end + 12)) : null;
    // "80M in, 20M out a week", "100M in / 20M out": token amounts named by their side alone.
    const tokensBefore = /\btok(?:en)?s?\b/.test(s.slice(Math.max(0, at - 40), at));
    // "800 in + 250 out tokens", "1,200 in / 300 out": an unscaled count is one side of a pair whose other side is
    // written right after it, in a question about tokens.
    const paired =
      !scale &&
      !tokensBefore &&
      (SIDE_PAIR.test(s.slice(end, end + 40)) || SIDE_PAIR_BEFORE.test(s.slice(Math.max(0, at - 40), at))) &&
      TOKEN_TALK.test(s);
    const side =
      !unitWord && !money && (scale || tokensBefore || paired)
        ? (IN_OUT.exec(s.slice(end, end + 16)) ?? (paired ? SIDE_TOKENS.exec(s.slice(end, end + 24)) : null))
        : null;
    // "output 1M/day", "input: 3M": the side named before the amount.
    const sideBefore = !unitWord && !money && scale && SIDE_BEFORE.test(s.slice(Math.max(0, at - 16), at));
    if (unitWord) end += n[0].length;
    else if (side) {
      add(dims, 'token', 1);
      unitWord = true;
      end += side[0].length;
    } else if (sideBefore) {
      add(dims, 'token', 1);
      unitWord = true;
    } else if (
      !money &&
      CHIPS_GROUP_BEFORE.test(s.slice(Math.max(0, at - 30), at)) &&
      /^\s*(?:$|[^a-z\s]|(?:at|@|for|running|runs?|and|with|on|in|doing|costing|that|which|each)\b)/.test(
        s.slice(end, end + 16),
      )
    ) {
      // "a gpu cluster of 2,048 at $1.80/gpu-hr": the group of chips counts them.
      add(dims, 'gpu', 1);
      noun = 'GPU';
      unitWord = true;
    } else if (ofUs) {
      // "three of us": people; "400 of them" counts whatever was named before — people when they split or pay.
      const people =
        ofUs[1] !== 'them' || /\b(?:split\w*|shar(?:e|es|ing)|chip in|pool\w*|pays?|paying|owes?)\b/.test(s);
      add(dims, people ? 'user' : 'item', 1);
      if (people) noun = 'person';
      unitWord = true;
      end += ofUs[0].length;
    } else if (!money && vocabulary.chipCode?.test(s.slice(end, end + 30))) {
      // "12 L4s", "64 p100 cards": chips the hardware data names by a code the unit words do not know.
      const code = vocabulary.chipCode.exec(s.slice(end, end + 30))!;
      add(dims, 'gpu', 1);
      noun = code[1]!.toUpperCase();
      unitWord = true;
      end += code[0].length;
    } else if (!money) {
      // "12 engineers", "40K tickets/month": a count of a thing the lists do not name.
      // "910c specs", "180b models": a number glued to letters is a name, not a count.
      const glued =
        /^[a-z]/.test(s.slice(end, end + 1)) || (scale === 'b' && !m[3] && !countedRightAfter(s.slice(end, end + 30)));
      const other = glued ? null : OTHER_COUNT.exec(s.slice(end, end + 40));
      const describing = other ? other[1]!.split(/[\s-]+/).filter(Boolean) : [];
      const last = describing.at(-1);
      if (
        other &&
        !NOT_COUNTED.test(other[2]!) &&
        !(last && NOT_COUNTED.test(last)) &&
        !(describing.length > 1 && describing.some((w) => NOT_DESCRIBING.test(w)))
      ) {
        noun = singular(other[2]!);
        // "3 epochs", "4 passes": how many times the work is done, a multiple of it, not things to count.
        repeat = Boolean(vocabulary.repeatWord?.test(noun) && describing.length === 0);
        if (repeat) add(dims, 'times', 1);
        else {
          add(dims, 'item', 1);
          // "cost for 5,000 documents?": a count the asking is for is an input, whatever it counts.
          loose = !FOR_COUNT.test(s.slice(Math.max(0, at - 16), at));
        }
        unitWord = true;
        end += other[0].length;
        if (last && /^(daily|hourly|weekly|monthly|yearly|annual)$/.test(last)) n[2] = last;
      }
      // "$1.3B — implied price per gpu": a spaced dash after money ends its clause; the words after are not its rate.
    } else if (!pricedThing && (n.slice(1).some(Boolean) || !/\s-|-\s/.test(n[0]))) end += n[0].length;
    // "2.788M GPU hours", "48 GPU-months", "500 node-hours": a count held for a time is one amount of count × time.
    if (!money) {
      const timed = countTime(s, end, dims, noun);
      if (timed) {
        add(dims, 'hour', 1);
        value *= HOURS[timed.period]!;
        noun = timed.noun;
        end = timed.end;
      }
    }
    // "a 300W card", "how many 700 W gpus": a power written right before a chip is that chip's draw, per chip. The
    // chip stays outside the quantity's words, where the asking words read it ("how many … cards").
    if (watts && !money && dims.gpu === undefined && CHIP_AFTER.test(s.slice(end, end + 30))) add(dims, 'gpu', -1);
    // "$900 annual subscription", "$1,240 monthly bill": money each period, whatever it is for.
    const moneyEvery =
      money && !n[2] ? /^\s*(daily|hourly|weekly|monthly|yearly|annual)\b/.exec(s.slice(end, end + 12)) : null;
    if (moneyEvery) {
      n[2] = moneyEvery[1]!;
      end += moneyEvery[0].length;
    }
    // "5,000 daily users": a count each day.
    if (n[2] && Object.keys(dims).length) {
      per = n[2] === 'annual' ? 'year' : adverbPeriod(n[2]);
      add(dims, 'hour', -1);
      value /= HOURS[per]!;
    }
    // "50 members each paying $20M a year", "40,000 users, each ~300 queries a month": an amount after "each" is per
    // the thing counted before.
    if (
      (money || dims.item === 1 || dims.token === 1) &&
      countedDim &&
      dims[countedDim] === undefined &&
      // "25 requests/day each x $0.002 per request": a sign of multiplication after "each" starts another factor.
      /\beach\b(?:\s+(?:brings?|takes?|pulls?)\s+in|\s+(?!(?:at|for|of|in|on|to|with|and|or|plus|minus|but|then|than|vs|versus|x|times)\b)[a-z]+){0,2}\s*(?:~|about\s)?$/.test(
        s.slice(Math.max(0, at - 25), at),
      )
    )
      add(dims, countedDim, -1);
    // "800 tokens each", "$800 each", "$240k loaded each": per the thing counted before (each request, each user).
    const each = EACH_AFTER.exec(s.slice(end, end + 30));
    if (each && countedDim && Object.keys(dims).length && dims[countedDim] === undefined) {
      add(dims, countedDim, -1);
      end += each[0].length;
    }
    // "6 engineers at $210k/yr", "12 contractors @ $90/hr": money written right after a count, joined by "at", is what
    // one of the counted things costs; a total ("at $1B in total") or a price per token is not.
    if (
      money &&
      counted &&
      countedDim &&
      dims[countedDim] === undefined &&
      out[out.length - 1] === counted &&
      // "600k H100s. at $25k": the sentence may break between the count and its price.
      // "40 devs on copilot-style seats at $19/mo": the seats, plans or licences they are on, named between, are theirs.
      (/^\s*[.,;:]?\s*(?:on\s+(?:(?:a|an|the)\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:seats?|plans?|licen[cs]es?|subscriptions?|tiers?)\s+)?(?:at|@|on|paid|earning|costing)\s*(?:~|about\s|around\s|roughly\s)?$/.test(
        s.slice(counted.at + counted.raw.length, at),
      ) ||
        // "80,000 h100s at the $33,600 list price", "at epoch's $30k launch price": a price of one, named after it.
        (/^\s*(?:at|@)\s+(?:the|a|an|their|its|epoch's|epochs|nvidia's|amd's)\s*$/.test(
          s.slice(counted.at + counted.raw.length, at),
        ) &&
          UNIT_PRICE_AFTER.test(s.slice(end, end + 30)))) &&
      !/^\s*(?:in\s+)?(?:total|overall|combined|all[- ]in|altogether)\b/.test(s.slice(end, end + 20)) &&
      !perThingRate(s.slice(end, end + 40))
    ) {
      add(dims, countedDim, -1);
      // "12 engineers at $250k loaded": pay written without a period is pay a year.
      if (!n[2] && !RATE.exec(s.slice(end, end + 40)) && vocabulary.yearlyPay?.test(s)) {
        add(dims, 'hour', -1);
        per = 'year';
        value /= HOURS.year!;
      }
    }
    // "$0.85 api spend per DAU per day", "$3 of compute per user": words naming the money sit before its rate.
    // "drops 5% in price every month": what the percentage changes, named before its period.
    const changeNamed = dims.percent === 1 && Object.keys(dims).length === 1;
    const named =
      (money || changeNamed) && !RATE.exec(s.slice(end, end + 40)) ? NAMED_RATE.exec(s.slice(end, end + 40)) : null;
    if (
      named &&
      !named[1]!.split(/\s+/).some((w) => STOP_WORD.test(w)) &&
      (!changeNamed || CHANGED_THING.test(named[1]!)) &&
      RATE.exec(s.slice(end + named[0].length))
    )
      end += named[0].length;
    // "6 turns per conversation", "10 messages a session": a count of one thing per another it is part of.
    const countOf = !money && dims.item === 1 && Object.keys(dims).length === 1 && noun ? noun : undefined;
    // "8h workday", "10-hour working days": the hours of each day worked, a plain fraction of the time like "8h a day".
    const dayLength =
      !money && hours === 1 && dims.hour === 1 && Object.keys(dims).length === 1
        ? DAY_LENGTH.exec(s.slice(end, end + 24))
        : null;
    if (dayLength) {
      add(dims, 'hour', -1);
      per = 'day';
      value /= HOURS.day!;
      end += dayLength[0].length;
    }
    let r = dayLength ? null : RATE.exec(s.slice(end, end + 40));
    const rated = Boolean(r);
    for (let k = 0; r && k < 3; k++) {
      if (r[2]) value /= SUFFIX[/^(mtok|1m|mil|mln)$/.test(r[2]) ? 'm' : r[2]]!;
      // "$0.50 per 1K requests", "$4 per 1,000 images": per a scaled count of a thing, not of tokens.
      const next = s.slice(end + r[0].length, end + r[0].length + 24);
      const scaledThing = r[2] && !/tok/.test(r[0]) ? SCALED_THING.exec(next) : null;
      if (scaledThing && !NOT_COUNTED.test(scaledThing[1]!) && !ASKING_VERB.test(scaledThing[1]!)) {
        const { dim } = perNounDim(scaledThing[1]!);
        add(dims, dim, -1);
        noun ??= singular(scaledThing[1]!);
        end += scaledThing[0].length;
      } else if (r[2] || r[3]) add(dims, 'token', -1);
      if (r[4]) {
        // "$2/GPU-hour", "$0.023/GB-month": per one of a thing for a period.
        const { dim, scale } = perNounDim(r[4]);
        add(dims, dim, -1);
        add(dims, 'hour', -1);
        per = periodOf(r[5]!);
        value /= scale * HOURS[per]!;
      }
      if (r[6] || r[8]) {
        add(dims, 'hour', -1);
        per = r[8] ? adverbPeriod(r[8]) : periodOf(r[6]!);
        // "3x a year", "20% a year": a rate of change, kept as written and compounded over a duration.
        if (!dims.times && !dims.percent) value /= HOURS[per]!;
      }
      if (r[7]) {
        const { dim, scale } = perNounDim(r[7]);
        add(dims, dim, -1);
        value /= scale;
      }
      end += r[0].length;
      // "$2.49/GPU/hr", "$30 per seat per month": a second "per" divides again, by another unit than the first.
      // "$3 per user a month": the period after a thing, written with "a".
      const again = /^\s*(?:\/|per\b|(?:a|an|each|every)\s+(?:hour|day|week|month|quarter|year)\b)/.test(
        s.slice(end, end + 16),
      )
        ? RATE.exec(s.slice(end, end + 40))
        : null;
      r = again && !(dims.hour !== undefined && (again[4] || again[6] || again[8])) ? again : null;
    }
    if (!rated) {
      // "$0.12/kWh", "$95/MWh", "$40 per megawatt-hour": a price per energy, kept per kWh.
      const kwh = PER_ENERGY.exec(s.slice(end, end + 24));
      // "900 tokens per chat": per a thing counted earlier in the question.
      const perThing = /^\s*(?:\/|per|a|an|each|every)\s*([a-z]+)\b/.exec(s.slice(end, end + 30));
      // "$4 per 1,000 images", "$0.02 / 1000 tokens": per a written number of a thing.
      const perNumber = money ? PER_NUMBER.exec(s.slice(end, end + 40)) : null;
      const many = perNumber ? Number(perNumber[1]!.replace(/,/g, '')) : 0;
      if (perNumber && many > 0 && !NOT_COUNTED.test(perNumber[2]!.replace(/^tokens$/, 'x'))) {
        value /= many;
        if (/^tok/.test(perNumber[2]!)) add(dims, 'token', -1);
        else add(dims, perNounDim(perNumber[2]!).dim, -1);
        end += perNumber[0].length;
      } else if (kwh) {
        add(dims, 'kwh', -1);
        value /= ENERGY_SCALE[kwh[1]![0]!]!;
        end += kwh[0].length;
      } else if (
        perThing &&
        countedDim &&
        dims[countedDim] === undefined &&
        counted?.noun &&
        singular(perThing[1]!) === counted.noun
      ) {
        add(dims, countedDim, -1);
        end += perThing[0].length;
      } else if (perThing && !countOf && out.some((o) => o.nested && o.at < at && o.noun === singular(perThing[1]!))) {
        // "8 turns each; 2,500 conversations a week; 1,000 tokens per turn": per the part counted earlier.
        add(dims, 'item', -1);
        end += perThing[0].length;
      }
    }
    // "3.6B tokens last quarter", "$12,400 on the api this week", "1.2M requests in october": a flow over a period
    // named as one just gone (or under way) is that period's amount, a rate like "a quarter".
    const lastPeriod =
      !rated &&
      dims.hour === undefined &&
      (money
        ? MONEY_FLOW.test(s.slice(Math.max(0, at - 40), at))
        : Object.keys(dims).length === 1 && (dims.token || dims.item))
        ? LAST_PERIOD.exec(s.slice(end, end + 48))
        : null;
    if (lastPeriod) {
      per = periodOf(lastPeriod[1]!);
      add(dims, 'hour', -1);
      value /= HOURS[per]!;
      end += lastPeriod[0].length;
    }
    // "300 queries a month at ~2,000 tokens", "2,000 requests/day of 1,500 tokens": tokens per request.
    if (
      countedDim === 'item' &&
      !countOf &&
      !unitsBeyond(dims, ['token']) &&
      /\b(?:at|of|with|averaging)\s*(?:~|about\s|around\s|roughly\s)?$/.test(s.slice(Math.max(0, at - 20), at)) &&
      // "20 members vs with 50": another count, read after the others.
      // "40 companies sign up instead of 50": the count it replaces, read after the others.
      !(
        !Object.keys(dims).length &&
        /\b(?:vs\.?|versus|or)\s+(?:with|at)\s*$|\b(?:instead|rather than|in place)\s+of\s*$/.test(
          s.slice(Math.max(0, at - 20), at),
        )
      )
    )
      add(dims, 'item', -1);
    const eachAfter =
      /^\s*(?:each|apiece|a piece|a pop|per pop|per unit|a unit|a card|per card|a chip|per chip)\b/.exec(
        s.slice(end, end + 12),
      );
    let perUnit = false;
    // "1,000 conversations of 6 turns each": a count each of another thing counted before is per one of it.
    const eachOuter =
      eachAfter && countOf && countedDim === 'item' && counted?.noun && counted.noun !== countOf && dims.item === 1;
    if (eachOuter) {
      delete dims.item;
      end += eachAfter![0].length;
    } else if (
      (eachAfter ||
        (money && PAYER_BEFORE.test(s.slice(Math.max(0, at - 40), at))) ||
        (money &&
          PAYER_AT.test(s.slice(Math.max(0, at - 40), at)) &&
          Object.keys(dims).every((k) => k === 'usd' || k === 'hour'))) &&
      countedDim &&
      dims[countedDim] === undefined &&
      Object.keys(dims).length
    ) {
      // "700M downloads, 0.1% convert to customers paying $500/yr": what payers named just before pay is each one's.
      add(dims, countedDim, -1);
      if (eachAfter) end += eachAfter[0].length;
    } else if (
      eachAfter &&
      dims.usd === 1 &&
      (Object.keys(dims).length === 1 || (Object.keys(dims).length === 2 && dims.hour === -1))
    ) {
      // "$30,000 apiece", "$500 a year each" with nothing counted yet: per whatever the question counts; "the same
      // number of a100s … at $1.10/hr each": per one of the chips named before it, per chip-hour.
      if (dims.hour === -1 && CHIPS_NAMED.test(s.slice(0, at))) add(dims, 'gpu', -1);
      else perUnit = true;
      end += eachAfter[0].length;
    }
    // "each customer nets us $45/mo", "contribution per customer $25/mo", "every seat brings $400" with nothing counted:
    // what one of the things pays, per the count the question asks for.
    if (
      !perUnit &&
      money &&
      dims.usd === 1 &&
      (Object.keys(dims).length === 1 || (Object.keys(dims).length === 2 && dims.hour === -1)) &&
      EACH_BEFORE_UNCOUNTED.test(s.slice(Math.max(0, at - 40), at))
    )
      perUnit = true;
    // "1.2M gpu-hours at $1.90 each", "500k node-hours at $0.40 each": one of a count held for a time is per its hour.
    if (money && counted?.dims.hour === 1 && countedDim && dims[countedDim] === -1 && dims.hour === undefined) {
      add(dims, 'hour', -1);
      per = 'hour';
    }
    // "a convo is 6 turns", "each session has 10 messages": a count said of one of another thing is per that thing.
    const outer = countOf && dims.item === 1 ? PART_OF.exec(s.slice(Math.max(0, at - 40), at)) : null;
    if (
      outer &&
      singular(outer[1]!) !== countOf &&
      !PERIOD_NOUN.test(outer[1]!) &&
      !/^tok/.test(outer[1]!) &&
      !COLLECTIVE.test(outer[1]!)
    ) {
      const { dim } = perNounDim(outer[1]!);
      if (dim === 'item') delete dims.item;
      else if (dim === 'user' && dims.user === undefined) add(dims, 'user', -1);
    }
    // A count per another count ("6 turns per conversation") is how many of one go into the other: a plain multiple,
    // always multiplied, never a bare number dropped from the bill.
    const nested = Boolean(countOf) && !Object.keys(dims).length;
    // "two years ago": when, not how long.
    if (isDurationDims(dims) && /^\s*(?:ago|back|earlier|before)\b/.test(s.slice(end, end + 10))) continue;
    // "token usage … from 100M", "token volume is 2B": a bare scaled number after tokens are named, with no money
    // between, is tokens; glued "B" only right after a verb ("2B", not "tokens for the 70B model").
    const near = s.slice(Math.max(0, at - 40), at);
    const tokenTalk =
      !Object.keys(dims).length &&
      scale &&
      !m[1] &&
      !unitWord &&
      /\btok(?:en)?s?\b/.test(near) &&
      !/\$|\b(?:cost|spend|price|bill|budget|dollars?|usd|paid|pay)\b/.test(near) &&
      (scale !== 'b' || m[3] || /\b(?:is|are|was|were|of|at|from|hit|hits|reached|to)\s*(?:~|about\s)?$/.test(near));
    if (tokenTalk) dims.token = 1;
    // "20M in 5M out", "100M in / 30M out": a bare scaled number before "in" where another is "out" (or the other way
    // round) is tokens of one side, never money.
    if (
      !Object.keys(dims).length &&
      scale &&
      !m[1] &&
      !unitWord &&
      /^\s*(?:in|out)\b/.test(s.slice(end, end + 6)) &&
      /\d\s?[kmbt]?\s*(?:tokens?\s*)?in\b/.test(s) &&
      /\d\s?[kmbt]?\s*(?:tokens?\s*)?out\b/.test(s)
    )
      dims.token = 1;
    // "bill is 18,400", "6,300 in metered usage", "11.6B revenue and a 5B loss": a bare number that a word of money
    // names, right before or after it, is a sum of dollars.
    if (
      !Object.keys(dims).length &&
      !m[1] &&
      !unitWord &&
      !(!scale && /^(?:19|20)\d\d$/.test(m[2]!)) &&
      // "spending 1.35 per dollar earned", "bill 45/35/20": a rate or one number of a list, not a sum.
      !rated &&
      !/^\s*(?:\/|per\b|for (?:every|each)\b|each\b|[:x×*])/.test(s.slice(end, end + 12)) &&
      !/[/:]\s*$/.test(s.slice(Math.max(0, at - 3), at)) &&
      // "falcon 180b cost …": a glued "b" right after a name is the model's size.
      !(scale === 'b' && !m[3] && namedSize(s.slice(Math.max(0, at - 30), at), s.slice(end, end + 12))) &&
      (vocabulary.sumBefore?.test(s.slice(Math.max(0, at - 30), at)) ||
        vocabulary.sumAfter?.test(s.slice(end, end + 30)))
    )
      dims.usd = 1;
    // "180B" glued, without a currency or a noun, is a model size, not an amount; "1B downloads", "2B users" count a
    // thing named right after.
    // "3B → 11B tokens/mo": the first end of a change takes the unit written on the second.
    const joinedAfter = BARE_JOINED.test(s.slice(end, end + 16));
    if (
      !Object.keys(dims).length &&
      scale === 'b' &&
      !m[3] &&
      !joinedAfter &&
      !countedRightAfter(s.slice(end, end + 30)) &&
      // "raised 3.05B total", "revenue of 4.2B": a verb or noun of money right before makes it a sum.
      !MONEY_BEFORE_GLUED.test(s.slice(Math.max(0, at - 24), at))
    )
      continue;
    // "8 h a day", "24h/day": hours in each day, a plain fraction of the time.
    const fraction = !Object.keys(dims).length && hours !== undefined && per !== undefined;
    // "1.2M a year", "10M a day" with no unit: a bare amount per period, tokens when tokens are named just before and
    // no money, else money in a question about money.
    // "80M a day in tokens": the tokens named right after.
    // "45M MAU, adding 5M a month", "2,000 customers and 150 more a week": a bare amount per period right after a
    // count, with no money between, is more of that count.
    const prev = out[out.length - 1];
    const prevDim = prev && COUNTS.find((d) => prev.dims[d] === 1 && Object.keys(prev.dims).length === 1);
    const between = prev ? s.slice(prev.at + prev.raw.length, at) : '';
    // "12 A100s at 1.29/hr", "3 contractors @ 95/hr", "8 engineers at 18k/mo": a bare amount per period written right
    // after a count, joined by "at", is what one of the counted things costs each period, as if written with a "$"
    // ("50k users growing at 5k a month" has other words between and stays a count).
    const pricedCount =
      Object.keys(dims).length === 1 &&
      dims.hour === -1 &&
      !m[1] &&
      !unitWord &&
      prevDim &&
      // Chips rented or people paid by the period; other things ("5 agents at 200/hr") only where money is spoken of.
      (prevDim !== 'item' || moneyWords || vocabulary.sumWord?.test(s)) &&
      !prev!.high &&
      /^\s*(?:at|@|costing|paying|paid)\s*(?:~|about\s|around\s|roughly\s)?$/.test(between);
    if (pricedCount) {
      dims.usd = 1;
      // "10 gpus at 9k/mo in total": what all of them cost together.
      if (!/^\s*(?:in\s+)?(?:total|overall|combined|all[- ]in|altogether)\b/.test(s.slice(end, end + 20)))
        add(dims, prevDim, -1);
    } else if (
      Object.keys(dims).length === 1 &&
      dims.hour === -1 &&
      !m[1] &&
      !unitWord &&
      prevDim &&
      between.length <= 30 &&
      // "8xh100 box for 14k/mo": an amount a period after "for" is its price, not more of the count.
      !/[$.;?!]|\b(?:cost|spend|price|bill|budget|pay|paid|dollars?|usd)\b|\bfor\s*(?:~|about\s|around\s)?$/.test(
        between,
      )
    ) {
      dims[prevDim] = 1;
      noun = prev!.noun;
    } else if (Object.keys(dims).length === 1 && dims.hour === -1 && scale && !m[1] && !unitWord) {
      const tokensNamed =
        (/\btok(?:en)?s?\b/.test(near) && !/\$|\b(?:cost|spend|price|bill|budget|pay)\b/.test(near)) ||
        /^\s*(?:in|of)\s+tok(?:en)?s?\b/.test(s.slice(end, end + 14));
      if (tokensNamed) dims.token = 1;
      else if (moneyTalk) dims.usd = 1;
    } else if (Object.keys(dims).length === 1 && dims.hour === -1 && !m[1] && !unitWord && moneyTalk) {
      // "h100s at 2.2/hr", "A100s at 1.5 an hour": a bare price per hour after a chip named without a count is money
      // per chip-hour; after "at", "@" or "for" alone, money per hour.
      const chipAt = CHIP_AT.exec(near);
      if (chipAt && !counted) {
        dims.usd = 1;
        dims.gpu = -1;
        noun = /^[a-z]+\d/.test(chipAt[1]!) ? chipAt[1]!.replace(/s$/, '').toUpperCase() : 'GPU';
      } else if (
        /(?:\bat|@|\bfor)\s*(?:~|about\s|around\s)?$/.test(near) ||
        PRICED_BEFORE.test(near) ||
        // "vector db 1,250/mo + llm 4,450/mo": a bare number written with a slash to a period, naming nothing it
        // counts, is money (counts name their thing: "40k tickets/mo"); tokens named near it make it tokens above.
        (SLASH_PERIOD.test(s.slice(at + m[0].length, at + m[0].length + 12)) && !TOKEN_TALK.test(near)) ||
        // "spending 8,300/mo", "budget of 900/day", "5,000 a month in cloud spend": a word naming a sum of money.
        vocabulary.sumBefore?.test(near) ||
        vocabulary.sumAfter?.test(s.slice(end, end + 30))
      )
        dims.usd = 1;
    }
    // "at 1.80/gpu-hr", "variable cost 2.50 per user": a bare number per one of a thing, priced by the words before
    // it in a question about money, is money per that thing.
    if (
      !m[1] &&
      !unitWord &&
      moneyTalk &&
      rated &&
      Object.entries(dims).every(([k, e]) => e === -1 && (k === 'hour' || COUNTS.includes(k as 'user'))) &&
      COUNTS.some((d) => dims[d] === -1) &&
      PRICED_BEFORE.test(near)
    )
      dims.usd = 1;
    // "the over-200k pricing", "under the 200k tier": the threshold of a price tier, no amount.
    if (
      !Object.keys(dims).length &&
      /\b(?:above|over|under|below|beyond|past)[\s-]+(?:the\s+)?~?$/.test(near) &&
      /^[\s-]*(?:tokens?)?[\s-]*(?:tier|pricing|price|rate|threshold|band|bracket)\b/.test(s.slice(end, end + 24))
    )
      continue;
    // "MAU at 50k", "subscribers: 12,000", "user count is 8k": a count of people named right before a bare number.
    const headsBefore =
      !Object.keys(dims).length && !m[1] && !unitWord && !fraction && !nested
        ? HEADS_BEFORE.exec(s.slice(Math.max(0, at - 30), at))
        : null;
    if (headsBefore) {
      dims.user = 1;
      const word = headsBefore[1] ?? headsBefore[2]!;
      noun = /^[dwm]aus?$/.test(word) ? 'user' : singular(word);
    }
    if (!Object.keys(dims).length && !fraction && !nested) {
      // A bare scaled number ("5.6M") in a question about money is money; other bare numbers are not amounts, except
      // the first end of a change written "from 2,400 to 1,500 tokens" or "20k -> 65k", read after the others.
      if (!scale || !moneyTalk || unitWord || joinedAfter) {
        const joined = unitWord ? null : BARE_JOINED.exec(s.slice(end, end + 16));
        const year = !scale && /^(?:19|20)\d\d$/.test(m[2]!);
        if (!year)
          bareEnds.push({ value, at, end, next: joined ? end + joined[0].length : -1, scaled: Boolean(scale) });
        continue;
      }
      dims.usd = 1;
      // "24 cards at 28k each": a bare sum of money after a count, with "each", is what one of them costs.
      const one = /^\s*(?:each|apiece|a piece|per unit|a unit|a card|per card|a chip|per chip)\b/.exec(
        s.slice(end, end + 12),
      );
      if (one && countedDim) {
        add(dims, countedDim, -1);
        end += one[0].length;
      }
    }
    const apply = repeat
      ? 'share'
      : dims.percent === 1 || dims.times === 1
        ? dims.hour === -1
          ? 'compound'
          : applyOf(s, dims.percent === 1, at)
        : undefined;
    end = Math.max(end, wordEnds.get(at) ?? 0);
    const raw = text
      .slice(at, end)
      .trim()
      .replace(/[\s\-\u2013\u2014\u2212]+$/, '');
    const q: Quantity = {
      value,
      ...(spread ? { high: value * spread } : {}),
      dims,
      raw,
      at,
      noun,
      per: fraction ? undefined : per,
      apply,
      ...(loose ? { loose } : {}),
      ...(perUnit ? { perUnit } : {}),
      ...(apply === 'less' && dims.percent === 1 && lostShare(s, at) ? { lost: true } : {}),
      ...(nested ? { chained: true, nested: true } : {}),
      ...(currency ? { currency } : {}),
    };
    out.push(q);
    written.set(q, number);
    used.push([at, end]);
    if (chipDescribing) describing.add(q);
  }
  chipsBoughtAsMoney(s, out, describing);
  joinedEnds(text, s, out, written, bareEnds);
  shareEnds(text, s, out, written, bareEnds);
  bareFlowsBesideMoney(s, out);
  sharedUnit(s, out, written);
  parallelUnit(s, out, written);
  switchedPer(s, out);
  pairedSidesPer(s, out);
  namedPeriods(s, out, periodNames);
  markChained(s, out);
  markSpread(s, out);
  headCounts(out);
  utilisation(s, out, vocabulary.usefulTime, vocabulary.idleShare);
  perLeadingPeriod(s, out);
  periodNamedMoney(s, out);
  perLeadingThing(s, out);
  perTimedThing(s, out);
  perOneChip(s, out);
  machineDraw(s, out);
  payingCount(s, out);
  sharePaying(s, out);
  costOfOneThem(s, out);
  countsTimesCounts(text, s, out);
  perNamedThing(s, out);
  perCountedThing(s, out);
  eachOfNamed(s, out);
  perNamedPeriod(s, out);
  volumeOfRate(s, out);
  machinesOfChips(text, s, out);
  annualFactors(s, out);
  // "if revenue of 3.7B doubles", "$40M, if it triples": an amount changed by a multiple written as a word.
  multipleOfAmount(text, s, out, used);
  prefixedMultiples(text, s, out, used);
  groupCounts(text, s, out, used);
  // "doubles every year", "triples each year", "doubles every 4 months": a multiple per period without a number, or
  // per a number of periods (2× every 4 months is 2^(1/4) a month).
  for (const d of s.matchAll(MULTIPLIES_EVERY)) {
    if (out.length >= MAX_QUANTITIES) break;
    const at = d.index ?? 0;
    const end = at + d[0].length;
    const every = d[2] ? Number(d[2]) : 1;
    if (!(every > 0)) continue;
    // The "4 months" inside it is the rate's period, not a duration.
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.at >= at && out[i]!.at < end) out.splice(i, 1);
    out.push({
      value: MULTIPLE_WORD[d[1]!]! ** (1 / every),
      dims: { times: 1, hour: -1 },
      raw: text.slice(at, end),
      at,
      per: periodOf(d[3]!),
      apply: 'compound',
    });
    used.push([at, end]);
  }
  for (const d of s.matchAll(DURATION)) {
    const at = d.index ?? 0;
    if (out.length >= MAX_QUANTITIES || used.some(([a, b]) => at < b && at + d[0].length > a)) continue;
    out.push({ value: HOURS[periodOf(d[2]!)]!, dims: { hour: 1 }, raw: text.slice(at, at + d[0].length), at });
  }
  for (const d of s.matchAll(DURATION_ITEM)) {
    const at = (d.index ?? 0) + d[0].length - d[1]!.length;
    if (out.length >= MAX_QUANTITIES || used.some(([a, b]) => at < b && at + d[1]!.length > a)) continue;
    out.push({ value: HOURS[d[2]!]!, dims: { hour: 1 }, raw: text.slice(at, at + d[1]!.length), at });
  }
  for (const d of s.matchAll(DURATION_OF)) {
    const at = d.index ?? 0;
    if (out.length >= MAX_QUANTITIES || used.some(([a, b]) => at < b && at + d[0].length > a)) continue;
    const raw = text.slice(at, at + d[0].length).replace(/\s+(?:worth\s+)?of\s+\S+$/i, '');
    out.push({ value: HOURS[d[1]!]!, dims: { hour: 1 }, raw, at });
  }
  // "doubles every 4 months … where are we in a year": beside a change that compounds, "in a year" is how long it runs.
  const compounding = out.some(
    (q) => q.apply === 'compound' || ((q.dims.percent || q.dims.times) && q.dims.hour === -1),
  );
  if (compounding && !out.some((q) => q.dims.hour === 1 && Object.keys(q.dims).length === 1)) {
    const d =
      /\b(?:in|within|after)\s+(?:a|an|one)\s+(month|quarter|year)(?:'s time)?\b|\b(?:a|one)\s+(month|quarter|year)\s+from\s+now\b/.exec(
        s,
      );
    const at = d?.index ?? -1;
    if (d && out.length < MAX_QUANTITIES && !used.some(([a, b]) => at < b && at + d[0].length > a))
      out.push({
        value: HOURS[(d[1] ?? d[2])!]!,
        dims: { hour: 1 },
        raw: text.slice(at, at + d[0].length),
        shown: `a ${d[1] ?? d[2]}`,
        at,
      });
  }
  for (const d of s.matchAll(SPAN)) {
    const at = d.index ?? 0;
    if (out.length >= MAX_QUANTITIES || used.some(([a, b]) => at < b && at + d[0].length > a)) continue;
    const hours = d[1] ? 2 * HOURS.week! : HOURS.year! / 2;
    out.push({ value: hours, dims: { hour: 1 }, raw: text.slice(at, at + d[0].length), at });
  }
  monthLength(s, out);
  unitDefinitions(s, out);
  fallingRates(s, out, vocabulary);
  upkeepRates(s, out, vocabulary);
  monthSpan(s, out);
  numberedSpan(s, out);
  textToTokens(text, s, out);
  // "for a year (365 days)", "50K H100s are worth $1.3B; renting 50K H100s": the same duration or count said twice
  // is one thing, counted once.
  // "for a quarter (90d)": one duration, the exact one, written over both so no word of it reads as a period asked.
  for (const q of out.filter(isDuration)) {
    const p = out.find((o) => o !== q && isDuration(o) && restates(s, q, o));
    if (!p) continue;
    const close = s.indexOf(')', p.at + p.raw.length);
    const end = close >= 0 && close - (p.at + p.raw.length) < 3 ? close + 1 : p.at + p.raw.length;
    Object.assign(p, { at: q.at, raw: text.slice(q.at, end) });
    out.splice(out.indexOf(q), 1);
  }
  dropRangeAsides(s, out);
  dropCaseNames(s, out);
  dropContractTerms(s, out);
  dropAskedScales(s, out);
  const sorted = out.sort((a, b) => a.at - b.at);
  // Things counted by the same noun are one count said twice too ("30 members … instead of 30").
  const once = (q: Quantity) =>
    Object.keys(q.dims).length === 1 &&
    (q.dims.hour === 1 || q.dims.gpu === 1 || q.dims.user === 1 || (q.dims.item === 1 && q.noun !== undefined));
  return sorted.filter(
    (q, i) =>
      !once(q) ||
      !sorted
        .slice(0, i)
        .some(
          (p) =>
            once(p) &&
            Object.keys(p.dims)[0] === Object.keys(q.dims)[0] &&
            p.value === q.value &&
            (q.dims.item !== 1 || p.noun === q.noun),
        ),
  );
}
