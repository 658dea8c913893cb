// A price per seat or subscriber written with no period, where the question asks for an amount per a period: seats
// are billed by the month, so "30 bucks a seat, 240 seats, annual cost?" is $30 a seat a month, × 12 for the year.
import { HOURS, type Quantity } from './quantities.js';
import type { QuantityVocabulary } from './quantity-words.js';
import { askedTarget } from './target.js';

/** The quantities with a lone price per head read as a month's price, said so, when a period is asked and nothing
 * else the user wrote runs over time; otherwise as they were. */
export function seatPricesByMonth(text: string, qs: Quantity[], words: QuantityVocabulary): Quantity[] {
  if (!words.billedMonthly || qs.some((q) => q.dims.hour !== undefined)) return qs;
  const prices = qs.filter((q) => q.dims.usd === 1 && q.dims.user === -1 && Object.keys(q.dims).length === 2);
  const heads = qs.filter((q) => q.dims.user === 1 && Object.keys(q.dims).length === 1);
  const price = prices[0];
  if (!price || prices.length !== 1 || heads.length > 1 || price.high !== undefined) return qs;
  // "$60/seat and $2,000 of api overage, total per month?": other money with no period is of the period asked too.
  if (qs.some((q) => q !== price && q.dims.usd !== undefined)) return qs;
  const named = heads[0]?.noun ?? price.raw;
  if (!words.billedMonthly.test(named.toLowerCase()) && !words.billedMonthly.test(price.raw.toLowerCase())) return qs;
  const target = askedTarget(text, qs);
  if (!target?.per || target.dims.usd !== 1 || target.dims.hour !== -1) return qs;
  const monthly: Quantity = {
    ...price,
    dims: { ...price.dims, hour: -1 },
    value: price.value / HOURS.month!,
    per: 'month',
    shown: `${price.raw} a month (read as monthly)`,
  };
  return qs.map((q) => (q === price ? monthly : q));
}
