// The volume where a fixed fee plus a low unit price costs the same as a higher unit price alone: "self-host:
// $18,000/month fixed + $0.05/M tokens; API: $0.95/M — at what monthly volume do they cost the same?" is
// $18,000 ÷ ($0.95 − $0.05 per million) = 20B tokens a month.
import { sameDims } from '../units.js';
import { type Dims, HOURS, type Quantity } from './quantities.js';

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

/** Fixed costs each period covered by what each customer brings in over what they cost: "fixed infra $50k/month,
 * each user pays $20/mo and costs us $4/mo — break-even users?" is $50k ÷ ($20 − $4) = 3,125 users. */
export interface UnitBreakEven {
  fixed: Quantity;
  /** What one customer pays, and what serving them costs, each in the fixed cost's period. */
  price: Quantity;
  cost: Quantity;
  /** What the customers are called ("user", "seat"). */
  noun: string;
}

const CUSTOMER = /\b(users?|customers?|subscribers?|seats?|clients?|accounts?|members?)\b/;
const COVERS = /\bbreak[- ]?even\b|\bto cover\b|\bturn (?:a )?profit\b|\bprofitable\b/;
const FIXED_WORD = /\b(?:fixed|overhead|infra\w*|base|platform|salar\w*|team|rent)\b/;
const PAYS_WORD =
  /\b(?:pays?|paying|charge[sd]?|charging|price[sd]?|plans?|revenue|subscription|fee|brings? in|earns?|arpu|sells?)\b/;
const COST_WORD = /\b(?:costs?|costing|spend|inference|serving|compute|cogs|variable)\b/;

/** The customers needed to cover a fixed cost, when the question asks for them, or undefined. */
export function unitBreakEvenOf(text: string, given: Quantity[]): UnitBreakEven | undefined {
  let qs = given;
  const s = text.toLowerCase();
  const customer = CUSTOMER.exec(s);
  // "we have 120 users": a count of customers today does not change how many are needed.
  const counts = qs.filter((q) => Object.keys(q.dims).length === 1 && (q.dims.user === 1 || q.dims.item === 1));
  qs = qs.filter((q) => !counts.includes(q));
  if (!customer || !COVERS.test(s) || qs.length !== 3 || qs.some((q) => q.high !== undefined)) return undefined;
  const flow = (q: Quantity) => q.dims.usd === 1 && q.dims.hour === -1;
  const perCustomer = (q: Quantity) =>
    q.dims.usd === 1 && (['user', 'item'] as const).some((d) => q.dims[d] === -1) && !q.dims.token;
  // "it costs $30 to serve each", "costs us $60 in inference": a plain amount beside the fixed cost is one customer's.
  const plain = (q: Quantity) => sameDims(q.dims, { usd: 1 });
  if (!qs.every((q) => flow(q) || perCustomer(q) || plain(q))) return undefined;
  // The words since the amount before, so "fixed infra $50k/month, each user pays $20/mo" gives each its own.
  const own = (q: Quantity) => {
    const prev = qs.filter((p) => p.at < q.at).pop();
    return s
      .slice(prev ? prev.at + prev.raw.length : Math.max(0, q.at - 30), q.at)
      .split(/[.;,]|\band\b/)
      .pop()!;
  };
  // The one amount a period named fixed ("fixed costs 18k/mo"), else the one largest flow.
  const flows = qs.filter(flow);
  const named = flows.filter((q) => FIXED_WORD.test(own(q)));
  const fixedOnes = named.length ? named : flows.filter((q) => flows.every((o) => o.value <= q.value));
  if (fixedOnes.length !== 1) return undefined;
  const fixed = fixedOnes[0]!;
  // "fixed costs $18k, each pays $300/mo": a fixed cost with no period is no cost a period.
  if (qs.some((q) => !flow(q) && FIXED_WORD.test(own(q)))) return undefined;
  const [a, b] = qs.filter((q) => q !== fixed) as [Quantity, Quantity];
  // "$7 variable cost per user": words read with the amount name it too.
  const words = (q: Quantity) => `${own(q)} ${q.raw.toLowerCase().replace(/^[^a-z]*/, '')}`;
  const pays = (q: Quantity) => PAYS_WORD.test(words(q)) && !COST_WORD.test(words(q));
  const costs = (q: Quantity) => COST_WORD.test(words(q)) && !PAYS_WORD.test(words(q));
  const price = pays(a) !== pays(b) ? (pays(a) ? a : b) : costs(a) !== costs(b) ? (costs(a) ? b : a) : undefined;
  if (!price) return undefined;
  const per = fixed.per ?? 'month';
  // Each customer's amounts in the fixed cost's period; an amount per customer with no period is taken as per it.
  const inPeriod = (q: Quantity): Quantity => ({
    ...q,
    value: q.dims.hour === -1 ? q.value * HOURS[per]! : q.value,
    dims: { usd: 1 },
  });
  return {
    fixed: { ...fixed, value: fixed.value * HOURS[per]!, dims: { usd: 1 }, per },
    price: inPeriod(price),
    cost: inPeriod(price === a ? b : a),
    noun: customer[1]!.replace(/s$/, ''),
  };
}
