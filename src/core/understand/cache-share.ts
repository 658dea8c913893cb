// A share of the input tokens served from a prompt cache at a lower rate: "$1/M input, 40% of input tokens are cache
// hits billed at 10% of the input rate" is one blended input price, $1/M × (60% + 40% × 10%) = $0.64/M. The cached
// rate is a percentage of the input rate, a discount off it ("at a 90% discount") or a price of its own ("cached
// input $0.10/M"). A share that is not of the input tokens (of requests, of users) is left alone.
import { isShare } from '../units.js';
import type { Quantity } from './quantities.js';

const isPrice = (q: Quantity) => q.dims.usd === 1 && q.dims.token === -1 && Object.keys(q.dims).length === 2;

/** "40% of input tokens are cache hits", "60% of our prompt tokens hit the cache", "a 40% cache hit rate". */
const SHARE_AFTER =
  /^\s*(?:of\s+(?:the\s+|our\s+|all\s+)?(?:input|prompt)(?:\s+tokens?)?\s+(?:are\s+|is\s+|get\s+|gets\s+)?(?:cache[ds]?|served from (?:the )?cache|hit(?:s|ting)? (?:the |a |our )?(?:prompt )?cache)|(?:prompt[- ])?cache[- ]hit (?:rate|ratio)|(?:of\s+(?:them|those|these|it)\s+)?(?:are|is|get|gets|will be|would be)\s+(?:(?:prompt[- ])?cache[- ]hits?\b|cached\b|served from (?:the )?cache|hit(?:s|ting)? (?:the |a |our )?(?:prompt )?cache))/;
const SHARE_BEFORE = /\b(?:prompt[- ])?cache[- ]hit (?:rate|ratio) (?:of|is|=|:|at)\s*(?:~|about\s)?$/;
/** "billed at 10% of the input rate", "at 10% of the normal price": the cached rate as a part of the input rate. */
const RATE_AFTER =
  /^\s*of\s+(?:the\s+)?(?:input|base|normal|regular|full|list|uncached|standard)\s*(?:input\s+)?(?:rate|price|cost)\b/;
/** "at a 90% discount", "90% off": the cached rate is the rest of the input rate. */
const DISCOUNT_AFTER = /^\s*(?:discount|off|cheaper|less)\b/;
/** "cached input $0.10/M", "cache hits at $0.25/M": a cached price of its own. */
const CACHED_BEFORE = /\bcache[ds]?\b[^.;,$]{0,24}$/;

/** The input price the cached share blends, with the share and cached rate read away; the quantities unchanged when
 * the question names no cached share of the input. */
export function cachedInput(
  text: string,
  qs: Quantity[],
  sideOf: (s: string, q: Quantity) => string | undefined,
): Quantity[] | undefined {
  const s = text.toLowerCase();
  const share = qs.find(
    (q) =>
      isShare(q) &&
      (SHARE_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 60)) ||
        SHARE_BEFORE.test(s.slice(Math.max(0, q.at - 30), q.at))),
  );
  // "40% of requests hit the cache": a cached share of something else, which no price here is of ("90% off with
  // caching" is a discount, not a share).
  const cacheTalk = qs.some(
    (q) =>
      isShare(q) &&
      /^\s*of\s+(?:the\s+|our\s+|all\s+)?(?:requests?|queries|calls?|users?|chats?|conversations?|sessions?|messages?)\b[^.;,?]{0,20}\bcach/.test(
        s.slice(q.at + q.raw.length),
      ),
  );
  if (!share) return cacheTalk ? undefined : qs;
  // "800M input tokens/mo, 70% of them hit the cache": "them" are the tokens just before, when they are input.
  const before = qs.filter((q) => q.at < share.at && q.dims.token === 1).pop();
  if (
    /^\s*of\s+(?:them|those|these)\b/.test(s.slice(share.at + share.raw.length)) &&
    !(before?.dims.token === 1 && sideOf(s, before) !== 'output')
  )
    return undefined;
  if (share.value > 100) return undefined;
  const prices = qs.filter(isPrice);
  const cachedPrice = prices.find((p) => CACHED_BEFORE.test(s.slice(Math.max(0, p.at - 30), p.at)));
  const uncached = prices.filter((p) => p !== cachedPrice);
  const inputs = uncached.filter((p) => sideOf(s, p) === 'input');
  const input = inputs.length === 1 ? inputs[0] : uncached.length === 1 ? uncached[0] : undefined;
  if (!input) return undefined;
  const rate = qs.find(
    (q) =>
      q !== share &&
      isShare(q) &&
      q.at > share.at &&
      (RATE_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 40)) ||
        DISCOUNT_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 12))),
  );
  const p = share.value / 100;
  let value: number;
  let raw: string;
  if (rate && !cachedPrice) {
    const part = DISCOUNT_AFTER.test(s.slice(rate.at + rate.raw.length, rate.at + rate.raw.length + 12))
      ? 1 - rate.value / 100
      : rate.value / 100;
    if (!(part >= 0 && part <= 1)) return undefined;
    value = input.value * (1 - p + p * part);
    raw = `(${input.raw} × (${trim(100 - share.value)}% + ${share.raw} × ${trim(part * 100)}%))`;
  } else if (cachedPrice && !rate) {
    value = input.value * (1 - p) + cachedPrice.value * p;
    raw = `(${input.raw} × ${trim(100 - share.value)}% + ${cachedPrice.raw} × ${share.raw})`;
  } else return undefined;
  const used = new Set([share, rate, cachedPrice].filter(Boolean));
  const blended: Quantity = { ...input, value, raw, side: 'input' };
  return qs.filter((q) => !used.has(q)).map((q) => (q === input ? blended : q));
}

const trim = (n: number) => String(Number(n.toFixed(4)));
