// Several targets asked of one set of numbers, solved in order by their units: "monthly bill and cost per user",
// "how many GPU-hours, and how many days on 2,048 GPUs". A part is solved from the shared quantities and its own;
// when they do not give its unit, from the part before it (a total divided per user, GPU-hours over a count of GPUs)
// with the fewest other quantities. A part no combination fits gets no figure.
import { floorCount } from './format.js';
import type { Quantity } from './understand/quantities.js';
import { sameDims, solve, type Target, type UnitsError, type Worked } from './units.js';

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

/** A count asked and worked to a fraction ("116.3 cards"): the whole count, and the quantities that gave it. */
function wholeCount(
  w: Worked,
  target: Target | undefined,
  shown: (w: Worked, target?: Target) => string,
): { count: Quantity; from: Quantity[] } | undefined {
  if (!target || !countOnly(target) || !sameDims(w.dims, target.dims) || w.high !== undefined) return undefined;
  if (Number.isInteger(w.value) || w.factors.length) return undefined;
  const value = floorCount(w.value);
  const count = { value, dims: w.dims, raw: shown({ ...w, value }, target), at: EARLIER_RESULT_AT };
  return { count, from: w.steps.map((x) => x.q) };
}

/** A count of one kind of thing asked ("how many cards"). */
const countOnly = (t: Target) =>
  Object.keys(t.dims).length === 1 && (t.dims.gpu === 1 || t.dims.user === 1 || t.dims.item === 1);

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
const fits = (w: Worked | UnitsError): w is Worked => typeof w !== 'string';

/** Solves each part in order. `shown` words a result so a later formula can cite it ("$12,000 a month"). */
export function solveChain(
  shared: Quantity[],
  parts: ChainPart[],
  shown: (w: Worked, target?: Target) => string,
): Array<Worked | UnitsError> {
  const results: Array<Worked | UnitsError> = [];
  const partial = new Set<Worked>();
  let earlier: Quantity | undefined;
  // A count asked ("how many cards") is of whole things: what a later part says of them ("their combined TDP") is of
  // that whole count, not of the fraction the budget divides into.
  let whole: { count: Quantity; from: Quantity[] } | undefined;
  for (const part of parts) {
    const all = [...shared, ...part.own];
    let worked = solve(all, part.target);
    const direct = worked;
    if (whole && fits(direct) && whole.from.every((q) => direct.steps.some((x) => x.q === q))) {
      const from = whole.from;
      const counted = solve([whole.count, ...all.filter((q) => !from.includes(q))], part.target);
      if (fits(counted)) worked = counted;
    }
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
    if (!fits(worked)) worked = totalEachPeriod(all, part.target) ?? worked;
    // Several things asked: one part may use only some of the numbers ("capex total" of "2,048 GPUs at $30k over 4
    // years"), so long as every number is used by some part (checked below).
    if (!fits(worked) && parts.length > 1 && part.target) {
      const alone = fromSubset(shared, part);
      if (alone) {
        worked = alone;
        partial.add(alone);
      }
    }
    results.push(worked);
    whole = fits(worked) ? wholeCount(worked, part.target, shown) : undefined;
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
  if (!partial.size) return results;
  // A part worked from some of the numbers stands only when every number the user gave went into some part.
  const used = new Set<Quantity>();
  for (const w of results) if (fits(w)) for (const q of [...w.steps.map((x) => x.q), ...w.factors]) used.add(q);
  const earlierUsed = results.some((w) => fits(w) && w.steps.some((x) => x.q.at === EARLIER_RESULT_AT));
  const covered = shared.every((q) => used.has(q) || (earlierUsed && results.some((w) => fits(w) && !partial.has(w))));
  return covered ? results : results.map((w) => (fits(w) && partial.has(w) ? 'no-combination' : w));
}

/** "total" of rates with no duration given ("1.2B tokens a month at $0.60/M: total?"): the total each period, never
 * an amount spread over a duration. */
function totalEachPeriod(qs: Quantity[], target?: Target): Worked | undefined {
  if (!target || !sameDims(target.dims, { usd: 1 })) return undefined;
  const each = solve(qs, { dims: { usd: 1, hour: -1 } });
  return fits(each) && each.steps.length >= 2 && !each.steps.some((x) => isDuration(x.q)) ? each : undefined;
}

/** The one result a part's unit gives from its own quantities and all but one or two shared ones; none when no
 * subset fits or two fit with different results (which number to leave out would be a guess). */
function fromSubset(shared: Quantity[], part: ChainPart): Worked | undefined {
  for (let drop = 1; drop <= Math.min(2, shared.length - 1); drop++) {
    const found = new Map<string, Worked>();
    for (const left of subsets(shared, drop)) {
      const kept = shared.filter((q) => !left.includes(q));
      if (!kept.some((q) => !q.dims.percent && !q.dims.times)) continue;
      const qs = [...kept, ...part.own];
      const w = totalEachPeriod(qs, part.target) ?? solve(qs, part.target);
      if (fits(w) && w.steps.length >= 2) found.set(String(w.value), w);
    }
    if (found.size === 1) return [...found.values()][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}
