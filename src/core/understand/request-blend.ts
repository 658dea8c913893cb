// A share at one price and "the rest" at another, made one blended price: "60% at $0.30/M and the rest at $3/M" per
// token (calc-plan's blend), and per request with a volume that multiplies it: "2M requests a day, 60% hit the cache
// at $0.0001 each, the rest cost $0.004" is 2M × (60% × $0.0001 + 40% × $0.004) a day.
import { isShare } from '../units.js';
import type { Quantity } from './quantities.js';

/** "the rest", "the remainder", "others", "the remaining 40%", "misses": the share the first leaves, named after it. */
const REST = /\b(?:the )?(?:rest|remainder|remaining|others?|misses|uncached)\b/;

/** The share at price `a` and the rest at `b` as one price, when the words between the two prices name the rest. */
export function shareAndRest(text: string, share: Quantity, a: Quantity, b: Quantity): number | undefined {
  if (!REST.test(text.slice(a.at + a.raw.length, b.at))) return undefined;
  const p = share.value / 100;
  return p * a.value + (1 - p) * b.value;
}

/** A price of one request: money alone ("$0.004") or per one of the things counted ("$0.0001 each"). */
const perOne = (q: Quantity) =>
  q.dims.usd === 1 &&
  q.high === undefined &&
  (Object.keys(q.dims).length === 1 || (Object.keys(q.dims).length === 2 && q.dims.item === -1));

/** The quantities with the two prices made one blended price per request; the quantities as given otherwise. */
export function requestBlend(s: string, qs: Quantity[]): Quantity[] {
  const volume = qs.filter((q) => q.dims.item === 1 && !q.dims.usd);
  const prices = qs.filter(perOne);
  const shares = qs.filter(isShare);
  if (volume.length !== 1 || prices.length !== 2 || shares.length !== 1) return qs;
  if (qs.length !== 4) return qs;
  const [a, b] = prices as [Quantity, Quantity];
  const share = shares[0]!;
  const v = volume[0]!;
  // In the order written: the volume, the share with its price, then the rest at the other.
  if (!(v.at < share.at && share.at < a.at && a.at < b.at) || share.value <= 0 || share.value >= 100) return qs;
  const value = shareAndRest(s, share, a, b);
  if (value === undefined) return qs;
  const blended: Quantity = {
    value,
    dims: { usd: 1, item: -1 },
    raw: `(${share.raw} × ${a.raw} + ${trimmed(100 - share.value)}% × ${b.raw})`,
    at: share.at,
  };
  return [v, blended];
}

const trimmed = (n: number) => Number(n.toFixed(6)).toString();
