// A cost split where some parties pay a multiple of the others' share: "five companies split $191M, but one pays
// double", "50 members, but 10 of them pay double shares". Shares = the others + the heavy payers × their multiple.
import type { Quantity } from './quantities.js';

/** A total shared by a count of parties, some of whom pay `times` a regular share. */
export interface WeightedSplit {
  total: Quantity;
  parties: Quantity;
  /** How many pay the larger share, and how many times a regular share they pay. */
  heavy: number;
  times: number;
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, half: 0 };
const MULTIPLE: Record<string, number> = { double: 2, twice: 2, triple: 3, treble: 3 };
/** "one pays double", "10 of them pay 3x", "the 5 biggest pay a double share", "5 large members pay twice as much". */
const WEIGHT =
  /\b(one|two|three|four|five|six|ten|\d+)\s+(?:of (?:them|those|us)\s+)?(?:(?:biggest|largest|richest|bigger|larger|big|large|founding|anchor|core)\s+)?(?:(?:members?|compan(?:y|ies)|partners?|firms?|labs?|countries|governments?|states?)\s+)?(?:pays?|paying|contributes?|puts? in|covers?)\s+(?:an?\s+)?(double|twice|triple|treble|(\d+(?:\.\d+)?)\s?(?:x|×|times))\b/;
const COUNTS = ['user', 'item', 'gpu'] as const;

/** The weighted split a question describes, or undefined. */
export function weightedSplitOf(text: string, qs: Quantity[]): WeightedSplit | undefined {
  const s = text.toLowerCase();
  const m = WEIGHT.exec(s);
  if (!m) return undefined;
  const heavy = WORDS[m[1]!] ?? Number(m[1]);
  const times = MULTIPLE[m[2]!] ?? Number(m[3]);
  const inside = (q: Quantity) => q.at >= m.index && q.at < m.index + m[0].length;
  const rest = qs.filter((q) => !inside(q));
  const totals = rest.filter((q) => q.dims.usd === 1 && Object.keys(q.dims).length === 1);
  const parties = rest.filter((q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1);
  if (totals.length !== 1 || parties.length !== 1 || rest.length !== 2) return undefined;
  if (!(heavy > 0) || !(times > 0) || heavy > parties[0]!.value) return undefined;
  return { total: totals[0]!, parties: parties[0]!, heavy, times };
}

/** A total and the percentages it is split by, as the list was written ("50/30/20"). */
export interface ListedShares {
  total: Quantity;
  shares: number[];
  written: string;
}

/** Shares written as one list: "50/30/20", "60:40", "40/35/25%". */
const SHARE_LIST = /(?<![\d.$/:])(\d{1,2}(?:\.\d+)?)%?((?:\s*[/:]\s*\d{1,2}(?:\.\d+)?%?){1,5})(?!\.?\d|\s*[/:]\s*\d)/;
/** "what if only 35 sign up", "what if it's 25 labs", "and if just 40 join": the count the question asks the same
 * thing again with, the first number after the words. */
const WHAT_IF =
  /\b(?:what if|and if|if instead|or if|what about)\b[^\d$.;?]{0,20}?(\d[\d,]*)(?![\d.,]*\s*(?:%|x\b|×|\$|[kmb]\b))/;
/\b(?:what if|and if|if instead|or if|what about if)\s+(?:only |just |we get |there are )?(\d[\d,]*)(?![\d.,]*\s*(?:%|x|×|\$|[kmb]\b))/;

/** A total split by shares written as one list ("between 3 partners 50/30/20"): the shares as percentages of the
 * total, the count of parties (when it matches the shares) dropped; undefined when there is no such list. */
export function listedSharesOf(text: string, qs: Quantity[]): ListedShares | undefined {
  const s = text.toLowerCase();
  const m = SHARE_LIST.exec(s);
  if (!m) return undefined;
  const values = [m[1]!, ...m[2]!.split(/[/:]/).slice(1)].map((v) => Number(v.replace('%', '').trim()));
  const sum = values.reduce((t, v) => t + v, 0);
  // Percentages add up to the whole; anything else is not a split of it ("24/7", "1/3 of").
  if (values.length < 2 || Math.abs(sum - 100) > 0.5 || values.some((v) => !(v > 0))) return undefined;
  const totals = qs.filter((q) => q.dims.usd === 1 && !Object.keys(q.dims).some((k) => k !== 'usd' && k !== 'hour'));
  const parties = qs.filter((q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1);
  if (totals.length !== 1 || qs.length !== totals.length + parties.length || parties.length > 1) return undefined;
  if (parties[0] && parties[0].value !== values.length) return undefined;
  return { total: totals[0]!, shares: values, written: m[0].trim() };
}

/** The same question asked again with another count ("split among 50; what if only 35?"): the count replaced. */
export function whatIfCount(
  text: string,
  qs: Quantity[],
): { count: Quantity; instead: Quantity; rest: Quantity[] } | undefined {
  const s = text.toLowerCase();
  const m = WHAT_IF.exec(s);
  if (!m) return undefined;
  const counts = qs.filter(
    (q) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1 && q.at < m.index,
  );
  const value = Number(m[1]!.replace(/,/g, ''));
  if (counts.length !== 1 || !(value > 0) || value === counts[0]!.value) return undefined;
  const count = counts[0]!;
  const noun = count.raw.replace(/^[\d,.]+(?:[kmb]\b)?\s*/i, '');
  const at = m.index + m[0].length - m[1]!.length;
  // The new count said with a noun ("6 chip in") is the same number, not another input.
  const rest = qs.filter((q) => q.at !== at);
  return { count, instead: { ...count, value, raw: noun ? `${m[1]} ${noun}` : m[1]!, at }, rest };
}
