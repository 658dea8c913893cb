// The user's own amount in one currency converted at the exchange rate they give: "€45k compute credit, eur/usd
// 1.08 — in dollars?" is €45k × 1.08 = $48,600; "¥2.96B at 7.1 CNY/USD" is ¥2.96B ÷ 7.1 = $416.9M. Every number
// written must be the amount or the rate, or nothing is worked here.
import { trimNumber } from '../format.js';
import { calculationReply, computedLine, totalLine } from '../replies.js';
import { type Conversion, conversionIn, converted, moneyIn, rateWords } from '../understand/exchange-rate.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';

/** The conversion asked, when the amount and the rate are all the numbers written. */
export function conversionOf(q: Question): Conversion | undefined {
  const c = conversionIn(q.text);
  // "€1,200 a month … what is that a year in dollars": a rate asked per a period is worked by the calculator.
  if (!c || q.target?.dims.hour !== undefined) return undefined;
  const inside = (i: number, [a, b]: [number, number]) => i >= a && i < b;
  return q.amounts.every((a) => inside(a.index, c.span) || inside(a.index, [c.rate.at, c.rate.end])) ? c : undefined;
}

export const answerUserCurrency: Answerer = (q) => {
  const c = conversionOf(q);
  if (!c) return undefined;
  const times = c.rate.base === c.from;
  const result = moneyIn(converted(c), c.to);
  return calculationReply([
    totalLine(`${result} at ${rateWords(c.rate)}`),
    computedLine(`${c.raw} ${times ? '×' : '÷'} ${trimNumber(c.rate.value, 4)}`, undefined, result),
  ]);
};
