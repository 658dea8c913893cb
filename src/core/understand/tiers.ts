// Tiered prices: "first 1B tokens at $1/M, the rest at $0.50/M, 3B tokens" is 1B × $1/M + 2B × $0.50/M, never the
// whole volume at both prices. Bands fill in order ("$3/M for the first 100M, $2.40/M for the next 400M, $1.80/M
// after that"), in any unit (tokens, GPU-hours, images); a band may be free ("the first 100M tokens are free") or a
// discount off the list price ("everything after that 20% off").
import { HOURS, type Quantity } from './quantities.js';

/** "first", "up to", "the initial": the amount that opens the first band. */
const FIRST_BEFORE = /\b(?:first|up to|initial)\s*(?:~|about\s)?$/;
/** "the next 400M", "the following 1,500": the amount of a later band. */
const NEXT_BEFORE = /\b(?:next|following)\s*(?:~|about\s)?$/;
/** What the last band's price covers. */
const REST =
  /\b(?:rest|remainder|remaining|beyond|above|after that|after|thereafter|over that|past that|then|anything over|everything over|additional|each extra|extra)\b/;
const FREE_AFTER = /^\s*(?:[a-z-]+\s+){0,2}(?:are\s+|is\s+)?(?:free|at no cost|at \$0(?![\d.,]))/;
/** Words after a first band that say a later band is priced differently: "the next hours cheaper". */
const BANDED = /\b(?:next|following|cheaper|discount\w*|off)\b/;
/** "20% off", "a 25% discount", "10% cheaper": a band priced below the list price by a share. */
const OFF_AFTER = /^\s*(?:off|discount\w*|cheaper|lower|less)\b/;

/** Dimensions that are not money: what a price is per, or what an amount is of. */
function unitOf(q: Quantity): Record<string, number> {
  return Object.fromEntries(Object.entries(q.dims).filter(([d]) => d !== 'usd'));
}
const isMoney = (q: Quantity) => q.dims.usd === 1 && q.dims.percent === undefined;
const isOff = (s: string, q: Quantity) =>
  q.dims.percent === 1 &&
  q.high === undefined &&
  OFF_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 12));
/** Written as a bare number ("the next 400M"): the reader may have taken it for money; the band's unit is meant. */
const bare = (q: Quantity) => !q.raw.includes('$') && Object.keys(q.dims).length === 1 && q.dims.usd === 1;

/** A price per one of the band's unit (or a bare amount, then per one of it): "$2/hr" for GPU-hours. */
function pricePer(price: Quantity, unit: Record<string, number>): boolean {
  if (bare(price)) return false;
  return Object.entries(unitOf(price)).every(([d, e]) => unit[d] === -e);
}

/** The volume of the band's unit: the same unit, a part of it ("3,400 hrs" of GPU-hours), a bare number, or the
 * unit per a period ("750M tokens a month"). */
function inUnit(q: Quantity, unit: Record<string, number>): boolean {
  if (bare(q)) return true;
  if (q.dims.usd !== undefined || q.dims.percent !== undefined) return false;
  const own = Object.entries(q.dims).filter(([d, e]) => !(d === 'hour' && e === -1 && unit.hour === undefined));
  return own.length > 0 && own.every(([d, e]) => unit[d] === e);
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12 };
/** "for the next 1,500 and": a band's size written as a bare number the reader left out, in the first band's unit. */
function unreadSizes(s: string, qs: Quantity[], first: Quantity, unit: Quantity['dims']): Quantity[] {
  const out: Quantity[] = [];
  for (const m of s.matchAll(/\b(?:next|following)\s+(?:~|about\s)?(\d[\d,]*(?:\.\d+)?)\s*(k|mn|m|bn|b|t)?\b/g)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (at <= first.at || qs.some((q) => at >= q.at && at < q.at + q.raw.length)) continue;
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2]]! : 1);
    out.push({ value, dims: { ...unit }, raw: s.slice(at, m.index + m[0].length).trim(), at });
  }
  return out;
}

/** Bands written in the question: their sizes, their prices and the volume billed. */
interface Bands {
  sizes: Quantity[];
  prices: Quantity[];
  volume: Quantity;
}

/** The bands the question writes, 'vague' when it writes bands whose numbers do not all find a place. */
function bandsOf(s: string, qs: Quantity[]): Bands | 'vague' | undefined {
  const before = (q: Quantity) => s.slice(Math.max(0, q.at - 14), q.at);
  const first = qs.find((q) => !isMoney(q) && q.dims.percent === undefined && FIRST_BEFORE.test(before(q)));
  if (!first) return undefined;
  const unit = unitOf(first);
  const later = [
    ...qs.filter((q) => q.at > first.at && q.dims.percent === undefined && NEXT_BEFORE.test(before(q))),
    ...unreadSizes(s, qs, first, unit),
  ].sort((a, b) => a.at - b.at);
  const sizes = [first, ...later];
  const offs = qs.filter((q) => isOff(s, q));
  const priced = qs.filter((q) => !sizes.includes(q) && ((isMoney(q) && !bare(q)) || offs.includes(q)));
  // A first band is one when later bands are written, or a price, a rest word and another amount of its unit.
  const another = qs.some((q) => q !== first && !priced.includes(q) && inUnit(q, unit));
  const rest = REST.test(s.slice(first.at + first.raw.length)) || BANDED.test(s.slice(first.at + first.raw.length));
  if (!later.length && !(rest && priced.length && another)) return undefined;
  const prices: Quantity[] = [];
  for (const p of priced) {
    if (offs.includes(p)) prices.push(p);
    else if (isMoney(p) && (pricePer(p, unit) || Object.keys(p.dims).length === 1)) prices.push(p);
    else return 'vague';
  }
  // "the first 100M tokens are free, then $2/M": a free band is priced at nothing.
  sizes.forEach((size, i) => {
    if (FREE_AFTER.test(s.slice(size.at + size.raw.length, size.at + size.raw.length + 24)))
      prices.splice(i, 0, { value: 0, dims: { usd: 1 }, raw: 'free', at: size.at });
  });
  const volumes = qs.filter((q) => !sizes.includes(q) && !prices.includes(q) && !offs.includes(q) && inUnit(q, unit));
  if (volumes.length !== 1 || (prices.length !== sizes.length && prices.length !== sizes.length + 1)) return 'vague';
  // A last price covers what is past the bands only when the question says so ("after that", "the rest").
  const last = sizes.at(-1)!;
  if (prices.length === sizes.length + 1 && !REST.test(s.slice(last.at + last.raw.length))) return 'vague';
  if (offs.includes(prices[0]!) || later.some((q) => !bare(q) && !inUnit(q, unit))) return 'vague';
  return { sizes, prices, volume: volumes[0]! };
}

/** The quantities with the bands and the volume replaced by the one amount the volume costs; 'vague' when bands are
 * written that cannot all be placed; unchanged when the question writes no bands. */
export function tiered(s: string, qs: Quantity[]): Quantity[] | 'vague' {
  const bands = bandsOf(s, qs);
  if (!bands || bands === 'vague') return bands ?? qs;
  const { sizes, prices, volume } = bands;
  const unit = unitOf(sizes[0]!);
  // Per a period ("750M tokens a month"): the bands fill within each period, the one a band names or the volume's.
  const timed = volume.dims.hour === -1 && unitOf(sizes[0]!).hour !== 1;
  const period = timed ? (sizes.find((q) => q.dims.hour === -1 && q.per)?.per ?? volume.per ?? 'month') : undefined;
  const span = period ? HOURS[period]! : 1;
  const total = volume.value * span;
  const sizeOf = (q: Quantity) => (q.dims.hour === -1 && q.per ? q.value * HOURS[q.per]! : q.value);
  const list = prices[0]!;
  const priceOf = (p: Quantity) =>
    p.dims.percent === 1
      ? { value: list.value * (1 - p.value / 100), raw: `${list.raw} less ${p.raw}` }
      : { value: p.value, raw: p.raw };
  let left = total;
  let value = 0;
  const terms: string[] = [];
  prices.forEach((p, i) => {
    if (left <= 0) return;
    const size = sizes[i];
    const n = size ? Math.min(left, sizeOf(size)) : left;
    const { value: each, raw } = priceOf(p);
    value += n * each;
    const amount = size && n === sizeOf(size) ? size.raw.replace(/^\$/, '') : formatted(n, unit);
    terms.push(`${amount} × ${raw}`);
    left -= n;
  });
  // Past every band with no price for the rest: nothing to bill it at.
  if (left > 1e-9) return 'vague';
  const dims = period ? { usd: 1, hour: -1 } : { usd: 1 };
  const raw = terms.length > 1 ? `(${terms.join(' + ')})` : `${volume.raw} × ${priceOf(prices[0]!).raw}`;
  const used = new Set<unknown>([...sizes, ...prices, volume]);
  const per = volume.per ?? period;
  const amount: Quantity = { value: value / span, dims, raw, at: sizes[0]!.at, ...(period ? { per } : {}) };
  return [...qs.filter((q) => !used.has(q)), amount];
}

/** A band's share of the volume as a plain number ("250M", "2,400"), or a span of time ("6 months"). */
function formatted(n: number, unit: Quantity['dims']): string {
  if (Object.keys(unit).length === 1 && unit.hour === 1) {
    const whole = (['year', 'month', 'week', 'day'] as const).find(
      (p) => n >= HOURS[p]! && Number.isInteger(Number((n / HOURS[p]!).toFixed(6))),
    );
    if (whole) return `${Number((n / HOURS[whole]!).toFixed(6))} ${whole}s`;
  }
  const scales = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
  ] as const;
  const [scale, suffix] = scales.find(([x]) => n >= x) ?? [1, ''];
  return scale === 1 ? Math.round(n).toLocaleString('en-US') : `${Number((n / scale).toFixed(3))}${suffix}`;
}
