// Two amounts of the same kind set against each other: the percentage change from one to the other ("from $15/M
// to $3/M, percent decrease?"), the compound rate per period when years or a duration separate them ("$55.8B in
// 2024 to $282B in 2030, CAGR?"), one as a share of the other ("what percent of $1.3B is $5.6M"), or how many
// times one is the other.
import { sameDims } from '../units.js';
import { HOURS, periodOf, type Quantity } from './quantities.js';

/** A comparison of two amounts the question asks for. */
export interface Change {
  kind: 'change' | 'share' | 'times' | 'linear' | 'per-dollar' | 'gap';
  /** The earlier (or the whole, for a share; the smaller, for times; the revenue, per dollar) and the later amount. */
  from: Quantity;
  to: Quantity;
  /** Periods the change spans, in `per`, when two years or a duration are given. */
  periods?: number;
  per?: string;
  /** The years the change spans: "2020→2023". */
  span?: string;
  /** A multiple asked as a percentage too ("what multiple, and loss as % of revenue?"). */
  asPercent?: boolean;
  /** Another change that multiplies with this one ("price $0.40 → $0.25 and volume up 70%: the bill?"): the factor
   * it applies (1.7) and the words it was written with. */
  also?: { factor: number; raw: string };
  /** Two percentages: the move is in percentage points as well as relative ("42% → 51%: 9 points, +21.4%"). */
  points?: boolean;
}

const SHARE =
  /\bwhat (?:percent(?:age)?|%|share|fraction|proportion|part)\s+(?:\w+\s+){0,2}?of\b|\bas an? (?:percent(?:age)?|%|share|fraction) of\b/;
/** How busy something is kept, asked of a level and its most ("peak 1.2M tok/s, avg 420k — util %?", "capacity 800
 * GPUs, 560 in use: utilisation?", "load factor"): the smaller as a share of the larger. */
const UTILISATION_ASK =
  /\butil(?:i[sz]ation|i[sz]ed)?\b|\butili[sz]ing\b|\bload factor\b|\boccupancy\b|\bhow (?:busy|full|loaded)\b/;
/** "what % of that is $5.6M", "what share of it does a $400k cluster eat": a pronoun after "of" points back at the
 * whole, or a verb between "of" and the amount makes the amount the part. */
const IS_BETWEEN = /^\s*(?:that|it|this|them|these)\b|\b(?:is|was|are|were|be|represents?)\b|=/;
const TIMES = /\bhow many times\b|\bwhat multiple\b|\bhow many x\b|\bmultiple\s*\??\s*$/;
/** A change spread evenly over the years, in the amount's own unit: "average added per year, if linear". */
const LINEAR =
  /\blinear(?:ly)?\b|\b(?:added|adds|add)\b(?: \w+){0,2} (?:per|a|each) (?:year|month)\b|\bstraight[- ]line\b/;
/** Words that ask for a change as a percentage or a rate, not an amount. */
export const CHANGE_ASK =
  /%|\bmultiplier\b|\bcompound(?:ed|ing)?\b|\bper ?cent(?:age)?\b|\bcagr\b|\bgrowth\b|\bgrowth rate\b|\brate of (?:growth|decline|change)\b|\bhow (?:much|fast) (?:did |does |has |have |would |will )?(?:[\w-]+ ){0,3}?(?:grow|grew|rise|rose|fall|fell|drop|dropped|decline|shrink|change|increase|decrease)|\bby how much\b|\b(?:average|mean|annual|annuali[sz]ed|yearly|monthly|quarterly|weekly|daily)\s+(?:[a-z]+\s+)?(?:rate of\s+)?(?:growth|increase|decrease|decline|drop|change|gain|fall|rise)\b|\bwhat(?:'s|’s)?\s+(?:\w+\s+){0,3}(?:increase|decrease|drop|decline|cut|change|rise|fall|jump|reduction|gain)\b/;
/** Spending asked per dollar that comes in: "how much do we spend per dollar of revenue", "cost per $1 of sales". */
const PER_DOLLAR =
  /\b(?:per|for (?:every|each)|on (?:every|each)|a)\s+(?:dollar|\$\s?1?|buck|\s+)\s*(?:of\s+)?(?:revenue|sales|income|earned|we (?:make|earn|bring in))\b/;
/** A profit or a loss asked of a revenue and a cost: "what's the profit", "annual gap", "how much do we lose". */
const GAP_ASK =
  /\b(?:profit|profits|loss|losses|gap|shortfall|deficit|surplus|net|in the (?:red|black)|lose|losing|make or lose)\b/;
const REVENUE_WORD = /\b(?:revenue|revenues|revs?|sales|income|arr|mrr|earn\w*|makes?|bring in|brings in|turnover)\b/;
const COST_WORD = /\b(?:cost|costs|spend|spends|spent|spending|expenses?|burn\w*|opex|outgoings)\b/;
/** Where the words after an amount stop belonging to it. */
const AFTER_END = /[.;,]|\b(?:and|vs|versus|or|against|but|while|with)\b/;

/** "$20 → $0.07 per M tokens": two amounts joined by an arrow or "to", the unit written once after the second. */
const JOINED = /^\s*(?:→|->|-->|=>|to|down to|up to)\s*$/;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** The period a compound rate is asked per: "annual growth", "average monthly decline", "per year". */
export const RATE_PER =
  /\b(?:(monthly|yearly|annual|annuali[sz]ed|quarterly|weekly|daily)|(?:per|a|an|each|every) (month|year|quarter|week|day)|(cagr|compound))\b/;

/** Between a part and its whole: "$180k of a $1.5M budget", "40 out of 300". */
const PART_OF = /^\s*(?:out\s+)?of\s+(?:a|an|the|our|their|its|my|your|total|the total|a total)?\s*$/;
/** A saving asked: "% savings", "how much cheaper", "what % do we save". */
const SAVING_ASK = /\bsav(?:e|es|ed|ing|ings)\b|\bcheaper\b|\bless\b|\breduction\b|\bcut\b/;
/** Between two options: "$55k vs $400k", "$55k instead of $400k", "compared with". */
const ALTERNATIVE = /\b(?:vs\.?|versus|or|instead of|rather than|compared (?:to|with)|against)\b/;

/** Two amounts set side by side with no direction between them: "$72B vs $160B", "$1.3B against $8B". */
const SIDE_BY_SIDE = /\b(?:vs\.?|versus|against|compared (?:to|with)|relative to|next to|beside)\b/;
/** Words that ask how one amount moved or differs from the other, not what share it is. */
const CHANGE_WORD =
  /\b(?:more|less|bigger|smaller|larger|higher|lower|cheaper|dearer|pricier|up|down|increas\w*|decreas\w*|chang\w*|grow\w*|grew|rise|rose|fall|fell|drop\w*|cut|differ\w*|gap|jump\w*|gain\w*|declin\w*|cagr|sav(?:e|es|ed|ing|ings)|premium|discount|markup|over|under|from|growth|faster|slower|off|above|below|margin|profit|loss)\b|→|->/;
const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
const isFactor = (q: Quantity) => q.dims.percent === 1 || q.dims.times === 1;

/** The years of the two amounts, when exactly two are written: the first year is the first amount's ("$4.6M in
 * 2020 and $79M in 2023", "in 2021 it was $2M; by 2023 $8M", "$8M in 2023, up from $2M in 2021"). */
function yearsOf(s: string): [number, number] | undefined {
  const years = [...s.matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length === 2 && years[0] !== years[1] ? [years[0]!, years[1]!] : undefined;
}

/** The change between two amounts the question asks for, or undefined when it asks something else. */
export function changeOf(text: string, quantities: Quantity[]): Change | undefined {
  const s = text.toLowerCase();
  if (quantities.some(isFactor)) return undefined;
  let durations = quantities.filter(isDuration);
  // "per $1 of revenue": the dollar there is the unit asked, not an amount.
  let amounts = quantities.filter((q) => !isDuration(q) && !isUnitDollar(s, q));
  // "what % of a 3.5M raise is 95k/mo for 18 months": a rate over a duration is one amount, the part of the whole.
  const spent = SHARE.test(s) ? overTime(amounts, durations) : undefined;
  if (spent) [amounts, durations] = [spent, []];
  if (amounts.length !== 2 || durations.length > 1) return undefined;
  const [a, b] = sharedUnitOf(s, amounts as [Quantity, Quantity]);
  if (!sameDims(a.dims, b.dims)) return undefined;
  let free = s;
  for (const q of quantities)
    for (const [from, to] of [[q.at, q.at + q.raw.length], ...(q.covers ?? [])] as Array<[number, number]>)
      free = `${free.slice(0, from)}${' '.repeat(Math.max(0, to - from))}${free.slice(to)}`;
  // "peak 1.2M tok/s, we average 420k: util %?": a level as a share of its most, not a change from it.
  if (UTILISATION_ASK.test(free) && a.high === undefined && b.high === undefined && !durations.length) {
    const [most, level] = a.value >= b.value ? [a, b] : [b, a];
    return { kind: 'share', from: most, to: level };
  }
  if (SHARE.test(free)) {
    // The whole is the amount written after "of": "what percent of $1.3B was $5.6M"; when a word stands after
    // "of" ("what % of the company", "R1 is what % of V3"), the larger amount is the whole.
    const shareAt = SHARE.exec(free)!;
    const of = shareAt.index;
    // "$8B AUM. what % of that is the $5.6M run": a verb between "of" and the amount makes that amount the part, and
    // "that" points back at the whole.
    const after = [a, b].find((q) => q.at > of);
    const part = after && IS_BETWEEN.test(s.slice(of + shareAt[0].length, after.at)) ? after : undefined;
    const whole = part ? (part === a ? b : a) : (after ?? (a.value >= b.value ? a : b));
    return { kind: 'share', from: whole, to: whole === a ? b : a };
  }
  // "$180k of a $1.5M budget — what percent": the first is a part of the second.
  const pct = /%|\bper ?cent(?:age)?\b|\bshare\b|\bfraction\b|\bproportion\b/.test(free);
  if (pct && PART_OF.test(s.slice(a.at + a.raw.length, b.at))) return { kind: 'share', from: b, to: a };
  // "$55k self-hosted vs $400k on the API, % savings?": the saving is measured against the dearer option.
  if (pct && SAVING_ASK.test(free) && ALTERNATIVE.test(s.slice(a.at + a.raw.length, b.at)) && a.dims.usd === 1) {
    const [dear, cheap] = a.value >= b.value ? [a, b] : [b, a];
    return { kind: 'change', from: dear, to: cheap };
  }
  const gap = gapOf(s, free, a, b);
  if (gap) return gap;
  if (PER_DOLLAR.test(free) && a.dims.usd === 1) {
    // The revenue is the amount named as such (or the one beside the amount named a cost); the other is spent on it.
    const [la, lb] = [labelOf(s, a), labelOf(s, b, a)];
    const revenue = la === 'revenue' || lb === 'cost' ? a : lb === 'revenue' || la === 'cost' ? b : undefined;
    if (revenue && labelOf(s, revenue === a ? b : a, revenue === a ? a : undefined) !== 'revenue')
      return { kind: 'per-dollar', from: revenue, to: revenue === a ? b : a };
  }
  if (TIMES.test(free)) {
    const asPercent = /%|\bper ?cent(?:age)?\b/.test(free) || undefined;
    // "from $15 to $6 — what % cut, and how many times cheaper?": a move from one to the other, whose percentage is the
    // change, not one as a percentage of the other; the change line gives the multiple too.
    if (asPercent && JOINED.test(s.slice(a.at + a.raw.length, b.at)) && CHANGE_WORD.test(free))
      return { kind: 'change', from: a, to: b };
    return a.value <= b.value
      ? { kind: 'times', from: a, to: b, asPercent }
      : { kind: 'times', from: b, to: a, asPercent };
  }
  const years = yearsOf(s);
  // "$72B of AI spend vs $160B ad revenue, as a %?": two amounts set side by side and a bare percentage asked, no
  // word of a change, no years or time between them: the first as a share of the second.
  if (
    pct &&
    !years &&
    !durations.length &&
    SIDE_BY_SIDE.test(s.slice(a.at + a.raw.length, b.at)) &&
    !CHANGE_WORD.test(free)
  )
    return { kind: 'share', from: b, to: a };
  const linear = LINEAR.test(free);
  if (!CHANGE_ASK.test(free) && !linear) return undefined;
  const [from, to] = years && years[0] > years[1] ? [b, a] : [a, b];
  const asked = RATE_PER.exec(free);
  const askedPer = asked?.[1] ? adverb(asked[1]) : asked?.[2];
  if (years) {
    const span = Math.abs(years[1] - years[0]);
    const per = askedPer ?? 'year';
    return {
      kind: linear ? 'linear' : 'change',
      from,
      to,
      periods: (span * HOURS.year!) / HOURS[per]!,
      per,
      span: `${Math.min(...years)}→${Math.max(...years)}`,
    };
  }
  const over = durations[0];
  if (over) {
    const written = /([a-z]+)\s*$/.exec(over.raw)?.[1];
    const per = askedPer ?? (written ? periodOf(written) : 'year');
    return { kind: linear ? 'linear' : 'change', from, to, periods: over.value / HOURS[per]!, per };
  }
  return linear ? undefined : { kind: 'change', from, to };
}

/** An amount and a rate of the same thing per period, with one duration: the rate over the duration, in the amount's
 * unit, beside the amount; else undefined. */
function overTime(amounts: Quantity[], durations: Quantity[]): Quantity[] | undefined {
  const [over] = durations;
  if (amounts.length !== 2 || durations.length !== 1 || !over) return undefined;
  const rate = amounts.find((q) => q.dims.hour === -1 && q.per);
  const whole = amounts.find((q) => q !== rate);
  if (!rate || !whole || !sameDims({ ...rate.dims, hour: 0 }, whole.dims) || whole.dims.hour !== undefined)
    return undefined;
  const dims = { ...rate.dims };
  delete dims.hour;
  const part: Quantity = { value: rate.value * over.value, dims, raw: `(${rate.raw} × ${over.raw})`, at: rate.at };
  return [whole, part].sort((x, y) => x.at - y.at);
}

/** Whether an amount is named a revenue or a cost by the words in its own clause: those since the amount before it
 * (or the clause start) and the few right after it ("revenue is $5M", "$8M in costs", "$8M revenue"). */
export function labelOf(s: string, q: Quantity, prev?: Quantity): 'revenue' | 'cost' | undefined {
  const before = s
    .slice(prev ? prev.at + prev.raw.length : Math.max(0, q.at - 30), q.at)
    .split(AFTER_END)
    .pop();
  const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 14).split(AFTER_END)[0];
  const w = `${before} ${after}`;
  if (REVENUE_WORD.test(w) && !COST_WORD.test(w)) return 'revenue';
  if (COST_WORD.test(w) && !REVENUE_WORD.test(w)) return 'cost';
  return undefined;
}

/** A revenue and a cost, each named by its own words, and a profit or loss asked: revenue − cost. */
function gapOf(s: string, free: string, a: Quantity, b: Quantity): Change | undefined {
  if (a.dims.usd !== 1 || !GAP_ASK.test(free) || a.high !== undefined || b.high !== undefined) return undefined;
  const [la, lb] = [labelOf(s, a), labelOf(s, b, a)];
  if (la === 'revenue' && lb === 'cost') return { kind: 'gap', from: a, to: b };
  if (la === 'cost' && lb === 'revenue') return { kind: 'gap', from: b, to: a };
  return undefined;
}

/** "$1" written right after "per", "for every" or "each": the unit of a rate asked, not an amount. */
function isUnitDollar(s: string, q: Quantity): boolean {
  return (
    q.value === 1 &&
    /^\$\s?1(?:\.0+)?$/.test(q.raw) &&
    /\b(?:per|every|each|a)\s*$/.test(s.slice(Math.max(0, q.at - 12), q.at))
  );
}

/** "$20 → $0.07 per M tokens": the first amount, plain money, takes the unit written once on the second. */
function sharedUnitOf(s: string, [a, b]: [Quantity, Quantity]): [Quantity, Quantity] {
  if (sameDims(a.dims, b.dims) || !sameDims(a.dims, { usd: 1 }) || b.dims.usd !== 1 || a.at > b.at) return [a, b];
  if (!JOINED.test(s.slice(a.at + a.raw.length, b.at))) return [a, b];
  const written = Number(/\d[\d,]*(?:\.\d+)?/.exec(b.raw)?.[0].replace(/,/g, ''));
  if (!(written > 0) || /\d\s*[kmbt]\b/i.test(b.raw.replace(/per m\b.*$/i, ''))) return [a, b];
  return [{ ...a, value: (a.value * b.value) / written, dims: { ...b.dims } }, b];
}

export function adverb(w: string): string {
  if (/^annual|^yearly/.test(w)) return 'year';
  return { monthly: 'month', quarterly: 'quarter', weekly: 'week', daily: 'day' }[w] ?? 'year';
}

/** "from $30 to $10 per MTok vs the fall from $20 to $0.07 — what % cut is each?": two changes side by side, each a
 * pair of like amounts written "A to B". */
export function changePairs(text: string, quantities: Quantity[]): Change[] | undefined {
  const s = text.toLowerCase();
  if (quantities.length !== 4 || quantities.some(isFactor) || quantities.some(isDuration)) return undefined;
  const [a, b, c, d] = quantities as [Quantity, Quantity, Quantity, Quantity];
  const to = (x: Quantity, y: Quantity) =>
    /^\s*(?:to|->|→|-->|down to|up to)\s*$/.test(s.slice(x.at + x.raw.length, y.at));
  if (!to(a, b) || !to(c, d) || !sameDims(a.dims, b.dims) || !sameDims(c.dims, d.dims)) return undefined;
  const first = changeOf(s, [a, b]);
  if (first?.kind !== 'change') return undefined;
  return [first, { kind: 'change', from: c, to: d }];
}

/** Words next to a percentage that make it a change of another amount: "volume grew 70%", "70% more calls". */
const UP_NEAR =
  /\b(?:grew|grow|grows|growing|rose|rise|rises|up|increas\w*|jump\w*|climb\w*|more|higher|added|gained?)\b/;
const DOWN_NEAR =
  /\b(?:fell|fall|falls|falling|dropp?\w*|down|declin\w*|decreas\w*|shr[iau]nk\w*|less|lower|fewer|lost)\b/;
/** The change of a product asked: "did the bill go up or down", "by what %", "% change in spend". */
const PRODUCT_ASK = /\bup or down\b|\bdown or up\b|\bby what\b|\bby how much\b|\bhigher or lower\b|\bmore or less\b/;

/** "vendor cut price from $0.40 to $0.25 per M, and our volume grew 70%: did the bill go up or down, by what %?": a
 * change of one amount written from A to B, and a percentage change of the amount it multiplies; the product's change
 * is (B ÷ A) × (1 ± p) − 1. */
export function productChangeOf(text: string, quantities: Quantity[]): Change | undefined {
  const s = text.toLowerCase();
  const factors = quantities.filter(isFactor);
  const amounts = quantities.filter((q) => !isFactor(q) && !isDuration(q));
  if (factors.length !== 1 || amounts.length !== 2 || quantities.some(isDuration)) return undefined;
  const f = factors[0]!;
  if (f.high !== undefined || f.dims.hour !== undefined || f.dims.percent !== 1) return undefined;
  const [a, b] = sharedUnitOf(s, amounts as [Quantity, Quantity]);
  if (
    !sameDims(a.dims, b.dims) ||
    !JOINED.test(s.slice(a.at + a.raw.length, b.at).replace(/^\s*(?:per\s+\w+\s*)?/, ' '))
  )
    return undefined;
  let free = s;
  for (const q of quantities)
    free = `${free.slice(0, q.at)}${' '.repeat(q.raw.length)}${free.slice(q.at + q.raw.length)}`;
  if (!PRODUCT_ASK.test(free) && !CHANGE_ASK.test(free)) return undefined;
  // The percentage sits in its own clause, after the pair: "…, and our volume grew 70%".
  if (f.at < b.at) return undefined;
  const before = s
    .slice(Math.max(b.at + b.raw.length, f.at - 30), f.at)
    .split(/[.;:?!]|,\s*(?:and|but)?/)
    .pop();
  const after = s.slice(f.at + f.raw.length, f.at + f.raw.length + 16).split(/[.,;:?!-]|\b(?:and|but|so)\b/)[0];
  const near = `${before} ${after}`;
  const up = UP_NEAR.test(near);
  const down = DOWN_NEAR.test(near);
  if (up === down) return undefined;
  const factor = 1 + ((down ? -1 : 1) * f.value) / 100;
  if (!(factor >= 0)) return undefined;
  return { kind: 'change', from: a, to: b, also: { factor, raw: `(1 ${down ? '−' : '+'} ${f.raw})` } };
}
