// What one customer is worth over their life, from the user's own numbers: "ARPU $30/mo, 70% gross margin, 4%
// monthly churn, CAC $300 — LTV and LTV:CAC?" is $30 × 70% ÷ 4% = $525 a customer, and $525 ÷ $300 = 1.75. The
// revenue, the churn and the acquisition cost are named by the user's words (cues names-revenue-per-user,
// names-churn, names-acquisition-cost); every number must find its place, else there is no reading.
import { adverbPeriod, HOURS, type Quantity } from './quantities.js';
import type { QuantityVocabulary } from './quantity-words.js';

/** The inputs of a lifetime value, each per the churn's period, and what else is asked beside it. */
export interface LifetimeValue {
  /** What one customer pays each period (ARPU). */
  revenue: Quantity;
  /** The gross margin kept of it; without one the lifetime value is of revenue. */
  margin?: Quantity;
  /** The share of customers lost each period. */
  churn: Quantity;
  /** The period the revenue and the churn are both worked per. */
  per?: string;
  /** What acquiring one customer costs: LTV:CAC is shown beside. */
  cac?: Quantity;
  /** How many periods of margin pay back the acquisition cost is asked. */
  paybackAsked: boolean;
}

const isPercent = (q: Quantity) =>
  q.dims.percent === 1 && q.high === undefined && Object.keys(q.dims).every((k) => k === 'percent' || k === 'hour');
/** Money, perhaps per customer and perhaps per period. */
const isMoney = (q: Quantity) =>
  q.dims.usd === 1 &&
  q.high === undefined &&
  Object.entries(q.dims).every(([k, e]) => k === 'usd' || ((k === 'hour' || k === 'user' || k === 'item') && e === -1));
/** "70% gross margin", "margin of 70%", "at a 65% margin". */
const MARGIN_AFTER = /^\s*(?:gross\s+|contribution\s+|net\s+)?margins?\b/;
const MARGIN_BEFORE = /\bmargins?\s*(?:is|of|at|=|:|~|about|around)?\s*(?:~|about\s|around\s)?$/;
/** A period word beside the churn: "monthly churn", "churn of 20% a year", "3%/mo". */
const PERIOD_NEAR =
  /\b(hourly|daily|weekly|monthly|quarterly|annual|annually|yearly)\b|\b(?:a|per|each|every|\/)\s*(day|week|month|mo|quarter|year|yr)\b/;

/** The lifetime value the question asks for from its quantities, or undefined when it asks none or a number has no
 * place in it. */
export function lifetimeValueOf(s: string, qs: Quantity[], words: QuantityVocabulary): LifetimeValue | undefined {
  const { lifetimeValue, churnWord, revenuePerUser, acquisitionCost, payback } = words;
  if (!lifetimeValue?.test(s) || !churnWord) return undefined;
  const near = (q: Quantity, before: number, after: number) =>
    s.slice(Math.max(0, q.at - before), q.at + q.raw.length + after);
  const ownBefore = (q: Quantity) => {
    const prev = qs.filter((p) => p.at + p.raw.length <= q.at).pop();
    return s.slice(Math.max(prev ? prev.at + prev.raw.length : 0, q.at - 30), q.at);
  };
  const ownAfter = (q: Quantity) => {
    const next = qs.find((p) => p.at > q.at);
    return s.slice(q.at + q.raw.length, Math.min(next ? next.at : s.length, q.at + q.raw.length + 30));
  };
  const names = (q: Quantity, word: RegExp | undefined) =>
    Boolean(word && (word.test(ownBefore(q)) || word.test(ownAfter(q).split(/[,;.]/)[0] ?? '')));
  const churns = qs.filter((q) => isPercent(q) && names(q, churnWord));
  const margins = qs.filter(
    (q) => isPercent(q) && !churns.includes(q) && (MARGIN_AFTER.test(ownAfter(q)) || MARGIN_BEFORE.test(ownBefore(q))),
  );
  const cacs = qs.filter((q) => isMoney(q) && q.dims.hour === undefined && names(q, acquisitionCost));
  const revenues = qs.filter((q) => isMoney(q) && !cacs.includes(q));
  const named = revenues.filter((q) => names(q, revenuePerUser));
  const [churn] = churns;
  const revenue = named.length === 1 ? named[0] : revenues.length === 1 ? revenues[0] : undefined;
  if (churns.length !== 1 || !churn || margins.length > 1 || cacs.length > 1 || !revenue) return undefined;
  const [margin] = margins;
  const [cac] = cacs;
  // Every number has its place: an unplaced one ("50k users", a second price) belongs to another question.
  if (qs.some((q) => q !== churn && q !== revenue && q !== margin && q !== cac)) return undefined;
  if (
    !(revenue.value > 0) ||
    !(churn.value > 0 && churn.value <= 100) ||
    (margin && !(margin.value > 0 && margin.value <= 100))
  )
    return undefined;
  const churnPer = churn.dims.hour === -1 ? churn.per : periodNear(near(churn, 30, 20));
  const revenuePer = revenue.dims.hour === -1 ? revenue.per : undefined;
  const per = churnPer ?? revenuePer;
  // A revenue per period with the churn's period unknown and a different period nearby: the periods are unclear.
  if (churn.dims.hour === -1 && !churn.per) return undefined;
  const perPeriod: Quantity =
    revenue.dims.hour === -1
      ? per && HOURS[per]
        ? { ...withoutHour(revenue), value: revenue.value * HOURS[per]! }
        : revenue
      : revenue;
  if (perPeriod.dims.hour !== undefined) return undefined;
  return { revenue: perPeriod, margin, churn, per, cac, paybackAsked: Boolean(payback?.test(s)) };
}

function withoutHour(q: Quantity): Quantity {
  const dims = { ...q.dims };
  delete dims.hour;
  return { ...q, dims };
}

function periodNear(text: string): string | undefined {
  const m = PERIOD_NEAR.exec(text);
  if (!m) return undefined;
  if (m[1]) return /^annual/.test(m[1]) ? 'year' : adverbPeriod(m[1]);
  return { mo: 'month', yr: 'year' }[m[2]!] ?? m[2];
}
