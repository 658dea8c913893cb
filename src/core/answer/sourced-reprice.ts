// The user's bill at one of a thing's sourced prices, priced again at another: "a workload cost us $20k/mo at the Nov
// 2022 price for GPT-3.5-level queries — the same volume at the Oct 2024 price?" is $20k × $0.07 ÷ $20. The token
// volume is the same on both sides, so only the two prices' ratio moves the bill; dividing the bill by one price
// alone (a volume of tokens) answers another question.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatFigureValue } from '../format.js';
import { computedLine, totalLine } from '../replies.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { money } from './units.js';

/** Words that ask the same use priced again, not a volume bought. */
const SAME_USE =
  /\bsame (?:token )?(?:volume|usage|use|workload|traffic|tokens?|queries|load|amount of tokens)\b|\bwould (?:it|that|this|we|i|they) (?:have )?(?:cost|pay|be)\b|\bwhat would\b[^?]*\b(?:cost|pay|bill)\b/;

/** The year a figure's period names ("Nov 2022" → 2022). */
const yearOf = (f: Figure) => /\b(?:19|20)\d\d\b/.exec(f.period)?.[0];

/** Where the question names a year: "2022", or "'22". */
function yearAt(plain: string, year: string): number {
  const m = new RegExp(`\\b${year}\\b|['’]${year.slice(2)}\\b`).exec(plain);
  return m ? m.index : -1;
}

/** The lines of the bill priced again, or undefined when the question is not that (or cannot say which price the bill
 * was at). `prices` are the subject's figures chosen for the question, `user` the user's own quantities. */
export function repricedBill(
  q: Question,
  e: Entity,
  prices: Figure[],
  user: Quantity[],
  citer: Citer,
): string[] | undefined {
  const perToken = prices.filter((f) => f.unit === 'money/Mtok' && f.value !== undefined && yearOf(f));
  if (perToken.length !== 2 || user.length !== 1 || !SAME_USE.test(q.plain)) return undefined;
  if (q.target && (q.target.dims.usd !== 1 || q.target.dims.token !== undefined)) return undefined;
  const bill = user[0]!;
  const keys = Object.keys(bill.dims);
  const periodic = keys.length === 2 && bill.dims.hour === -1 && bill.per !== undefined && HOURS[bill.per];
  if (bill.dims.usd !== 1 || !(keys.length === 1 || periodic)) return undefined;
  const [a, b] = perToken as [Figure, Figure];
  if (yearOf(a) === yearOf(b)) return undefined;
  // The price the bill was paid at is the one whose year sits nearest the bill; with no year named, the earlier.
  const at = [a, b].map((f) => yearAt(q.plain, yearOf(f)!));
  let old: Figure;
  if (at.every((x) => x >= 0)) {
    const gap = at.map((x) => Math.abs(x - bill.at));
    if (gap[0] === gap[1]) return undefined;
    old = gap[0]! < gap[1]! ? a : b;
  } else if (at.every((x) => x < 0)) old = Number(yearOf(a)) < Number(yearOf(b)) ? a : b;
  else return undefined;
  const now = old === a ? b : a;
  const per = periodic ? bill.per! : undefined;
  const amount = per ? bill.value * HOURS[per]! : bill.value;
  const result = (amount * now.value!) / old.value!;
  const shown = `${money(result)}${per ? ` a ${per}` : ''}`;
  const label = (f: Figure) => `${e.name}'s ${f.period} price (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`;
  return [
    totalLine(`${shown} for the same tokens`),
    computedLine(`${bill.raw} × ${label(now)} ÷ ${label(old)}`, undefined, shown),
  ];
}
