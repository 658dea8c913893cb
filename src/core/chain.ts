// Several targets asked of one set of numbers, solved in order by their units: "monthly bill and cost per user",
// "how many GPU-hours, and how many days on 2,048 GPUs". A part is solved from the shared quantities and its own;
// when they do not give its unit, from the part before it (a total divided per user, GPU-hours over a count of GPUs)
// with the fewest other quantities. A part no combination fits gets no figure.
import type { Quantity } from './understand/quantities.js';
import { solve, type Target, type UnitsError, type Worked } from './units.js';

/** One part to solve: its unit (none: the most sensible) and the quantities written in its clause. */
export interface ChainPart {
  target?: Target;
  own: Quantity[];
}

/** Where a result of an earlier part stands in a later formula. */
export const EARLIER_RESULT_AT = -2;

/** Most shared quantities added to an earlier result: a chain step is one short formula, not a new search. */
const MAX_ADDED = 2;

/** Subsets of `qs` of exactly `k` members, in order. */
function subsets<T>(qs: T[], k: number): T[][] {
  if (k === 0) return [[]];
  const out: T[][] = [];
  qs.forEach((q, i) => {
    for (const rest of subsets(qs.slice(i + 1), k - 1)) out.push([q, ...rest]);
  });
  return out;
}

const fits = (w: Worked | UnitsError): w is Worked => typeof w !== 'string';

/** Solves each part in order. `shown` words a result so a later formula can cite it ("$12,000 a month"). */
export function solveChain(
  shared: Quantity[],
  parts: ChainPart[],
  shown: (w: Worked, target?: Target) => string,
): Array<Worked | UnitsError> {
  const results: Array<Worked | UnitsError> = [];
  let earlier: Quantity | undefined;
  for (const part of parts) {
    const all = [...shared, ...part.own];
    let worked = solve(all, part.target);
    // A part after the first with a unit asked: from the earlier result, its own quantities and the fewest shared.
    if (!fits(worked) && earlier && part.target) {
      const others = shared.filter((q) => !q.dims.percent && !q.dims.times);
      for (let k = 0; k <= Math.min(MAX_ADDED, others.length) && !fits(worked); k++)
        for (const added of subsets(others, k)) {
          const tried = solve([earlier, ...part.own, ...added], part.target);
          if (fits(tried) && tried.steps.some((x) => x.q === earlier)) {
            worked = tried;
            break;
          }
        }
    }
    results.push(worked);
    earlier = fits(worked)
      ? {
          value: worked.value,
          dims: worked.dims,
          raw: shown(worked, part.target),
          at: EARLIER_RESULT_AT,
          per: part.target?.per,
        }
      : undefined;
  }
  return results;
}
