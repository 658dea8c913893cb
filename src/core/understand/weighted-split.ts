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
