// An amount compounded period after period by the user's own rate, where the plain solver would get it wrong: a
// decline ("token prices fall 40% every year: a $10/M model after 3 years?" is $10/M × (1 − 40%)³ = $2.16/M), the
// cumulative total of a growing flow ("burn starts at $2M/month and grows 5% each month: total over 12 months?" is
// $2M × (1.05¹² − 1) ÷ 5%), a rate written "m/m" or "YoY", and a price applied to the grown count ("20k users
// growing 15% m/m: users in 6 months, and the bill at $0.35/user?").
import { type Dims, HOURS, type Quantity } from './quantities.js';
import { DOWN_AFTER, DOWN_BEFORE } from './quantity-words.js';

/** A start amount, a signed rate per period and how many periods it runs. */
export interface Growth {
  start: Quantity;
  /** The change per period as a fraction: −0.4 for "falls 40% a year". */
  rate: number;
  /** The rate as written ("40% every year"). */
  rateRaw: string;
  per: string;
  periods: number;
  over: Quantity;
  /** The sum over every period is asked, not the level at the end. */
  total: boolean;
  /** A price per counted thing applied to the grown count ("the bill at $0.35/user"). */
  price?: Quantity;
  /** The period the applied price is asked per ("monthly bill"), when it is not written on the price. */
  pricePer?: string;
  /** A step of several periods the rate applies once in ("cut 30% every 6 months"). */
  step?: Quantity;
}

/** Words between a rate and the duration of one step: "30% every 6 months", "cut 20% each 2 years". */
const EVERY_BETWEEN = /^\s*(?:[a-z]+\s+){0,2}?(?:every|each|once every)\s*$/;

/** A rate's period written after it: "15% m/m", "8% MoM", "30% y/y", "20% month over month". */
const PERIOD_AFTER =
  /^\s*(?:(m\/m|mom|m-o-m|month[- ]on[- ]month|month[- ]over[- ]month)|(y\/y|yoy|y-o-y|year[- ]on[- ]year|year[- ]over[- ]year)|(q\/q|qoq|quarter[- ]over[- ]quarter))\b/;
/** "50% cheaper every year", "3x pricier each year", "2x more expensive a year": a comparative, then the period. */
const WORDED_PERIOD =
  /^\s*(?:[a-z]{2,}(?:er|ier)|less|more(?:\s+(?:expensive|costly|valuable))?|down|up)\s+(?:every|each|a|per)\s+(year|month|quarter)\b/;
/** The cumulative total is asked: "total burned", "cumulative", "in the first 12 months", "altogether". */
const TOTAL =
  /\b(?:total|cumulative|cumulatively|altogether|combined|in all|sum|all told)\b|\b(?:first|over the|across the|during the)\s+(?:\d+|next)/;

/** The period a bill is asked per: "monthly bill", "bill a year". */
const BILL_PER = /\b(?:(monthly|a month|per month)|(yearly|annual|a year|per year))\b/;

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
const isFactor = (q: Quantity) => q.dims.percent === 1 || q.dims.times === 1;
const COUNTS = ['user', 'gpu', 'item'] as const;

/** The period of a rate: the one the parser read, else one written after it ("m/m"). */
function periodOf(s: string, q: Quantity): string | undefined {
  if (q.apply === 'compound') return q.per ?? 'year';
  const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 30);
  const m = PERIOD_AFTER.exec(after);
  if (m) return m[1] ? 'month' : m[2] ? 'year' : 'quarter';
  // "50% cheaper every year", "10% more each month": the rate's period after the word that says which way.
  const w = WORDED_PERIOD.exec(after);
  return w ? w[1] : undefined;
}

/** The compounding a question asks for, when the plain solver would not work it right, or undefined. */
export function growthOf(text: string, qs: Quantity[]): Growth | undefined {
  const s = text.toLowerCase();
  const stepped = steppedOf(s, qs);
  if (stepped) return stepped;
  const rates = qs.filter((q) => isFactor(q) && periodOf(s, q) !== undefined);
  const durations = qs.filter(isDuration);
  if (rates.length !== 1 || durations.length !== 1) return undefined;
  const [r, over] = [rates[0]!, durations[0]!];
  if (r.high !== undefined) return undefined;
  const others = qs.filter((q) => q !== r && q !== over);
  if (others.some(isFactor) || !others.length || others.length > 2) return undefined;
  const start = others[0]!;
  // "at $0.35/user": a price per the thing the start counts, applied to the count at the end.
  const counted = COUNTS.find((d) => start.dims[d] === 1 && Object.keys(start.dims).length === 1);
  const price = others[1];
  if (price && !(counted && price.dims.usd === 1 && price.dims[counted] === -1)) return undefined;
  const per = periodOf(s, r)!;
  const down =
    DOWN_BEFORE.test(s.slice(Math.max(0, r.at - 40), r.at)) ||
    DOWN_AFTER.test(s.slice(r.at + r.raw.length, r.at + r.raw.length + 16));
  const pct = r.dims.percent === 1;
  // "3x a year" grows to 3×; "halves" is read by the parser as 0.5×; a percentage adds or takes away.
  const rate = pct ? ((down ? -1 : 1) * r.value) / 100 : down && r.value > 1 ? 1 / r.value - 1 : r.value - 1;
  const flow = start.dims.hour === -1;
  const total = flow && TOTAL.test(s);
  // The plain solver already compounds an upward "% a year" on one amount: only what it gets wrong comes here.
  if (r.apply === 'compound' && !down && !total && !price) return undefined;
  return {
    start,
    rate,
    rateRaw: r.raw,
    per,
    periods: over.value / HOURS[per]!,
    over,
    total,
    ...(price ? { price } : {}),
    ...(price && price.dims.hour === undefined && BILL_PER.exec(s)
      ? { pricePer: BILL_PER.exec(s)![1] ? 'month' : 'year' }
      : {}),
  };
}

/** "a $10/M price cut 30% every 6 months — after 2 years?": a rate applied once a step of several periods, over a
 * duration; the level at the end is start × (1 − 30%)^(2 years ÷ 6 months). */
function steppedOf(s: string, qs: Quantity[]): Growth | undefined {
  const durations = qs.filter(isDuration);
  const factors = qs.filter(isFactor);
  if (durations.length !== 2 || factors.length !== 1 || qs.length !== 4) return undefined;
  const r = factors[0]!;
  const step = durations.find((d) => d.at > r.at && EVERY_BETWEEN.test(s.slice(r.at + r.raw.length, d.at)));
  const over = durations.find((d) => d !== step);
  const start = qs.find((q) => q !== r && !isDuration(q));
  if (!step || !over || !start || r.high !== undefined || r.dims.percent !== 1 || !(step.value > 0)) return undefined;
  if (start.dims.hour === -1 && TOTAL.test(s)) return undefined;
  const down =
    r.apply === 'less' ||
    DOWN_BEFORE.test(s.slice(Math.max(0, r.at - 40), r.at)) ||
    DOWN_AFTER.test(s.slice(r.at + r.raw.length, r.at + r.raw.length + 16));
  if (!down && r.apply !== 'more' && r.apply !== 'compound') return undefined;
  return {
    start,
    rate: ((down ? -1 : 1) * r.value) / 100,
    rateRaw: `${r.raw} every ${step.raw}`,
    per: 'step',
    periods: over.value / step.value,
    over,
    total: false,
    step,
  };
}

/** The dimensions of a count of `d`, for wording a grown count. */
export function countDim(dims: Dims): (typeof COUNTS)[number] | undefined {
  return COUNTS.find((d) => dims[d] === 1 && Object.keys(dims).length === 1);
}
