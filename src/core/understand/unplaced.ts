// Numbers the user wrote that no reading placed: not one of their quantities, not part of a name, not a year and not
// a figure the question quotes. A calculation that leaves one out answers another question ("2.5B training run split
// 40 ways" worked on the article's $1B, "a 3% stake vs a 1-of-50 share" worked without the 50): no figure is better.
import { type Amount, digitsForWords } from '../calc.js';
import { HOURS, periodOf } from './quantities.js';
import type { Question } from './question.js';

const close = (a: number, b: number | undefined) => b !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;

/** The number of an amount as written ("2.5b", "40"), to find inside a name or a quantity's text. */
const written = (a: Amount) =>
  /\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|b|t|bn|mn|tn|thousand|million|billion|trillion)(?![a-z]))?/
    .exec(a.raw.toLowerCase())?.[0]
    .replace(/,/g, '');

/** The user's numbers that nothing in the question's reading accounts for. `figures` are sourced values the question
 * may quote to name what it means ("the $1B consortium model"). */
export function unplacedAmounts(q: Question, figures: readonly number[] = []): Amount[] {
  const names = namesWritten(q);
  // "three years" is the "3 years" amounts read.
  // "450 GB" worked into tokens by "4 bytes per token": the rate's numbers are placed in the amount it converts.
  const raws = q.quantities.map((x) => digitsForWords(x.shown ?? x.raw).replace(/,/g, ''));
  return q.amounts.filter((a) => {
    if (q.years.includes(String(a.value)) || /^(?:19|20)\d\d$/.test(a.raw)) return false;
    // "$ per 1M tokens": the unit a rate is per, no amount of its own.
    if (a.rateUnit) return false;
    // "7B fine-tunes", "a 70b model": a size glued to its "B" names a model, it is no amount ("a 2.5B training run"
    // may be either, so it stays unplaced).
    // "7B domain fine-tunes", "a 7B local model": one describing word may sit between.
    if (!a.money && /^\d+(?:\.\d+)?b\b/i.test(a.raw) && (MODEL_WORD.test(a.next) || MODEL_WORD.test(a.nextAfter ?? '')))
      return false;
    if (q.quantities.some((x) => close(a.value, x.value) || close(a.value, x.high))) return false;
    // "cost per 10k chats": the count the cost is asked per.
    if (close(a.value, q.target?.perCount)) return false;
    // "over two years, i.e. 24 months": a duration restated in other periods is the one read.
    const period = HOURS[a.next.replace(/s$/, '')];
    if (period && q.quantities.some((x) => x.dims.hour === 1 && close(a.value * period, x.value))) return false;
    // "assume 730 hr months", "8,760h years": the length of the period the answer is given in, no amount.
    const unit = HOURS[periodOf(a.next)];
    const named = /^(?:hours?|hrs?|h|days?)$/.test(a.next) && HOURS[a.nextAfter?.replace(/s$/, '') ?? ''];
    if (unit && named && Math.abs(a.value * unit - named) <= named * 0.05) return false;
    const number = written(a);
    const digits = number?.match(/^[\d.]+/)?.[0];
    // One pattern per amount, not per name or quantity it is looked for in.
    const inName = number && names.length ? standalone(number) : undefined;
    if (inName && names.some((n) => inName.test(n))) return false;
    const inRaw = digits && raws.length ? standalone(digits) : undefined;
    if (inRaw && raws.some((r) => inRaw.test(r))) return false;
    return !figures.some((f) => close(a.value, f));
  });
}

/** Words after a size that make it a model's: "7B models", "a 70b fine-tune", "8b params". */
const MODEL_WORD =
  /^(?:models?|fine-?tunes?|fine-?tuning|params?|parameters?|llms?|dense|moe|base|instruct|chat|variants?|versions?)$/;

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A number as written, not inside a longer number: "40" in "split 40 ways", not in "400" or "1.40". */
export const standalone = (number: string) => new RegExp(`(?<![\\d.])${literal(number)}(?![\\d.])`);

/** The names the question holds, known or not, lower-cased without thousands commas: numbers inside them ("Llama 3.1
 * 405B") are no amounts. `more` adds names read elsewhere (the data sets'). */
export function namesWritten(q: Question, more: readonly string[] = []): string[] {
  return [...q.res.mentions.filter((m) => m.via !== 'number').map((m) => m.text), ...q.unknownNames, ...more].map((n) =>
    n.toLowerCase().replace(/,/g, ''),
  );
}
