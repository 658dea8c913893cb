// The volume that keeps revenue (or a bill) where it was after a price change: "cut the price from $0.60/M to $0.45/M
// — how much more volume keeps revenue flat?" is $0.60 ÷ $0.45 = 1.33×, a third more; "a 25% price cut" needs
// 1 ÷ (1 − 25%) = 1.33× too. A raise gives the volume that can be lost.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

/** The price before and after, or the one percentage change to it. */
export interface KeepFlat {
  before?: Quantity;
  after?: Quantity;
  change?: Quantity;
  /** What is held where it was, as the user named it ("revenue", "the bill"). */
  held: string;
}

/** "keep revenue flat", "hold the bill the same", "revenue-neutral", "to make the same revenue". */
const HELD =
  /\b(?:keep|keeps|keeping|hold|holds|holding|maintain\w*|stay|leave)\s+(?:the\s+|our\s+|total\s+|its\s+)?(revenue|sales|income|earnings|bill|spend|spending|top line)\s+(?:flat|the same|constant|unchanged|steady|level|where it (?:is|was))\b|\b(revenue|sales|income)[- ]neutral\b|\b(?:make|earn|bring in)\s+the same\s+(revenue|sales|income|money)\b|\b(revenue|sales|income|bill)\s+(?:stays?|remains?)\s+(?:flat|the same|constant|unchanged)\b/;
/** The volume's change is asked: "how much more volume", "what usage increase", "how much can volume fall". */
const VOLUME_ASKED =
  /\b(?:volume|usage|units?|customers|users|seats|subscribers|tokens|requests|queries|calls|traffic|demand|quantity)\b|\bhow many more\b/;

const isMoney = (q: Quantity) => q.dims.usd === 1 && q.high === undefined;

/** The price change a question holds revenue flat across, or undefined. */
export function keepFlatOf(s: string, qs: Quantity[]): KeepFlat | undefined {
  const held = HELD.exec(s);
  if (!held || !VOLUME_ASKED.test(s)) return undefined;
  const what = (held[1] ?? held[2] ?? held[3] ?? held[4])!;
  const prices = qs.filter(isMoney);
  const changes = qs.filter((q) => q.dims.percent === 1 && (q.apply === 'less' || q.apply === 'more'));
  if (prices.length === 2 && qs.length === 2 && sameDims(prices[0]!.dims, prices[1]!.dims))
    return { before: prices[0]!, after: prices[1]!, held: what };
  if (changes.length === 1 && prices.length <= 1 && qs.length === changes.length + prices.length)
    return { change: changes[0]!, ...(prices[0] ? { before: prices[0] } : {}), held: what };
  return undefined;
}
