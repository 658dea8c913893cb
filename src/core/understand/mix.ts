// Two token prices blended by how the traffic splits between them: "3 input tokens per output token" at $0.60/M
// and $2.40/M is (3 × $0.60 + 1 × $2.40) ÷ 4 = $1.05/M; "80% input at $3/M and 20% output at $15/M" is
// 0.8 × $3 + 0.2 × $15 = $5.40/M. The blend replaces the prices (and the mix words) as one price per token.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

const isPrice = (q: Quantity) => sameDims(q.dims, { usd: 1, token: -1 }) && q.high === undefined;
const isPercent = (q: Quantity) => sameDims(q.dims, { percent: 1 }) && q.high === undefined;
/** "half of them", "a third": a fraction written as a share counts as its percentage. */
const isFraction = (q: Quantity) =>
  sameDims(q.dims, { times: 1 }) && q.apply === 'share' && q.high === undefined && q.value > 0 && q.value < 1;
const isShare = (q: Quantity) => isPercent(q) || isFraction(q);
const percentOf = (q: Quantity) => (isFraction(q) ? q.value * 100 : q.value);

/** The side a price or a share names: its own, else the side word right after it ("$3/M in", "60% input", "60% of
 * tokens are input"). */
const SIDE_AFTER =
  /^\s*(?:(?:of\s+(?:the\s+|our\s+)?(?:tokens?|traffic|volume|it|them|usage)\s+)?(?:is|are)\s+)?(?:tokens?\s+)?(?:for\s+)?(input|prompt|in|output|completion|out)\b/;
function sideNamed(s: string, q: Quantity): 'input' | 'output' | undefined {
  if (q.side) return q.side;
  const m =
    SIDE_AFTER.exec(s.slice(q.at + q.raw.length, q.at + q.raw.length + 40)) ??
    (isPrice(q) ? SIDE_BEFORE.exec(s.slice(Math.max(0, q.at - 30), q.at)) : null);
  if (!m) return undefined;
  return /^(?:input|prompt|in)$/.test(m[1]!) ? 'input' : 'output';
}
/** "input $1.25/M", "output: $10/M", "output price is $8/M": the side named right before a price. */
const SIDE_BEFORE =
  /(?:^|[\s,;(])(input|prompt|output|completion)s?(?:\s+(?:tokens?|price|cost|rate))?\s*(?:is|are|at|of|costs?|=|:|@)?\s*(?:~|about\s)?$/;

/** "60% input 40% output … $3/M in $15/M out", "85/15 input/output, $3/$15 per M": shares and prices each naming
 * their side, in any order; one share named leaves the rest to the other side. */
function sidedBlend(s: string, qs: Quantity[], a: Quantity, b: Quantity): Quantity[] | undefined {
  const [sideA, sideB] = [sideNamed(s, a), sideNamed(s, b)];
  if (!sideA || !sideB || sideA === sideB) return undefined;
  const shares = qs.filter(isShare);
  const sided = shares.filter((q) => sideNamed(s, q));
  if (!sided.length || sided.length > 2 || shares.length !== sided.length) return undefined;
  const weight = { input: -1, output: -1 };
  for (const q of sided) weight[sideNamed(s, q)!] = percentOf(q);
  if (sided.length === 2 && (weight.input < 0 || weight.output < 0)) return undefined;
  if (weight.input < 0) weight.input = 100 - weight.output;
  if (weight.output < 0) weight.output = 100 - weight.input;
  if (weight.input < 0 || weight.output < 0 || Math.abs(weight.input + weight.output - 100) > 0.5) return undefined;
  const [pin, pout] = sideA === 'input' ? [a, b] : [b, a];
  const value = (weight.input * pin.value + weight.output * pout.value) / 100;
  const shown = (side: 'input' | 'output') =>
    sided.find((q) => sideNamed(s, q) === side)?.raw ?? `the rest (${Number(weight[side].toFixed(2))}%)`;
  const raw = `(${shown('input')} × ${pin.raw} + ${shown('output')} × ${pout.raw})`;
  const rest = qs.filter((q) => q !== a && q !== b && !sided.includes(q));
  return [...rest, blended([a], raw, value)].sort((x, y) => x.at - y.at);
}
/** "3 input tokens per output token", "4 in to 1 out", "3 prompt tokens for every completion token". */
const RATIO =
  /(?<![\d.:]\s?)(\d+(?:\.\d+)?)\s*(?:input|prompt|in)(?:[\s-]tokens?)?\s*(?:per|for (?:every|each)|to|:)\s*(?:(\d+(?:\.\d+)?)|an?|each|every|one)?\s*(?:output|completion|out)\b/;
const INPUT_NEAR = /\b(?:input|prompt|in)\b/;
const OUTPUT_NEAR = /\b(?:output|completion|out)\b/;

/** A price named as the cached one: "cached reads $0.30/M", "$0.30/M for cache hits". */
const CACHED_NEAR = /\bcach\w*|\bcache hits?\b/;
/** A share of the traffic served from the cache: "60% … hit the cache", "a 70% cache hit rate". */
const CACHE_SHARE = /^[^$]{0,60}?\b(?:cach\w*|hit|hits)\b/;

/** "60% of our tokens hit the cache; input is $3/M, cached reads $0.30/M": one price blended from the cached share at
 * the cached price and the rest at the other. */
function cacheBlend(s: string, qs: Quantity[], a: Quantity, b: Quantity): Quantity[] | undefined {
  const shares = qs.filter(isShare);
  if (shares.length !== 1) return undefined;
  const share = shares[0]!;
  // The words before a price within its own clause ("the cache. input is $3/M" does not name $3/M cached), else the
  // words right after it ("$0.30/M for cache hits") up to the next clause.
  const before = (q: Quantity) =>
    CACHED_NEAR.test(
      s
        .slice(Math.max(0, q.at - 40), q.at)
        .split(/[.;,:]|\band\b/)
        .pop()!,
    );
  const after = (q: Quantity) =>
    CACHED_NEAR.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 16).split(/[.;,:]|\band\b/)[0]!);
  const [cachedA, cachedB] = before(a) !== before(b) ? [before(a), before(b)] : [after(a), after(b)];
  if (
    cachedA === cachedB ||
    !CACHE_SHARE.test(s.slice(share.at + share.raw.length)) ||
    percentOf(share) < 0 ||
    percentOf(share) > 100
  )
    return undefined;
  const [hit, miss] = cachedA ? [a, b] : [b, a];
  const p = percentOf(share) / 100;
  const value = p * hit.value + (1 - p) * miss.value;
  const raw = `(${share.raw} × ${hit.raw} + the rest × ${miss.raw})`;
  const rest = qs.filter((q) => q !== a && q !== b && q !== share);
  return [...rest, blended([a], raw, value)].sort((x, y) => x.at - y.at);
}

function blended(prices: Quantity[], raw: string, value: number): Quantity {
  return { value, dims: { usd: 1, token: -1 }, raw, at: prices[0]!.at };
}

/** The quantities with two prices blended by a written input:output ratio or by two shares, when given. */
export function mixOf(text: string, qs: Quantity[]): Quantity[] {
  const s = text.toLowerCase();
  const prices = qs.filter(isPrice);
  if (prices.length !== 2) return qs;
  const [a, b] = prices as [Quantity, Quantity];
  const ratio = RATIO.exec(s);
  if (ratio) {
    const x = Number(ratio[1]);
    const y = ratio[2] ? Number(ratio[2]) : 1;
    if (!(x >= 0) || !(y >= 0) || !(x + y > 0)) return qs;
    // The input price is the one written next to "input"; else the first, as prices are usually listed.
    const near = (q: Quantity) => s.slice(Math.max(0, q.at - 16), q.at + q.raw.length + 16);
    const named = [sideNamed(s, a), sideNamed(s, b)];
    const inputFirst =
      named[0] && named[1] && named[0] !== named[1]
        ? named[0] === 'input'
        : !(OUTPUT_NEAR.test(near(a)) && INPUT_NEAR.test(near(b)) && !INPUT_NEAR.test(near(a)));
    const [pin, pout] = inputFirst ? [a, b] : [b, a];
    const at = ratio.index;
    const end = at + ratio[0].length;
    // The numbers inside the ratio words are not amounts.
    const rest = qs.filter((q) => q !== a && q !== b && !(q.at >= at && q.at < end));
    const value = (x * pin.value + y * pout.value) / (x + y);
    const raw = `(${x}:${y} input:output blend of ${pin.raw} and ${pout.raw})`;
    return [...rest, blended([a], raw, value)].sort((p, q) => p.at - q.at);
  }
  const cached = cacheBlend(s, qs, a, b);
  if (cached) return cached;
  const sided = sidedBlend(s, qs, a, b);
  if (sided) return sided;
  // "80% input at $3/M and 20% output at $15/M": each share written before its price, the two making the whole.
  const shares = qs.filter(isPercent);
  if (shares.length !== 2) return qs;
  const [sa, sb] = shares as [Quantity, Quantity];
  if (!(sa.at < a.at && a.at < sb.at && sb.at < b.at) || Math.abs(sa.value + sb.value - 100) > 0.5) return qs;
  const value = (sa.value * a.value + sb.value * b.value) / (sa.value + sb.value);
  const raw = `(${sa.raw} × ${a.raw} + ${sb.raw} × ${b.raw})`;
  const rest = qs.filter((q) => q !== a && q !== b && q !== sa && q !== sb);
  return [...rest, blended([a], raw, value)].sort((p, q) => p.at - q.at);
}

/** "3:1 in:out", "75/25 input/output", "1:4 output to input": a ratio whose sides are named after it. */
const SIDED_RATIO =
  /(?<![\w.:/])(\d+(?:\.\d+)?)\s*[:/]\s*(\d+(?:\.\d+)?)\s*%?\s*(?:(?:split|mix|ratio)\s+)?(?:of\s+|by\s+)?(input|in|prompt|output|out|completion)\s*(?:[:/]|to)\s*(input|in|prompt|output|out|completion)\b/;

/** The traffic's input and output weights as the question writes them ("3 input tokens per output token", "3:1
 * in:out"), or undefined when it writes no ratio of the two sides. */
export function trafficMix(text: string): { input: number; output: number } | undefined {
  const s = text.toLowerCase();
  const ratio = RATIO.exec(s);
  if (ratio) {
    const [x, y] = [Number(ratio[1]), ratio[2] ? Number(ratio[2]) : 1];
    return x >= 0 && y >= 0 && x + y > 0 ? { input: x, output: y } : undefined;
  }
  const shares = percentMix(s);
  if (shares) return shares;
  const sided = SIDED_RATIO.exec(s);
  if (!sided) return undefined;
  const [x, y] = [Number(sided[1]), Number(sided[2])];
  const inFirst = /^(?:input|in|prompt)$/.test(sided[3]!);
  if (inFirst === /^(?:input|in|prompt)$/.test(sided[4]!) || !(x + y > 0)) return undefined;
  return inFirst ? { input: x, output: y } : { input: y, output: x };
}

/** "80% in / 20% out", "70% input, 30% output", "traffic is 75% prompt": shares of the traffic by side, one side alone
 * leaving the rest to the other; undefined unless they make the whole. */
const SIDE_SHARE =
  /(?<![\w.])(\d+(?:\.\d+)?)\s?%\s*(?:of\s+(?:the\s+|our\s+)?tokens?\s+(?:are|is)\s+)?(input|in|prompt|output|out|completion)\b/g;
function percentMix(s: string): { input: number; output: number } | undefined {
  const found = [...s.matchAll(SIDE_SHARE)];
  if (!found.length || found.length > 2) return undefined;
  const weight = { input: -1, output: -1 };
  for (const m of found) {
    const side = /^(?:input|in|prompt)$/.test(m[2]!) ? 'input' : 'output';
    if (weight[side] >= 0) return undefined;
    weight[side] = Number(m[1]);
  }
  if (weight.input < 0) weight.input = 100 - weight.output;
  if (weight.output < 0) weight.output = 100 - weight.input;
  if (weight.input < 0 || weight.output < 0 || Math.abs(weight.input + weight.output - 100) > 0.5) return undefined;
  return weight;
}
