// "100M tokens at $0.07 per million", or a volume priced at every sourced per-million-token price.
import type { Amount } from '../calc.js';
import { tokensTimesPrice } from '../scenarios.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';

export const answerTokens: Answerer = (q, ctx) => {
  if (q.quantities.some(uncombinable) || dropsNumbers(q)) return undefined;
  const spanned = overSpan(q);
  return spanned
    ? tokensTimesPrice(ctx.index, q.res, q.plain, [spanned, ...q.amounts.filter((a) => a.money)], spanned.raw)
    : tokensTimesPrice(ctx.index, q.res, q.plain, withTokens(q));
};

/** "5B tokens a day for a 30-day month", "1B tokens a month, yearly bill?": a volume each period over the span
 * written or the period asked, as one volume of tokens. */
function overSpan(q: Question): Amount | undefined {
  const rate = q.quantities.find(
    (x) => x.dims.token === 1 && x.dims.hour === -1 && Object.keys(x.dims).length === 2 && x.high === undefined,
  );
  if (!rate) return undefined;
  const span = q.quantities.find((x) => x.dims.hour === 1 && Object.keys(x.dims).length === 1);
  const per = q.target?.per;
  const hours = span ? span.value : per && q.target?.dims.hour === -1 ? HOURS[per] : undefined;
  if (!hours || !(hours > 0)) return undefined;
  const raw = span ? `${rate.raw} × ${span.raw.replace(/^for /, '')}` : `${rate.raw} for a ${per}`;
  return { value: rate.value * hours, money: false, next: 'tokens', index: rate.at, raw };
}

/** One volume at one price is all this answer multiplies: a second volume ("4M in + 1M out"), a duration or a count
 * the unit solver could not combine would be left out of the figure. */
function dropsNumbers(q: Question): boolean {
  const given = q.quantities.filter((x) => !x.loose);
  return given.filter((x) => x.dims.token === 1).length > 1 || given.length > 2;
}

/** A rate per seat, per person or per period ("$30/seat/month", "2M tokens per person per month"): the unit solver
 * found no formula using it, so "tokens × the first dollar amount" would be a figure for another thing. */
function uncombinable(x: Quantity): boolean {
  const per = (skip: string[]) => Object.entries(x.dims).some(([k, e]) => e === -1 && !skip.includes(k));
  return (x.dims.usd === 1 && per(['token'])) || (x.dims.token === 1 && per(['hour']));
}

/** The amounts, with a volume of tokens as understood ("a 40M-token job") when none is written "N tokens". */
function withTokens(q: Question): Amount[] {
  if (q.amounts.some((a) => !a.money && /^(tokens?|toks?|mtoks?)$/.test(a.next))) return q.amounts;
  const volume = q.quantities.find((x) => x.dims.token === 1 && Object.keys(x.dims).length === 1);
  if (!volume) return q.amounts;
  const token: Amount = { value: volume.value, money: false, next: 'tokens', index: volume.at, raw: volume.raw };
  return [token, ...q.amounts.filter((a) => a.index !== volume.at)];
}
