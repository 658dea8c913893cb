// Tiered prices: "first 1B tokens at $1/M, the rest at $0.50/M, 3B tokens" is 1B × $1/M + 2B × $0.50/M, never the
// whole volume at both prices. A first tier may be free ("the first 100M tokens are free, then $2/M").
import { HOURS, type Quantity } from './quantities.js';

/** "first", "up to", "the initial": the amount that opens a tier. */
const FIRST_BEFORE = /\b(?:first|up to|initial)\s*(?:~|about\s)?$/;
/** What the next tier's price covers. */
const REST =
  /\b(?:rest|remainder|remaining|beyond|above|after that|thereafter|over that|past that|then|anything over|everything over|additional|each extra|extra)\b/;
const FREE_AFTER = /^\s*(?:tokens?\s+)?(?:are\s+|is\s+)?(?:free|at no cost|at \$0\b)/;

const isPrice = (q: Quantity) => q.dims.usd === 1 && q.dims.token === -1 && Object.keys(q.dims).length === 2;
const isTokens = (q: Quantity) =>
  q.dims.token === 1 && Object.keys(q.dims).every((k) => k === 'token' || (k === 'hour' && q.dims.hour === -1));

/** The quantities with a two-tier price and its volume replaced by the one amount they cost; unchanged otherwise. */
export function tiered(s: string, qs: Quantity[]): Quantity[] {
  const first = qs.find((q) => isTokens(q) && FIRST_BEFORE.test(s.slice(Math.max(0, q.at - 12), q.at)));
  if (!first) return qs;
  const volumes = qs.filter((q) => q !== first && isTokens(q));
  const prices = qs.filter(isPrice);
  if (volumes.length !== 1) return qs;
  const volume = volumes[0]!;
  const free = FREE_AFTER.test(s.slice(first.at + first.raw.length, first.at + first.raw.length + 20));
  let low: Pick<Quantity, 'value' | 'raw'>;
  let high: Quantity;
  if (free && prices.length === 1) [low, high] = [{ value: 0, raw: 'free' }, prices[0]!];
  else if (prices.length === 2 && prices[0]!.at > first.at) [low, high] = [prices[0]!, prices[1]!];
  else return qs;
  if (!REST.test(s.slice(first.at + first.raw.length, high.at + high.raw.length + 16))) return qs;
  // A tier written without a period is per the volume's period ("first 1B tokens a month" is usually meant).
  if (first.dims.hour !== undefined && volume.dims.hour === undefined) return qs;
  const tier =
    volume.dims.hour === -1 && first.dims.hour === undefined
      ? first.value / HOURS[volume.per ?? 'month']!
      : first.value;
  const value = Math.min(volume.value, tier) * low.value + Math.max(0, volume.value - tier) * high.value;
  const dims = { ...volume.dims, usd: 1 };
  delete dims.token;
  const raw =
    volume.value <= tier
      ? `${volume.raw} × ${low.raw} (all within the first ${first.raw})`
      : `(first ${first.raw} × ${low.raw} + the rest of ${volume.raw} × ${high.raw})`;
  const used = new Set<unknown>([first, volume, low, high]);
  return [...qs.filter((q) => !used.has(q)), { value, dims, raw, at: first.at, per: volume.per }];
}
