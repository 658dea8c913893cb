// Buying chips at Epoch's list price against renting them — "buy 8 H100s at Epoch's release price or rent them at the
// marketplace rate; owning costs $150/mo — breakeven in months?". The chip's price is the amount paid once, a count of
// the chip multiplies both it and the rent, an amount of the user's written with a renting word is the rent, and any
// other monthly amount is what owning costs to run; with no rent of the user's, each sourced H100 rate is the rent.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Citer } from '../cite.js';
import type { Reply } from '../types.js';
import { type BreakEven, breakEvenOf } from '../understand/break-even.js';
import type { Quantity } from '../understand/quantities.js';
import { RENT_WORD } from '../understand/quantity-words.js';
import { breakEvenLines, sourcedBreakEven } from './break-even.js';
import { money } from './units.js';

/** Words that make an amount of the user's the rent: "rent them at $2/gpu-hr", "$2,000 a month to lease". */
const RENT_NEAR = new RegExp(`\\b(?:${RENT_WORD}|cloud|aws|marketplace)\\b`);

/** Whether the words around an amount (back to the amount before it, forward a few words) name renting. */
function rentWorded(plain: string, q: Quantity, all: Quantity[]): boolean {
  const prev = all.filter((p) => p.at >= 0 && p.at < q.at).pop();
  // Back to the amount before it, 40 characters or the last break between clauses ("…the marketplace rate; hosting
  // runs $200 a month"), whichever is nearest.
  const stop = Math.max(...[...plain.slice(0, q.at).matchAll(/[;?!]|[.,]\s/g)].map((m) => (m.index ?? 0) + 1), 0);
  const from = Math.max(prev ? prev.at + prev.raw.length : 0, q.at - 40, stop);
  const after = plain.slice(q.at + q.raw.length, q.at + q.raw.length + 20);
  // "$1.10/hr rent", "$2/hr to rent", "$900 a month cloud rental": the renting word right after the amount.
  return (
    RENT_NEAR.test(plain.slice(from, q.at)) || /^\s*(?:(?:to|for|of|in|cloud)\s+)?(?:rent|rental|lease)\b/.test(after)
  );
}

/** The lines of a buy-or-rent break-even with a chip's sourced price as the amount paid once, or undefined when the
 * question asks no break-even or gives a number that has no place in one. */
export function chipBreakEven(
  plain: string,
  price: Quantity,
  mine: Quantity[],
  index: KnowledgeIndex,
  /** The articles' rental rates are H100 rates: another chip has no sourced rent. */
  h100: boolean,
): { lines: string[] | Reply; citer?: Citer } | undefined {
  const b = breakEvenOf(
    plain,
    [...mine, price].sort((x, y) => x.at - y.at),
  );
  if (!b || (b.count && b.count.dims.gpu !== 1)) return undefined;
  const rates = [...b.running, ...b.alternative];
  const alternative = rates.filter((r) => rentWorded(plain, r, mine));
  const running = rates.filter((r) => !alternative.includes(r));
  const worked: BreakEven = { ...b, running, alternative };
  if (alternative.length) return { lines: breakEvenLines(worked, money) };
  return h100 ? sourcedBreakEven(worked, index, plain, money) : undefined;
}
