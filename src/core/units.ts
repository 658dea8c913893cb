// Arithmetic with units: the user's quantities are multiplied or divided so that their dimensions give the
// unit the question asks for (a total in dollars, dollars a month, GPUs, months). Every quantity given is
// used; the search tries each quantity in the numerator or the denominator, at most 2^6 combinations.
import { type Dims, HOURS, MAX_QUANTITIES, type Quantity } from './understand/quantities.js';

/** What the question asks for: the dimensions of the answer, and how to show time in it. */
export interface Target {
  dims: Dims;
  /** Show a rate over time per this period ("month"), or a duration in it. */
  per?: string;
  /** What a count asked for is called ("H100" in "how many H100s"). */
  noun?: string;
  /** A second period the rate is asked per too ("savings per month and per year"). */
  alsoPer?: string;
  /** The unit the result is shown in when the question names one ("MWh", "PF-days"). */
  unit?: string;
  /** An amount per one thing asked per so many of them ("per 1,000 requests", "per billion tokens"). */
  perCount?: number;
}

/** A worked result: value in base units, its dimensions, and each input with its sign (+1 ×, -1 ÷). */
export interface Worked {
  value: number;
  /** The value before percentages and multiples applied, when there are any. */
  base?: number;
  /** The base's upper end when an input was a range ("$5-20M"). */
  baseHigh?: number;
  /** The upper end when a range was given ("40-50%"). */
  high?: number;
  dims: Dims;
  steps: Array<{ q: Quantity; sign: 1 | -1 }>;
  /** Percentages and multiples applied after the units combined. */
  factors: Quantity[];
  /** The duration a per-year change compounds over. */
  over?: Quantity;
}

/** Why quantities could not be combined. */
export type UnitsError = 'no-combination' | 'divide-by-zero' | 'too-large';

/** Largest magnitude reported; beyond it a result means nothing. */
const MAX_MAGNITUDE = 1e18;
/** Largest amount of compute reported, in FLOP (or FLOP per hour). */
const MAX_FLOP = 1e32;

/** Answers in the order they are preferred when the question does not say which unit it wants. */
const SENSIBLE: Dims[] = [
  { usd: 1 },
  { usd: 1, gpu: -1 },
  { usd: 1, user: -1 },
  { usd: 1, item: -1 },
  { usd: 1, token: -1 },
  { usd: 1, hour: -1 },
  { hour: 1 },
  { token: 1 },
  { token: 1, hour: -1 },
];
/** A count is an answer only when the question asks for one ("how many GPUs"): unasked, "1.2 companies" from
 * "50 companies × $800M ÷ $1B" is a formula that fits the units and means nothing. */

export function sameDims(a: Dims, b: Dims): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Dims>;
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}

/** A quantity's dimensions turned over: dollars per token → tokens per dollar. */
export function inverse(d: Dims): Dims {
  return Object.fromEntries(Object.entries(d).map(([k, e]) => [k, -e]));
}

function combine(qs: Quantity[], signs: Array<1 | -1>): { value: number; dims: Dims; zero: boolean } {
  let value = 1;
  let zero = false;
  const dims: Dims = {};
  qs.forEach((q, i) => {
    const s = signs[i]!;
    if (s === -1 && q.value === 0) zero = true;
    value = s === 1 ? value * q.value : value / q.value;
    for (const [k, e] of Object.entries(q.dims) as Array<[keyof Dims, number]>) {
      const v = (dims[k] ?? 0) + s * e;
      if (v === 0) delete dims[k];
      else dims[k] = v;
    }
  });
  return { value, dims, zero };
}

/** The index in `wanted` of the unit a formula over `set` comes out in (-1: none), as `combine` and `sameDims` would
 * find it: each dimension's exponents summed as plain numbers, since the search tries up to 2^8 formulas per set. */
function unitRanker(set: Quantity[], wanted: Dims[]): (signs: Array<1 | -1>) => number {
  const keys = [...new Set([...set, ...wanted.map((dims) => ({ dims }))].flatMap((q) => Object.keys(q.dims)))] as Array<
    keyof Dims
  >;
  // An exponent that is no number (a key set to undefined) would make `combine` keep a NaN: the exact path then.
  if (!set.every((q) => Object.values(q.dims).every((e) => typeof e === 'number')))
    return (signs) => wanted.findIndex((w) => sameDims(w, combine(set, signs).dims));
  const rows = set.map((q) => keys.map((k) => q.dims[k] ?? 0));
  const goals = wanted.map((w) => keys.map((k) => w[k] ?? 0));
  const sums = new Array<number>(keys.length);
  return (signs) => {
    for (let j = 0; j < keys.length; j++) {
      let v = 0;
      for (let i = 0; i < rows.length; i++) v += signs[i]! * rows[i]![j]!;
      sums[j] = v;
    }
    return goals.findIndex((g) => g.every((e, j) => e === sums[j]));
  };
}

/** Dimensions that never multiply themselves in a sensible formula: no one asks for dollars squared. */
const SINGLE: ReadonlyArray<keyof Dims> = ['usd', 'token', 'gpu', 'user', 'item', 'kwh', 'gb', 'flop', 'co2'];

/**
 * Whether a formula's units compose: the inputs multiplied together, and those divided by, each carry every
 * dimension at most once. "$85k × $9,500/month ÷ $2k/month" comes out in dollars, but only by multiplying two
 * amounts of money — a formula with no meaning, however well its units cancel.
 */
export function composes(qs: Quantity[], signs: Array<1 | -1>): boolean {
  for (const side of [1, -1] as const) {
    const on = qs.filter((_, i) => signs[i] === side);
    const dims = combine(
      on,
      on.map(() => 1 as const),
    ).dims;
    if (SINGLE.some((d) => Math.abs(dims[d] ?? 0) >= 2)) return false;
    // "$5/M × 3M tokens × 600k tokens a day ÷ $1": two amounts of tokens multiplied (or two prices per token) mean
    // nothing, even where a third quantity cancels one of them out.
    if (on.filter((q) => (q.dims.token ?? 0) > 0).length >= 2) return false;
    if (on.filter((q) => (q.dims.token ?? 0) < 0 && q.dims.usd === 1).length >= 2) return false;
  }
  // "500M tokens × $15/M ÷ $3/M": one token price over another is a ratio, never part of a larger formula.
  const price = (i: number) => sameDims(qs[i]!.dims, { usd: 1, token: -1 });
  const up = qs.findIndex((_, i) => signs[i] === 1 && price(i));
  const down = qs.findIndex((_, i) => signs[i] === -1 && price(i));
  if (up >= 0 && down >= 0 && qs.length > 2) return false;
  // "$2/M × 1M out a day ÷ 4M in": one plain amount of tokens over another is a ratio, never part of a larger formula;
  // tokens per request or per user divide a volume into a count.
  const plainTokens = (i: number) =>
    (qs[i]!.dims.token ?? 0) > 0 && !(['user', 'item', 'gpu'] as const).some((d) => qs[i]!.dims[d] !== undefined);
  const tokensUp = qs.some((_, i) => signs[i] === 1 && (qs[i]!.dims.token ?? 0) > 0);
  const tokensDown = qs.some((_, i) => signs[i] === -1 && plainTokens(i));
  if (tokensUp && tokensDown && qs.length > 2) return false;
  return true;
}

/** A rate over time only ("$2/hr", "700 W") next to a count of GPUs or users (or asked for one: "how many
 * H100s") is per GPU or per user. */
function perCount(qs: Quantity[], target?: Target): Quantity[] | undefined {
  // "how many GPU-hours" counts GPUs too.
  // "2.788M GPU-hours at $2.50/hr": a count held for a time counts the things the hourly rate is per.
  // "1,800 tok/s per gpu and pay $2/hr", "cost per card?" with no card counted: the question is about one of them,
  // so a price or a power by the hour is that one's too.
  // "our gpu does 3,000 tok/s — requests per gpu per day?": a rate of the one chip, asked per chip.
  const one = (d: 'gpu' | 'user' | 'item') =>
    !qs.some((q) => (q.dims[d] ?? 0) > 0) &&
    (target?.dims[d] ?? 0) <= 0 &&
    (qs.some((q) => q.dims[d] === -1 && q.dims.hour === -1 && q.dims.usd === undefined) ||
      (target?.dims[d] === -1 && target.dims.usd === 1 && (target.dims.hour === undefined || d === 'gpu')) ||
      (d === 'gpu' && target?.dims.gpu === -1 && target.dims.hour === -1 && target.dims.usd === undefined));
  const counted = (d: 'gpu' | 'user' | 'item') =>
    qs.some((q) => q.dims[d] === 1 && (Object.keys(q.dims).length === 1 || isCountTime(q))) ||
    (target?.dims[d] === 1 && (Object.keys(target.dims).length === 1 || target.dims.hour === 1)) ||
    (d === 'gpu' && one(d));
  const count = (['gpu', 'user', 'item'] as const).find(counted);
  if (!count) return undefined;
  const single = count === 'gpu' && one('gpu');
  // "fixed costs $180k/mo, each customer nets $45/mo": an amount marked as one thing's is the one per it, the others
  // are totals.
  const marked = qs.some((q) => q.perUnit);
  let changed = false;
  const out = qs.map((q) => {
    if (q.perUnit) {
      changed = true;
      return { ...q, dims: { ...q.dims, [count]: -1 } };
    }
    if (marked) return q;
    const keys = Object.keys(q.dims);
    // A yearly amount ("$1.8M a year on APIs") is a budget or a spend, not a unit price: rentals and power are
    // quoted by the hour, day or month.
    // "512 GPUs at 312 TFLOP/s": a chip's speed is per chip too.
    // With no chips counted, a throughput is the one chip's too ("one gpu does 1,500 tok/s").
    const rate = q.dims.usd === 1 || q.dims.kwh === 1 || q.dims.flop === 1 || (single && q.dims.token === 1);
    if (rate && q.dims.hour === -1 && keys.length === 2 && q.per !== 'year') {
      changed = true;
      return { ...q, dims: { ...q.dims, [count]: -1 } };
    }
    return q;
  });
  return changed ? out : undefined;
}

/** A count for a time: "GPU-hours", "seat-months". */
const isCountTime = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 2;

/** Counts as plain multipliers: "2,000 users × 25 chats a day × 900 tokens per chat" multiplies whatever the
 * users, chats and tickets are called. Tried only when the units do not combine otherwise. */
function countsAsNumbers(qs: Quantity[]): Quantity[] | undefined {
  const counts = ['gpu', 'user', 'item'] as const;
  if (!qs.some((q) => counts.some((d) => q.dims[d] !== undefined))) return undefined;
  // Only a money calculation: "10 H100s × 3 months" alone is not GPU-free time.
  if (!qs.some((q) => q.dims.usd !== undefined)) return undefined;
  // "2M tokens per person a month at $5/M" with no head count is a bill per person: erasing "per person" would
  // price one person's usage as the whole bill.
  if (counts.some((d) => qs.some((q) => (q.dims[d] ?? 0) < 0) && !qs.some((q) => (q.dims[d] ?? 0) > 0)))
    return undefined;
  return qs.map((q) => {
    const dims = { ...q.dims };
    for (const d of counts) delete dims[d];
    const out = { ...q, dims };
    if (!Object.keys(dims).length) COUNTED.add(out);
    else if (
      sameDims(q.dims, dims) &&
      dims.usd === 1 &&
      (dims.hour ?? -1) === -1 &&
      Object.keys(dims).every((k) => k === 'usd' || k === 'hour')
    )
      TOTALS.add(out);
    return out;
  });
}

/** Counts made plain numbers, and amounts of money that were never per anything, in a counts-as-numbers set. */
const COUNTED = new WeakSet<Quantity>();
const TOTALS = new WeakSet<Quantity>();

/** "$1.8M a year × 10M users": a total of money multiplied by a count means nothing; money per user would. A
 * count divided in a set that lost its units is refused too. */
function countTimesTotal(qs: Quantity[], signs: Array<1 | -1>): boolean {
  // A count made a plain number never divides: the result would be per that thing, which the units lost.
  if (qs.some((q, i) => signs[i] === -1 && COUNTED.has(q))) return true;
  const up = qs.filter((_, i) => signs[i] === 1);
  return up.some((q) => COUNTED.has(q)) && up.some((q) => TOTALS.has(q));
}

/** Whether a count dimension some quantity is per (a price per GPU, a rate per GPU-hour) is left over by a formula. */
function countLeft(qs: Quantity[], signs: Array<1 | -1>): boolean {
  const dims = combine(qs, signs).dims;
  return (['gpu', 'user', 'item'] as const).some((d) => dims[d] && qs.some((q) => (q.dims[d] ?? 0) < 0));
}

/** A percentage or a multiple: applied to the amount after the units are combined. */
export function isFactor(q: Quantity): boolean {
  return q.dims.percent === 1 || q.dims.times === 1;
}

/** A plain share: a percentage alone, not a range ("60%", not "10-20%"). */
export function isShare(q: Quantity): boolean {
  return q.dims.percent === 1 && Object.keys(q.dims).length === 1 && q.high === undefined;
}

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;

/** The multiplier a factor applies, given one end of its value and, for compounding, the years it runs. */
function factorOf(f: Quantity, v: number, periods: number): number {
  const x = appliedFactor(f, v, periods);
  return f.inverse ? 1 / x : x;
}

function appliedFactor(f: Quantity, v: number, periods: number): number {
  const p = f.dims.percent === 1 ? v / 100 : v;
  switch (f.apply) {
    case 'less':
      return f.dims.percent === 1 ? 1 - p : 1 / p;
    case 'more':
      return f.dims.percent === 1 ? 1 + p : p;
    case 'of-total':
      return 1 / p;
    case 'add':
      return 1 + p;
    case 'compound':
      return (f.dims.percent === 1 ? (f.falls ? 1 - p : 1 + p) : p) ** periods;
    case 'upkeep':
      return (f.upkeepAlone ? 0 : 1) + p * periods;
    default:
      return p;
  }
}

/** The lowest and highest results when inputs are ranges ("$5-20M each"): every mix of their ends. */
function spanOf(qs: Quantity[], signs: Array<1 | -1>, value: number): [number, number] {
  const ranged = qs.map((_, i) => i).filter((i) => qs[i]!.high !== undefined);
  let [low, high] = [value, value];
  for (let mask = 1; mask < 1 << Math.min(ranged.length, 3); mask++) {
    const set = qs.map((q, i) => {
      const k = ranged.indexOf(i);
      return k >= 0 && (mask >> k) & 1 ? { ...q, value: q.high! } : q;
    });
    const v = combine(set, signs).value;
    [low, high] = [Math.min(low, v), Math.max(high, v)];
  }
  return [low, high];
}

/** Combines every quantity into the target's unit (or the most sensible unit when none is asked), then
 * applies percentages and multiples as the question words them. */
/** Dimensions that count things: a price per one of them is counted by them. */
export const COUNT_DIMS = ['gpu', 'user', 'item'] as const;

export function solve(quantities: Quantity[], target?: Target): Worked | UnitsError {
  // Words, pages or bytes the question's own conversions do not turn into tokens: a count of one thing would cancel
  // against a count of another.
  if (quantities.some((q) => q.unconverted)) return 'no-combination';
  const all = quantities.slice(0, MAX_QUANTITIES);
  const givenFactors = all.filter(isFactor);
  // Upkeep runs over a duration as a growth does, added each period instead of compounded.
  const compound = givenFactors.find((f) => f.apply === 'compound' || f.apply === 'upkeep');
  // The duration a per-year change compounds over is not part of the units.
  const over = compound ? all.find((q) => !isFactor(q) && isDuration(q)) : undefined;
  if (compound && !over) return 'no-combination';
  const qs = all.filter((q) => !isFactor(q) && q !== over);
  // "doubling every 6 months — how much more after 3 years?": the growth alone, a multiple of whatever it applies to.
  if (!qs.length && compound && givenFactors.length === 1) {
    const value = factorOf(compound, compound.value, over!.value / HOURS[compound.per ?? 'year']!);
    if (!Number.isFinite(value) || value > MAX_MAGNITUDE) return 'too-large';
    return { value, base: 1, dims: {}, steps: [], factors: givenFactors, over };
  }
  if (!qs.length) return 'no-combination';
  const wanted = target ? [target.dims] : SENSIBLE;
  let best: { rank: number; divisions: number; below: number; signs: Array<1 | -1>; set: Quantity[] } | undefined;
  const countsAsked = target && (['gpu', 'user', 'item'] as const).some((d) => target.dims[d] !== undefined);
  const erased = countsAsked ? undefined : countsAsNumbers(qs);
  const sets = [[qs, perCount(qs, target)], [erased]];
  for (const round of sets) {
    for (const set of round) {
      if (!set) continue;
      const rankOf = unitRanker(set, wanted);
      for (let mask = 0; mask < 1 << set.length; mask++) {
        const signs = set.map((_, i) => ((mask >> i) & 1 ? -1 : 1)) as Array<1 | -1>;
        // All divided only for one rate turned over ("tokens per dollar at $0.25/M"), when that is what is asked.
        const turned = set.length === 1 && target !== undefined && sameDims(target.dims, inverse(set[0]!.dims));
        if (
          (!signs.includes(1) && !turned) ||
          set.some((q, i) => (q.chained && signs[i] === -1) || (q.spread && signs[i] === 1))
        )
          continue;
        // The units first: a formula in no unit wanted, or in one ranked below the best found, is never taken, so the
        // tests of its meaning below are not worth making.
        const rank = rankOf(signs);
        if (rank < 0 || (best && rank > best.rank)) continue;
        const combined = combine(set, signs);
        if (!composes(set, signs) || countTimesTotal(set, signs)) continue;
        // A price of one of the things counted ("at $5M each") only divides when nothing it is per is counted.
        if (set.some((q, i) => q.perUnit && signs[i] === 1 && !COUNT_DIMS.some((d) => q.dims[d] === -1))) continue;
        // Counts made plain numbers must still cancel where the units say a thing is counted: "8 H100s × $30k each ÷
        // $2 per GPU-hour" is GPU-hours, not hours, however the counts are erased.
        if (set === erased && countLeft(qs, signs)) continue;
        const divisions = signs.filter((x) => x === -1).length;
        // A count asked ("how many runs") of amounts of one kind is the larger over the smaller.
        // A share asked ("what utilisation") is the part over the whole: at most all of it.
        const share = target?.unit === '%';
        const below =
          Object.keys(combined.dims).length === 0 &&
          (share ? Math.abs(combined.value) > 1 : Math.abs(combined.value) < 1)
            ? 1
            : 0;
        if (
          rank >= 0 &&
          (!best ||
            rank < best.rank ||
            (rank === best.rank && below < best.below) ||
            (rank === best.rank && below === best.below && divisions < best.divisions))
        )
          best = { rank, divisions, below, signs, set };
      }
    }
    if (best) break;
  }
  if (!best) return 'no-combination';
  // "$500 a year each" with nothing counted, multiplied: a price of one of something, never a total ("$0.5 a
  // year"); divided, it counts the things ("$3B buys how many at $5M each").
  const uncounted = (q: Quantity, i: number) =>
    q.perUnit && best!.signs[i] === 1 && !COUNT_DIMS.some((d) => q.dims[d] === -1);
  if (best.set.some(uncounted)) return 'no-combination';
  if (workdaysUnsized(best.set, best.signs)) return 'no-combination';
  const { value, dims, zero } = combine(best.set, best.signs);
  if (zero || !Number.isFinite(value)) return 'divide-by-zero';
  const factors = powerFactors(givenFactors, best.set, best.signs, dims);
  if (!factors) return 'no-combination';
  const periods = over && compound ? over.value / HOURS[compound.per ?? 'year']! : 0;
  let [low, high] = spanOf(best.set, best.signs, value);
  const [baseLow, baseHigh] = [low, high];
  for (const f of factors) {
    if ((f.value === 0 && (f.apply === 'of-total' || (f.apply === 'less' && f.dims.times === 1))) || f.high === 0)
      return 'divide-by-zero';
    if (f.inverse && factorOf(f, f.value, periods) === Infinity) return 'divide-by-zero';
    // A change to an amount that divides divides too: a burn cut by 30% lasts 1 ÷ 0.7 as long.
    const on = f.on === undefined ? -1 : best.set.findIndex((q) => q.at === f.on);
    const flip = on >= 0 && best.signs[on] === -1 ? -1 : 1;
    const a = factorOf(f, f.value, periods) ** flip;
    const b = factorOf(f, f.high ?? f.value, periods) ** flip;
    [low, high] = [low * Math.min(a, b), high * Math.max(a, b)];
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return 'divide-by-zero';
  // Compute is counted in FLOP, which reach 10^27 for real runs.
  const limit = dims.flop ? MAX_FLOP : MAX_MAGNITUDE;
  if (Math.max(Math.abs(low), Math.abs(high)) > limit) return 'too-large';
  return {
    value: low,
    base: factors.length ? baseLow : undefined,
    baseHigh: factors.length && baseHigh !== baseLow ? baseHigh : undefined,
    high: high !== low ? high : undefined,
    dims,
    steps: best.set.map((q, i) => ({ q, sign: best!.signs[i]! })),
    factors,
    over,
  };
}

/** Working days ("22 workdays", "20 business days"), which last as long as the hours worked in each. */
const WORKDAYS = /\b(?:work[\s-]?days?|working[\s-]days?|business[\s-]days?)\b/i;
/** Hours of each day, a plain fraction of the time ("8h workday", "6h a day"). */
const DAY_HOURS = /\d\s*-?\s*(?:h|hrs?|hours?)\b/i;

/** "$90/hr × 20 workdays" with no hours a day: a workday is not 24 hours, and how long it is was not said. */
function workdaysUnsized(set: Quantity[], signs: Array<1 | -1>): boolean {
  const workdays = set.some((q, i) => signs[i] === 1 && isDuration(q) && WORKDAYS.test(q.raw));
  if (!workdays) return false;
  const hourly = set.some((q) => q.dims.hour === -1 && q.per !== undefined && HOURS[q.per]! < HOURS.day!);
  const sized = set.some((q) => !Object.keys(q.dims).length && DAY_HOURS.test(q.raw));
  return hourly && !sized;
}

/** A power draw: energy each hour, not its price ("700 W", "1.5 MW"). */
const isPower = (q: Quantity) => q.dims.kwh === 1 && q.dims.hour === -1 && q.dims.usd === undefined;

/**
 * Factors on power where a supply is divided by each consumer's draw ("1.5 MW hall ÷ 700 W a card"): a share lost
 * before use leaves less to feed (× (1 − 30%)), whichever amount it is written after; an overhead on the draw ("30%
 * cooling overhead", "a PUE of 1.3") feeds fewer (÷ 1.3). A lost share anywhere else — a bill of cards' draw with
 * 30% "lost to cooling" — could be a share of either the draw or the total: undefined, not guessed.
 */
function powerFactors(factors: Quantity[], set: Quantity[], signs: Array<1 | -1>, dims: Dims): Quantity[] | undefined {
  const divides = set.some((q, i) => signs[i] === -1 && isPower(q));
  // "1.5 MW site, 30% lost to cooling — usable power?": the supply alone, less what is lost.
  const supplyLeft = set.length === 1 && isPower(set[0]!) && sameDims(dims, set[0]!.dims);
  const out: Quantity[] = [];
  for (const f of factors) {
    if (f.lost) {
      if (!divides && !supplyLeft) return undefined;
      out.push({ ...f, on: undefined });
    } else if (
      divides &&
      Object.entries(dims).every(([k, e]) => e === 1 && COUNT_DIMS.includes(k as 'gpu')) &&
      f.on === undefined &&
      (f.apply === 'more' || (f.apply === 'share' && f.dims.times === 1 && /\bpue\b/i.test(f.raw)))
    )
      out.push({ ...f, inverse: !f.inverse });
    else out.push(f);
  }
  return out;
}

/** The best period to show a duration in hours. */
export function periodFor(hours: number): string {
  if (hours < 48) return 'hour';
  if (hours < 24 * 60) return 'day';
  if (hours < HOURS.month! * 24) return 'month';
  return 'year';
}
