// A share of the input tokens served from a prompt cache at a cheaper rate: "60% of our 100M daily input tokens hit
// the cache; input is $3/M, cached reads $0.30/M", "60% of them hit the prompt cache billed at 10% of list". The
// list price stays the price; the share becomes one factor on it, so the bill without the cache is the amount before
// the factor and the saving is the difference.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

const CACHE = /\bcach(?:e|ed|ing)\b/;
/** "billed at 10% of list", "at 10% of the input price": the cached rate as a share of the list price. */
const OF_LIST = /^\s*of\s+(?:the\s+)?(?:list|base|normal|standard|full|regular|input|uncached)\b/;
/** The saving is asked: "how much does caching save", "the saving vs no cache", "with caching vs without". */
const SAVING = /\bsav(?:e|es|ed|ing|ings)\b|\b(?:vs\.?|versus|compared (?:to|with)|against)\s+(?:no|without)\b/;

const isPrice = (q: Quantity) => sameDims(q.dims, { usd: 1, token: -1 }) && q.high === undefined;
const isShare = (q: Quantity) => sameDims(q.dims, { percent: 1 }) && q.high === undefined;

/** The quantities with the cached share folded into one factor on the list price, and whether a saving is asked;
 * undefined when the question does not price a cached share. */
export function cacheShareOf(s: string, qs: Quantity[]): { quantities: Quantity[]; saving: boolean } | undefined {
  if (!CACHE.test(s)) return undefined;
  const prices = qs.filter(isPrice);
  const shares = qs.filter(isShare);
  const hit = shares.find((q) => CACHE.test(s.slice(q.at, q.at + q.raw.length + 50)) && !OF_LIST.test(after(s, q)));
  if (!hit || !(hit.value >= 0 && hit.value <= 100)) return undefined;
  let list: Quantity | undefined;
  let ratio: number;
  let cachedRaw: string;
  let used: Quantity[];
  const ofList = shares.find((q) => q !== hit && OF_LIST.test(after(s, q)));
  if (prices.length === 1 && ofList && shares.length === 2) {
    // "billed at 10% of list": the cached rate is that share of the one price given.
    list = prices[0]!;
    ratio = ofList.value / 100;
    cachedRaw = `${ofList.raw} of list`;
    used = [hit, ofList];
  } else if (prices.length === 2 && shares.length === 1) {
    // "input is $3/M, cached reads $0.30/M": the price written beside a cache word is the cached one.
    const cached = prices.filter((p) => CACHE.test(clauseBefore(s, p)) || /^\s*(?:for\s+)?cach/.test(after(s, p)));
    if (cached.length !== 1) return undefined;
    const c = cached[0]!;
    list = prices.find((p) => p !== c)!;
    if (!(list.value > 0)) return undefined;
    ratio = c.value / list.value;
    cachedRaw = c.raw;
    used = [hit, c];
  } else return undefined;
  const p = hit.value / 100;
  const factor: Quantity = {
    value: 100 * (1 - p + p * ratio),
    dims: { percent: 1 },
    raw: `(${trim(100 - hit.value)}% at ${list.raw} + ${hit.raw} cached at ${cachedRaw})`,
    at: hit.at,
    apply: 'share',
  };
  return { quantities: [...qs.filter((q) => !used.includes(q)), factor], saving: SAVING.test(s) };
}

/** The words before a quantity back to the last comma or full stop: "cached reads" in "…, cached reads $0.30/M". */
const clauseBefore = (s: string, q: Quantity) =>
  s
    .slice(Math.max(0, q.at - 24), q.at)
    .split(/[.,;:]/)
    .pop() ?? '';
const after = (s: string, q: Quantity) => s.slice(q.at + q.raw.length, q.at + q.raw.length + 40);
const trim = (n: number) => String(Number(n.toFixed(2)));
