// A point of a range the user writes, taken when the question asks for it: "staff is 20-30% of it; at the midpoint,
// how much?" works with 25%, "$115-135B budgeted; at the top of the range, % jump?" with $135B. The range is
// rewritten in place, padded to its written length, so every position read later still holds.
import type { Quantity } from './quantities.js';

export type RangePoint = 'middle' | 'top' | 'bottom';

/** "$115-135B", "20 to 30%", "2-3x", "$5-$20M per model": an opening mark, two written numbers, what follows them. */
const WRITTEN_RANGE = /^([$€£]?)(\d[\d,]*(?:\.\d+)?)\s*(?:[-–—]|to\b)\s*[$€£]?(\d[\d,]*(?:\.\d+)?)(.*)$/i;

/** A number as written, at most four significant figures: 12.5, 125, 0.15. */
const written = (n: number) => String(Number(n.toPrecision(4)));

/** The text with each range rewritten as the point asked (only a single range takes an end; every range takes its
 * midpoint); undefined when there is nothing to rewrite or a point does not fit where its range was written. */
export function rangePointText(text: string, quantities: Quantity[], point: RangePoint): string | undefined {
  const ranges = quantities.filter((q) => q.high !== undefined && q.at >= 0);
  if (!ranges.length || (point !== 'middle' && ranges.length > 1)) return undefined;
  let out = text;
  for (const r of ranges) {
    const m = WRITTEN_RANGE.exec(r.raw);
    if (!m || text.slice(r.at, r.at + r.raw.length) !== r.raw) return undefined;
    const [lo, hi] = [Number(m[2]!.replace(/,/g, '')), Number(m[3]!.replace(/,/g, ''))];
    if (!(hi > lo)) return undefined;
    const value = point === 'middle' ? (lo + hi) / 2 : point === 'top' ? hi : lo;
    const shown = `${m[1]}${written(value)}${m[4]!.trimEnd()}`;
    if (shown.length > r.raw.length) return undefined;
    out = out.slice(0, r.at) + shown.padEnd(r.raw.length, ' ') + out.slice(r.at + r.raw.length);
  }
  return out;
}
