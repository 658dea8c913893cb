// The last check on a worked figure: a calculation the user reads must use every amount they wrote with a unit the
// arithmetic could use ("700M downloads", "35c", "460k conversations"), and must give the kind of figure asked (a
// growth rate for "CAGR?", a count for "how many customers", a figure per period for "annual cost?"). A worked
// answer that fails either is a confident wrong figure: saying plainly what could not be worked is better.
// Numbers that only describe or label count as placed: years, names and versions, "#2", "(30-day month)", "24/7",
// "per $1 of revenue", "two years ago", restatements in brackets, and a number shown in another form (1 + p).
import { type Amount, digitsForWords, findAmounts } from './calc.js';
import type { Reply } from './types.js';
import { HOURS, periodOf } from './understand/quantities.js';
import type { Question } from './understand/question.js';
import { namesWritten, standalone } from './understand/unplaced.js';

/** Why a worked reply was held back: the user's amounts it left out, or the kind of figure asked it does not give. */
export interface Unsound {
  unused: string[];
  asked?: AskedKind;
}

/** Kinds of figure a question can ask for by its words alone. */
export type AskedKind = 'rate' | 'count' | 'time' | 'share';

const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-3 + 1e-12;

/** A number with its words either side, read from the question as the user wrote it. */
interface Written {
  amount: Amount;
  /** The number as written, with its currency and scale ("$1.2M", "700M"). */
  number: string;
  before: string;
  after: string;
  /** The number with the word that says what it counts, as the user wrote it ("700M+ downloads"). */
  quoted: string;
}

/** The number of an amount as written, with its currency and scale ("$1.2m", "700m", "35"). */
const NUMBER_PART =
  /^(?:\$|usd\s?|us\$)?\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|grand|million|mill|mil|billion|trillion|mn|bn|tn|k|m|b|t)(?![a-z\d]))?/;

/** Each amount with the text around it (the amounts were read from the same text with number words as digits). */
function written(q: Question): Written[] {
  // The question as written, to quote its numbers back in the user's own case ("5M requests").
  const original = digitsForWords(q.text.toLowerCase() === q.plain ? q.text : q.plain).replace(
    /[\u2212\u2013\u2014]/g,
    '-',
  );
  const s = original.toLowerCase();
  let from = 0;
  return q.amounts.map((amount) => {
    const raw = amount.raw.toLowerCase();
    let at = s.indexOf(raw, from);
    if (at < 0) at = s.indexOf(raw);
    if (at >= 0) from = at + 1;
    const start = at < 0 ? amount.index : at;
    const end = start + (NUMBER_PART.exec(raw)?.[0].length ?? raw.length);
    const after = s.slice(end, end + 40);
    const unit = UNIT_AFTER.exec(after)?.[0].length ?? 0;
    return {
      amount,
      number: original.slice(start, end),
      before: s.slice(Math.max(0, start - 40), start),
      after,
      quoted: original.slice(start, end + unit).trim(),
    };
  });
}

/** Words after a number that make it an amount the arithmetic could use: money, a share, a time, or things counted. */
const UNIT_AFTER =
  /^\+?\s?(?:%|percent\b|c\b|cents?\b|bucks\b|dollars?\b|usd\b|eur\b|euros?\b|(?:k|m|mn|b|bn|t|thousand|million|billion|trillion)?\s?(?:gpus?|users?|customers?|seats?|requests?|reqs?|calls?|queries|query|conversations?|convos?|messages?|downloads?|sign-?ups?|subscribers?|companies|members?|partners?|teams?|employees|engineers|people|tokens?|words?|pages?|images?|videos?|documents?|docs?|tickets?|sessions?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|kw|kwh|mw|mwh|gb|tb)\b)/;
/** Currencies, for an exchange rate written beside them. */
const CURRENCY = '(?:eur|usd|gbp|cny|rmb|yuan|yen|jpy|euros?|dollars?|pounds?|[€$£¥])';
/** An exchange rate: "eur→usd at 1.08", "fx rate of 7.2", "7.1 yuan to the dollar". */
const RATE_BEFORE = new RegExp(
  `(?:${CURRENCY}\\s?(?:→|->|\\/|to)\\s?${CURRENCY}|\\bfx|\\bexchange)(?:\\s+rate)?\\s?(?:at|of|=|is|:)?\\s?$`,
);
const RATE_AFTER = new RegExp(`^\\s?${CURRENCY}\\s?(?:to|per|\\/|=)\\s?(?:the |a |one |1 )?${CURRENCY}`);
/** A scaled number ("50k", "700M+") is an amount whatever follows it. */
const SCALED = /^\$?\d[\d,]*(?:\.\d+)?\s?(?:k|m|mn|b|bn|t|thousand|million|billion|trillion)\+?$/i;
/** Words before a number that make it a label: "#2", "vendor 2", "option 3", "tier 1", "ch 15", "v2", "gen 5". */
const LABEL_BEFORE =
  /(?:#|\b(?:no|number|ch|chap|chapter|section|sec|page|pg|table|fig|figure|part|step|option|tier|phase|round|series|gen|generation|version|ver|v|vendor|gpu|node|team|model|plan|q|top|rank|day|week|month|year))\.?\s?$/;
/** A number beside words that describe rather than count: "two years ago", "24/7", "per $1 of revenue". */
const DESCRIBING_AFTER =
  /^\s?(?:(?:(?:h|hrs?|hours?|days?|weeks?|months?|years?|yrs?|quarters?)\s)?ago\b|\/7\b|-(?:day|hour|hr|h|week|month|year|yr)s?\s+(?:months?|weeks?|years?|days?)\b)/;

/** Words after a parameter count that make it a model's size: "7b run", "70b model", "8b fine-tune". */
const MODEL_AFTER =
  /^[\s-]?(?:[a-z]+[\s-])?(?:runs?|models?|fine-?tunes?|finetunes?|params?|parameters?|llms?|checkpoints?)\b/;

/** Words of a tiered price: "first 1B tokens", "the next 400M", "the rest at", "above that", "up to 100M". */
const TIER = /\b(?:first|next|rest|remaining|beyond|above|thereafter|tiers?|up to)\b/;

/** The clause an amount is written in: from the last comma, semicolon or full stop before it to the next after it. */
const clauseOf = (before: string, after: string) =>
  `${before.split(/[,;.?!—]\s/).pop() ?? ''} ${after.split(/[,;.?!—]\s|[,;?!]$/)[0] ?? ''}`;

/** The user's amounts with a unit the arithmetic could use, that are no label, year, name or restatement. */
function atStake(q: Question, named: readonly string[]): Written[] {
  const listed = [...q.plain.matchAll(/\d[\d.,]*(?:\s?[/:]\s?\d[\d.,]*)+/g)].map((m) => m[0].split(/[/:]/).length);
  const names = namesWritten(q, named);
  return written(q).filter((w) => {
    const { amount: a, before, after } = w;
    if (a.rateUnit || q.years.includes(String(a.value)) || /^(?:19|20)\d\d$/.test(a.raw)) return false;
    const unit =
      a.money ||
      SCALED.test(w.number) ||
      UNIT_AFTER.test(after) ||
      UNIT_AFTER.test(` ${a.next}`) ||
      RATE_BEFORE.test(before) ||
      RATE_AFTER.test(after);
    if (!unit) return false;
    if (LABEL_BEFORE.test(before) || DESCRIBING_AFTER.test(after)) return false;
    // "one 7b run", "a 70B model": a model's size in parameters names which model, it is no amount.
    if (!a.money && /^\d+(?:\.\d+)?b$/i.test(w.number) && MODEL_AFTER.test(after)) return false;
    // "per $1 of revenue", "$1 = ¥7.3": one of the unit a rate is per.
    if (a.money && a.value === 1 && /^\$?1$/.test(w.number)) return false;
    // "the $5.6M", "that $1B model": a sourced figure quoted to say which is meant.
    if (a.money && /\b(?:the|that|this|its|their|those|these)\s?~?$/.test(before)) return false;
    // "3 partners, 45/35/20", "4 teams … 500/300/150/50": the count of the shares listed.
    if (!a.money && listed.includes(a.value)) return false;
    // "first 100M tokens at $1/M, the next 400M at $0.80/M": a tier the usage may never reach.
    if (TIER.test(clauseOf(before, after))) return false;
    // "(30-day month)", "(8,760h)", "($2.4M)": a bracket restates or defines.
    if (/\([^)]*$/.test(before) && /^[^(]*\)/.test(after)) return false;
    const digits = /\d[\d,]*(?:\.\d+)?/.exec(a.raw)?.[0]?.replace(/,/g, '');
    // One pattern per amount, not per name it is looked for in.
    const inName = digits && names.length ? standalone(digits) : undefined;
    return !inName || !names.some((n) => inName.test(n));
  });
}

/** The hours a duration's words stand for ("36 months", "3yr"), if it is one. */
function hoursOf(w: Written): number | undefined {
  const word = /^[\s-]?([a-z]+)/.exec(w.after)?.[1];
  if (!word || !/^(?:h|hr|hrs|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yr|yrs|years?|quarters?)$/.test(word))
    return undefined;
  const hours = HOURS[periodOf(word)];
  return hours === undefined ? undefined : w.amount.value * hours;
}

/** Whether the reply shows the amount, as written or in another form: a percentage as its decimal, complement or
 * growth factor (1 + p), a multiple as a change, a duration in other periods, a range's end by its middle. */
function shown(w: Written, numbers: readonly number[], text: string, question: string): boolean {
  const a = w.amount;
  const v = a.value;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(a.raw)?.[0];
  if (digits && new RegExp(`(?<![\\d.,])${literal(digits)}(?![\\d])`).test(text)) return true;
  // "0.14 usd per cny" shown as 7.14 yuan per dollar.
  if (numbers.some((n) => close(n, v) || close(n, 1 / v))) return true;
  if (/^\s?(?:%|percent)/.test(w.after) || /%/.test(a.raw))
    return numbers.some(
      (n) =>
        close(n, v / 100) || close(n, 1 - v / 100) || close(n, 1 + v / 100) || close(n, 100 - v) || close(n, 100 + v),
    );
  const hours = hoursOf(w);
  // "a month is 730 hrs", "730h months": the length of a period the reply works in, no amount of its own.
  if (
    hours !== undefined &&
    PERIOD_LENGTHS.some(([low, high, word]) => hours >= low && hours <= high && word.test(question))
  )
    return true;
  if (hours !== undefined) {
    const durations = findAmounts(text)
      .map((x) => (HOURS[periodOf(x.next.replace(/s$/, ''))] ?? Number.NaN) * x.value)
      .filter(Number.isFinite);
    if (durations.some((h) => close(h, hours))) return true;
  }
  return sumOfShown(v, numbers);
}

/** Lengths of a day, a week, a month and a year in hours, with the words that name each. */
const PERIOD_LENGTHS: [number, number, RegExp][] = [
  [24, 24, /\bday\b|\bdaily\b/],
  [168, 168, /\bweek\b|\bweekly\b/],
  [672, 744, /\bmonths?\b|\bmonthly\b|\/mo\b/],
  [8640, 8784, /\byears?\b|\byearly\b|\bannual\b|\/yr\b/],
];

/** Whether a number is the sum of two or three of the numbers shown: a total written beside its parts, or split by
 * tiers ("750M tokens": 100M + 400M + 250M). */
function sumOfShown(v: number, numbers: readonly number[]): boolean {
  const parts = [...new Set(numbers.filter((n) => n > 0 && n < v))];
  for (let i = 0; i < parts.length; i++)
    for (let j = i; j < parts.length; j++) {
      const two = parts[i]! + parts[j]!;
      if (close(two, v)) return true;
      for (let k = j; k < parts.length && two < v; k++) if (close(two + parts[k]!, v)) return true;
    }
  return false;
}

/** A growth rate or a percentage asked by name: "CAGR", "growth rate", "by what %", "what % increase". */
const RATE_ASKED =
  /\bcagr\b|\bcompound(?:ed)? (?:annual )?growth\b|\bgrowth rate\b|\bby what (?:%|percent(?:age)?)\b|\bwhat (?:%|percent(?:age)?) (?:increase|decrease|drop|cut|rise|change|fall|jump|growth|discount|off)\b|\b(?:%|percent(?:age)?) (?:increase|decrease|drop|cut|rise|change|growth)\s*\?/;
/** A period shown with a figure: "a year", "per month", "/mo", "monthly", "annual". */
const PERIOD_SHOWN =
  /\b(?:a|an|per|each|every|the)\s(?:[a-z\d]+-)?(?:hour|day|week|month|quarter|year)\b|\/\s?(?:h|hr|hour|day|d|wk|week|mo|month|qtr|quarter|yr|year)\b|\b(?:hourly|daily|weekly|monthly|quarterly|yearly|annual(?:ly)?|annuali[sz]ed)\b/;
const TIME_SHOWN = /\d\s?(?:[a-z\d]+-)?(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?|quarters?)\b/;
const MONEY_SHOWN = /[$€£¥]\s?\d|\d\s?(?:usd|dollars?|euros?|yuan)\b/;
const PERCENT_SHOWN = /(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|pp\b)/g;
const RATIO_SHOWN = /\d\s?(?:×|x\b|-fold\b|\s?fold\b)/;

/** The worked results of a reply: what each "Computed: … = X" line comes to, and its first line. */
function results(reply: Reply): string[] {
  const worked = reply.lines.filter((l) => /^Computed: /.test(l)).map((l) => l.slice(l.lastIndexOf(' = ') + 3));
  return [reply.lines[0] ?? '', ...worked].map((r) => r.toLowerCase());
}

/** A part of one sum asked: "split", "our share", "what does each owe", "how much does each team pay". */
const PART_ASKED =
  /\b(?:split|splitting|divide|dividing|allocate|apportion\w*|charge ?back|(?:our|my|their|your|its|his|her|each(?: team)?(?:'s|s)?) share|each (?:owe|pay|get)s?|(?:owes?|pays?|gets?) each|does each \w+ (?:owe|pay|get))\b/;

/** "we share a $12k invoice with a team using twice as much: our share?" worked as $24,000: a part of a sum asked,
 * the result more than the sum, where nothing runs per period. */
function partOverWhole(q: Question, reply: Reply): boolean {
  if (!PART_ASKED.test(q.plain)) return false;
  const sums = q.quantities.filter((x) => x.dims.usd === 1 && Object.keys(x.dims).length === 1 && !x.loose);
  if (!sums.length || q.quantities.some((x) => x.dims.hour !== undefined)) return false;
  const first = reply.lines[0] ?? '';
  if (PERIOD_SHOWN.test(first.toLowerCase())) return false;
  const whole = Math.max(...sums.map((x) => x.value));
  return findAmounts(first).some((a) => a.money && a.value > whole * 1.001);
}

/** The kind of figure asked that no worked result gives, if any. */
function missingKind(q: Question, reply: Reply, stake: readonly Written[]): AskedKind | undefined {
  const shownResults = results(reply);
  const any = (rx: RegExp) => shownResults.some((r) => rx.test(r));
  if (partOverWhole(q, reply)) return 'share';
  if (RATE_ASKED.test(q.plain)) {
    // A percentage the reply worked out, not one of the user's own restated.
    const own = stake.filter((w) => /^\s?(?:%|percent)/.test(w.after)).map((w) => w.amount.value);
    const worked = shownResults.some((r) =>
      [...r.matchAll(PERCENT_SHOWN)].some((m) => !own.includes(Number(m[1]!.replace(/,/g, '')))),
    );
    if (!worked && !any(RATIO_SHOWN)) return 'rate';
  }
  const dims = q.target?.dims;
  if (!dims) return undefined;
  const keys = Object.keys(dims);
  // "how many months", "payback period": a time, shown in some period.
  if (keys.length === 1 && dims.hour === 1 && !any(TIME_SHOWN) && !any(PERIOD_SHOWN)) return 'time';
  // "how many customers": a count of things, never a sum of money alone.
  if (
    keys.every((k) => ['gpu', 'user', 'item'].includes(k)) &&
    keys.length &&
    shownResults.every((r) => MONEY_SHOWN.test(r)) &&
    !any(/\d\s?[a-z]/)
  )
    return 'count';
  return undefined;
}

/** The reply as the user reads it, without the follow-up suggestions. */
const shownText = (reply: Reply) =>
  [reply.title, ...reply.lines, ...reply.fields.map((f) => `${f.label}: ${f.value}`), ...reply.notes]
    .join('\n')
    .toLowerCase();

/** Why a worked reply must not stand, or undefined when it stands. `named` gives the data sets' names the question
 * holds ("sonnet 4.5"), whose numbers are no amounts. */
export function unsoundCalculation(q: Question, reply: Reply, named: readonly string[] = []): Unsound | undefined {
  if (reply.kind !== 'calculation') return undefined;
  const text = shownText(reply);
  const numbers = findAmounts(text).map((a) => a.value);
  const stake = atStake(q, named);
  // A share, a margin or a count asked does not depend on how many things there are now ("2,000 subscribers at
  // $15/mo: margin?", "120 users today: users to break even?").
  const dims = q.target?.dims ?? {};
  const counts = Object.keys(dims).length > 0 && Object.keys(dims).every((k) => ['gpu', 'user', 'item'].includes(k));
  const scaleFree = counts || /^(?:[a-z][\w ]*: )?[−-]?\d[\d,.]*\s?(?:%|×)|\bmargin\b/i.test(reply.lines[0] ?? '');
  const counted = (w: Written) => !w.amount.money && !/^\s?(?:%|percent)/.test(w.after) && hoursOf(w) === undefined;
  // "120 users today … users to break even?": the result counts the same things; today's count is no input.
  const first = (reply.lines[0] ?? '').toLowerCase();
  const sameThing = (w: Written) =>
    /^[a-z]{3,}$/.test(w.amount.next) && new RegExp(`\\d\\s?[kmb]?\\s${w.amount.next}\\b`).test(first);
  const unused = stake.filter((w) => !shown(w, numbers, text, q.plain) && !(counted(w) && (scaleFree || sameThing(w))));
  const asked = missingKind(q, reply, stake);
  return unused.length || asked ? { unused: unused.map((w) => asWritten(q.text, w.quoted)), asked } : undefined;
}

/** A snippet in the case the user wrote it ("700M+ downloads"), when the question holds it as read. */
function asWritten(text: string, snippet: string): string {
  const at = text.toLowerCase().indexOf(snippet.toLowerCase());
  return at < 0 ? snippet : text.slice(at, at + snippet.length);
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
