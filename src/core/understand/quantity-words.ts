// The words of quantities: numbers and their scales, unit nouns, rates, periods and how a percentage applies.
// Data for the one-pass reader in quantities.ts; kept apart so the reader's steps fit on a screen.
import { phrasePattern } from '../../knowledge/cues.js';
import type { Quantity } from './quantities.js';

const LESS =
  /\b(save|saves|saving|savings|cut|cuts|less|reduc\w*|off|discount\w*|lower|cheaper|drops?|dropped|fall|falls|fell|collapse\w*|declin\w*|shrink\w*|down|decreas\w*)\b/;
const MORE =
  /\b(grows?|growing|grew|increase\w*|more|up|rise|rises|rose|raise\w*|higher|bigger|jump\w*|markup|premium|inflat\w*|escalat\w*)\b/;
const TOTAL = /\b(total|implied|whole|overall|entire)\b/;
/** Words before a rate that make it a fall: "prices fall 40% a year", "declining 10% a month". */
export const DOWN_BEFORE =
  /\b(?:fall|falls|fell|falling|drop|drops|dropped|dropping|declin\w*|shrink\w*|cut|cuts|decreas\w*|lose|loses|losing|down|churn\w*|cheaper|deflat\w*)\b[\s\w]{0,12}$/;
const DOWN_WORDS = '(?:cheaper|less|lower|down|decline|drop|fall|churn)\\b';
/** Words right after a rate that make it a fall: "40% cheaper every year", "5% less each month". */
export const DOWN_AFTER = new RegExp(`^\\s*${DOWN_WORDS}`);
/** The same a word or two later: "5% monthly logo churn". */
export const DOWN_AFTER_NEAR = new RegExp(`^\\s*(?:[a-z]+\\s+){0,2}?${DOWN_WORDS}`);
/** A percentage added to an amount: "plus 20%", "an extra 15%", "20% on top", "15% overhead", "25% headroom". */
const ON_TOP_BEFORE = /(?:\bplus|\+|\ban? (?:extra|additional))\s*(?:~|about\s)?$/;
const ON_TOP_AFTER =
  /^[\d.,]+\s*(?:%|percent)\s*(?:more\s+)?(?:(?:cooling|power|facility|energy)\s+)?(?:on top|extra|overhead|surcharge|uplift|markup|headroom|buffer|spare|slack|safety margin)\b/;
/** A share of a supply that never reaches its use: "30% lost to cooling", "40% going to overhead", "loses 25% to
 * conversion". What is left is the rest of it. */
const LOST_AFTER =
  /^[\d.,]+\s*(?:%|percent)\s*(?:of (?:it|that|the \w+)\s+)?(?:(?:is|are|gets?|being)\s+)?(?:(?:[a-z]+\s+)?(?:lost|wasted)\b|(?:goes|going|go|eaten|used|taken|consumed|spent|burned|burnt)\s+(?:up\s+)?(?:to|by|on|for|in)\s+(?:the\s+)?(?:cooling|overhead|losses|conversion|power delivery|facility|non-it)\b)/;
const LOST_BEFORE = /\b(?:lose|loses|losing|lost|waste|wastes|wasting)\s+(?:~|about\s|around\s|roughly\s)?$/;

/** Whether a percentage is a share lost before use ("30% lost to cooling"). */
export function lostShare(s: string, at: number): boolean {
  return LOST_AFTER.test(s.slice(at, at + 80)) || LOST_BEFORE.test(s.slice(Math.max(0, at - 20), at));
}
/** The question asks for the amount saved ("annual savings", "how much do we save"). */
const STAKE_AFTER = /^[\d.,]+\s*(?:%|percent)\s+(?:equity\s+|ownership\s+)?(?:stake|share|slice|portion|piece)\b/;
const SAVINGS =
  /\bsavings\b|\bwhat (?:(?!pay|paid|cost|spend|bill)\w+ ){0,4}(?:saves?|saved)\b|\bhow much (?:\w+ ){0,3}sav(e|es|ed|ing)\b|\bsav(e|es|ed|ing) (?:us |me |them )?how much\b|\b(amount|money) saved\b/;
export const RANGE = /^(\d+(?:\.\d+)?)\s?(?:-|to)\s?(\d+(?:\.\d+)?)\s?(%|percent\b|x\b|×|times\b)/;
// Only a dash: "from $0 to $5M" is two amounts, a change, not a range.
export const MONEY_RANGE =
  /^\s?-\s?\$?\s?(\d[\d,]*(?:\.\d+)?)\s?(thousand|million|billion|trillion|mn|bn|tn|k|m|b|t)(?![a-z])/;
/** "2-3x a year", "20-40% per year": a range of rates of change, compounded over a duration. */
export const RANGE_PER =
  /^\s*(?:a|an|per|each|every|\/)\s*(year|yr|month|mo|quarter|qtr|week|wk|day)\b|^\s*(annually|yearly|monthly|annual|annualized|annualised)\b|^\s*(y\/y|yoy|m\/m|mom|q\/q|qoq)\b/;

/** A count of accelerators asked ("how many gpus", "min H100s", "cards needed"): the chip word in group 1 or 2. "The
 * same number of A100s (as it lists)" names a count given elsewhere, not one asked. */
export const FLEET_ASKED =
  /\b(?<!\bsame\s)(?:how many|min(?:imum)?|number of|# ?of|fewest|least)\s+(?:[a-z]+\s+)?(gpus|chips|cards|accelerators|(?:[abhlv]|mi|gb)\d{2,4}x?s)\b|\b(gpus|chips|cards|accelerators|(?:[abhlv]|mi|gb)\d{2,4}x?s)\s+(?:needed|required|do (?:we|i|you) need|would (?:we|i|you|it) need)\b/;

/** Words of renting or leasing compute, for the answerers that tell a rent from a purchase. */
export const RENT_WORD = 'rent|rents|renting|rental|rented|lease|leasing';

/** Hours in each period: a month is a twelfth of a 365-day year. */
export const HOURS: Record<string, number> = {
  second: 1 / 3600,
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 168,
  month: 730,
  quarter: 2190,
  year: 8760,
};
/** Most quantities read from one question; more are ignored (the solver tries every sign per quantity). */
export const MAX_QUANTITIES = 8;

// "2.5e23", "3.8×10^25": scientific notation, read as one number (FLOP counts are written this way).
// "x1.5 for cooling": a number may follow an "x" standing alone, which the reading keeps only as a multiplier.
export const NUMBER =
  /(?<![a-wyz\d.,]|[a-z\d.,]x)(\$|usd ?|us\$|¥|cny ?|rmb ?|€|eur ?|£|gbp ?)?(\d(?:\d|,(?=\d))*(?:\.\d+)?(?:e[+-]?\d{1,3}(?![a-z\d])|\s?[×x*]\s?10\^\s?[+-]?\d{1,3})?|\.\d+)(?:(\s*)(thousand|grand|million|mill|mil|billion|trillion|mn|mm|bn|tn|k|m|b|t)(?![a-z\d]))?/g;
// "tokens/s": a bare "s" is a second only right after a number or a rate's slash, where PERIOD is read.
// "90d", "per annum": a glued "d" is days; "annum" a year.
export const PERIOD =
  '(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|workdays?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|annum)';
export const NOUN_WORDS = {
  // "12M input + 3M output tokens": the kind of token alone names tokens.
  token: 'tokens?|toks?|(?:input|output|prompt|completion|cached)(?:[\\s-](?:tokens?|toks?))?(?![a-z])',
  // Accelerators by model name too: H100, A100, V100, B200, MI300X, TPUs.
  // "8 x 4090", "12 rtx 5090s": a consumer card's four-digit code counts cards too.
  gpu: 'gpus?|(?:[abhlv]|mi|gb)\\d{2,4}x?s?|(?:rtx\\s?)?[345]0[5-9]0s?|tpus?|chips?|accelerators?|cards?',
  user: 'users?|customers?|seats?|subscribers?|employees|staff|people|[dwm]aus?',
  party:
    'companies|company|cos|firms?|labs?|members?|partners?|countries|organi[sz]ations?|ways|teams?|startups?|backers?|funders?|investors?|sponsors?|participants?|nations?|governments?|businesses',
  // "200 rps", "50 qps": requests (queries) a second, "rpm"/"qpm" a minute.
  request: 'requests?|reqs?|queries|query|calls?|messages?|msgs?|prompts?|[rq]p[sm]',
};
const WATTS = 'kw|kilowatts?|w|watts?|kwh';
/** Stored data, in gigabytes ("40k GB", "2 TB"): storage is priced per GB-month. */
export const DATA_WORDS = 'gb|gigabytes?|tb|terabytes?|pb|petabytes?|mb|megabytes?';
/** Gigabytes in each data unit. */
export const GIGABYTES: Record<string, number> = { m: 1e-3, g: 1, t: 1e3, p: 1e6 };
/** A FLOP count's scale, as a letter or a word: "TFLOP", "petaflop", "exaFLOP". */
const FLOP_PREFIX = '(?:kilo|mega|giga|tera|peta|exa|[kmgtpe])?';
/** Compute: "2.5e23 FLOP" is an amount of work; "400 TFLOP/s", "1 PFLOPS", "1 exaFLOP/s" (a scaled FLOPS) a rate of
 * it; "3,640 petaflop/s-days" an amount again, the rate held for that many days. */
export const FLOP_WORDS = `(${FLOP_PREFIX}flops?)(\\/s(?:ec)?\\b|\\s+per\\s+second\\b)?(?:-(days?)\\b)?`;
/** A mass of carbon dioxide, the gas named after its unit: "0.35 kg CO2", "420 tonnes of CO2e", "400 gCO2". */
export const CO2_WORDS =
  '(kgs?|kilograms?|tonnes?|metric tons?|tons?|g|grams?|lbs?|pounds?)\\s*(?:of\\s+)?co(?:2|₂)e?(?![a-z0-9])';
/** Kilograms in each mass unit, by its first letters. */
export const KILOGRAMS: Record<string, number> = {
  kg: 1,
  ki: 1,
  to: 1000,
  me: 1000,
  gr: 1e-3,
  g: 1e-3,
  lb: 0.45359237,
  po: 0.45359237,
};
/** FLOP in each prefix. */
export const FLOP_SCALE: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15, e: 1e18 };
const ANY_NOUN = `${Object.values(NOUN_WORDS).join('|')}|${PERIOD.slice(1, -1)}|${WATTS}|${DATA_WORDS}|${FLOP_PREFIX}flops?|at|for|per|a|an|of|in|on|to|and|or|x|each|daily|hourly|weekly|monthly|yearly|annual`;
/** A count of something the noun lists do not know ("12 engineers", "40K tickets"): any plural word but these. */
// Up to three describing words (hyphenated, or a model size) may sit between the number and the counted thing:
// "40 local-domain 7B fine-tunes". The thing itself may be hyphenated ("fine-tunes").
export const OTHER_COUNT =
  /^[\s-]*((?:(?:[a-z]+(?:-[a-z]+)*|\d+(?:\.\d+)?b)[\s-]+){0,3}?)(?!(?:what|that|it|there|here|who|how|where|when|which|let)['’]s\b)((?:[a-z]+-)*[a-z]{2,}(?:[^su\s]s|ies))\b/;
/** Words that never describe a counted thing: with them the number counts something else, or nothing. */
export const NOT_DESCRIBING =
  /^(of|the|a|an|and|or|in|at|for|to|on|per|each|with|by|from|is|are|was|were|would|could|will|can|that|than|more|less|over|under|about)$/;
export const NOT_COUNTED =
  /^(parameters|params|times|percent|dollars|bucks|cents|tokens|hours|days|weeks|months|years|this|its|is|was|has|does|goes|plus|less|yes|thus|as|us|pass|process|loss|gross|across|access|progress|success|business|bonus|plus|series|status|whereas|unless|always|perhaps|versus|drops|falls|rises|climbs|jumps|grows|shrinks|declines|decreases|increases|dips|sinks|slides|tumbles|plunges|soars|doubles|triples|halves|becomes|gets|means|makes|comes|stays|remains)$/;
/** "$1.35 per $1 earned": spending per dollar, a plain multiple of the other amount. */
export const PER_DOLLAR =
  /^\s*(?:per|for every|for each|on every|on each|of every|out of each|out of every|each)\s+(?:(?:\$|usd\s?)1(?:\.0+)?(?![\d.,])|dollar\b)(?:\s+(?:(?:it\s+)?(?:earned|earns|made|makes|brought in|taken in)|(?:of|in)\s+(?:revenue|sales|income)|revenue))?/;
export const NOUN = new RegExp(
  // One describing word may sit between the number and its noun ("8 nvidia h100s", "50 consortium members"), or a
  // model's name with its version ("100M gpt-4o input tokens").
  `^[\\s-]*(usd|dollars?|bucks|yuan|rmb|cny|euros?|eur|gbp)?\\s*(?:(?:(daily|hourly|weekly|monthly|yearly|annual)\\s+|(?!(?:${ANY_NOUN}|last|next|this|that|the|same|previous|coming)\\b)[a-z]+[\\s-]|[a-z]+(?:[-.][a-z0-9]+)*-[a-z]*\\d[a-z0-9.]*\\s+)?(?:(${NOUN_WORDS.token})|(${NOUN_WORDS.gpu})|(${NOUN_WORDS.user})(?![a-z])|${PERIOD}\\b|(${NOUN_WORDS.party})(?![a-z])|(${NOUN_WORDS.request})(?![a-z])|(%|percent\\b)|(x\\b|×|times\\b|-?fold\\b)|(kwh|mwh|gwh|twh)\\b|(kw|kilowatts?|mw|megawatts?|gw|gigawatts?|w(?!\\/\\s)|watts?)\\b|(${DATA_WORDS})\\b|${FLOP_WORDS}(?![a-z])|${CO2_WORDS}))?`,
);
/** A chip's code standing for one chip in a rate ("per A100-hour", "/H200-hr", "per MI300X hour"). */
const CHIP_WORD = '(?:[a-z]{1,3}\\d{2,4}[a-z]{0,2})';
/** The dimension a rate's "per" word divides by ("/GPU", "per seat", "/GB-month"), and the share of it a unit is. */
export function perNounDim(word: string): { dim: 'gpu' | 'user' | 'item' | 'gb'; scale: number } {
  if (/^(gpu|h100|chip|card|accelerator|tpu)/.test(word) || new RegExp(`^${CHIP_WORD}$`).test(word))
    return { dim: 'gpu', scale: 1 };
  if (/^(user|seat|person|head|engineer|customer|subscriber|[dwm]au)/.test(word)) return { dim: 'user', scale: 1 };
  if (/^[gt]b$/.test(word)) return { dim: 'gb', scale: GIGABYTES[word[0]!]! };
  return { dim: 'item', scale: 1 };
}
/** One word describing a period after "per" ("per audio minute", "a calendar month"), never a scale. */
const DESCRIBED_PERIOD = `(?:(?!(?:thousand|million|billion|(?:kilo|mega|giga|tera)?watt)\\b)[a-z]{3,}[\\s-](?=${PERIOD.replace('(', '(?:')}\\b))?`;
/** A chip's name before the thing a rate is per ("per TPU v4 chip-hour", "per A100 80GB GPU-hour"): up to two words,
 * one with a digit (the chip's code) and one after it (its variant). */
const CHIP_NAMED = (() => {
  const word = '(?!(?:per|an?|each|every|and|or|the)\\b)[a-z]{1,10}[\\s-]+';
  // A code led by digits ("ascend 910c") only after a name word: "per 1k gpu-hours" is per a thousand.
  const code = `(?:(?:${word}){1,2}\\d|(?:${word}){0,2}[a-z]{1,4}\\d)[a-z0-9.]*[\\s-]+`;
  return `(?:${code}(?:(?!per\\b)[a-z0-9]{1,6}[\\s-]+)?)?`;
})();
/** A chip's code after the thing a rate is per ("per TPU v4 hour"). */
const CHIP_CODE = '(?:[\\s-]+[a-z]{0,3}\\d[a-z0-9]*)?';
export const RATE = new RegExp(
  `^\\s*(?:(?:/|per\\b|an?\\b|each\\b|every\\b)\\s*(?:(1\\s?)?(m|mtok|million|mil|mln|mn|1m|k|thousand|bn|billion)\\b(?:\\s?(?:input |output )?tokens?)?|(tokens?)|${CHIP_NAMED}(gpu|h100|chip|accelerator|tpu|card|gb|tb|seat|user|node|instance|server|machine|person|engineer|core|vm|pod|replica|box|${CHIP_WORD})${CHIP_CODE}[- ]?(hours?|hrs?|h|days?|weeks?|months?|mo|years?|yr)\\b|${DESCRIBED_PERIOD}${PERIOD}\\b|(gpus?|h100s?|chips?|cards?|accelerators?|tpus?|users?|customers?|subscribers?|[dwm]aus?|seats?|persons?|heads?|members?|compan(?:y|ies)|requests?|reqs?|quer(?:y|ies)|calls?|messages?|prompts?|conversations?|chats?|images?|docs?|documents?|pages?|tickets?|tasks?|sessions?|answers?|responses?|completions?|generations?|videos?|files?|emails?|summar(?:y|ies)|transcripts?|gb|tb)\\b)|(?:(?:billed|paid|charged|payable)\\s+)?(hourly|daily|weekly|monthly|quarterly|yearly|annually)\\b)`,
);
export const DURATION =
  /\b(for|over|during|across|within|lasting|after)\s+(?:a|an|one|the|a full|a whole|an entire)\s+(hour|hr|day|week|wk|month|mo|quarter|qtr|year|yr)\b/g;
/** "…, $0.11/kWh, one year": a period written alone as an item of a list, between commas or at the end. */
/** "…, whole year, …", "—, the full month.", "…, all year round, …": a whole period, the same; "…, full year at 7c/kWh":
 * the list item may go on with the price it runs at. */
export const DURATION_ITEM =
  /(?:^|[,;:]\s*)((?:(?:one|a|an|1|the)\s+(?:(?:whole|full|entire)\s+)?|(?:whole|full|entire)\s+|all\s+(?=(?:week|month|quarter|year)\b))(hour|day|week|month|quarter|year)(?:\s+(?:round|long))?)(?=\s*(?:$|[,;.?!)]|\s[-–—]\s|(?:at|@)\s*\$?\d))/g;
/** "one day of power", "a year's worth of electricity": a period of running something, named before it. */
export const DURATION_OF =
  /\b(?:a|an|one|a full|a whole|an entire|a single)\s+(hour|day|week|month|quarter|year)(?:'s)?\s+(?:worth\s+)?of\s+(?:power|electricity|energy|running|runtime|operation|uptime|compute|rental|renting|training)\b/g;

/** Dimension of a period word, singular: "hrs" → hour. */
export function periodOf(word: string): string {
  if (/^an/.test(word)) return 'year';
  if (/^s/.test(word)) return 'second';
  if (/^mi/.test(word)) return 'minute';
  if (/^h/.test(word)) return 'hour';
  if (/^(d|workd)/.test(word)) return 'day';
  if (/^w/.test(word)) return 'week';
  if (/^q/.test(word)) return 'quarter';
  if (/^y/.test(word)) return 'year';
  return 'month';
}

/** Words beside a percentage that another party takes: "app store takes 30%", "a 15% fee", "commission is 20%". */
const TAKEN = /\b(?:takes?|taking|fees?|commissions?|take rate|rake|royalt(?:y|ies)|revenue share)\b/;
/** Asks what is left for the asker: "what do we net", "what do we keep", "our cut", "take-home". */
const KEPT_ASKED =
  /\b(?:net|nets|netting|do we (?:keep|get|make|receive|pocket)|we(?:'d| would)? (?:keep|get|make|receive|pocket)|our (?:cut|share|take|part)|take[- ]home|left for us|after (?:the |their |its )?(?:fee|cut|commission))\b/;

/** A part of an amount put to a use: "30% goes to compute", "20% of it is spent on gpus", "40% allocated to staff". */
const SPENT_ON =
  /^[\d.,]+\s*(?:%|percent)\s*(?:of (?:it|that|this|the \w+)\s+)?(?:(?:is|are|gets?|will be|would be)\s+)?(?:goes|go|going|spent|allocated|earmarked|set aside|put|budgeted)\s+(?:to|on|for|toward|towards|into)\b/;
/** A share kept out of what is spent: "hold back 20%", "keep 15% in reserve", "set aside 10%", "reserve 25%". */
const HELD_BACK =
  /\b(?:hold(?:ing)? back|held back|keep(?:ing)? back|kept back|set(?:ting)? aside|put(?:ting)? aside|reserv(?:e|es|ing)|withhold(?:ing)?|ring-?fenc(?:e|ing))\s+(?:~|about\s|around\s)?$/;
/** The same written after the share: "keep 10% in reserve", "20% as a buffer", "15% held back". */
const HELD_AFTER =
  /^[\d.,]+\s*(?:%|percent)\s*(?:of (?:it|that|the \w+)\s+)?(?:in reserve|as (?:an?\s+)?(?:[a-z]+\s+)?(?:buffer|reserve|cushion|contingency)|held back|kept back|set aside|in the bank)\b/;
/** Where one clause ends: a stop, a comma or dash, or a joining word. */
const CLAUSE_END = /[,;:!?—–]|\.(?!\d)|\s-\s|\b(?:and|but|while|whereas|then|so|if|what|how)\b/g;

let lastBreaks: { s: string; breaks: ReadonlyArray<readonly [number, number]> } | undefined;

/** Where each clause of the text ends, kept for the last text: it is asked once per percentage or multiple in it. */
function clauseBreaks(s: string): ReadonlyArray<readonly [number, number]> {
  if (lastBreaks?.s !== s)
    lastBreaks = { s, breaks: [...s.matchAll(CLAUSE_END)].map((m) => [m.index!, m.index! + m[0].length] as const) };
  return lastBreaks.breaks;
}

/** The direction of a change named in the factor's own clause ("our usage goes up 2.5x" is up, whatever another
 * clause says), when the clause names exactly one; the question's asking clause is never the factor's. */
function clauseDirection(s: string, at: number): 'less' | 'more' | undefined {
  const breaks = clauseBreaks(s);
  const start = Math.max(0, ...breaks.filter(([, e]) => e <= at).map(([, e]) => e));
  const end = Math.min(s.length, ...breaks.filter(([b]) => b > at).map(([b]) => b));
  const clause = `${s.slice(start, at)} ${s.slice(at, end).replace(/^[\d.,]+\s*(?:%|percent|x|×)?/, '')}`;
  const less = LESS.test(clause);
  const more = MORE.test(clause);
  return less === more ? undefined : less ? 'less' : 'more';
}

/** How the question applies a percentage or a multiple, from its wording. */
export function applyOf(s: string, share: boolean, at: number): Quantity['apply'] {
  // "the platform takes a 15% fee on $800k — what do we net?": a share another party takes, and ours asked.
  if (share && TAKEN.test(s.slice(Math.max(0, at - 30), at + 30)) && KEPT_ASKED.test(s)) return 'less';
  // "cut by 90% - annual savings?": the part saved, not what is left.
  // "with 90% savings, what would it cost?": the factor's own word names the factor, it does not ask for the saving.
  const asked = `${s.slice(0, at)}${s.slice(at).replace(/^[\d.,]+\s*(?:%|percent)\s*(?:[a-z]+\s+)?savings?\b/, '')}`;
  // "a 3% stake", "a 10% share": a part of the amount held, whatever else the question says ("how much more").
  if (share && STAKE_AFTER.test(s.slice(at, at + 40))) return 'share';
  if (share && lostShare(s, at)) return 'less';
  // "hold back 20% as a buffer, the rest on gpus": the share kept back is not spent, the rest is.
  if (share && (HELD_BACK.test(s.slice(Math.max(0, at - 30), at)) || HELD_AFTER.test(s.slice(at, at + 40))))
    return 'less';
  // "vendor cuts prices 35% and our usage goes up 2.5x": each change is the one its own clause names.
  const local = clauseDirection(s, at);
  if (local === 'less') return share && SAVINGS.test(asked) ? 'share' : 'less';
  if (local === 'more') return 'more';
  // "30% goes to compute", "40% of it is spent on gpus": a part of the amount, whatever else the question says.
  if (share && SPENT_ON.test(s.slice(at, at + 40))) return 'share';
  if (LESS.test(s)) return share && SAVINGS.test(asked) ? 'share' : 'less';
  // "plus 20% on top for networking — total?": added to the amount, whatever the total asked.
  if (ON_TOP_BEFORE.test(s.slice(Math.max(0, at - 16), at)) || ON_TOP_AFTER.test(s.slice(at, at + 40))) return 'more';
  // "10% of R&D, implied total?" divides; "total R&D is $750M, the run is 10% of it" takes the share.
  if (share && (/\bimpl(ied|ies|y)\b/.test(s) || TOTAL.test(s.slice(at)))) return 'of-total';
  if (MORE.test(s)) return 'more';
  return 'share';
}

/** The period an adverb names: "daily" → day. */
export function adverbPeriod(word: string): string {
  return { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter' }[word] ?? 'year';
}

/** Words that name an amount's period ("ARR", "MRR", "annualized"): from the knowledge's cues, one pattern a period. */
export interface PeriodName {
  per: string;
  /** Any of the words, as whole words; a space in a phrase also matches a hyphen ("run-rate"). */
  words: RegExp;
}

/** The patterns for each period's phrases, longest first so "annual run rate" wins over "run rate". */
export function periodNamesOf(phrases: Record<string, string[]>): PeriodName[] {
  return Object.entries(phrases)
    .filter(([, list]) => list.length)
    .map(([per, list]) => ({ per, words: new RegExp(`${phrasePattern(list)}\\b`, 'g') }));
}

/** Word lists of the calculator that live in the knowledge's cues (knowledge/cues.yaml), as patterns. */
export interface QuantityVocabulary {
  /** Words of pay (cue `yearly-pay`): a salary is quoted by the year, so "12 engineers at $250k loaded" is $250k a
   * year each. */
  yearlyPay?: RegExp;
  /** A word right before a number naming one of several choices (cue `names-a-choice`): "option 2", "tier #3". */
  choiceLabel?: RegExp;
  /** A choice named by the same words and a letter or number after them ("vendor B", "option 2"), anywhere. */
  choiceNamed?: RegExp;
  /** Words after "N (of them)" that take N from a count said before (cue `count-leaves`): "and if 20 of them bail?". */
  countLeaves?: RegExp;
  /** Words after "N (more)" that add N to a count said before (cue `count-joins`): "what if 10 more join?". */
  countJoins?: RegExp;
  /** Words asking a cost per useful hour (cue `useful-time`): "effective cost per useful GPU hour" at 35% utilisation
   * divides the hourly price by 35%. */
  usefulTime?: RegExp;
  /** Words asking the money lost to idle hardware (cue `asks-idle-share`): "what do we waste", "idle spend". */
  idleShare?: RegExp;
  /** A chip line's word right before a number (cue `names-a-chip`): "Gaudi 3", "Ascend 910" name a chip. */
  chipLine?: RegExp;
  /** A count's chip named by its line and number before the chip noun: "300 gaudi 3 cards", "1k ascend 910 chips". */
  chipLineCount?: RegExp;
  /** A chip's code from the hardware data right after a number ("12 L4s", "64 p100 cards", "8 nvidia a10g"): a count
   * of those chips, for the codes the unit words' pattern does not know. */
  chipCode?: RegExp;
  /** A word naming a sum of money right before a bare number (cue `names-a-sum`): "bill is 18,400", "revenue: 40k". */
  sumBefore?: RegExp;
  /** The same word right after it, perhaps after "in": "11.6B revenue", "6,300 in metered usage". */
  sumAfter?: RegExp;
  /** The same word anywhere in the question: "12 engineers at 18k/mo, yearly payroll?" speaks of money. */
  sumWord?: RegExp;
  /** Asks what a customer is worth over their life (cue `names-lifetime-value`): "LTV", "LTV:CAC". */
  lifetimeValue?: RegExp;
  /** Names the share of customers lost each period (cue `names-churn`): "4% monthly churn". */
  churnWord?: RegExp;
  /** The same word a word or two after a rate ("2% monthly attrition") or just before it ("attrition of 2%"). */
  churnAfter?: RegExp;
  churnBefore?: RegExp;
  /** A word of upkeep a word or two after a rate ("10% yearly upkeep", cue `names-upkeep`) or just before it
   * ("maintenance is 8% a year"): a share of the price paid each period, added, never compounded. */
  upkeepWord?: RegExp;
  upkeepAfter?: RegExp;
  upkeepBefore?: RegExp;
  /** Money coming in and money going out (cues `names-money-in`, `names-outgo`): "99M costs vs 11M rev" are the two
   * sides of a loss, not two alternatives. */
  incomeWord?: RegExp;
  outgoWord?: RegExp;
  /** Names what one customer pays each period (cue `names-revenue-per-user`): "ARPU $30/mo". */
  revenuePerUser?: RegExp;
  /** Names what winning one customer costs (cue `names-acquisition-cost`): "CAC $300". */
  acquisitionCost?: RegExp;
  /** Asks how long a customer's margin takes to pay back their acquisition cost (cue `asks-payback`). */
  payback?: RegExp;
  /** Kinds of spending, each its words (cues `spend-compute`, `spend-people`): "what % of spend is compute". */
  spendKinds?: RegExp[];
  /** A thing counted that is the work done again (cue `names-a-repeat`): "3 epochs" multiplies the tokens by 3. */
  repeatWord?: RegExp;
  /** A head paid for by the month when its price names no period (cue `billed-monthly`): "$30 a seat". */
  billedMonthly?: RegExp;
  /** A budget, its spends and what is asked of it (cues `names-a-budget`, `spent-from-budget`, …). */
  budget?: BudgetWords;
  /** Money coming in named right before an amount (cues `names-income`, `earns-income`): "bring in $0.7M/mo". */
  incomeBefore?: RegExp;
  /** The same nouns right after it (cue `names-income`): "$0.7M a month in revenue". */
  incomeAfter?: RegExp;
}

/** The words of a budget and what is spent out of it, each beside the structure it is read in. */
export interface BudgetWords {
  /** Right before the budget: "budget is ", "$1M allowance of "… "annual budget: ". */
  before: RegExp;
  /** A word or two after it: "$50k marketing budget". */
  after: RegExp;
  /** Right before an amount spent out of it: "spent ", "burned through about ", "and ". */
  spentBefore: RegExp;
  /** What is left asked: "how much is left", "remaining", "headroom". */
  leftAsked: RegExp;
  /** A share asked: "%", "what percent", "share". */
  shareAsked: RegExp;
  /** With a share asked, the share is of the budget gone: "% used", "share spent". */
  usedAsked: RegExp;
}

/** The calculator's vocabulary from the expanded phrases of its cues. */
export function quantityVocabularyOf(phrases: {
  yearlyPay: string[];
  choiceLabel: string[];
  countLeaves?: string[];
  countJoins?: string[];
  usefulTime?: string[];
  idleShare?: string[];
  chipLine?: string[];
  sumWord?: string[];
  lifetimeValue?: string[];
  churnWord?: string[];
  upkeepWord?: string[];
  incomeWord?: string[];
  outgoWord?: string[];
  revenuePerUser?: string[];
  acquisitionCost?: string[];
  payback?: string[];
  spendKinds?: string[][];
  chipCodes?: string[];
  repeatWord?: string[];
  billedMonthly?: string[];
  budget?: BudgetPhrases;
  income?: string[];
  earns?: string[];
}): QuantityVocabulary {
  const word = (list: string[] | undefined) => {
    const p = phrasePattern(list ?? []);
    return p ? new RegExp(`\\b${p}\\b`) : undefined;
  };
  const pay = phrasePattern(phrases.yearlyPay);
  const label = phrasePattern(phrases.choiceLabel);
  const leaves = phrasePattern(phrases.countLeaves ?? []);
  const joins = phrasePattern(phrases.countJoins ?? []);
  const useful = phrasePattern(phrases.usefulTime ?? []);
  const idle = phrasePattern(phrases.idleShare ?? []);
  const line = phrasePattern(phrases.chipLine ?? []);
  const sum = phrasePattern(phrases.sumWord ?? []);
  const churn = phrasePattern(phrases.churnWord ?? []);
  const upkeep = phrasePattern(phrases.upkeepWord ?? []);
  const income = phrasePattern(phrases.income ?? []);
  const inflow = phrasePattern([...(phrases.income ?? []), ...(phrases.earns ?? [])]);
  // Longest first, so "a10g" is read whole before "a10".
  const codes = [...new Set(phrases.chipCodes ?? [])]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    chipCode: codes.length
      ? new RegExp(`^[\\s-]*(?:(?:nvidia|amd|intel|google|huawei)\\s+)?(${codes.join('|')})s?(?![a-z\\d])`)
      : undefined,
    sumBefore: sum
      ? new RegExp(
          `\\b${sum}\\s*(?:(?:us|me|them|you)\\s+)?(?:is|was|of|=|:|at|runs|ran|totals?|totalling|comes to|came to)?\\s*(?:~|about\\s|around\\s|roughly\\s)?$`,
        )
      : undefined,
    sumAfter: sum ? new RegExp(`^\\s*(?:in\\s+(?:[a-z]+\\s+)?)?${sum}\\b`) : undefined,
    sumWord: sum ? new RegExp(`\\b${sum}\\b`) : undefined,
    chipLine: line ? new RegExp(`\\b${line}\\s*$`) : undefined,
    chipLineCount: line
      ? new RegExp(`^[\\s-]*(?:[a-z]+\\s+)?${line}\\s*\\d[\\d.]*[a-z]*\\s+(?=(?:${NOUN_WORDS.gpu})\\b)`)
      : undefined,
    lifetimeValue: word(phrases.lifetimeValue),
    churnWord: word(phrases.churnWord),
    churnAfter: churn ? new RegExp(`^\\s*(?:[a-z]+\\s+){0,2}?${churn}\\b`) : undefined,
    churnBefore: churn ? new RegExp(`\\b${churn}\\b[\\s\\w]{0,12}$`) : undefined,
    upkeepWord: word(phrases.upkeepWord),
    upkeepAfter: upkeep ? new RegExp(`^\\s*(?:(?:of|in|on|for)\\s+)?(?:[a-z]+\\s+){0,2}?${upkeep}\\b`) : undefined,
    upkeepBefore: upkeep
      ? new RegExp(`\\b${upkeep}\\s*(?:is|are|of|at|runs?|costs?|=|:)?\\s*(?:~|about\\s|around\\s|roughly\\s)?$`)
      : undefined,
    incomeWord: word(phrases.incomeWord),
    outgoWord: word(phrases.outgoWord),
    revenuePerUser: word(phrases.revenuePerUser),
    acquisitionCost: word(phrases.acquisitionCost),
    payback: word(phrases.payback),
    spendKinds: (phrases.spendKinds ?? []).map(word).filter((r): r is RegExp => r !== undefined),
    repeatWord: phrases.repeatWord?.length ? new RegExp(`^${phrasePattern(phrases.repeatWord)}$`) : undefined,
    billedMonthly: phrases.billedMonthly?.length
      ? new RegExp(`\\b${phrasePattern(phrases.billedMonthly)}\\b`)
      : undefined,
    budget: phrases.budget && budgetWordsOf(phrases.budget),
    incomeBefore: inflow
      ? new RegExp(`${inflow}(?: (?:is|was|are|of|at|runs?|comes? to))?\\s*(?:~|about |around |roughly )?$`)
      : undefined,
    incomeAfter: income ? new RegExp(`^\\s*(?:(?:in|of) )?${income}\\b`) : undefined,
    countLeaves: leaves ? new RegExp(`^${leaves}\\b`) : undefined,
    countJoins: joins ? new RegExp(`^${joins}\\b`) : undefined,
    usefulTime: useful ? new RegExp(`${useful}\\b`) : undefined,
    idleShare: idle ? new RegExp(`${idle}\\b`) : undefined,
    yearlyPay: pay ? new RegExp(`${pay}\\b`) : undefined,
    // The label ends right before the number, perhaps with a "#": "provider #1".
    choiceLabel: label ? new RegExp(`${label}\\s*#?\\s*$`) : undefined,
    // "vendor B", "option 2", "plan #3": a choice named by its word and a letter or number, anywhere.
    choiceNamed: label ? new RegExp(`\\b${label}\\s*(?:#\\s*)?(?:[a-z]|\\d{1,2})\\b`) : undefined,
  };
}

/** The phrases of the budget's cues: names-a-budget, spent-from-budget, asks-budget-left, -used, asks-a-share. */
export type BudgetPhrases = Record<'budget' | 'spent' | 'left' | 'used' | 'share', string[]>;

/** The budget's patterns from its cues' phrases; undefined unless every list has words. */
function budgetWordsOf(lists: BudgetPhrases): BudgetWords | undefined {
  const [budget, spent, left, used, share] = [lists.budget, lists.spent, lists.left, lists.used, lists.share].map(
    (list) => phrasePattern(list),
  );
  if (!budget || !spent || !left || !used || !share) return undefined;
  return {
    before: new RegExp(`${budget}\\s*(?:is|was|of|:|=|for\\s+\\w+\\s+is)?\\s*(?:~|about\\s)?$`),
    after: new RegExp(`^\\s*(?:[a-z]+\\s+){0,2}?${budget}\\b`),
    // "…, $7,200 on api calls", "18.5k and 2k": a comma, "and" or "plus" joins one more spend.
    spentBefore: new RegExp(`(?:${spent}|\\b(?:and|plus|,))\\s*(?:~|about\\s|another\\s|a further\\s)?$`),
    leftAsked: new RegExp(`${left}\\b`),
    shareAsked: new RegExp(`%|${share}\\b`),
    usedAsked: new RegExp(`${used}\\b`),
  };
}

/** A thing bought, named right after a chip word that describes it: "gpu cluster", "gpu order", "gpu server". */
export const THING_BOUGHT =
  /^[\s-]*(?:clusters?|orders?|purchases?|build(?:-?outs?)?|servers?|rigs?|box(?:es)?|farms?|deals?|contracts?|investments?|setups?|fleets?)\b/;
/** Words that make an amount a capital sum: written off over a life, bought, or paid in part up front. */
export const CAPITAL_WORDS =
  /\b(?:life|lifespan|lifetime|amorti[sz]\w*|depreciat\w*|write[- ]?off|written off|capex|bought|buy(?:ing)?|purchas\w*|financ\w*|loan|up-?front|deposit|down ?payment|due)\b/;
