// The lines for a straight-line write-off: what is left on the books and what has been written off.
import { bookValueLine, computedLine } from '../replies.js';
import type { BookValue } from '../understand/book-value.js';

/** Book value and accumulated depreciation after the time given, the one asked first. */
export function bookValueLines(b: BookValue, money: (n: number) => string): string[] {
  const { cost, life, elapsed, salvage } = b;
  const base = cost.value - (salvage?.value ?? 0);
  const share = Math.min(1, elapsed.value / life.value);
  const off = base * share;
  const left = cost.value - off;
  const worn = salvage ? `(${cost.raw} − ${salvage.raw})` : cost.raw;
  return [
    bookValueLine(elapsed.raw, money(left), money(off), b.writtenOffAsked, share === 1 ? life.raw : undefined),
    computedLine(
      `${cost.raw} − ${worn} × ${share === 1 ? '1 (all of it)' : `${elapsed.raw} ÷ ${life.raw}`} = ${cost.raw} − ${money(off)}`,
      undefined,
      money(left),
    ),
  ];
}
