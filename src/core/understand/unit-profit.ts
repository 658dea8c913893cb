// The profit or gross margin of what is charged against what it costs, per one paying thing or per period: "$20/mo
// sub, avg user burns 2.5M tokens at $4/M — profit per user?" is $20 − 2.5M × $4/M = $10 a month per user; "900 seats
// x $30/mo, infra 11k/mo. gross margin?" is (900 × $30 − $11k) ÷ (900 × $30) = 59.3%; "each call costs us $0.012, we
// bill $0.02, 2.3M calls/mo — monthly profit?" is ($0.02 − $0.012) × 2.3M = $18,400 a month. Every number must find
// its place in the revenue or a cost, else there is no reading.
import { sameDims, solve, type Worked } from '../units.js';
import { type Dims, HOURS, type Quantity } from './quantities.js';
import { askedTarget } from './target.js';

/** A revenue and its costs, both worked into the same unit, and whether the profit (not only the margin) is asked. */
export interface UnitProfit {
  revenue: Quantity;
  cost: Quantity;
  profitAsked: boolean;
  /** What one of the counted things is called ("seat", "call"), for the reply. */
  noun?: string;
}

const MARGIN_ASK = /\bmargins?\b/;
const PROFIT_ASK = /\bprofits?\b|\bprofitab\w*\b/;
const COUNTS = ['user', 'item', 'gpu'] as const;
type CountDim = (typeof COUNTS)[number];

/** Words before an amount that make it what comes in. */
const REVENUE_BEFORE =
  /\b(?:revenue|rev|arr|mrr|charge|charges|charging|price|priced|sell|sells|selling|resell|resells|earn|earns|income|sales|bill|bills|billing|fee|subscription|sub|plan|list price)\b/;
/** What the buyer pays ("customers pay", "users spend"), or a count of payers multiplied out ("900 seats x"). */
const PAYER_BEFORE =
  /\b(?:customers?|users?|clients?|subscribers?|buyers?|members?|seats?|licen[cs]es?)\s*(?:pays?|paying|spends?|x|×|\*|at|@)\s*(?:us\s+)?(?:~|about\s)?$/;
/** A priced plan named right after its amount: "$20/mo sub", "$30 seat", "$49/mo plan". */
const REVENUE_AFTER = /^\s*(?:a\s+|per\s+|\/\s*)?(?:sub|subs|subscription|plan|seat|licen[cs]e|membership)\b/;
/** Words of spending: an amount they name is a cost, never the revenue. */
const COST_WORD =
  /\b(?:costs?|costing|spend|spends|spent|pay|paying|pays|expenses?|cogs|infra|infrastructure|hosting|inference|serving|compute|gpus?|tokens?|llm|api|burns?|overhead|support)\b/;
/** "each", "per", "avg user": the amounts around are per one of something. */
const EACH_WORD = /\b(?:each|per|every|avg|average|typical|apiece)\b/;
/** A payer's nouns, by the dimension that counts them. */
const USER_NOUN = /\b(?:users?|seats?|customers?|subscribers?|members?|accounts?|subs?|licen[cs]es?)\b/;

const isMoney = (q: Quantity) => q.dims.usd === 1 && q.dims.token === undefined;
const isCount = (q: Quantity) => {
  const keys = Object.keys(q.dims);
  return COUNTS.some((d) => q.dims[d] === 1) && keys.every((k) => COUNTS.includes(k as CountDim) || k === 'hour');
};
const countDim = (q: Quantity) => COUNTS.find((d) => q.dims[d] === 1);

/** The words between the amount before `q` (or the clause's start) and `q`. */
function ownWords(s: string, qs: Quantity[], q: Quantity): string {
  const prev = qs.filter((p) => p.at + p.raw.length <= q.at).pop();
  const from = Math.max(prev ? prev.at + prev.raw.length : 0, q.at - 40);
  return s.slice(from, q.at);
}

function isRevenue(s: string, qs: Quantity[], q: Quantity): boolean {
  const own = ownWords(s, qs, q);
  const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 24);
  if (PAYER_BEFORE.test(s.slice(Math.max(0, q.at - 30), q.at))) return true;
  if (REVENUE_AFTER.test(after)) return true;
  return REVENUE_BEFORE.test(own) && !COST_WORD.test(own);
}

/** Dimensions without some keys. */
function without(d: Dims, keys: string[]): Dims {
  const out = { ...d };
  for (const k of keys) delete out[k as keyof Dims];
  return out;
}

/** A hypothetical change to one of the amounts, written in words: "if revenue doubled", "suppose costs halve". */
const WHAT_IF_CHANGE =
  /\b(?:if|suppose|assuming|assume|what if)\b[^?.;]*\b(?:doubl|tripl|quadrupl|halv|half|grow|grew|ris|rose|fall|fell|drop|cut|increas|decreas|flat|jump|shrink|stay)\w*/;

const ok = (w: Worked | string): w is Worked => typeof w !== 'string' && w.high === undefined && !w.factors.length;

/** Where the last sentence starts: after the last stop, or at 0. (A backward scan: searching for the sentence's
 * pattern tried it from every character of a long text.) */
function lastSentenceAt(s: string): number {
  for (let k = s.length - 1; k >= 0; k--) if (SENTENCE_STOPS.has(s[k]!)) return k + 1;
  return 0;
}
const SENTENCE_STOPS = new Set(['.', ';', ':', '!', '?', '—']);

/** The profit or margin asked of one revenue and the costs against it, or undefined when any number finds no place. */
export function unitProfitOf(text: string, qs: Quantity[]): UnitProfit | undefined {
  const s = text.toLowerCase();
  const asking = s.slice(lastSentenceAt(s));
  const profitAsked = PROFIT_ASK.test(s);
  if (!profitAsked && !MARGIN_ASK.test(s)) return undefined;
  if (qs.length < 2 || qs.some((q) => q.high !== undefined || q.dims.percent || q.dims.times)) return undefined;
  // "if revenue doubled with costs flat": a what-if changes an amount first; that is the what-if reading's.
  if (WHAT_IF_CHANGE.test(s)) return undefined;
  const spread = spreadOf(s, qs, profitAsked, asking);
  if (spread !== undefined) return spread || undefined;
  const money = qs.filter(isMoney);
  const revenues = money.filter((q) => isRevenue(s, qs, q));
  if (revenues.length !== 1) return undefined;
  const revenue0 = revenues[0]!;
  const volumes = qs.filter(isCount);
  if (volumes.length > 1) return undefined;
  const volume = volumes[0];
  const tokenTerm = qs.filter((q) => q.dims.token !== undefined);
  const placed = new Set([...money, ...volumes, ...tokenTerm]);
  // A duration, an energy or anything else the reading cannot put in a revenue or a cost: no reading.
  if (qs.some((q) => !placed.has(q))) return undefined;
  const costTerms: Quantity[][] = money.filter((q) => q !== revenue0).map((q) => [q]);
  if (tokenTerm.length) costTerms.push(tokenTerm);
  if (!costTerms.length) return undefined;

  const target = askedTarget(text, qs);
  if (target && target.dims.usd !== 1) return undefined;
  // The thing paid for: what the asked unit or the count is of, else what the revenue is per.
  const unit: CountDim | undefined =
    COUNTS.find((d) => target?.dims[d] === -1) ??
    (volume ? countDim(volume) : undefined) ??
    COUNTS.find((d) => revenue0.dims[d] === -1);
  const unitNoun =
    unit === 'user' ? USER_NOUN : volume?.noun ? new RegExp(`\\b${volume.noun.toLowerCase()}s?\\b`) : undefined;
  // "each llm call costs us $0.012", "avg user burns 2.5M tokens", "llm cost per seat": a cost named per one of the
  // thing, which makes the plain amounts per one of it too.
  const named = [...money.filter((q) => q !== revenue0), ...tokenTerm].some((q) => {
    const own = ownWords(s, qs, q) + s.slice(q.at + q.raw.length, q.at + q.raw.length + 16);
    return EACH_WORD.test(own) && (!unitNoun || unitNoun.test(own) || /\beach (?:one|of them)\b/.test(own));
  });

  // A subscription, a seat's price or what a payer pays is per one payer when the question asks per payer.
  const revenue =
    unit && revenue0.dims[unit] === undefined && !volume && target?.dims[unit] === -1 && isPriced(s, revenue0)
      ? { ...revenue0, dims: { ...revenue0.dims, [unit]: -1 } }
      : revenue0;
  const period = revenue.dims.hour === -1 || volume?.dims.hour === -1 || target?.dims.hour === -1;

  // "$29/seat/mo … profit per seat?": asked per seat, said per month as the price is.
  const timed = (d: Dims): Dims =>
    d.hour === undefined && (revenue.dims.hour === -1 || volume?.dims.hour === -1) ? { ...d, hour: -1 } : d;

  /** The term's inputs in the dims asked: as written, times the count, or per one of the thing when so named. */
  const express = (inputs: Quantity[], dims: Dims, named: boolean): Worked | undefined => {
    const tries: Quantity[][] = [inputs];
    if (volume) tries.push([...inputs, volume]);
    for (const t of tries) {
      const w = solve(t, { dims });
      if (ok(w) && sameDims(w.dims, dims)) return w;
    }
    if (!named) return undefined;
    const carries = (k: string) => inputs.some((q) => q.dims[k as keyof Dims] !== undefined);
    // "each call costs $0.012 … 2.3M calls/mo": a plain amount per one of the counted things, times the count.
    if (volume && unit && !carries(unit)) {
      const [first, ...rest] = inputs;
      const one = { ...first!, dims: { ...first!.dims, [unit]: -1 } };
      const w = solve([one, ...rest, volume], { dims });
      if (ok(w) && sameDims(w.dims, dims)) return w;
    }
    // "$20/mo sub, avg user burns 2.5M tokens": the thing and the period said once are every amount's.
    const missing = Object.keys(dims).filter(
      (k) => (k === unit || (k === 'hour' && period)) && dims[k as keyof Dims] === -1 && !carries(k),
    );
    if (!missing.length || volume) return undefined;
    const w = solve(inputs, { dims: without(dims, missing) });
    if (!ok(w)) return undefined;
    // A cost over the period the price names ("$20/mo … burns 2.5M tokens") is spread over that period's hours.
    const hours = missing.includes('hour') ? HOURS[revenue.per ?? target?.per ?? ''] : 1;
    return hours ? { ...w, value: w.value / hours, dims } : undefined;
  };

  // The unit the answer is in: the one asked, else the revenue's own, else the revenue times the count.
  // A count given and no unit asked: the whole ("profit on 500k queries a month"), else per one of them.
  const candidates: Dims[] = target
    ? [timed(target.dims)]
    : volume
      ? [product(revenue.dims, volume.dims), revenue.dims]
      : [revenue.dims];
  for (const dims of candidates) {
    const r = express([revenue], dims, named);
    if (!r) continue;
    const costs = costTerms.map((t) => express(t, dims, named));
    if (costs.some((c) => !c)) continue;
    const per = dims.hour === -1 ? (target?.per ?? revenue.per ?? volume?.per ?? 'month') : undefined;
    const shown = (w: Worked, inputs: Quantity[]) =>
      w.steps.length > 1 || inputs.length > 1 ? `(${w.steps.map(stepShown).join('')})` : inputs[0]!.raw;
    const cost = costs as Worked[];
    return {
      revenue: { value: r.value, dims, raw: shown(r, [revenue]), at: revenue.at, per },
      cost: {
        value: cost.reduce((t, w) => t + w.value, 0),
        dims,
        raw:
          cost.length > 1
            ? `(${cost.map((w, i) => shown(w, costTerms[i]!)).join(' + ')})`
            : shown(cost[0]!, costTerms[0]!),
        at: costTerms[0]![0]!.at,
        per,
      },
      profitAsked: profitAsked && !/\bmargin\b/.test(asking.replace(/\bprofit margin\b/, 'margin')),
      noun: volume?.noun,
    };
  }
  return undefined;
}

/** Words before a price per unit that make it what the seller charges: "we sell at", "resell it for", "charge". */
const SELL_WORD = /\b(?:sell|sells|selling|sold|resell\w*|charg\w*|bill|bills|billing|list price|revenue|earn\w*)\b/;
/** Words before or after a price per unit that make it what the seller pays: "serving costs us", "we buy at". */
const BUY_WORD =
  /\b(?:costs?|costing|pay|pays|paying|paid|spend\w*|serv\w*|cogs|buy\w*|bought|rent\w*|wholesale|supplier|upstream)\b/;
/** Words joining one price to the one before: "… plus", "and another", "+". */
const ADDED = /(?:\bplus|\band(?: another)?|\+)\s*(?:~|about\s)?$/;
const isUnitPrice = (q: Quantity) =>
  q.dims.usd === 1 && q.dims.token === -1 && Object.keys(q.dims).length === 2 && q.high === undefined;
const isVolume = (q: Quantity) =>
  q.dims.token === 1 && q.dims.usd === undefined && Object.keys(q.dims).every((k) => k === 'token' || k === 'hour');

/** "we sell at $0.90/M tokens, serving costs us $0.38/M, 12B tokens a month": a price charged and the prices paid per
 * the same unit, times the one volume, are the revenue and the costs ((0.90 − 0.38) × 12B). `false` when the numbers
 * are such prices and a volume but which one is charged is unclear (no figure); undefined when they are not. */
function spreadOf(s: string, qs: Quantity[], profitAsked: boolean, asking: string): UnitProfit | false | undefined {
  const prices = qs.filter(isUnitPrice);
  const volumes = qs.filter(isVolume);
  if (prices.length < 2 || volumes.length !== 1 || prices.length + 1 !== qs.length) return undefined;
  const volume = volumes[0]!;
  const own = (q: Quantity) => ownWords(s, qs, q);
  const after = (q: Quantity) => s.slice(q.at + q.raw.length, q.at + q.raw.length + 20).split(/[,;.]/)[0]!;
  const sold = prices.filter((q) => SELL_WORD.test(own(q)) && !BUY_WORD.test(own(q)));
  if (sold.length !== 1) return false;
  // "pay $0.20/M for gpus plus $0.05/M for bandwidth": a price added to one paid is paid too.
  const paid: Quantity[] = [];
  for (const q of prices)
    if (
      q !== sold[0] &&
      (BUY_WORD.test(own(q)) || BUY_WORD.test(after(q)) || (paid.length && ADDED.test(own(q))) || false)
    )
      paid.push(q);
  if (paid.length !== prices.length - 1) return false;
  const target = askedTarget(s, qs);
  const dims = target?.dims.usd === 1 ? target.dims : product(prices[0]!.dims, volume.dims);
  const worked = prices.map((p) => solve([p, volume], { dims }));
  if (!worked.every((w) => ok(w) && sameDims(w.dims, dims))) return false;
  const [r, ...costs] = [sold[0]!, ...paid].map((p) => worked[prices.indexOf(p)] as Worked);
  const per = dims.hour === -1 ? (target?.per ?? volume.per ?? 'month') : undefined;
  const term = (p: Quantity) => `(${p.raw} × ${volume.raw})`;
  return {
    revenue: { value: r!.value, dims, raw: term(sold[0]!), at: sold[0]!.at, per },
    cost: {
      value: costs.reduce((t, w) => t + w.value, 0),
      dims,
      raw: paid.length > 1 ? `(${paid.map(term).join(' + ')})` : term(paid[0]!),
      at: paid[0]!.at,
      per,
    },
    profitAsked: profitAsked && !/\bmargin\b/.test(asking.replace(/\bprofit margin\b/, 'margin')),
  };
}

/** A price someone pays, not a total: a plan, a seat, a subscription or what a payer pays. */
function isPriced(s: string, q: Quantity): boolean {
  return (
    REVENUE_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 24)) ||
    PAYER_BEFORE.test(s.slice(Math.max(0, q.at - 30), q.at)) ||
    /\b(?:sub|subscription|plan|seat|licen[cs]e|membership)\s*(?:price|fee)?\s*(?:is|of|at|=|:)?\s*(?:~|about\s)?$/.test(
      s.slice(Math.max(0, q.at - 30), q.at),
    )
  );
}

function product(a: Dims, b: Dims): Dims {
  const out: Dims = { ...a };
  for (const [k, e] of Object.entries(b) as Array<[keyof Dims, number]>) {
    const v = (out[k] ?? 0) + e;
    if (v) out[k] = v;
    else delete out[k];
  }
  return out;
}

const stepShown = (x: Worked['steps'][number], i: number) => `${i ? (x.sign === 1 ? ' × ' : ' ÷ ') : ''}${x.q.raw}`;
