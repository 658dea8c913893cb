// How the user's quantities go together before the units are solved: terms that add up ("2M input tokens at
// $3/M plus 500K output tokens at $15/M"), a blended price ("60% at $0.30/M and the rest at $3/M", "4:1 input
// to output"), alternatives worked side by side ("$5/M vs $1.50/M"), several shares of one amount, a gross
// margin of a revenue and a cost, and the loss when spending per dollar earned.

import { findAmounts } from '../calc.js';
import type { Target } from '../units.js';
import { isShare, sameDims, solve, type Worked } from '../units.js';
import { alternativesOf } from './alternatives.js';
import { type BookValue, bookValueOf } from './book-value.js';
import { type BreakEven, breakEvenOf } from './break-even.js';
import { type BudgetLeft, budgetLeftOf } from './budget-left.js';
import { cachedInput } from './cache-share.js';
import { type Change, changeOf, changePairs, labelOf, productChangeOf } from './change.js';
import { factorRateOf } from './factor-rate.js';
import { type Growth, growthOf } from './growth.js';
import { type KeepFlat, keepFlatOf } from './keep-flat.js';
import { type LifetimeValue, lifetimeValueOf } from './lifetime-value.js';
import { marginOf } from './margin.js';
import { mixOf } from './mix.js';
import { netProfitOf } from './net-profit.js';
import { partialDiscount, restCases, shareCases } from './parts.js';
import { type PeriodTotals, periodTotalsOf } from './period-totals.js';
import { type OwnPnl, ownPnlOf } from './pnl-what-if.js';
import { pointsChangeOf } from './points.js';
import { type Dims, HOURS, type Quantity, singular } from './quantities.js';
import type { QuantityVocabulary } from './quantity-words.js';
import { requestBlend, shareAndRest } from './request-blend.js';
import { type Runway, runwayOf } from './runway.js';
import { stakeOf } from './stake.js';
import { askedTarget } from './target.js';
import { shareOfSum, summedParts, sumPerCounted } from './terms.js';
import { tiered } from './tiers.js';
import { type UnitProfit, unitProfitOf } from './unit-profit.js';
import { type UnitBreakEven, unitBreakEvenOf, type VolumeBreakEven, volumeBreakEvenOf } from './volume-break-even.js';
import {
  afterLeavers,
  type FixedShares,
  fixedSharesOf,
  type ListedShares,
  listedSharesOf,
  type WeightedSplit,
  weightedSplitOf,
  whatIfCount,
} from './weighted-split.js';
import { whatIfScaled } from './what-if.js';

/** One set of inputs to solve, named when there are several ("$5/M" against "$1.50/M"). */
export interface CalcCase {
  label?: string;
  quantities: Quantity[];
  /** The unit this case alone asks, where the question asks each case in its own clause ("what would we pay monthly
   * and what's saved per year"). */
  asked?: Target;
}

/** The calculation a question asks for, as cases to solve and what to add after. */
export interface CalcPlan {
  cases: CalcCase[];
  /** A percentage is asked ("total % increase?"), beyond any the user writes: a growth is shown as one. */
  percentAsked?: boolean;
  /** The cases split one amount (what is left and what is saved): no difference between them is shown. */
  partsOfOne?: boolean;
  /** Spending per dollar earned: the loss (spend − revenue) is asked too. */
  loss?: boolean;
  /** A revenue and a cost whose gross margin is asked. */
  margin?: { revenue: Quantity; cost: Quantity; net?: boolean };
  /** Two amounts set against each other: a percentage change, a compound rate, a share or a multiple. */
  change?: Change;
  /** Two changes side by side ("$30 to $10 vs $20 to $0.07: what % cut is each?"). */
  changes?: Change[];
  /** A loss and the spending per dollar earned: the revenue (and spending) they imply. */
  lossGiven?: { loss: Quantity; ratio: Quantity };
  /** The cases are parts of one amount (shares, a share and the rest), not alternatives to set apart. */
  parts?: boolean;
  /** Some parties pay a multiple of the others' share. */
  weighted?: WeightedSplit;
  /** A saving is asked: the amount before the percentages less the amount after. */
  saving?: boolean;
  /** What is left over is asked beside a count ("how many runs, and what's left?"). */
  remainder?: boolean;
  /** An amount paid up front against paying each month: the months until buying has cost less. */
  breakEven?: BreakEven;
  /** Two ways of paying over a stated time: each total and the difference. */
  periodTotals?: PeriodTotals;
  /** An amount growing by a factor each period: how many periods until it passes a goal. */
  /** `from`: the calendar year the start amount is at ("$3.7B in 2025"), when the question names one. */
  reach?: { start: Quantity; goal: Quantity; growth: Quantity; from?: number };
  /** Cash over spending less income: the time until it runs out. */
  runway?: Runway;
  /** A fixed fee plus a unit price against a unit price alone: the volume where they cost the same. */
  volume?: VolumeBreakEven;
  /** An amount compounded by a rate per period: its level after the periods, or the sum over them. */
  growth?: Growth;
  /** A fixed cost and what each customer pays and costs: the customers needed to cover it. */
  unitBreakEven?: UnitBreakEven;
  /** The one case is a sum of parts, each worked into the unit asked: one amount, not several things asked. */
  summed?: boolean;
  /** The difference between the two cases is what is asked ("how much more does each pay?"): it leads the reply. */
  gapAsked?: boolean;
  /** A total split by shares written as one list ("50/30/20"). */
  listedShares?: ListedShares;
  /** The user's own revenue and costs with a what-if applied: the new profit or loss. */
  ownPnl?: OwnPnl;
  /** A price charged and what serving it costs, per one paying thing or per period: the profit and the margin. */
  unitProfit?: UnitProfit;
  /** A purchase written off in a straight line: its book value after a time. */
  bookValue?: BookValue;
  /** Two alternatives whose gap is asked as a share ("what's the effective discount?"): the gap relative to the
   * dearer one is shown too. */
  relative?: boolean;
  /** What one customer pays each period, the margin kept and the churn: what a customer is worth (LTV). */
  lifetimeValue?: LifetimeValue;
  /** A price change and revenue held flat: the volume that does it. */
  keepFlat?: KeepFlat;
  /** A blended price asked against sending everything to one of the prices it blends ("% saved vs all on the big
   * one"): that price. */
  blendAgainst?: Quantity;
  /** A budget less the amounts spent out of it: what is left, and the share used. */
  budgetLeft?: BudgetLeft;
}

/** Asks how much more (or less) one pays than before: "how much more does each pay", "extra per company". */
const MORE_ASKED = /\bhow much (?:more|extra|less|higher|lower)\b|\b(?:extra|additional|increase|difference)\b/;
/** Between a price before and after it moved: "$20/M -> $0.07/M", "from $10/M to $2.50/M", "$30/MTok; … now at". */
const MOVED_TO = /^\s*(?:→|->|-->|=>|to|down to|up to)\s*$|\bnow\b/;
/** Asks the amount before and after a move: "then vs now", "before and after", "old and new bill", "the diff". */
const MOVED_ASKED =
  /\bthen (?:vs\.?|versus|and|or) now\b|\bbefore (?:and|vs\.?|versus|or) after\b|\bold (?:and|vs\.?|versus) new\b|\bdiff\b/;
/** Asks what is left over: "and what's left?", "with how much remaining". */
const LEFT = /\b(?:left|left ?over|remain\w*|spare)\b/;
/** "loses $5B", "a $5B loss": the amount is a loss. */
const LOSS_BEFORE =
  /\b(?:loses|lost|losing|lose|loss of|deficit of|burns|burned|burnt)\s*(?:about |around |roughly |~)?$/;
const LOSS_AFTER = /^\s*(?:a year |a month |annual |yearly )?(?:loss|deficit)\b/;
/** Asks for a time until something happens: "after how many years", "when will", "how long until". */
/** The asking names the saving and what remains: "what's left and what's saved", "new bill and savings". */
const SAVED_ASKED = /\bsav(?:e|es|ed|ing|ings)\b/;
const LEFT_ASKED =
  /\b(?:left|remain\w*|rest|still pay|(?:we(?:'d| would| will)?|would we|will we|do we|does it|'d we) pay|new (?:bill|cost|spend))\b/;

/** The question's last clause after `from` (after its last comma, dash, colon or full stop). */
function lastClause(s: string, from: number): string {
  const rest = s.slice(from).replace(/[?!.\s]+$/, '');
  const breaks = [...rest.matchAll(/[,;:.—–]|\s-\s/g)];
  return breaks.length ? rest.slice(breaks.at(-1)!.index! + 1) : '';
}

/** A multiple and the thing it is a multiple of: "4x past breakeven", "3x above the threshold", "5x over budget". */
const MULTIPLE_OF =
  /^\s*(?:past|above|beyond|over|more than|bigger than|larger than|the size of)\s+(?:the |its |our |their |a )?([a-z][a-z-]{3,})/;
/** Words that make an amount each period a loss, not more of the thing: linear reach reads only growth. */
const SHRINKS = /\b(?:los(?:e|es|ing|t)|churn\w*|drop\w*|fall\w*|shrink\w*|declin\w*|burn\w*|spend\w*)\b/;
/** Words before a rate that make it a fall: "costs fall 20% a year". */
const FALL_BEFORE =
  /\b(?:fall|falls|fell|falling|drop\w*|declin\w*|shrink\w*|decreas\w*|cut\w*|los(?:e|es|ing))\b[\s\w]{0,12}$/;
const WHEN =
  /\bhow many (?:(?:whole|full|more) )?(?:years|months|weeks|days|quarters)\b|\bhow long\b|\bwhen (?:will|would|do|does)\b|\b(?:which|what|first) (?:year|month|quarter)\b/;

const isPrice = (q: Quantity) => sameDims(q.dims, { usd: 1, token: -1 });
/** Tokens, or tokens per period or per one of something ("1.5k input tokens" of each request). */
const isTokens = (q: Quantity) =>
  q.dims.token === 1 &&
  !q.dims.usd &&
  Object.entries(q.dims).every(([k, e]) => k === 'token' || (e === -1 && ['hour', 'item', 'user', 'gpu'].includes(k)));
const isFactor = (q: Quantity) => q.dims.percent === 1 || q.dims.times === 1;
/** The gap between two alternatives asked as a share: "effective discount", "% cheaper", "what percent less". */
const RELATIVE_ASKED = /\bdiscount\b|%|\bper ?cent\b|\bpercentage\b/;
const ALTERNATIVE = /\b(?:vs\.?|versus|or|compared (?:to|with)|against|instead of|rather than)\b/;
/** "instead" right after an amount, perhaps past a verb or two: "25 labs join instead", "24 members instead of 30". */
const INSTEAD_AFTER = /^\s+(?:(?!(?:and|but|then|so|if)\b)[a-z]+\s+){0,2}?instead\b/;
// "gpt-4o: 20M …" is a name and an amount, not a 4:20 mix: the first number stands alone.
const MIX = /(?<![\w.-])(\d+(?:\.\d+)?)\s*(?:[a-z]+\s*)?:\s*(\d+(?:\.\d+)?)/;
const LOSS = /\b(loss|lose|loses|losing|lost|deficit|shortfall|gap)\b/;
const REVENUE_WORD =
  /\b(revenue|revenues|rev|arr|mrr|turnover|charge|charges|charging|price|sell|sells|resell|resells|earn|earns|income|sales|bill)\b/;
/** "customer pays $20/mo", "users spend $9": what the buyer pays is the revenue. */
const PAYER =
  /\b(?:customers?|users?|clients?|subscribers?|buyers?|members?|seats?|they)\s+(?:pays?|paying|spends?)\s*(?:us\s+)?(?:~|about\s)?$|\bpaying\s+(?:customers?|users?|clients?|subscribers?|members?|seats?|accounts?)\s+(?:at|@|on)\s*(?:~|about\s)?$/;
const COST_WORD = /\b(cost|costs|spend|spends|compute|pay|expense|expenses)\b/;

function product(parts: Quantity[], raw: string, value: number, dims: Dims): Quantity {
  return { value, dims, raw, at: parts[0]!.at, per: parts.find((p) => p.per)?.per };
}

/** "$49 per seat per month and $17.15 per seat": a period written on one of two amounts per the same thing is the
 * other's too, so both are compared per that period. */
function samePeriod(a: Quantity, b: Quantity): [Quantity, Quantity] {
  const timed = (x: Quantity, y: Quantity) =>
    x.dims.hour === -1 && x.per && y.dims.hour === undefined && sameDims({ ...x.dims, hour: 0 }, y.dims);
  const whole = (x: Quantity): Quantity => {
    const dims = { ...x.dims };
    delete dims.hour;
    return { ...x, value: x.value * HOURS[x.per!]!, dims, per: undefined };
  };
  if (timed(a, b)) return [whole(a), b];
  if (timed(b, a)) return [a, whole(b)];
  return [a, b];
}

/** Words before a plain amount that make it a year's: "annual commit is", "yearly plan at", "a 12-month contract for". */
const YEAR_NAMED =
  /\b(?:annual(?:ly)?|yearly|12[- ]month|one[- ]year|1[- ]year|per year)\b(?:\s+[a-z-]+){0,2}\s*(?:is|of|at|for|costs?|:|=)?\s*(?:~|about\s)?$/;

/** "reserved at $1.90/hr vs on-demand $3.10": a plain amount set against a rate is per the rate's period too. */
function samePeriodAlternative(s: string, a: Quantity, b: Quantity): [Quantity, Quantity] {
  // Only an hourly price: "a $600K run vs $30M a year of spend" sets a one-off against a budget, and a count or a time
  // asked of the two is no pair of options.
  const rate = (x: Quantity) => sameDims(x.dims, { usd: 1, hour: -1 }) && x.per === 'hour' && x.high === undefined;
  if (/\bhow (?:many|long)\b/.test(askedPart(s))) return [a, b];
  const bare = (x: Quantity) => sameDims(x.dims, { usd: 1 }) && x.high === undefined;
  if (!ALTERNATIVE.test(s.slice(a.at + a.raw.length, b.at))) return [a, b];
  const as = (x: Quantity, r: Quantity): Quantity => ({
    ...x,
    value: x.value / HOURS[r.per!]!,
    dims: { ...r.dims },
    per: r.per,
    raw: `${x.raw}/${r.per === 'hour' ? 'hr' : r.per}`,
  });
  if (rate(a) && bare(b)) return [a, as(b, a)];
  if (rate(b) && bare(a)) return [as(a, b), b];
  // "annual commit is $120k … vs $11k/mo": a plain amount named a year's is per year, against a rate per period.
  const periodic = (x: Quantity) => sameDims(x.dims, { usd: 1, hour: -1 }) && x.per !== undefined;
  const yearly = (x: Quantity): Quantity => ({
    ...x,
    value: x.value / HOURS.year!,
    dims: { usd: 1, hour: -1 },
    per: 'year',
  });
  const namedYearly = (x: Quantity) =>
    bare(x) &&
    YEAR_NAMED.test(
      s
        .slice(Math.max(0, x.at - 40), x.at)
        .split(/[.;,]\s/)
        .pop()!,
    );
  if (periodic(a) && namedYearly(b)) return [a, yearly(b)];
  if (periodic(b) && namedYearly(a)) return [yearly(a), b];
  return [a, b];
}

/** "per seat is", "per user:", "/request =": a count named before an amount, which the amount is per. */
const PER_BEFORE =
  /\b(?:per|each|a|\/)\s*([a-z]{3,})\s*(?:is|are|was|of|at|=|:|~|comes to|runs|runs at|costs?(?: us)?|burns)?\s*(?:about\s|around\s|~)?$/;

/** "$49/seat/mo and llm cost per seat is $11.27": a plain amount with "per <thing>" written before it is per the
 * thing the other amount is per, when that amount names the same thing. */
function perNamedBefore(s: string, a: Quantity, b: Quantity): [Quantity, Quantity] {
  const counted = (x: Quantity) => (['user', 'item', 'gpu'] as const).find((d) => x.dims[d] === -1);
  const take = (plainQ: Quantity, perQ: Quantity): Quantity | undefined => {
    const d = counted(perQ);
    if (!d || counted(plainQ) || (plainQ.dims.hour !== undefined && plainQ.dims.hour !== -1)) return undefined;
    const m = PER_BEFORE.exec(s.slice(Math.max(0, plainQ.at - 30), plainQ.at));
    const word = m?.[1]?.replace(/s$/, '');
    if (!word || !perQ.raw.toLowerCase().includes(word.slice(0, 3))) return undefined;
    return { ...plainQ, dims: { ...plainQ.dims, [d]: -1 } };
  };
  return [take(a, b) ?? a, take(b, a) ?? b];
}

/** "$0.40/M in + $1.60/M out, our traffic is 80% in / 20% out": an input and an output price weighted by the shares
 * of traffic on each side, one blended price (a price of neither side, "$0.90/M flat", stays as it is). */
function sideMix(text: string, qs: Quantity[]): Quantity[] {
  const shares = qs.filter(isShare);
  const sided = shares.map((q) => [q, sideOf(text, q)] as const).filter(([, side]) => side);
  const prices = qs.filter((q) => isPrice(q) && sideOf(text, q));
  const inShare = sided.filter(([, side]) => side === 'input');
  const outShare = sided.filter(([, side]) => side === 'output');
  const inPrice = prices.filter((q) => sideOf(text, q) === 'input');
  const outPrice = prices.filter((q) => sideOf(text, q) === 'output');
  if (sided.length !== shares.length || inShare.length !== 1 || outShare.length !== 1) return qs;
  if (inPrice.length !== 1 || outPrice.length !== 1) return qs;
  const [i, o] = [inShare[0]![0], outShare[0]![0]];
  if (Math.abs(i.value + o.value - 100) > 0.5) return qs;
  const [pi, po] = [inPrice[0]!, outPrice[0]!];
  const value = (i.value * pi.value + o.value * po.value) / 100;
  const raw = `(${i.raw} × ${pi.raw} + ${o.raw} × ${po.raw})`;
  const blended: Quantity = {
    ...product([pi], raw, value, pi.dims),
    covers: [i, o, pi, po].map((q) => [q.at, q.at + q.raw.length] as [number, number]),
  };
  const used = new Set([i, o, pi, po]);
  const at = qs.indexOf(pi.at < po.at ? pi : po);
  return qs.flatMap((q, k) => (k === at ? [blended] : used.has(q) ? [] : [q]));
}

/** "70% of queries to a small model at $0.0004 each and 30% to the big one at $0.012 each": shares that add up to the
 * whole, each followed by its own price of one kind, are one price per one of the whole (70% × $0.0004 + 30% ×
 * $0.012); a price "each" is per one of the one thing the question counts. */
function sharesPriced(qs: Quantity[]): Quantity[] {
  const shares = qs.filter(isShare);
  const prices = qs.filter((q) => q.dims.usd === 1 && q.high === undefined);
  if (
    shares.length < 2 ||
    shares.length !== prices.length ||
    shares.some((q) => q.apply === 'compound' || q.apply === 'per-dollar' || q.inverse)
  )
    return qs;
  if (Math.abs(shares.reduce((t, q) => t + q.value, 0) - 100) > 0.5) return qs;
  // Each share, then its price, before the next share.
  const inOrder = shares.every(
    (q, i) => q.at < prices[i]!.at && (i + 1 === shares.length || prices[i]!.at < shares[i + 1]!.at),
  );
  if (!inOrder || !prices.every((p) => sameDims(p.dims, prices[0]!.dims))) return qs;
  let dims = prices[0]!.dims;
  // "2M queries", "500k requests a month": the one count the shares are of.
  const counts = qs.filter(
    (q) =>
      COUNTED.some((d) => q.dims[d] === 1) &&
      Object.keys(q.dims).every((k) => q.dims[k as 'hour'] === 1 || k === 'hour') &&
      (q.dims.hour === undefined || q.dims.hour === -1),
  );
  const each = prices.every((p) => /\beach\b|\bapiece\b|\bper (?:query|request|call)\b/.test(p.raw));
  if (!COUNTED.some((d) => dims[d] === -1) && each) {
    const d = counts.length === 1 ? COUNTED.find((k) => counts[0]!.dims[k] === 1) : undefined;
    if (!d) return qs;
    dims = { ...dims, [d]: -1 };
  }
  const value = shares.reduce((t, q, i) => t + (q.value / 100) * prices[i]!.value, 0);
  const raw = `(${shares.map((q, i) => `${q.raw} × ${prices[i]!.raw}`).join(' + ')})`;
  const used = new Set([...shares, ...prices]);
  const at = qs.findIndex((q) => used.has(q));
  const rest = qs.filter((q) => !used.has(q));
  rest.splice(at, 0, { value, dims, raw, at: prices[0]!.at });
  return rest;
}

/** "X% at $A and the rest at $B", "3:1 in to out at $A and $B": one blended price per token. */
function blend(text: string, given: Quantity[]): Quantity[] {
  const qs = sideMix(text, given);
  if (qs !== given) return qs;
  const priced = sharesPriced(qs);
  if (priced !== qs) return priced;
  const prices = qs.filter(isPrice);
  if (prices.length !== 2) return qs;
  const [a, b] = prices as [Quantity, Quantity];
  const share = qs.find((q) => q.dims.percent === 1 && q.high === undefined && q.at < a.at);
  const restBlended = share && shareAndRest(text, share, a, b);
  if (share && restBlended !== undefined) {
    const raw = `(${share.raw} × ${a.raw} + the rest × ${b.raw})`;
    return [...qs.filter((q) => q !== a && q !== b && q !== share), product([a], raw, restBlended, a.dims)];
  }
  const mix = MIX.exec(text);
  if (!mix) return qs;
  // "3:1 out:in" names its sides in its own order; the prices name theirs: each weight goes to its side's price.
  const after = text.slice(mix.index + mix[0].length, mix.index + mix[0].length + 30);
  const outFirst = /^\s*(?:\w+\s+)?(?:output|out|completion)\s*(?:[:/]|to)\s*(?:input|in|prompt)\b/.test(after);
  const [sa, sb] = [sideOf(text, a), sideOf(text, b)];
  const priceOutFirst = sa === 'output' && sb === 'input';
  const [x, y] = outFirst !== priceOutFirst ? [Number(mix[2]), Number(mix[1])] : [Number(mix[1]), Number(mix[2])];
  if (!(x + y > 0)) return qs;
  const value = (x * a.value + y * b.value) / (x + y);
  const raw = `(${x}:${y} mix of ${a.raw} and ${b.raw})`;
  return [...qs.filter((q) => q !== a && q !== b), product([a], raw, value, a.dims)];
}

/** The side of a token amount or a price ("1,800 input", "output $1.60/M", "$3/M in"): input or output. */
const SIDE_WORD = /\b(input|output|prompt|completion|in|out)\b/g;
export function sideOf(s: string, q: Quantity): 'input' | 'output' | undefined {
  if (q.side) return q.side;
  const end = q.at + q.raw.length;
  // The raw text first, then the words just before, then just after: the nearest naming wins.
  const within = [...s.slice(q.at, end).matchAll(SIDE_WORD)];
  const before = [...s.slice(Math.max(0, q.at - 14), q.at).matchAll(SIDE_WORD)].pop();
  const after = /^\s*(?:tokens?\s+)?(input|output|prompt|completion|in|out)\b/.exec(s.slice(end, end + 20));
  const word = within[0]?.[1] ?? after?.[1] ?? before?.[1];
  if (word) return /^(input|prompt|in)$/.test(word) ? 'input' : 'output';
  // "6k-token prompts, 1k-token replies", "12k tokens each down to 400 tokens": what the tokens are makes their side.
  const noun = NOUN_SIDE.exec(s.slice(end, end + 24));
  if (noun) return noun[1] ? 'input' : 'output';
  return OUTPUT_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at)) ? 'output' : undefined;
}
/** A noun after a token count that says which side the tokens are: a prompt's, or a reply's. */
const NOUN_SIDE =
  /^\s*(?:tokens?\s+|-?tokens?\s+)?(?:(prompts?|questions?|queries|query|contexts?)|(repl(?:y|ies)|responses?|answers?|summar(?:y|ies)|completions?|generations?))\b/;
/** Text made down to a size: "down to 400 tokens", "condensed into 300", "summarised to 500". */
const OUTPUT_BEFORE =
  /\b(?:down to|(?:condensed|reduced|cut|shortened|summari[sz]ed|boiled down|compressed) (?:in)?to|into)\s*(?:~|about\s|around\s)?$/;

/** "each chat = 1,800 input + 600 output tokens … input $0.40/M, output $1.60/M": token amounts and prices apart,
 * paired by the side each names; only when every side named has exactly one amount and one price. */
function pairsBySide(s: string, qs: Quantity[]): Array<[Quantity, Quantity]> {
  const tokens = qs.filter(isTokens);
  const prices = qs.filter(isPrice);
  if (tokens.length !== 2 || prices.length !== 2) return [];
  const ts = tokens.map((q) => sideOf(s, q));
  const ps = prices.map((q) => sideOf(s, q));
  // "12k tokens each down to 400 tokens each": one side named, the other amount is the other side.
  const [t0, t1] = ts;
  if ((t0 === undefined) !== (t1 === undefined)) ts[t0 ? 1 : 0] = (t0 ?? t1) === 'input' ? 'output' : 'input';
  if (new Set(ts).size !== 2 || new Set(ps).size !== 2 || ts.includes(undefined) || ps.includes(undefined)) return [];
  return tokens.map((t, i) => [t, prices[ps.indexOf(ts[i])]!] as [Quantity, Quantity]);
}

/** The counted thing a cost is asked per ("cost per request", "per query & per 10k queries") when the token amounts
 * name nothing they are per and nothing but a count in the asking counts that thing: the tokens are one of it. */
function eachAsked(s: string, qs: Quantity[], terms: Array<[Quantity, Quantity]>, asked?: Target) {
  const d = COUNTED.find((k) => asked?.dims.usd === 1 && asked.dims[k] === -1);
  if (!d || !terms.every(([t]) => sameDims(t.dims, { token: 1 }))) return undefined;
  // A count only after the cost per one is asked ("per query & per 10k queries"), else it shares a total out.
  const per = /\b(?:per|each|every|a|one)\s+([a-z]+)/g;
  const from = [...s.matchAll(per)].find((m) => singular(m[1]!) === asked!.noun)?.index;
  if (from === undefined) return undefined;
  const counting = qs.filter((q) => q.dims[d] !== undefined);
  return counting.every((q) => sameDims(q.dims, { [d]: 1 }) && q.at > from) ? d : undefined;
}

/** Token amounts each followed by their price (or paired with it by side), two or more: one total cost (or rate). */
function sumTerms(s: string, qs: Quantity[], asked?: Target): Quantity[] {
  let terms: Array<[Quantity, Quantity]> = [];
  for (let i = 0; i + 1 < qs.length; i++) if (isTokens(qs[i]!) && isPrice(qs[i + 1]!)) terms.push([qs[i]!, qs[i + 1]!]);
  if (terms.length < 2) terms = pairsBySide(s, qs);
  if (terms.length < 2) return qs;
  const used = new Set(terms.flat());
  // "3M input tokens a day at $2.50/M and 1M output tokens at $10/M": the period said once covers every term.
  const timed = terms.find(([t]) => t.dims.hour === -1 && t.per);
  if (timed)
    for (const term of terms)
      if (term[0].dims.hour === undefined)
        term[0] = {
          ...term[0],
          value: term[0].value / HOURS[timed[0].per!]!,
          dims: { ...timed[0].dims },
          per: timed[0].per,
        };
  // "each one averages 1,800 input tokens and 350 output tokens": the thing said once is every term's too.
  for (const d of ['item', 'user'] as const) {
    const each = terms.find(([t]) => t.dims[d] === -1);
    if (each)
      for (const term of terms)
        if (term[0].dims[d] === undefined && term[0].dims.hour === each[0].dims.hour)
          term[0] = { ...term[0], dims: { ...term[0].dims, [d]: -1 } };
  }
  const each = eachAsked(s, qs, terms, asked);
  const dims: Dims = { ...terms[0]![0].dims, ...(each ? { [each]: -1 } : {}) };
  delete dims.token;
  dims.usd = 1;
  if (!terms.every(([t]) => sameDims(t.dims, terms[0]![0].dims))) return qs;
  const value = terms.reduce((sum, [t, p]) => sum + t.value * p.value, 0);
  const raw = `(${terms.map(([t, p]) => `${t.raw} × ${p.raw}`).join(' + ')})`;
  const at = qs.findIndex((q) => used.has(q));
  const rest = qs.filter((q) => !used.has(q));
  rest.splice(at, 0, product(terms[0]!, raw, value, dims));
  return rest;
}

/** The part of the question that asks: from its last question word, else its last sentence. */
export function askedPart(s: string): string {
  const words = [...s.matchAll(/\b(?:what|how much|how many|how long|which)\b/g)].pop();
  if (words) return s.slice(words.index);
  const parts = s.split(/[.;!?]\s+|\s[-—]\s/).filter((p) => p.trim());
  return parts.pop() ?? s;
}

/** The question asks for the amount before a factor applied ("what did the previous one cost?"). */
const EARLIER = /\b(previous|predecessor|predecessors|prior|earlier|older|old|original|originally|used to|use to)\b/;
/** …or by a time before now: "what did last year's cost?", "what was it a year ago", "what was it then". */
const BEFORE_NOW =
  /\blast (?:year|month|quarter|week|round|time)\b|\bago\b|\bback then\b|\bwhat (?:was|were|did)\b[^?]*\bthen\b/;
/** What a multiple is written against, when it is an earlier amount: "3x what it was", "2x last year's". */
const EARLIER_AFTER =
  /^\s*(?:more than\s+|of\s+|over\s+|from\s+)?(?:what (?:it|they|we|that) (?:was|were|had|paid|spent|cost)|(?:the |its |our )?(?:last|previous|prior|former) \w+|(?:a|one|two|three|\d+) (?:years?|months?|quarters?|weeks?) ago)/;
/** The question asks in the past tense. */
const PAST_ASKED = /\b(?:was|were|did|had|used to)\b/;
/** The question asks for a sum ("total?", "all-in"). */
const SUM_ASKED = /\b(total|combined|altogether|in all|all-in|all in|together|overall|sum)\b/;
const MARGIN_AFTER = /^\s*(?:gross |net |profit |operating |ebitda )?(?:margins?|gm|share|commission|take rate)\b/;
/** A percentage against what was planned: "20% over budget", "10% under the estimate", "a 15% (cost) overrun". */
const PLANNED_AFTER =
  /^\s*(?:(over|above|under|below)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:budget|estimate|plan|forecast|quote)|(?:cost\s+|budget\s+)?(overrun))\b/;
/** …or with the overrun written before it: "the model overruns 30%", "costs ran over by 25%", "came in under by 10%". */
const PLANNED_BEFORE =
  /\b(?:(overruns?|overran|overrunning|overshoots?|overshot|(?:runs?|ran|goes|went|comes?|came) over(?: budget)?|over budget)|((?:runs?|ran|comes?|came) in under(?: budget)?|under budget|undershoots?|undershot))\s+(?:by\s+)?(?:~|about\s|around\s)?$/;
/** A margin named before its percentage: "gross margin 60%", "GM of 75%", "margins are ~40%". */
const MARGIN_BEFORE = /\b(?:gross |net |profit |operating )?(?:margins?|gm)\s*(?:is|are|of|at|=|:)?\s*(?:~|about\s)?$/;
/** A multiple of an amount named before it: "post-training costs 1.5x that". */
const OF_THAT = /^\s*(?:that|this|it|as much)\b/;

/** A margin added to a cost: "add a 30% margin on top", "plus 20% margin", "30% margin on top of that". */
const ADDED_BEFORE =
  /\b(?:add|adding|added|plus|put|mark(?:ed|ing)? (?:it )?up(?: by)?)\s+(?:an?\s+|our\s+|the\s+)?(?:~|about\s)?$/;
const ON_TOP = /^\s*(?:gross |net |profit )?margins?\s+(?:on top|over cost|above cost)\b/;
function addedOnTop(s: string, q: Quantity): boolean {
  return ADDED_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at)) || ON_TOP.test(s.slice(q.at + q.raw.length));
}

/** The amount a change is written against: "$47M monthly burn by 30%", "the $2/hr rate up 20%". */
function changedAmount(s: string, qs: Quantity[], f: Quantity): Quantity | undefined {
  const before = qs.filter((q) => !isFactor(q) && q.at >= 0 && q.at + q.raw.length <= f.at).pop();
  if (!before) return undefined;
  const between = s.slice(before.at + before.raw.length, f.at);
  return /^[\sa-z'’-]{0,40}?\b(?:by|up|down)\s*(?:~|about\s|around\s)?$/.test(between) ? before : undefined;
}

/** Whether the asked words are per one of the things a percentage describes: "80% of the answers are correct" then
 * "per correct answer", "a 90% success rate" then "per successful call" (the same word, or its first five letters). */
function askedOfShare(s: string, asked: string, q: Quantity): boolean {
  const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 48).split(/[.;,?!]/)[0]!;
  const words = after.match(/[a-z]{4,}/g) ?? [];
  for (const m of asked.matchAll(/\bper\s+\W*([a-z]{4,})\W*\s+[a-z]+/g)) {
    // "per million tokens", "per user per day": a unit or a counted thing, not a quality of some of them.
    if (
      /^(?:million|thousand|billion|hour|day|week|month|year|second|minute|token|user|customer|gpu|request|query|call|seat)/.test(
        m[1]!,
      )
    )
      continue;
    const stem = m[1]!.slice(0, 5);
    if (words.some((w) => w.slice(0, 5) === stem && !/^(?:of|the|are|were|that|those|them)$/.test(w))) return true;
  }
  return false;
}

/** Factors as the question applies them: undone when the earlier amount is asked, added on when a total of an
 * amount and a multiple of it is asked. */
export function applyFactors(text: string, qs: Quantity[]): Quantity[] {
  const s = text.toLowerCase();
  const asked = askedPart(s);
  const earlier = EARLIER.test(asked) || BEFORE_NOW.test(asked);
  const sum = SUM_ASKED.test(asked);
  const revenueAsked = /\b(?:revenue|sales|price|charge)\b/.test(asked);
  const costAsked = /\b(?:cost|costs|cogs|spend|serving cost)\b/.test(asked) && !/\bprofit\b/.test(asked);
  const revenueGiven = qs.some(
    (q) =>
      q.dims.usd === 1 &&
      REVENUE_WORD.test(s.slice(Math.max(0, q.at - 20), q.at)) &&
      !COST_WORD.test(s.slice(Math.max(0, q.at - 20), q.at)),
  );
  const costGiven = qs.some(
    (q) =>
      q.dims.usd === 1 &&
      COST_WORD.test(s.slice(Math.max(0, q.at - 20), q.at)) &&
      !REVENUE_WORD.test(s.slice(Math.max(0, q.at - 20), q.at)),
  );
  return qs.map((q) => {
    if (q.dims.percent !== 1 && q.dims.times !== 1) return q;
    if (q.apply === 'compound' || q.apply === 'per-dollar') return q;
    // "runs 20% over budget", "a 15% cost overrun": more than the amount planned; "10% under budget": less.
    const plannedBy =
      q.dims.percent === 1 ? PLANNED_AFTER.exec(s.slice(q.at + q.raw.length, q.at + q.raw.length + 40)) : null;
    if (plannedBy) return { ...q, apply: plannedBy[1] === 'under' || plannedBy[1] === 'below' ? 'less' : 'more' };
    const plannedBefore = q.dims.percent === 1 ? PLANNED_BEFORE.exec(s.slice(Math.max(0, q.at - 40), q.at)) : null;
    if (plannedBefore) return { ...q, apply: plannedBefore[1] ? 'more' : 'less' };
    // "cut its ~$47M monthly burn by 30%": the change belongs to the amount it follows.
    const changed = q.apply === 'less' || q.apply === 'more' ? changedAmount(s, qs, q) : undefined;
    if (changed) return { ...q, on: changed.at };
    // "add a 30% margin on top", "plus 20% margin": added to the amount, a markup.
    if (q.dims.percent === 1 && MARGIN_AFTER.test(s.slice(q.at + q.raw.length)) && addedOnTop(s, q))
      return { ...q, apply: 'more' };
    // "at 40% margin", "gross margin 60%": a margin or a share is a part of the amount, whatever the question's other
    // words.
    const margin =
      MARGIN_AFTER.test(s.slice(q.at + q.raw.length)) || MARGIN_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at));
    if (q.dims.percent === 1 && margin) {
      // "costs $55M at an 87.7% gross margin — what revenue?": the cost is the rest of the revenue.
      if (revenueAsked && costGiven) {
        const value = 100 - (q.high ?? q.value);
        const high = q.high !== undefined ? 100 - q.value : undefined;
        return { ...q, value, ...(high !== undefined ? { high } : {}), raw: `(100% − ${q.raw})`, apply: 'of-total' };
      }
      // "we charge $10 a seat at a 60% margin — what does a seat cost us?": the cost is the rest of the price.
      if (costAsked && revenueGiven && !revenueAsked) {
        const value = 100 - (q.high ?? q.value);
        const high = q.high !== undefined ? 100 - q.value : undefined;
        return { ...q, value, ...(high !== undefined ? { high } : {}), raw: `(100% − ${q.raw})`, apply: 'share' };
      }
      // "customer pays $50/mo at 70% gross margin — months to pay back $600?": the margin is of the amount written
      // before it, so where that amount divides, the margin divides too ($600 ÷ ($50/mo × 70%)).
      const of = qs.filter((x) => x.dims.usd === 1 && x.at < q.at && !isFactor(x)).pop();
      return { ...q, apply: 'share', ...(of && q.on === undefined ? { on: of.at } : {}) };
    }
    // "80% of the answers are correct — cost per correct answer?": a cost per one of the things asked of only those the
    // share describes divides by the share.
    if (q.dims.percent === 1 && askedOfShare(s, asked, q)) return { ...q, apply: 'of-total' };
    // "$18k, 3x what it was last quarter. what was it?": the amount given is the multiple of an earlier one, asked.
    const against = EARLIER_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 40));
    if (earlier || (against && PAST_ASKED.test(asked))) return { ...q, inverse: true };
    // "4x past breakeven at 2M users — breakeven at how many?": the amount is the multiple of the thing it is past,
    // and that thing is asked.
    const past = q.dims.times === 1 ? MULTIPLE_OF.exec(s.slice(q.at + q.raw.length, q.at + q.raw.length + 40)) : null;
    if (past && new RegExp(`\\b${past[1]}`).test(lastClause(s, q.at + q.raw.length + past[0].length)))
      return { ...q, inverse: true };
    if (sum && q.dims.times === 1 && OF_THAT.test(s.slice(q.at + q.raw.length))) return { ...q, apply: 'add' };
    return q;
  });
}

/** "costs us $0.018/image … we charge $0.05; margin per 1,000 images": a price written alone beside a cost per one
 * thing and a count of those things is per one of them too, so both are worked for the count. */
function unitPriced(plain: Quantity[], revenue: Quantity): { revenue: Quantity; cost: Quantity } | undefined {
  const unitCost = plain.find((q) => q !== revenue && isMoney(q) && perCounted(q));
  const d = unitCost ? perCounted(unitCost)! : undefined;
  const counted = d ? plain.filter((q) => q.dims[d] === 1 && Object.keys(q.dims).length === 1) : [];
  if (!unitCost || counted.length !== 1 || !sameDims(revenue.dims, { usd: 1 }) || plain.length !== 3) return undefined;
  const count = counted[0]!;
  const cost = unitCost.value * count.value;
  // A total charged for all of them is larger than the cost of one; a price of one is near it.
  if (!(revenue.value < cost && revenue.value < unitCost.value * 100)) return undefined;
  const at = (x: Quantity, raw: string, value: number): Quantity => ({ value, dims: { usd: 1 }, raw, at: x.at });
  return {
    revenue: at(revenue, `(${revenue.raw} × ${count.raw})`, revenue.value * count.value),
    cost: at(unitCost, `(${unitCost.raw} × ${count.raw})`, cost),
  };
}

/** The one amount charged, by the words before it ("we charge", "customers pay"). */
function chargedOf(s: string, plain: Quantity[]): Quantity | undefined {
  // The words since the amount before (at most 30 characters): "our cost $0.12/request, we bill $0.30".
  const before = (q: Quantity) => {
    const prev = plain.filter((p) => p.at + p.raw.length <= q.at).pop();
    return s.slice(Math.max(prev ? prev.at + prev.raw.length : 0, q.at - 30), q.at);
  };
  const priced = plain.filter(
    (q) => q.dims.usd === 1 && (PAYER.test(before(q)) || (REVENUE_WORD.test(before(q)) && !COST_WORD.test(before(q)))),
  );
  return priced.length === 1 ? priced[0] : undefined;
}

/** "we charge $0.002 per request; each request is ~1,800 tokens at $0.45/M": the price, and the cost worked from the
 * other quantities in the price's own unit (per request, per seat, or a plain amount). */
function compositeMargin(s: string, plain: Quantity[]): { revenue: Quantity; cost: Quantity } | undefined {
  if (plain.length < 3) return undefined;
  const before = (q: Quantity) => s.slice(Math.max(0, q.at - 30), q.at);
  const priced = plain.filter(
    (q) => q.dims.usd === 1 && (PAYER.test(before(q)) || (REVENUE_WORD.test(before(q)) && !COST_WORD.test(before(q)))),
  );
  if (priced.length !== 1) return undefined;
  const revenue = priced[0]!;
  const perOne = unitPriced(plain, revenue);
  if (perOne) return perOne;
  const each = (['gpu', 'user', 'item'] as const).find((d) => revenue.dims[d] === -1);
  // "$20/user/mo, 5k users, inference $0.40/user/day": a head count of what the price is per scales revenue and cost
  // alike, so the margin is worked per one of them.
  const rest = plain.filter((q) => q !== revenue && !(each && q.dims[each] === 1 && Object.keys(q.dims).length === 1));
  // "18k users at $29/mo, api cost per user is $6.40": one cost written per the payer, in the price's period.
  const one = rest[0];
  const word = one ? PER_BEFORE.exec(s.slice(Math.max(0, one.at - 30), one.at))?.[1]?.replace(/s$/, '') : undefined;
  if (each === 'user' && one && rest.length === 1 && word && PAYER_NOUN.test(word) && sameDims(one.dims, { usd: 1 })) {
    const [price, cost] = samePeriod(revenue, { ...one, dims: { usd: 1, user: -1 } });
    if (sameDims(cost.dims, price.dims)) return { revenue: price, cost };
  }
  // "$20/seat, llm cost 6.50/seat, infra 1.50/seat": cost lines each per what the price is per add up; a line with
  // no "$" of its own is money beside the others, never a ratio of two of them.
  const line = (q: Quantity) =>
    q.high === undefined && (sameDims(q.dims, revenue.dims) || sameDims({ ...q.dims, usd: 1 }, revenue.dims));
  if (each && rest.length >= 2 && rest.every(line)) {
    const value = rest.reduce((t, q) => t + q.value, 0);
    return {
      revenue,
      cost: { value, dims: revenue.dims, raw: `(${rest.map((q) => q.raw).join(' + ')})`, at: rest[0]!.at },
    };
  }
  const plainDims = { ...revenue.dims };
  if (each) delete plainDims[each];
  const worked = [solve(rest, { dims: revenue.dims }), solve(rest, { dims: plainDims })].find(
    (w): w is Worked => typeof w !== 'string' && w.high === undefined && !w.factors.length,
  );
  if (!worked) return undefined;
  const raw = worked.steps.map((x, i) => `${i ? (x.sign === 1 ? ' × ' : ' ÷ ') : ''}${x.q.raw}`).join('');
  return { revenue, cost: { value: worked.value, dims: revenue.dims, raw: `(${raw})`, at: rest[0]!.at } };
}

const isMoney = (q: Quantity) => q.dims.usd === 1 && q.high === undefined;
/** What a paying person is called: "cost per user", "per seat", "per subscriber". */
const PAYER_NOUN = /^(?:user|seat|customer|subscriber|member|account|client|licen[cs]e|sub)$/;
/** The one counted thing an amount is per ("$0.018/image" is per item), when it is per one and nothing else. */
function perCounted(q: Quantity): 'gpu' | 'user' | 'item' | undefined {
  const d = (['gpu', 'user', 'item'] as const).find((c) => q.dims[c] === -1);
  return d && Object.keys(q.dims).length === 2 ? d : undefined;
}

/** Words beside a percentage that make it the share of what is bought that sells: "78% of hours sell", "at 60%
 * utilisation", "only 70% gets booked". */
const SOLD = /\b(?:sell|sells|sold|resold|booked|billed|billable|rented out|utili[sz]\w*|occupan\w*|occupied)\b/;

/** "rent at $2.10/hr, resell at $3.20/hr, 78% of hours sell": the revenue is the price times the share sold, the cost
 * is paid on every hour. */
function soldShare(s: string, qs: Quantity[], plain: Quantity[]): { revenue: Quantity; cost: Quantity } | undefined {
  const shares = qs.filter(isFactor);
  const [share] = shares;
  if (shares.length !== 1 || !share || share.dims.percent !== 1 || share.high !== undefined) return undefined;
  if (plain.length !== 2 || !plain.every((q) => q.dims.usd === 1) || !sameDims(plain[0]!.dims, plain[1]!.dims))
    return undefined;
  const near = s.slice(Math.max(0, share.at - 30), share.at + share.raw.length + 30);
  if (!SOLD.test(near)) return undefined;
  const before = (q: Quantity) => s.slice(Math.max(0, q.at - 30), q.at);
  const earned = (q: Quantity) => PAYER.test(before(q)) || (REVENUE_WORD.test(before(q)) && !COST_WORD.test(before(q)));
  const [a, b] = plain as [Quantity, Quantity];
  const price = earned(a) !== earned(b) ? (earned(a) ? a : b) : a.value >= b.value ? a : b;
  const cost = price === a ? b : a;
  const revenue = { ...price, value: (price.value * share.value) / 100, raw: `(${price.raw} × ${share.raw})` };
  return { revenue, cost };
}

/** "with and without caching", "with vs without the batch discount": both ways asked, and what makes the difference. */
const BOTH_WAYS =
  /\bwith\s*(?:and|or|vs\.?|versus|\/)\s*without\s+(?:the\s+|a\s+|any\s+)?([a-z][a-z -]{1,24}?)\s*(?:[?.,;!]|$)|\bwithout\s*(?:and|or|vs\.?|versus|\/)\s*with\s+(?:the\s+|a\s+|any\s+)?([a-z][a-z -]{1,24}?)\s*(?:[?.,;!]|$)/;
function bothWays(s: string): string | undefined {
  const m = BOTH_WAYS.exec(askedPart(s));
  return m ? (m[1] ?? m[2])!.trim() : undefined;
}
function withAndWithout(what: string, withIt: Quantity[], without: Quantity[]): CalcCase[] {
  return [
    { label: what, quantities: withIt },
    { label: `no ${what}`, quantities: without },
  ];
}

/** Builds the plan from the quantities in order and the question's words between them; an amount the question
 * changes first ("if revenue doubled") is read where it is written and worked at its changed value. */
export function planCalculation(
  text: string,
  quantities: Quantity[],
  words: QuantityVocabulary = {},
  named?: Target,
): CalcPlan {
  // "… 10% on a $20/M model — what % cheaper than all $20/M?": the option named again is no third price to blend.
  const again = namedAgain(text, quantities);
  const given = again ? quantities.filter((q) => q !== again) : quantities;
  const plan = planOf(text, given, words, named);
  const changed = whatIfScaled(text, given);
  const out = changed ? (swapped(plan, changed.from, changed.to) as CalcPlan) : plan;
  const against = blendAgainst(text, given, out, again);
  const withAgainst = against ? { ...out, blendAgainst: against } : out;
  return percentAsked(text, quantities) ? { ...withAgainst, percentAsked: true } : withAgainst;
}

/** "vs sending everything to the big one", "compared with all on the $10/M model": one option taking all the traffic. */
const ALL_TO_ONE =
  /\b(?:vs\.?|versus|against|compared (?:to|with)|than|instead of|relative to)\s+(?:\w+\s+){0,3}?(?:everything|all(?: of it| traffic| tokens| requests| queries)?|100%|only|just|entirely|solely)\b/;
/** Words naming the cheaper option ("the small one", "all on the cheap model"); otherwise the dearer is meant. */
const CHEAP_NAMED = /\b(?:small|smaller|cheap|cheaper|cheapest|mini|budget|light|lite)\b/;

/** A third token price equal to one of two before it, written after "vs", "than" or "compared with": the option the
 * blend is set against, named again. */
function namedAgain(text: string, quantities: Quantity[]): Quantity | undefined {
  const prices = quantities.filter(isPrice);
  const last = prices[2];
  if (prices.length !== 3 || !last || !quantities.some((q) => q.dims.percent === 1)) return undefined;
  const same = prices.slice(0, 2).find((p) => Math.abs(p.value - last.value) <= 1e-12 * Math.max(p.value, 1e-12));
  const s = text.toLowerCase();
  const all = ALL_TO_ONE.exec(s);
  return same && all && all.index < last.at ? last : undefined;
}

/** The price a blend of two is set against when the question asks the saving against sending everything to one. */
function blendAgainst(text: string, quantities: Quantity[], plan: CalcPlan, again?: Quantity): Quantity | undefined {
  const [only] = plan.cases;
  if (plan.cases.length !== 1 || !only) return undefined;
  const prices = quantities.filter(isPrice);
  if (prices.length !== 2 || prices.some((p) => only.quantities.includes(p))) return undefined;
  if (!only.quantities.some((q) => isPrice(q) && !quantities.includes(q))) return undefined;
  const s = text.toLowerCase();
  const all = ALL_TO_ONE.exec(s);
  if (!all) return undefined;
  const [a, b] = prices as [Quantity, Quantity];
  const named = again && prices.find((p) => Math.abs(p.value - again.value) <= 1e-12 * Math.max(p.value, 1e-12));
  if (named) return named;
  const [cheap, dear] = a.value <= b.value ? [a, b] : [b, a];
  return CHEAP_NAMED.test(s.slice(all.index, all.index + all[0].length + 30)) ? cheap : dear;
}

/** "what total % increase", "by what percentage", "how many percent": a percentage asked, outside the user's own
 * amounts ("5% a month" is an input, not the ask). */
function percentAsked(text: string, quantities: Quantity[]): boolean {
  let free = text.toLowerCase();
  for (const q of quantities)
    free = `${free.slice(0, q.at)}${' '.repeat(q.raw.length)}${free.slice(q.at + q.raw.length)}`;
  return /(?<![\d.]\s?)%|\bper ?cent(?:age)?\b|\bpct\b/.test(free);
}

/** The plan with one quantity object replaced wherever it stands. */
function swapped(value: unknown, from: Quantity, to: Quantity): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => swapped(v, from, to));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapped(v, from, to)]));
  return value;
}

/** "vendor A: $0.25/M in, $1/M out. vendor B: $0.40 in, $0.80 out": beside input and output prices per tokens, bare
 * amounts named as a side are prices of that side per the same tokens. Only when every bare amount names its side and
 * the priced sides are a pair. */
function sidedBarePrices(s: string, qs: Quantity[]): Quantity[] {
  const priced = qs.filter((q) => isPrice(q) && sideOf(s, q));
  // "$0.10 input" may read as money × tokens: the side word is no amount of tokens.
  const bare = qs.filter(
    (q) =>
      q.high === undefined &&
      (sameDims(q.dims, { usd: 1 }) ||
        (sameDims(q.dims, { usd: 1, token: 1 }) && /\b(?:input|output|in|out)$/i.test(q.raw))),
  );
  if (priced.length !== 2 || bare.length !== 2 || new Set(priced.map((q) => sideOf(s, q))).size !== 2) return qs;
  // Only a side written right after the amount ("$0.40 in", "$0.80 output"): "$500 in credits" is no price.
  const side = (q: Quantity) =>
    /^\$?[\d.,]+\s*(?:input|output|in|out)\b(?!\s+(?:credits?|total|cash|fees?|funding|revenue))/.test(
      s.slice(q.at, q.at + q.raw.length + 24),
    )
      ? sideOf(s, q)
      : undefined;
  if (new Set(bare.map(side)).size !== 2 || bare.some((q) => !side(q))) return qs;
  // Per the tokens the written prices are per: "$0.25/M" is 0.25 per million.
  const perUnit = (findAmounts(priced[0]!.raw)[0]?.value ?? Number.NaN) / priced[0]!.value;
  if (!(perUnit > 0) || bare.some((q) => q.value > 1000)) return qs;
  const unit = /\/\s*(\w+)|per\s+(\w+)/i.exec(priced[0]!.raw);
  const suffix = unit ? `/${unit[1] ?? unit[2]}` : '';
  return qs.map((q) =>
    bare.includes(q)
      ? {
          ...q,
          value: q.value / perUnit,
          dims: { ...priced[0]!.dims },
          raw: `${q.raw.replace(/\s*(?:input|output|in|out)$/i, '')}${suffix}`,
          side: side(q),
        }
      : q,
  );
}

/** The name written before a pair of prices: "model A is", "groq at", "option 2 costs". */
const PAIR_NAME =
  /\b((?:model|option|provider|plan|vendor|api|tier)\s+[a-z0-9]+|[a-z][a-z0-9.-]*)(?:\s+(?:is|at|costs?|charges?|priced at)|\s*[=:])?\s*$/i;

/** "model A is 0.15/0.60 per M in/out, model B is 1/4": two pairs of input and output prices are two alternatives,
 * each worked with the rest of the question's numbers. */
function pricePairCases(text: string, s: string, given: Quantity[], words: QuantityVocabulary): CalcCase[] | undefined {
  const qs = sidedBarePrices(s, given);
  const prices = qs.filter(isPrice);
  if (prices.length !== 4) return undefined;
  const pairs = [prices.slice(0, 2), prices.slice(2)] as Array<[Quantity, Quantity]>;
  const sided = ([a, b]: [Quantity, Quantity]) => {
    const [x, y] = [sideOf(s, a), sideOf(s, b)];
    return x !== undefined && y !== undefined && x !== y;
  };
  if (!pairs.every(sided)) return undefined;
  const cases: CalcCase[] = [];
  for (const pair of pairs) {
    const own = qs.filter((q) => !isPrice(q) || pair.includes(q));
    const plan = planOf(text, own, words);
    const [only] = plan.cases;
    if (plan.cases.length !== 1 || !only || !only.quantities.some((q) => q.raw.startsWith('('))) return undefined;
    const name = PAIR_NAME.exec(text.slice(Math.max(0, pair[0].at - 30), pair[0].at))?.[1];
    cases.push({ label: name ?? `${pair[0].raw} / ${pair[1].raw}`, quantities: only.quantities });
  }
  return cases;
}

/** "two pay 30% each, the other three split the rest": each of the others pays the total less the fixed shares,
 * divided between them; each fixed payer pays their share. The one asked comes first. */
function fixedShareCases(f: FixedShares, perParty: boolean, askedNoun?: string): CalcCase[] {
  const { total, heavy, share, others } = f;
  const shown = f.jointly ? share.raw : `${share.value}%`;
  const left = 100 - (f.jointly ? share.value : heavy * share.value);
  const restShare: Quantity = {
    value: left,
    dims: { percent: 1 },
    raw: heavy > 1 && !f.jointly ? `(100% − ${heavy} × ${share.value}%)` : `(100% − ${shown})`,
    at: share.at,
    apply: 'share',
  };
  const noun = f.noun ?? askedNoun ?? 'payer';
  const othersNoun = f.noun ?? f.othersNoun ?? noun;
  const count: Quantity = {
    value: others,
    dims: { item: 1 },
    raw: `${others} ${othersNoun}${others === 1 ? '' : 's'}`,
    at: share.at + 1,
    noun: othersNoun,
  };
  // Asked per party ("what does each pay"), the fixed payer's share is one party's too.
  const one: Quantity[] = perParty ? [{ value: 1, dims: { item: 1 }, raw: `1 ${noun}`, at: share.at + 1, noun }] : [];
  const rest: CalcCase = {
    label: others === 1 ? 'the other one' : `each of the other ${others}`,
    quantities: [total, restShare, count],
  };
  // "3 anchors cover half between them": each pays the group's share over its count.
  const each: Quantity = f.jointly
    ? { ...share, value: share.value / heavy, dims: { percent: 1 }, raw: `(${shown} ÷ ${heavy})`, apply: 'share' }
    : { ...share, dims: { percent: 1 }, raw: `${share.value}%`, apply: 'share' };
  const fixed: CalcCase = {
    label: f.jointly
      ? `each of the ${heavy} sharing ${shown}`
      : heavy > 1
        ? `each of the ${heavy} paying ${share.value}%`
        : `the one paying ${share.value}%`,
    quantities: [total, each, ...one],
  };
  return f.heavyAsked ? [fixed, rest] : [rest, fixed];
}

/** "120 engineers on a $39/seat assistant": with a price per seat or user and no count of them, the one count of
 * people the question gives fills the seats, one each. */
function seatsFilled(qs: Quantity[]): Quantity[] {
  const perUser = qs.filter((q) => q.dims.user === -1);
  if (perUser.length !== 1 || qs.some((q) => q.dims.user === 1)) return qs;
  const counts = qs.filter((q) => COUNTED.some((d) => q.dims[d] === 1));
  const [count] = counts;
  if (counts.length !== 1 || !count?.loose || Object.keys(count.dims).length !== 1) return qs;
  return qs.map((q) => (q === count ? { ...count, dims: { user: 1 }, loose: undefined } : q));
}
const COUNTED = ['user', 'item', 'gpu'] as const;

/** `named`: the unit a word for a period asks when the asking words name none ("ARR?" is money a year). */
function planOf(text: string, given: Quantity[], words: QuantityVocabulary, named?: Target): CalcPlan {
  const s = text.toLowerCase();
  // "split across 50 companies; 10 of them bail": the count less those who leave; how many left unsaid is no sum.
  // A cached share of the input named but not placed (no input price, no cached rate): nothing to solve.
  const uncached = cachedInput(s, requestBlend(s, given), sideOf);
  if (!uncached) return { cases: [] };
  // "input bill with and without caching?": the blended price beside the input price alone.
  const both = bothWays(s);
  if (both && uncached !== given) {
    const without = given.filter((q) => uncached.includes(q) || uncached.some((u) => u.at === q.at && u !== q));
    return { cases: withAndWithout(both, uncached, without) };
  }
  const seated = seatsFilled(uncached);
  const left = afterLeavers(s, seated, words);
  if (left === 'vague') return { cases: [] };
  const quantities = left ?? seated;
  // "if 10 of them bail, how much MORE does each remaining one pay?": the split before and after, the gap asked.
  if (left && MORE_ASKED.test(askedPart(s)) && !left.some(isFactor)) {
    const before = seated.filter((q) => left.some((l) => l.at === q.at));
    const count = left.find((q) => !before.includes(q));
    if (count)
      return {
        cases: [
          { label: 'everyone in', quantities: before },
          { label: count.raw, quantities: left },
        ],
        gapAsked: true,
      };
  }
  const ofSum = shareOfSum(s, quantities, words.spendKinds);
  if (ofSum === 'vague') return { cases: [] };
  if (ofSum) return { cases: [{ quantities }], change: { kind: 'share', from: ofSum.total, to: ofSum.part } };
  const lifetimeValue = lifetimeValueOf(s, quantities, words);
  if (lifetimeValue) return { cases: [{ quantities }], lifetimeValue };
  // A lifetime value asked of numbers that are not all placed in it: nothing else to solve.
  if (words.lifetimeValue?.test(s) && quantities.some((q) => q.dims.percent === 1 && words.churnWord?.test(s)))
    return { cases: [] };
  const pricePairs = pricePairCases(text, s, quantities, words);
  if (pricePairs) return { cases: pricePairs };
  // Bands of a tiered price written but not all placed: no figure from them.
  const banded = tiered(s, blend(s, mixOf(s, quantities)));
  if (banded === 'vague') return { cases: [] };
  const qs = applyFactors(s, sumTerms(s, banded, askedTarget(text, quantities)));
  const keepFlat = keepFlatOf(s, qs);
  if (keepFlat) return { cases: [{ quantities: qs }], keepFlat };
  const budgetLeft = budgetLeftOf(s, qs, words);
  if (budgetLeft) return { cases: [{ quantities: qs }], budgetLeft };
  const bookValue = bookValueOf(s, qs);
  if (bookValue === 'vague') return { cases: [] };
  if (bookValue) return { cases: [{ quantities: qs }], bookValue };
  // "$10M on $40M pre": the stake is the investment over the post-money value.
  const stake = stakeOf(s, qs);
  if (stake === 'vague') return { cases: [] };
  if (stake) return { cases: [{ quantities: qs }], change: stake };
  const points = pointsChangeOf(s, qs);
  if (points) return { cases: [{ quantities: qs }], change: { kind: 'change', ...points, points: true } };
  const runway = runwayOf(s, qs, words);
  if (runway) return { cases: [{ quantities: qs }], runway };
  const ownPnl = ownPnlOf(s, quantities);
  if (ownPnl) return { cases: [{ quantities }], ownPnl };
  // "revenue $1.8M/yr, inference eats 35% of revenue, other costs $600k — profit?": costs a share of the revenue.
  const netProfit = netProfitOf(s, quantities);
  if (netProfit) return { cases: [{ quantities }], ownPnl: netProfit };
  // "with ~90% savings, what's left and what's saved?": both sides of the one saving, each its own result.
  const saving = qs.filter((q) => q.dims.percent === 1 && (q.apply === 'less' || q.apply === 'share'));
  const plainOnly = qs.filter((q) => q.dims.percent !== 1 && q.dims.times !== 1);
  // "…: new bill per month, and what's saved yearly?": the last sentence asks from its start when no amount is in it.
  const what = Math.max(0, s.search(/\b(?:what|how much)\b/));
  const sentence = [...s.slice(0, what).matchAll(/[.:;!?]\s+/g)].pop();
  const sentenceAt = sentence ? (sentence.index ?? 0) + sentence[0].length : what;
  const asking = s.slice(qs.some((x) => x.at >= sentenceAt && x.at < what) ? what : Math.min(what, sentenceAt));
  if (saving.length === 1 && plainOnly.length === 1 && SAVED_ASKED.test(asking) && LEFT_ASKED.test(asking)) {
    const q = saving[0]!;
    const other = qs.filter((x) => x !== q);
    // "what would we pay monthly and what's saved per year": each side in the period its own clause asks.
    const from = s.length - asking.length;
    const clauses = [...asking.matchAll(/[^,;]+?(?=,?\s+and\s+|[,;]|$)/g)].map((c) => ({
      at: from + (c.index ?? 0),
      words: c[0],
    }));
    const askedIn = (words: RegExp) => {
      const found = clauses.filter((c) => words.test(c.words));
      if (found.length !== 1) return {};
      const { at, words: clause } = found[0]!;
      const asked = askedTarget(`${' '.repeat(at)}${clause}${' '.repeat(s.length - at - clause.length)}`, quantities);
      return asked?.dims.usd === 1 && asked.per ? { asked } : {};
    };
    return {
      cases: [
        {
          label: `the ${q.raw} saving, left to pay`,
          quantities: [...other, { ...q, apply: 'less' }],
          ...askedIn(LEFT_ASKED),
        },
        {
          label: `the ${q.raw} saving, saved`,
          quantities: [...other, { ...q, apply: 'share' }],
          ...askedIn(SAVED_ASKED),
        },
      ],
      partsOfOne: true,
    };
  }
  const unitBreakEven = unitBreakEvenOf(s, qs);
  if (unitBreakEven) return { cases: [{ quantities: qs }], unitBreakEven };
  const volume = volumeBreakEvenOf(s, qs);
  if (volume) return { cases: [{ quantities: qs }], volume };
  const metered = meteredOrFlat(s, qs);
  if (metered) return { cases: metered };
  const capacity = capacityOf(s, qs, askedTarget(text, quantities));
  if (capacity) return { cases: [{ quantities: capacity }] };
  const fixed = fixedSharesOf(s, quantities);
  if (fixed === 'vague') return { cases: [] };
  if (fixed) {
    const asked = askedTarget(text, quantities);
    return { cases: fixedShareCases(fixed, asked?.dims.item === -1, asked?.noun), parts: true };
  }
  const weighted = weightedSplitOf(s, quantities);
  if (weighted) return { cases: [{ quantities }], weighted };
  const listedShares = listedSharesOf(s, qs);
  if (listedShares) return { cases: [{ quantities: qs }], listedShares };
  const whatIf = whatIfCount(s, qs, words);
  if (whatIf)
    return {
      cases: [
        { label: whatIf.count.raw, quantities: whatIf.rest },
        { label: whatIf.instead.raw, quantities: whatIf.rest.map((q) => (q === whatIf.count ? whatIf.instead : q)) },
      ],
    };
  const breakEven = breakEvenOf(s, qs);
  if (breakEven) return { cases: [{ quantities: qs }], breakEven };
  const periodTotals = periodTotalsOf(s, qs);
  if (periodTotals) return { cases: [{ quantities: qs }], periodTotals };
  const product = productChangeOf(s, qs);
  if (product) return { cases: [{ quantities: qs }], change: product };
  const compounded = growthOf(s, qs);
  if (compounded) return { cases: [{ quantities: qs }], growth: compounded };
  const discounted = partialDiscount(s, qs);
  if (discounted && both)
    return {
      cases: withAndWithout(
        both,
        discounted.quantities,
        qs.filter((q) => discounted.quantities.includes(q)),
      ),
    };
  if (discounted) return { cases: [{ quantities: discounted.quantities }], saving: discounted.saving };
  const rest = restCases(s, qs);
  if (rest) return { cases: rest, parts: true };
  const loss = qs.some((q) => q.apply === 'per-dollar') && LOSS.test(s);
  const plain = qs.filter((q) => !isFactor(q));
  // A revenue and a cost give a margin; with a margin given as a percentage it is applied to the revenue instead.
  const percentGiven = qs.some((q) => q.dims.percent === 1);
  // "how many seats to break even" on a margin per seat asks a count, not the margin.
  const countAsked = Object.keys(askedTarget(text, qs)?.dims ?? { usd: 1 }).every((d) => COUNTED.includes(d as 'user'));
  if (
    /\bmargins?\b/.test(s) &&
    !percentGiven &&
    !countAsked &&
    plain.length === 2 &&
    plain.every((q) => q.dims.usd === 1)
  ) {
    const [a, b] = samePeriod(...perNamedBefore(s, plain[0]!, plain[1]!));
    if (sameDims(a.dims, b.dims)) {
      const before = (q: Quantity) => s.slice(Math.max(0, q.at - 30), q.at);
      const earned = (q: Quantity) =>
        PAYER.test(before(q)) || (REVENUE_WORD.test(before(q)) && !COST_WORD.test(before(q)));
      const aRev = earned(a);
      const bRev = earned(b);
      // "rev 11M, costs 99M", "99M costs vs 11M rev": each named in its own clause, a cost above the revenue (a loss).
      const [la, lb] = [labelOf(s, a), labelOf(s, b, a)];
      const named = la === 'revenue' || lb === 'cost' ? a : lb === 'revenue' || la === 'cost' ? b : undefined;
      const revenue = aRev !== bRev ? (aRev ? a : b) : (named ?? (a.value >= b.value ? a : b));
      return { cases: [{ quantities: qs }], margin: { revenue, cost: revenue === a ? b : a } };
    }
  }
  const charged = /\bmargins?\b/.test(s) && !percentGiven ? chargedOf(s, plain) : undefined;
  const perOne = charged ? unitPriced(plain, charged) : undefined;
  if (perOne) return { cases: [{ quantities: qs }], margin: perOne };
  const unitProfit = unitProfitOf(text, qs);
  if (unitProfit) return { cases: [{ quantities: qs }], unitProfit };
  const sold = /\bmargins?\b/.test(s) ? soldShare(s, qs, plain) : undefined;
  if (sold) return { cases: [{ quantities: qs }], margin: sold };
  const composite = /\bmargins?\b/.test(s) && !percentGiven ? compositeMargin(s, plain) : undefined;
  if (composite) return { cases: [{ quantities: qs }], margin: composite };
  const listed = /\bmargins?\b/.test(s) && !percentGiven ? marginOf(s, plain) : undefined;
  if (listed) return { cases: [{ quantities: qs }], margin: listed };
  // A margin asked of a price and costs that do not work out per the same thing: nothing to solve.
  if (/\bmargins?\b/.test(s) && !percentGiven && plain.length >= 3) return { cases: [] };
  const ratio = qs.find((q) => q.apply === 'per-dollar');
  const lossAmount = plain.find(
    (q) => q.dims.usd === 1 && (LOSS_BEFORE.test(s.slice(0, q.at)) || LOSS_AFTER.test(s.slice(q.at + q.raw.length))),
  );
  if (ratio && lossAmount && plain.length === 1)
    return { cases: [{ quantities: qs }], lossGiven: { loss: lossAmount, ratio } };
  // "at 45M MAU adding 5M a month, how many months till 700M?": a level, a goal of the same thing and a fixed amount
  // more of it each period.
  const added = plain.find((q) => q.dims.hour === -1 && q.per && Object.keys(q.dims).length === 2);
  const levels = plain.filter((q) => q !== added);
  if (
    added &&
    WHEN.test(s) &&
    levels.length === 2 &&
    sameDims(levels[0]!.dims, levels[1]!.dims) &&
    sameDims({ ...levels[0]!.dims, hour: -1 }, added.dims) &&
    added.value > 0 &&
    !SHRINKS.test(s)
  ) {
    const [start, goal] = levels[0]!.value <= levels[1]!.value ? levels : [levels[1]!, levels[0]!];
    return { cases: [{ quantities: qs }], reach: { start: start!, goal: goal!, growth: added } };
  }
  const growth = qs.find((q) => q.apply === 'compound');
  // "99M/yr vs 11M revenue": a period written on one of the two amounts is the other's too.
  const [pa, pb] = plain.length === 2 ? samePeriod(plain[0]!, plain[1]!) : [];
  if (growth && WHEN.test(s) && pa && pb && sameDims(pa.dims, pb.dims)) {
    // An amount growing passes a larger one: the smaller is where it starts, unless the rate is a fall.
    const falls = FALL_BEFORE.test(s.slice(Math.max(0, growth.at - 30), growth.at));
    const [start, goal] = pa.value > pb.value !== falls ? [pb, pa] : [pa, pb];
    const both = qs.map((q) => (q === plain[0] ? pa : q === plain[1] ? pb : q));
    const from = startYear(s, start, goal);
    return { cases: [{ quantities: both }], reach: { start, goal, growth, ...(from ? { from } : {}) } };
  }
  const factorRate = factorRateOf(s, qs);
  if (factorRate) return { cases: [{ quantities: qs }], change: factorRate };
  const changes = changePairs(s, qs);
  if (changes) return { cases: [{ quantities: qs }], changes };
  const change = changeOf(s, qs);
  if (change) return { cases: [{ quantities: qs }], change };
  // Two inputs of the same kind with "vs" / "or" between them, or each after a choice's name ("vendor A is 12k/mo,
  // vendor B 8.5k/mo"): the rest worked out with each.
  const moneyAsked = (askedTarget(text, quantities) ?? named)?.dims.usd === 1;
  const choiceAt = (from: number, to: number) => {
    const re = words.choiceNamed ? new RegExp(words.choiceNamed.source, 'g') : undefined;
    return re ? [...s.slice(from, to).matchAll(re)].length : 0;
  };
  for (let i = 0; i < plain.length; i++)
    for (let j = i + 1; j < plain.length; j++) {
      const [a, b] = samePeriodAlternative(s, plain[i]!, plain[j]!);
      const between = s.slice(a.at + a.raw.length, b.at);
      const named = choiceAt(Math.max(0, a.at - 30), a.at) === 1 && choiceAt(a.at + a.raw.length, b.at) === 1;
      // "20 labs; if 25 labs join instead", "with 24 members instead of 30": the second named as the other case.
      const instead = INSTEAD_AFTER.test(s.slice(b.at + b.raw.length, b.at + b.raw.length + 30));
      // "price went $20/M -> $0.07/M; at 500M tokens/mo, the bill then vs now?": a price before and after a move, each
      // worked with the rest, when money is asked and something else multiplies it.
      const moved =
        (MOVED_TO.test(between) || MOVED_ASKED.test(askedPart(s))) &&
        a.dims.usd === 1 &&
        Object.keys(a.dims).length > 1 &&
        plain.length > 2 &&
        moneyAsked;
      if (!sameDims(a.dims, b.dims) || !(ALTERNATIVE.test(between) || named || instead || moved)) continue;
      if (inAndOut(s, a, b, words)) continue;
      const pair = qs.map((q) => (q === plain[i] ? a : q === plain[j] ? b : q));
      // "$50B at 50% margin vs $100B at 80% margin": each alternative with the factor written after it.
      const factors = pair.filter(isFactor);
      const [fa, fb] = factors;
      if (factors.length === 2 && fa && fb && a.at < fa.at && fa.at < b.at && b.at < fb.at)
        return {
          cases: [
            { label: `${a.raw} at ${fa.raw}`, quantities: pair.filter((q) => q !== b && q !== fb) },
            { label: `${b.raw} at ${fb.raw}`, quantities: pair.filter((q) => q !== a && q !== fa) },
          ],
          loss,
        };
      // "on-demand at $2.90/hr but we'd only run 55% of the time": a factor written on one alternative is its alone;
      // "$200k a year with a 20% discount or $15k monthly": so is one written after the first, before the "or".
      const onFirst = (f: Quantity) =>
        f.on === undefined && a.at < f.at && f.at < b.at && ALTERNATIVE.test(s.slice(f.at + f.raw.length, b.at));
      const owner = (f: Quantity) => f.on ?? (onFirst(f) ? a.at : undefined);
      const without = (x: Quantity) => pair.filter((q) => q !== x && !(isFactor(q) && owner(q) === x.at));
      return {
        cases: [a, b].map((x) => ({ label: x.raw, quantities: without(x === a ? b : a) })),
        loss,
        ...(RELATIVE_ASKED.test(askedPart(s)) ? { relative: true } : {}),
      };
    }
  // "a 3% stake vs a 1-of-50 share of the $1B model": two shares of one amount set against each other, each worked
  // alone and the two then compared.
  const taken = qs.filter((q) => q.apply === 'share' && (q.dims.percent === 1 || (q.dims.times === 1 && q.value < 1)));
  const [ta, tb] = taken;
  if (taken.length === 2 && ta && tb && plain.length >= 1 && ALTERNATIVE.test(s.slice(ta.at + ta.raw.length, tb.at)))
    return {
      cases: taken.map((f) => ({ label: f.raw, quantities: qs.filter((q) => q === f || !taken.includes(q)) })),
      loss,
    };
  // "$120M: 40-50% to accelerators and 9-13% to networking": each share of the same amount.
  const shares = qs.filter((q) => q.dims.percent === 1 && q.apply === 'share');
  if (shares.length >= 2 && plain.length >= 1) return { cases: shareCases(s, qs, shares), loss, parts: true };
  const target = askedTarget(text, quantities) ?? named;
  const pot = budgetPot(s, qs, target);
  if (pot) return { cases: [{ quantities: pot }] };
  const alternatives = alternativesOf(s, qs, target);
  if (alternatives) return { cases: alternatives, loss };
  // "$500k for 16 gpus over 3 years + $5k/mo opex, per gpu-hour": the sum shared over the count, before parts that
  // would take the count into one of them alone.
  const shared = sumPerCounted(s, qs, target);
  if (shared) return { cases: [{ quantities: shared }], summed: true };
  const summed = qs.some(isFactor) ? undefined : summedParts(s, qs, target);
  if (summed) return { cases: [{ quantities: [summed] }], summed: true };
  return { cases: [{ quantities: qs }], loss, remainder: LEFT.test(askedPart(s)) || undefined };
}

/** The words naming an amount, right before it or right after it ("99M costs", "rev 11M"). */
const namingWords = (s: string, q: Quantity) =>
  `${s
    .slice(Math.max(0, q.at - 16), q.at)
    .split(/[,;.]\s|\b(?:vs\.?|versus|or|and)\b/)
    .pop()} ${s.slice(q.at + q.raw.length, q.at + q.raw.length + 16).split(/[,;.]\s|\b(?:vs\.?|versus|or|and)\b/)[0]}`;

/** "99M costs vs 11M rev": money going out set against money coming in are the two sides of one profit or loss, not
 * two alternatives each worked alone. */
function inAndOut(s: string, a: Quantity, b: Quantity, words: QuantityVocabulary): boolean {
  if (!words.incomeWord || !words.outgoWord || a.dims.usd !== 1 || b.dims.usd !== 1) return false;
  const side = (q: Quantity) => {
    const w = namingWords(s, q);
    const income = words.incomeWord!.test(w);
    const outgo = words.outgoWord!.test(w);
    return income === outgo ? undefined : income ? 'in' : 'out';
  };
  const [x, y] = [side(a), side(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/** Asks which way of paying costs less: "which is cheaper", "which wins", "api or self-host?", "by how much". */
const WHICH_ASKED =
  /\b(?:which|cheaper|cheapest|wins?|better|less|by how much|difference|gap|compare|vs\.?|versus|or)\b/;

/** "api is $0.90 per 1k requests, self-hosting a flat 6k/mo; 5M requests a month — which is cheaper?": a price per one
 * thing at the volume of those things each period, against a flat amount each period: each way's bill a period. */
function meteredOrFlat(s: string, qs: Quantity[]): CalcCase[] | undefined {
  // "which is cheaper and by how much": the asking from a little before its last question word.
  if (qs.length !== 3 || !WHICH_ASKED.test(s.slice(Math.max(0, s.length - askedPart(s).length - 30)))) return undefined;
  const d = COUNTED.find((k) => qs.some((q) => sameDims(q.dims, { usd: 1, [k]: -1 })));
  if (!d) return undefined;
  const price = qs.find((q) => sameDims(q.dims, { usd: 1, [d]: -1 }));
  const flat = qs.find((q) => sameDims(q.dims, { usd: 1, hour: -1 }) && q.per);
  const volume = qs.find((q) => sameDims(q.dims, { [d]: 1, hour: -1 }) && q.per);
  if (!price || !flat || !volume || price.high !== undefined || flat.high !== undefined) return undefined;
  // Shown per the period the volume is written in ("5M requests a month": each bill a month).
  const asVolume: Quantity = { ...flat, per: volume.per };
  return [
    { label: price.raw, quantities: [price, volume] },
    { label: asVolume.raw, quantities: [asVolume] },
  ];
}

/** Words that make a percentage how busy the hardware is kept: "70% utilisation", "at 60% busy", "80% load". */
const UTILISATION = /^\s*(?:utili[sz]\w*|busy|load(?:ed)?|occupancy|duty)\b/;
const UTILISATION_BEFORE = /\b(?:utili[sz]\w*|busy|load)\s*(?:of|at|=|:)?\s*(?:~|about\s)?$/;

/** "300 req/sec, each takes 0.6 gpu-seconds, 70% utilisation — how many gpus?": things arriving per second × the GPU
 * time each takes is GPUs kept busy, ÷ the share of the time each is busy. The time of one thing may be written as
 * GPU-time ("0.6 gpu-seconds") or as seconds of a GPU ("0.4 seconds of a gpu"). */
function capacityOf(s: string, qs: Quantity[], target?: Target): Quantity[] | undefined {
  if (!target || !sameDims(target.dims, { gpu: 1 })) return undefined;
  const d = COUNTED.find((k) => k !== 'gpu' && qs.some((q) => sameDims(q.dims, { [k]: 1, hour: -1 })));
  if (!d) return undefined;
  const rate = qs.filter((q) => sameDims(q.dims, { [d]: 1, hour: -1 }));
  const ofGpu = (q: Quantity) =>
    sameDims(q.dims, { hour: 1 }) &&
    /^\s*(?:of (?:a |one )?gpu|on (?:a |one )?gpu|gpu[- ]time)\b/.test(s.slice(q.at + q.raw.length));
  const each = qs.filter(
    (q) => sameDims(q.dims, { gpu: 1, hour: 1 }) || sameDims(q.dims, { gpu: 1, hour: 1, [d]: -1 }) || ofGpu(q),
  );
  const shares = qs.filter((q) => q.dims.percent === 1 && Object.keys(q.dims).length === 1);
  const busy = shares.filter(
    (q) =>
      UTILISATION.test(s.slice(q.at + q.raw.length)) || UTILISATION_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at)),
  );
  if (rate.length !== 1 || each.length !== 1 || busy.length !== shares.length || busy.length > 1) return undefined;
  if (qs.length !== 2 + busy.length || busy.some((q) => !(q.value > 0) || q.value > 100)) return undefined;
  const time = each[0]!;
  const perOne: Quantity = { ...time, dims: { gpu: 1, hour: 1, [d]: -1 } };
  return [rate[0]!, perOne, ...busy.map((q) => ({ ...q, apply: 'of-total' as const }))];
}

/** A word naming an amount as a budget, right before or after it: "25k/yr budget", "a budget of $40k a year". */
const BUDGET_AFTER = /^\s*(?:[a-z]+\s+)?(?:budget|allowance|grant|allocation)\b/;
const BUDGET_BEFORE = /\b(?:budget|allowance|grant|allocation)\s*(?:is|of|:|=)?\s*(?:~|about\s)?$/;

/** "25k/yr budget, one gpu is $1,100/month — how many months?": a budget written per period, asked how long a cost per
 * period lasts, is one pot of that period's amount ($25,000 ÷ $1,100 a month); every other amount is a cost per period. */
function budgetPot(s: string, qs: Quantity[], target?: Target): Quantity[] | undefined {
  if (!target || !sameDims(target.dims, { hour: 1 })) return undefined;
  const rate = (q: Quantity) => sameDims(q.dims, { usd: 1, hour: -1 }) && q.per && q.high === undefined;
  const budgets = qs.filter(
    (q) =>
      rate(q) &&
      (BUDGET_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 24)) ||
        BUDGET_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at))),
  );
  const [budget] = budgets;
  // Every other amount is spent per period ("$900/mo per gpu"), or a count of what it is spent on.
  const spent = (q: Quantity) => q.dims.usd === undefined || (q.dims.usd === 1 && q.dims.hour === -1 && q.per);
  if (budgets.length !== 1 || !budget || qs.length < 2 || !qs.every((q) => q === budget || spent(q))) return undefined;
  const whole: Quantity = {
    ...budget,
    value: budget.value * HOURS[budget.per!]!,
    dims: { usd: 1 },
    raw: `${budget.raw} budget`,
    per: undefined,
  };
  return qs.map((q) => (q === budget ? whole : q));
}

/** Words before a year that make it a deadline, not where an amount starts: "by 2030", "before 2030". */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|through|thru|in time for)\s*$/;

/** The one calendar year the question names, when it dates the start amount rather than the goal ("openai at $3.7B in
 * 2025 … when does it pass $100B?"): written nearer the start than the goal and not as a deadline. */
function startYear(s: string, start: Quantity, goal: Quantity): number | undefined {
  const years = [...s.matchAll(/\b(?:19[5-9]\d|20\d\d)\b/g)].filter(
    (m) => ![start, goal].some((q) => m.index! >= q.at && m.index! < q.at + q.raw.length),
  );
  if (!years.length || new Set(years.map((m) => m[0])).size !== 1) return undefined;
  const at = years[0]!.index!;
  if (years.some((m) => DEADLINE_BEFORE.test(s.slice(Math.max(0, m.index! - 14), m.index!)))) return undefined;
  return Math.abs(at - start.at) < Math.abs(at - goal.at) ? Number(years[0]![0]) : undefined;
}
