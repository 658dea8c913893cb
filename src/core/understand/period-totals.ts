// Two ways of paying set against each other over a stated time: "buy a server for 250k + 2k/mo power, or rent for
// 9.5k/mo — how much more does renting cost over 36 months?". Each option is its amounts paid once plus its amounts
// per period over the time; the answer is each total and the difference. Every number must belong to one option (or
// be the time, or the one count that per-unit amounts are of); otherwise nothing is worked.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

export interface PeriodOption {
  /** The words that name the option ("buy a server", "rent"), when the question has a few before its numbers. */
  label?: string;
  once: Quantity[];
  rates: Quantity[];
}

export interface PeriodTotals {
  over: Quantity;
  options: [PeriodOption, PeriodOption];
  /** The count a per-unit amount is multiplied by ("8 gpus"). */
  count?: Quantity;
}

/** A total, a difference or a saving asked of the options. */
const ASKS =
  /\bhow much (?:more|less|cheaper|extra|dearer|pricier)\b|\bhow much (?:(?:do|does|would|will|can|could|did)\s+(?:we|i|you|it|they|one)\s+)?sav(?:e|es|ed|ing)\b|\bsav(?:e|es|ed|ing|ings)\b|\bdifference\b|\bby how much\b|\b(?:cost|costs|spend|spends|pay|pays)\s+(?:\w+\s+){0,2}(?:more|less|extra)\b|\b(?:more|less|cheaper|dearer|pricier) (?:over|across|in|after)\b|\btco\b|\btotal cost\b|\btotals?\s+(?:for|of)\s+(?:each|both)\b|\beach(?:'s| one's)? total\b|\b(?:which|what) (?:one |option )?(?:is |comes out |works out )?cheaper\b|\bcheaper\b/;
/** Where one option ends and the other begins. */
const ALTERNATIVE = /\b(?:or|vs\.?|versus|instead of|compared (?:to|with)|against|rather than|than|whereas|while)\b/g;
const BREAK = /[;?]|\.\s/g;
const COUNTS = ['gpu', 'user', 'item'] as const;

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
const isCount = (q: Quantity) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1;
const perCount = (q: Quantity) => COUNTS.find((d) => q.dims[d] === -1);
const moneyAs = (q: Quantity, hour?: -1) => {
  const dims = { ...q.dims };
  const d = perCount(q);
  if (d) delete dims[d];
  return sameDims(dims, hour ? { usd: 1, hour: -1 } : { usd: 1 });
};

/** Words of the question around an option, never its name. */
const FILLER =
  /\b(?:it|is|are|cheaper|dearer|better|worse|more|less|to|we|i|you|they|would|should|could|how|much|what|which|does|do|if|and|so|then)\b/;

/** The words naming an option: from the clause start (or the word parting the options) to its first number. */
function labelOf(s: string, from: number, first: Quantity): string | undefined {
  const words = s
    .slice(from, first.at)
    .replace(/^.*[.;:?!,(]\s*/, '')
    .replace(/^\s*(?:or|vs\.?|versus|instead of|compared (?:to|with)|against|rather than|than|whereas|while)\b/, '')
    .replace(/\s*(?:for|at|@|of|costs?|costing|is|=|-|—|–|~|about|around)\s*$/g, '')
    .replace(/\s*\b(?:for|at|of|costs?|costing|a|an|the|one|our|their)\s*$/g, '')
    .replace(/\s*\b(?:for|at|of|costs?|costing)\s*$/g, '')
    .trim();
  const n = words.split(/\s+/).filter(Boolean).length;
  return n >= 1 && n <= 3 && /^[a-z][a-z -]*$/.test(words) && !FILLER.test(words) ? words : undefined;
}

/** The two options and the time they are set against each other over, or undefined when the question is not that. */
export function periodTotalsOf(text: string, qs: Quantity[]): PeriodTotals | undefined {
  const s = text.toLowerCase();
  if (!ASKS.test(s)) return undefined;
  const durations = qs.filter(isDuration);
  if (durations.length !== 1) return undefined;
  const counts = qs.filter(isCount);
  if (counts.length > 1) return undefined;
  const money = qs.filter((q) => !isDuration(q) && !isCount(q));
  if (money.some((q) => !(moneyAs(q) || moneyAs(q, -1)) || q.high !== undefined)) return undefined;
  // A count is what per-unit amounts are of; one that no amount is per would be left out of the sums.
  if (money.some((q) => perCount(q)) !== counts.length > 0) return undefined;
  // The first word parting money from money (an "or", a "vs"), else a sentence break between them.
  const inside = (c: number) => money.some((q) => q.at < c) && money.some((q) => q.at > c);
  const cut =
    [...s.matchAll(ALTERNATIVE)].map((m) => m.index ?? 0).find(inside) ??
    [...s.matchAll(BREAK)].map((m) => m.index ?? 0).find(inside);
  if (cut === undefined) return undefined;
  const sides = [money.filter((q) => q.at < cut), money.filter((q) => q.at > cut)] as const;
  // A rate for the time on one side at least (what makes the time matter), and money on each.
  if (!money.some((q) => moneyAs(q, -1)) || sides.some((side) => !side.length)) return undefined;
  const options = sides.map((side, k) => {
    const first = side[0]!;
    const from = k === 0 ? Math.max(0, s.lastIndexOf('\n', first.at)) : cut;
    const label = labelOf(s, from, first);
    return {
      ...(label ? { label } : {}),
      once: side.filter((q) => moneyAs(q)),
      rates: side.filter((q) => moneyAs(q, -1)),
    };
  }) as [PeriodOption, PeriodOption];
  // "buy 4 gpus at $25k each … vs rent at $2.40/hr": whether the hourly rate is per GPU or for all of them is unsaid.
  const unsaid = (o: PeriodOption) =>
    o.rates.some((q) => q.per === 'hour') && ![...o.once, ...o.rates].some((q) => perCount(q));
  if (counts.length && options.some(unsaid)) return undefined;
  return { over: durations[0]!, options, ...(counts[0] ? { count: counts[0] } : {}) };
}

/** An option's amounts, each times the count when it is per unit, and its total over the time. */
export function optionTotal(o: PeriodOption, over: Quantity, count?: Quantity): number {
  const each = (q: Quantity) => (perCount(q) && count ? q.value * count.value : q.value);
  return o.once.reduce((t, q) => t + each(q), 0) + o.rates.reduce((t, q) => t + each(q) * over.value, 0);
}
