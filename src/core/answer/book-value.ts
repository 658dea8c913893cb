// The lines for a straight-line write-off: what is left on the books and what has been written off.
import { trimNumber } from '../format.js';
import { bookValueLine, computedLine, writeOffEachLine } from '../replies.js';
import type { BookValue } from '../understand/book-value.js';
import { HOURS } from '../understand/quantities.js';

/** Book value and accumulated depreciation after the time given, the one asked first. */
export function bookValueLines(b: BookValue, money: (n: number) => string): string[] {
  const { cost, life, elapsed, salvage } = b;
  const base = cost.value - (salvage?.value ?? 0);
  const worn = salvage ? `(${cost.raw} − ${salvage.raw})` : cost.raw;
  if (b.perPeriod) {
    const periods = life.value / HOURS[b.perPeriod]!;
    const each = money(base / periods);
    const over = `${trimNumber(periods, 2)} ${b.perPeriod}s`;
    // Both asked: the month's write-off is the year's over 12.
    const monthly = b.bothPeriods ? `${money(base / (life.value / HOURS.month!))} a month` : undefined;
    return [
      writeOffEachLine(each, b.perPeriod, life.raw, salvage ? money(salvage.value) : undefined, monthly),
      computedLine(`${worn} ÷ ${over}`, undefined, `${each} a ${b.perPeriod}${monthly ? `; ÷ 12 = ${monthly}` : ''}`),
    ];
  }
  const share = Math.min(1, elapsed.value / life.value);
  const off = base * share;
  const left = cost.value - off;
  return [
    bookValueLine(elapsed.raw, money(left), money(off), b.writtenOffAsked, share === 1 ? life.raw : undefined),
    computedLine(
      `${cost.raw} − ${worn} × ${share === 1 ? '1 (all of it)' : `${elapsed.raw} ÷ ${life.raw}`} = ${cost.raw} − ${money(off)}`,
      undefined,
      money(left),
    ),
  ];
}
