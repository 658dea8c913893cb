// The volume where a fixed fee plus a low unit price costs the same as a higher unit price alone: "self-host:
// $18,000/month fixed + $0.05/M tokens; API: $0.95/M — at what monthly volume do they cost the same?" is
// $18,000 ÷ ($0.95 − $0.05 per million) = 20B tokens a month.
import { sameDims } from '../units.js';
import type { Dims, Quantity } from './quantities.js';

/** A fixed fee each period, the unit price beside it, and the other side's unit price. */
export interface VolumeBreakEven {
  fixed: Quantity;
  /** The unit price paid on top of the fixed fee, when there is one. */
  withFixed?: Quantity;
  /** The unit price paid alone. */
  alone: Quantity;
  /** What one unit is: the price's per-dimension ("token"). */
  unit: keyof Dims;
}

const ASKS =
  /\bcost the same\b|\bsame cost\b|\bbreak[- ]?even\b|\bequal(?:s|ly)?\b|\bcross(?:es)? over\b|\bcrossover\b|\bat what (?:\w+ )?(?:volume|usage|level|scale)\b|\bcheaper (?:above|beyond|past|from)\b/;
/** Where the question passes from one side to the other. */
const SIDE = /[;?]|\.\s|\b(?:or|vs\.?|versus|instead of|compared (?:to|with)|against|while|whereas|but)\b/g;

const unitOf = (q: Quantity): keyof Dims | undefined => {
  const keys = Object.keys(q.dims) as Array<keyof Dims>;
  if (q.dims.usd !== 1 || keys.length !== 2) return undefined;
  const unit = keys.find((k) => k !== 'usd')!;
  return q.dims[unit] === -1 && unit !== 'hour' ? unit : undefined;
};

/** The volume break-even a question asks for, or undefined. */
export function volumeBreakEvenOf(text: string, qs: Quantity[]): VolumeBreakEven | undefined {
  const s = text.toLowerCase();
  if (!ASKS.test(s)) return undefined;
  const fixed = qs.filter((q) => sameDims(q.dims, { usd: 1, hour: -1 }));
  const prices = qs.filter((q) => unitOf(q) !== undefined);
  if (fixed.length !== 1 || !prices.length || prices.length > 2 || qs.length !== prices.length + 1) return undefined;
  // "a fixed $12,000/month; the API is $4/M": the fixed fee covers any volume.
  if (prices.length === 1)
    return prices[0]!.high === undefined
      ? { fixed: fixed[0]!, alone: prices[0]!, unit: unitOf(prices[0]!)! }
      : undefined;
  const [a, b] = prices as [Quantity, Quantity];
  const unit = unitOf(a)!;
  if (unitOf(b) !== unit || a.high !== undefined || b.high !== undefined) return undefined;
  // The price written on the fixed fee's side goes with it; when the sides are not clear, the lower one does.
  const cuts = [...s.matchAll(SIDE)].map((m) => m.index ?? 0);
  const side = (q: Quantity) => cuts.filter((c) => c < q.at).length;
  const f = fixed[0]!;
  const sameSide = prices.filter((q) => side(q) === side(f));
  const withFixed = sameSide.length === 1 ? sameSide[0]! : a.value <= b.value ? a : b;
  return { fixed: f, withFixed, alone: withFixed === a ? b : a, unit };
}
