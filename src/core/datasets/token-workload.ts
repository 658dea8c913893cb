// One reading of a token workload: the token counts by side (input, output, cached) under all their names, the counts
// of calls, users or documents they are per, the rates and spans of time, a share served from the prompt cache, and
// "input only". Pure: text in, a Workload out; undefined unless every number in the text is understood, so a number
// the reading cannot place never silently drops out of a bill. The words are the knowledge's cues (knowledge/cues.yaml).
import { phrasePattern } from '../../knowledge/cues.js';
import { SUFFIX } from '../calc.js';
import { HOURS, parseQuantities } from '../understand/quantities.js';
import { cacheShare } from './price-answers.js';

/** The cue vocabulary the reading needs, as patterns over lower-cased text. */
export interface WorkloadWords {
  /** Words naming the input side ("input", "in", "prompt"). */
  input: RegExp;
  /** Words naming the output side ("output", "out", "completion", "back", "generated", "reply"). */
  output: RegExp;
  /** Words naming input read from the prompt cache ("cached", "cache hits", "cache reads"). */
  cached: RegExp;
  /** Things a workload counts ("calls", "requests", "users", "docs", "conversations"). */
  units: RegExp;
  /** Only the input side is asked or billed ("input only", "input-side cost"). */
  inputOnly?: RegExp;
  /** Only the output side is billed ("output only"): tokens of no side are output. */
  outputOnly?: RegExp;
}

/** The phrases of each cue, expanded, as the reading's patterns. */
export function workloadWordsOf(phrases: {
  input: string[];
  output: string[];
  cached: string[];
  units: string[];
  inputOnly: string[];
  outputOnly?: string[];
}): WorkloadWords | undefined {
  const [input, output, cached, units, only, outOnly] = [
    phrases.input,
    phrases.output,
    phrases.cached,
    phrases.units,
    phrases.inputOnly,
    phrases.outputOnly ?? [],
  ].map((p) => phrasePattern(p));
  if (!input || !output || !cached || !units) return undefined;
  return {
    input: new RegExp(`^${input}\\b`),
    output: new RegExp(`^${output}\\b`),
    cached: new RegExp(`^${cached}\\b`),
    units: new RegExp(`^${units}\\b`),
    inputOnly: only ? new RegExp(`${only}\\b`) : undefined,
    outputOnly: outOnly ? new RegExp(`${outOnly}\\b`) : undefined,
  };
}

export type Side = 'input' | 'output' | 'cached';
export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A count the bill is multiplied by: "1,000 calls", "5,000 DAU", "20 msgs/day". */
export interface Factor {
  value: number;
  /** The unit as written ("calls", "dau", "msgs"). */
  unit: string;
  /** The period the count is given per ("20 msgs/day"). */
  per?: Period;
}

/** A workload as the question gives it. */
export interface Workload {
  /** Tokens per unit of work when `factors` is not empty, else in all. */
  input: number;
  output: number;
  cached: number;
  /** Tokens no side was named for (priced as input). */
  plain: number;
  factors: Factor[];
  /** The period the tokens or the counts are given per ("a month", "/day"). */
  per?: Period;
  /** A span the rate runs over, written as a number ("30 days", "22 workdays", "a 30-day month"). */
  span?: { value: number; unit: 'hour' | 'day' | 'week' | 'month' | 'year'; label: string };
  /** Hours of work in each day ("8h workday", "10 hours a day"; "round the clock", "24/7": 24), for a rate per hour. */
  hoursPerDay?: number;
  /** Days of work in each week ("5 days a week"), for a rate per hour or per day over weeks, months or years. */
  daysPerWeek?: number;
  /** The share of input tokens read from the prompt cache, 0–1. */
  share?: number;
  inputOnly: boolean;
  /** A count said to be per one unit ("each", "per call", "x"). */
  perUnit: boolean;
  /** Amounts of text the question's own rates turned into tokens ("30GB ÷ 4 bytes per token = 7.5B tokens"). */
  conversions?: string[];
}

/** The calculator's magnitude words, plus "mil" ("20 mil tokens"); NUMBER lists the ones read here. */
const SCALE: Readonly<Record<string, number>> = { ...SUFFIX, mil: 1e6 };

const NUMBER =
  /(?<![\w.$€£-])(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s?(k|mm|mn|mil|m|bn|b|tn|t|thousand|million|billion|trillion)(?![a-z]))?/g;

const PERIOD_WORD: Record<string, Period> = {
  hour: 'hour',
  hr: 'hour',
  hourly: 'hour',
  day: 'day',
  days: 'day',
  workday: 'day',
  daily: 'day',
  week: 'week',
  wk: 'week',
  weekly: 'week',
  month: 'month',
  mo: 'month',
  mth: 'month',
  monthly: 'month',
  year: 'year',
  yr: 'year',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
};

/** "/day", "a month", "per mo", "each week", "daily": a rate's period right at the start of the text. */
const RATE_AFTER =
  /^\s*(?:(?:\/|\bper\b|\ba\b|\ban\b|\beach\b|\bevery\b)\s*(hour|hr|day|workday|week|wk|month|mo|mth|year|yr)s?\b|(hourly|daily|weekly|monthly|yearly|annually)\b)/;

/** "8h workday", "10 hours a day", "12-hour days", "8 hrs/day": hours of work in each day, after the number. */
const HOURS_A_DAY_AFTER =
  /^[\s-]*(?:h|hrs?|hours?)\b[\s-]*(?:(?:a|per|each|every|\/)\s*(?:work\s?)?day\b|(?:work\s?|business |working )?days?\b)/;

/** "5 days a week", "5d/wk", "5-day weeks", "6 days per week": days of work in each week, after the number. */
const DAYS_A_WEEK_AFTER =
  /^[\s-]*(?:d|days?|work\s?days?)\b[\s-]*(?:(?:a|per|each|every|\/)\s*(?:week|wk)\b|(?:work\s?|working )?weeks?\b)/;

/** "round the clock", "24/7", "24x7", "nonstop": every hour of every day. */
const ALL_HOURS = /\b(?:a?round the clock|24\s?[/x×]\s?7|24-7|non-?stop|continuously)\b/g;

/** "30 days", "22 workdays", "-day month", "52 wks": a span counted in days, weeks, months or years. */
const SPAN_AFTER =
  /^[\s-]*(hours?|hrs?|days?|d|work\s?days?|business days?|working days?|weeks?|wks?|months?|mos?|years?|yrs?)\b/;

/** A threshold of a price tier ("over-200k pricing", "under the 200k tier"): the words before it, then after. */
const TIER_BEFORE = /\b(?:above|over|under|below|beyond|past|exceeding|up to)[\s-]+(?:the\s+)?~?$|[<>≤≥]\s*$/;
const TIER_AFTER = /^[\s-]*(?:tokens?)?[\s-]*(?:tier|pricing|price|rate|threshold|band|bracket|context|prompts?)\b/;

/** "per 1M tokens", "/1k", "a million tokens" after "per": a unit of price, no amount. */
const PRICE_UNIT_BEFORE = /(?:\bper|\/|\beach|\bevery)\s*$/;

/** "each", "per call", "a request", "x", "avg": the token counts are per one unit of work. */
function perUnitMarked(text: string, words: WorkloadWords): boolean {
  if (/\b(each|apiece|avg|average|averages|typical|typically)\b|[×*]|\sx\s/.test(text)) return true;
  for (const m of text.matchAll(/(?:\bper|\/|\ba|\bevery|\bone|\bsingle)\s*([a-z]+)/g))
    if (words.units.test(m[1]!)) return true;
  return false;
}

/** "in" as the input side: only where a side can end ("20M in, 5M out", "300k tokens in and 5k out", "in / 1k out");
 * "in a month", "in total" and "in january" are no side. */
const IN_ENDS =
  /^\s*(?:$|[,.;:!?/+&)(]|-|\d|~|(?:and|plus|with|but|vs|versus|per|x|each|every|or|on|through|thru|via|at)\b)/;

interface Read {
  at: number;
  end: number;
  value: number;
  kind: 'token' | 'count' | 'span' | 'share' | 'tier' | 'price-unit' | 'hours-a-day' | 'days-a-week';
  side?: Side;
  unit?: string;
  per?: Period;
}

/** The side word at the start of `s` ("input", "out", "completion", "cache hits"), with its length. */
function sideAt(s: string, words: WorkloadWords): { side: Side; length: number } | undefined {
  for (const [side, rx] of [
    ['cached', words.cached],
    ['input', words.input],
    ['output', words.output],
  ] as const) {
    const m = rx.exec(s);
    if (m) return { side, length: m[0].length };
  }
  return undefined;
}

/** What one number is, from the words after it (and, for a bare count, the side word before it). */
function readNumber(text: string, at: number, end: number, value: number, words: WorkloadWords): Read | undefined {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(end);
  const base = { at, end, value };
  if (/^\s*%/.test(after)) return { ...base, kind: 'share' };
  // "once the prompt goes over 200k tokens?": a threshold with nothing after it is one too.
  if (TIER_BEFORE.test(before) && (TIER_AFTER.test(after) || /^[\s-]*(?:tokens?)?\s*(?:[?.!;)]|$)/.test(after)))
    return { ...base, kind: 'tier' };
  // "per 1M tokens", "/1k": a unit of price; "in / 1k out" is a count of one side; "cost per 1,000 calls" the count of
  // work the bill is asked for.
  const unitRest = after.replace(/^[\s-]*(?:tokens?|toks?)?[\s-]*/, '');
  const work = unitRest === after.replace(/^[\s-]*/, '') && words.units.test(unitRest);
  if (PRICE_UNIT_BEFORE.test(before) && [1, 1e3, 1e6].includes(value) && !sideAt(unitRest, words) && !work)
    return { ...base, kind: 'price-unit' };
  // "12k input tokens", "800 output", "2k tokens back", "150k-token prompt", "1,500 tokens in".
  const tok = /^[\s-]*(?:tokens?|toks?)\b[\s-]*(?:(?:of|for|as|worth of)\s+)?/.exec(after);
  const rest = tok ? after.slice(tok[0].length) : after.replace(/^[\s-]*/, '');
  const side = sideAt(rest, words);
  const bareUnit = !tok && words.units.test(rest);
  if (side && !bareUnit) {
    const past = rest.slice(side.length);
    const isIn = /^in$/.test(rest.slice(0, side.length).trim());
    if (!isIn || IN_ENDS.test(past)) {
      const trailing = /^[\s-]*(?:tokens?|toks?)\b/.exec(past);
      return {
        ...base,
        end: end + (after.length - rest.length) + side.length + (trailing?.[0].length ?? 0),
        kind: 'token',
        side: side.side,
      };
    }
  }
  if (tok) return { ...base, end: end + tok[0].length, kind: 'token', side: sideBefore(before, words) };
  // "1,000 calls", "5,000 DAU", "20 msgs/day", "2M reqs a month": a count of units of work, perhaps at a rate.
  const unit = /^[\s-]*(?:[a-z]+[\s-]+)?([a-z]+)/.exec(after);
  const first = /^[\s-]*([a-z]+)/.exec(after);
  const unitWord = [first?.[1], unit?.[1]].find((w) => w && words.units.test(w));
  if (unitWord) {
    const upTo = after.indexOf(unitWord) + unitWord.length;
    const rate = RATE_AFTER.exec(after.slice(upTo));
    const per = rate ? PERIOD_WORD[rate[1] ?? rate[2]!] : undefined;
    return { ...base, end: end + upTo + (rate?.[0].length ?? 0), kind: 'count', unit: unitWord, per };
  }
  const hoursADay = HOURS_A_DAY_AFTER.exec(after);
  if (hoursADay) return { ...base, end: end + hoursADay[0].length, kind: 'hours-a-day' };
  const daysAWeek = DAYS_A_WEEK_AFTER.exec(after);
  if (daysAWeek) return { ...base, end: end + daysAWeek[0].length, kind: 'days-a-week' };
  const span = SPAN_AFTER.exec(after);
  if (span) return { ...base, end: end + span[0].length, kind: 'span', unit: span[1] };
  // "outputs are tiny (~20M)", "prompts ~150k": a bare amount after the side it belongs to.
  const side0 = sideBefore(before, words);
  if (side0) return { ...base, kind: 'token', side: side0 };
  return undefined;
}

/** The side named just before a number, with no number between: "outputs are tiny (~", "prompts ~", "output of ". */
function sideBefore(before: string, words: WorkloadWords): Side | undefined {
  const tail = before.split(/\d/).pop()!;
  const m =
    /([a-z]+(?:[\s-]+[a-z]+)?)(?:[\s-]+tokens?)?\s*(?:(?:is|are|was|were|of|at|about|around|roughly|approx|approximately|maybe|like|only|tiny|small|short|just|ish)\b\s*){0,3}[\s:(~≈]*$/.exec(
      tail,
    );
  if (!m) return undefined;
  const ws = m[1]!.split(/[\s-]+/);
  // "prompt", "cache hits", "outputs (are)": one or two words that are a side, but never a bare "in".
  for (const phrase of [ws.join(' '), ...ws]) {
    const s = sideAt(phrase, words);
    if (s && s.length === phrase.length && phrase !== 'in') return s.side;
  }
  return undefined;
}

/** The unit of a span, as a period of the HOURS table. */
function spanUnit(word: string): 'hour' | 'day' | 'week' | 'month' | 'year' {
  if (/^h/.test(word)) return 'hour';
  if (/^(w(ee)?ks?)$/.test(word)) return 'week';
  if (/^mo/.test(word)) return 'month';
  if (/^y/.test(word)) return 'year';
  return 'day';
}

/** The words standing for units of work written as "a day/month" etc. around the counts: the first rate found. */
function firstRate(text: string, taken: Array<[number, number]>): Period | undefined {
  const rx =
    /(?:\/|\bper\b|\ba\b|\ban\b|\beach\b|\bevery\b)\s*(hour|hr|day|workday|week|wk|month|mo|mth|year|yr)s?\b|\b(hourly|daily|weekly|monthly|yearly|annually)\b/g;
  for (const m of text.matchAll(rx)) {
    const at = m.index!;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    // "for a month", "over a year", "in a week": a span asked, not the rate the tokens are given per.
    if (/\b(?:for|over|in|within|across|during)\s+$/.test(text.slice(0, at))) continue;
    // "monthly bill", "monthly cost", "per month cost?" asked of a daily workload: the period asked, read later.
    if (m[2] && /^\s*(?:bill|cost|spend|total|budget|price|charge)/.test(text.slice(at + m[0].length))) continue;
    return PERIOD_WORD[m[1] ?? m[2]!];
  }
  return undefined;
}

/** "30GB of text … 4 bytes per token", "500 words, 1.33 tok/word": each amount of text the question's own rates turn
 * into tokens (the quantity reader's conversion, understand/text-units.ts) written as that many tokens, the rates
 * blanked, so the workload reading prices them; the conversions are kept to show. An amount no rate reaches stays
 * as written, and the reading, which knows no words or bytes, then reads no workload. */
function tokensOfText(raw: string): { text: string; conversions: string[] } {
  const converted = parseQuantities(raw).filter((q) => q.covers && q.dims.token === 1 && !q.unconverted);
  if (!converted.length) return { text: raw, conversions: [] };
  const edits: Array<[number, number, string]> = [];
  for (const q of converted) {
    const per = q.dims.hour === -1 && q.per ? q.per : undefined;
    const n = Number((q.value * (per ? HOURS[per]! : 1)).toPrecision(12));
    edits.push([
      q.at,
      q.at + q.raw.length,
      `${n} tokens${q.dims.item === -1 || /\beach\b/.test(q.raw) ? ' each' : ''}${per ? ` a ${per}` : ''}`,
    ]);
    for (const [a, b] of q.covers!) edits.push([a, b, ' '.repeat(b - a)]);
  }
  edits.sort((x, y) => y[0] - x[0]);
  // Overlapping stretches mean the reading is unsure where an amount ends: nothing rewritten.
  if (edits.some((e, i) => i > 0 && e[1] > edits[i - 1]![0])) return { text: raw, conversions: [] };
  let text = raw;
  for (const [a, b, w] of edits) text = text.slice(0, a) + w + text.slice(b);
  return { text, conversions: converted.map((q) => q.shown!.replace(/^\((.*)\)$/, '$1')) };
}

/** The workload of a question (lower-case text, the model names blanked), or undefined when some number in it is
 * not read as a token count, a count of work, a span, a cache share or a tier threshold. */
export function readWorkload(written: string, words: WorkloadWords): Workload | undefined {
  const { text: raw, conversions } = tokensOfText(written);
  const work = readTokens(raw, words);
  if (work && conversions.length) work.conversions = conversions;
  return work;
}

function readTokens(raw: string, words: WorkloadWords): Workload | undefined {
  const lowered = raw
    .toLowerCase()
    // "a billion tokens", "one million requests": a scale word after "a" or "one" is that many.
    // "half a billion": half of that many.
    .replace(/\bhalf\s+(?:a|one)\s+(thousand|million|billion|trillion)\b/g, (m, s: string) =>
      `0.5 ${s}`.padEnd(m.length),
    )
    .replace(/\b(?:a|one)\s+(thousand|million|billion|trillion)\b/g, (m, s: string) => `1 ${s}`.padEnd(m.length))
    // "a 30-day month": the span is the number; "a 30 day month" the same.
    .replace(/[“”"]/g, ' ')
    // "1B monthly input tokens": the rate's word after the side it qualifies, where the reading looks for it.
    .replace(
      /(\d\s?(?:k|m|b|bn|mn|t|tn|thousand|million|billion|trillion)?)\s+(hourly|daily|weekly|monthly|yearly)\s+((?:input|output|prompt|completion|cached)(?:\s+tokens?)?|tokens?)\b/g,
      '$1 $3 $2',
    );
  // "round the clock", "24/7": 24 hours a day, every day; its numbers are no amounts.
  const text = lowered.replace(ALL_HOURS, (m) => ' '.repeat(m.length));
  const allHours = text !== lowered;
  // An amount of money ("$15/seat", "with $500") is another question's: a budget, a margin, a price given.
  if (/[$€£]\s?\d/.test(text)) return undefined;
  const reads: Read[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index!;
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2]]! : 1);
    if (!Number.isFinite(value)) return undefined;
    // A year ("in 2025") or an amount of money is another question's.
    if (/^\$|usd/.test(text.slice(at + m[0].length).trim()) || /\$\s*$/.test(text.slice(0, at))) return undefined;
    const read = readNumber(text, at, at + m[0].length, value, words);
    if (!read) return undefined;
    reads.push(read);
  }
  const tokens = reads.filter((r) => r.kind === 'token');
  if (!tokens.length) return undefined;
  // "30% cached", or a share in words ("half of it cached") that no number stands for.
  const share = cacheShare(text);
  if (reads.some((r) => r.kind === 'share') && share === undefined) return undefined;
  const counts = reads.filter((r) => r.kind === 'count');
  const spans = reads.filter((r) => r.kind === 'span');
  if (spans.length > 1) return undefined;
  const work: Workload = {
    input: 0,
    output: 0,
    cached: 0,
    plain: 0,
    factors: counts.map((c) => ({ value: c.value, unit: c.unit!, per: c.per })),
    share,
    inputOnly: words.inputOnly?.test(text) ?? false,
    perUnit: counts.length > 0 && perUnitMarked(text, words),
  };
  for (const t of tokens) work[t.side ?? 'plain'] += t.value;
  // "output only: 2M tokens a day": tokens of no side are output, never priced at the input price.
  if (words.outputOnly?.test(text) && !work.input && !work.cached)
    [work.output, work.plain] = [work.output + work.plain, 0];
  // Counts with no word tying the tokens to one unit of work: the tokens may be the total; not guessed.
  if (counts.length && !work.perUnit) return undefined;
  const ratePeriods = new Set(counts.map((c) => c.per).filter(Boolean));
  if (ratePeriods.size > 1) return undefined;
  const taken = reads.map((r) => [r.at, r.end] as [number, number]);
  work.per = [...ratePeriods][0] ?? firstRate(text, taken);
  const [span] = spans;
  // "weekly bill?" of a daily workload: the one period asked is the span ("× 7 days"); several asked are each
  // answered after the bill per period (token-periods.ts).
  const asked = askedPeriods(text, taken).filter((p) => p !== work.per);
  if (!span && work.per && asked.length === 1) work.span = { value: 1, unit: asked[0]!, label: `a ${asked[0]}` };
  if (span) {
    const unit = spanUnit(span.unit!.replace(/\s/g, ''));
    // A span with nothing given per a period ("10M tokens for 30 days") does not say how often: not guessed.
    if (!work.per) return undefined;
    const written = span.unit!.replace(/\s+/g, ' ');
    const word = /^(days?|work ?days?|business days?|working days?|weeks?|months?|years?|hours?)$/.test(written)
      ? written.replace(/s$/, '')
      : unit;
    work.span = { value: span.value, unit, label: `${formatSpan(span.value)} ${word}${span.value === 1 ? '' : 's'}` };
  }
  return withWorkTime(work, reads, allHours, span?.unit);
}

/** The hours a day and days a week the work runs ("8h workday", "5 days a week", "24/7"), set on the workload; undefined
 * when they do not fit its rate and span: hours a day of a rate per day or longer, days a week of a rate per week or
 * longer, several of one kind, or a span in days beside days a week (calendar or working days?). A rate per hour over
 * working days with no hours a day is not guessed either. */
function withWorkTime(work: Workload, reads: Read[], allHours: boolean, spanWord?: string): Workload | undefined {
  const hours = reads.filter((r) => r.kind === 'hours-a-day');
  const days = reads.filter((r) => r.kind === 'days-a-week');
  if (hours.length > 1 || days.length > 1) return undefined;
  const [h, d] = [hours[0]?.value, days[0]?.value];
  if (h !== undefined && (!(h > 0 && h <= 24) || work.per !== 'hour' || (allHours && h !== 24))) return undefined;
  if (d !== undefined && (!(d > 0 && d <= 7) || (work.per !== 'hour' && work.per !== 'day'))) return undefined;
  if (d !== undefined && work.span?.unit === 'day') return undefined;
  const workdays = spanWord !== undefined && /^(work|business|working)/.test(spanWord);
  if (work.per === 'hour' && work.span && work.span.unit !== 'hour') {
    if (workdays && h === undefined) return undefined;
    work.hoursPerDay = h ?? (allHours ? 24 : undefined);
  } else if (h !== undefined) return undefined;
  if (d !== undefined) {
    if (!work.span || work.span.unit === 'hour') return undefined;
    work.daysPerWeek = d;
  }
  return work;
}

/** Periods the question names outside the counts' own rates: "monthly", "per week", "for a year", "annual". */
function askedPeriods(text: string, taken: Array<[number, number]>): Period[] {
  const rx =
    /(?:\/|\bper\b|\ba\b|\ban\b|\beach\b|\bevery\b)\s*(day|week|wk|month|mo|mth|year|yr)s?\b|\b(daily|weekly|monthly|yearly|annually|annual)\b/g;
  const out = new Set<Period>();
  for (const m of text.matchAll(rx)) {
    const at = m.index!;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    out.add(PERIOD_WORD[m[1] ?? m[2]!]!);
  }
  return [...out];
}

const formatSpan = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** How many of the rate's periods the span holds ("30 days" of a daily rate: 30; a year of a monthly rate: 12). */
export function spanTimes(work: Workload): number {
  if (!work.span || !work.per) return 1;
  let hours = work.span.value * HOURS[work.span.unit]!;
  if (work.span.unit !== 'day' && work.daysPerWeek !== undefined) hours *= work.daysPerWeek / 7;
  if (work.hoursPerDay !== undefined) hours *= work.hoursPerDay / 24;
  return hours / HOURS[work.per]!;
}

/** The span as the factors that multiply a rate: "22 workdays", "8 hours a day"; "4.35 weeks", "5 days a week" for a
 * month of a daily rate on weekdays; the span alone ("30 days", "a month" as "730 hours") when the work never pauses. */
export function spanFactors(work: Workload): string[] {
  if (!work.span || !work.per) return [];
  const { span, daysPerWeek: d, hoursPerDay: h } = work;
  const n = (x: number) => String(Number(x.toFixed(2)));
  if (d === undefined && h === undefined)
    return [span.label.startsWith('a ') ? `${n(spanTimes(work))} ${work.per}s` : span.label];
  const hours = span.value * HOURS[span.unit]!;
  const own = !span.label.startsWith('a ');
  const out: string[] = [];
  if (span.unit === 'day') out.push(own ? span.label : `${n(hours / 24)} days`);
  else if (d !== undefined) out.push(own && span.unit === 'week' ? span.label : `${n(hours / 168)} weeks`);
  else out.push(`${n(hours / 24)} days`);
  if (d !== undefined && span.unit !== 'day') out.push(`${n(d)} days a week`);
  if (h !== undefined && work.per === 'hour') out.push(`${n(h)} hours a day`);
  return out;
}
