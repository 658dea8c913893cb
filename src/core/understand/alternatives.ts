// Alternatives the question sets side by side without the one shape the plan reads first ("$5/M vs $1.50/M"):
// two prices named by who charges them ("provider A charges $0.90/M, provider B $0.35/M"), and two ways of paying
// with different shapes ("250 staff on a $30/seat/month tool vs ~2M tokens per person a month at $5/M"). Each
// alternative is worked alone into the unit asked; a count said once ("250 staff") serves both.
import { sameDims, solve, type Target } from '../units.js';
import type { CalcCase } from './calc-plan.js';
import type { Quantity } from './quantities.js';

/** The question sets the alternatives against each other: a saving, a switch, a cheaper one, each of them. */
const COMPARED =
  /\bsav(?:e|es|ed|ing|ings)\b|\bswitch\w*\b|\bcheaper\b|\bpricier\b|\bmore expensive\b|\bdifference\b|\bgap\b|\beach (?:way|option|one|provider|plan)\b|\bwhich (?:is|one|wins|option|provider|plan)\b|\bboth\b/;
const ALTERNATIVE_WORD = /\b(?:vs\.?|versus|or|compared (?:to|with)|instead of|rather than)\b/g;

const works = (qs: Quantity[], target?: Target) => {
  const w = solve(qs, target);
  return typeof w !== 'string' && !w.factors.length;
};
const isCount = (q: Quantity) =>
  Object.keys(q.dims).length === 1 && (q.dims.user === 1 || q.dims.gpu === 1 || q.dims.item === 1);

/** Two amounts of one kind that cannot both go into one formula, each of which works with the rest alone. */
function samePairApart(qs: Quantity[], target?: Target): CalcCase[] | undefined {
  const plain = qs.filter((q) => q.dims.percent === undefined && q.dims.times === undefined);
  if (plain.length !== qs.length) return undefined;
  for (let i = 0; i < plain.length; i++)
    for (let j = i + 1; j < plain.length; j++) {
      const [a, b] = [plain[i]!, plain[j]!];
      if (!sameDims(a.dims, b.dims) || a.dims.usd === undefined) continue;
      const withA = qs.filter((q) => q !== b);
      const withB = qs.filter((q) => q !== a);
      if (!works(withA, target) || !works(withB, target)) continue;
      return [
        { label: a.raw, quantities: withA },
        { label: b.raw, quantities: withB },
      ];
    }
  return undefined;
}

/** Two groups of numbers of different shapes, apart at one "vs" (or, when a saving or a switch is asked, at a sentence
 * break: "we pay $4,800/mo today; an alternative costs $0.0008 per request at 3M requests a month"): each group worked
 * alone, a count from the other group lent when a group needs it; every number used. */
function twoSides(s: string, qs: Quantity[], target?: Target, compared?: boolean): CalcCase[] | undefined {
  const inside = (c: number) => qs.some((q) => q.at < c) && qs.some((q) => q.at > c);
  const words = [...s.matchAll(ALTERNATIVE_WORD)].map((m) => m.index ?? 0).filter(inside);
  if (words.length > 1) return undefined;
  const breaks =
    compared && !words.length ? [...s.matchAll(/[.;](?=\s)/g)].map((m) => m.index ?? 0).filter(inside) : [];
  for (const cut of [...words, ...breaks]) {
    const cases = sidesAt(qs, cut, target);
    if (cases) return cases;
  }
  return undefined;
}

function sidesAt(qs: Quantity[], cut: number, target?: Target): CalcCase[] | undefined {
  const sides = [qs.filter((q) => q.at < cut), qs.filter((q) => q.at > cut)];
  if (sides.some((side) => !side.some((q) => q.dims.usd !== undefined))) return undefined;
  const cases: CalcCase[] = [];
  for (const [k, side] of sides.entries()) {
    // A count the side lacks, from the other side: tried first, so "2M tokens per person" is never priced for one.
    const lent = sides[1 - k]!.filter((q) => isCount(q) && !side.some((o) => isCount(o) && sameDims(o.dims, q.dims)));
    const withLent = [...side, ...lent];
    // …but only when the side is per that count ("per person") or does not work alone: "$0.90/M for 3B tokens a
    // month" is a whole bill, never one per GPU of the other side's "2 gpus".
    const alone = solve(side, target);
    const needs =
      typeof alone === 'string' ||
      lent.some((q) => (Object.keys(q.dims) as Array<keyof Quantity['dims']>).some((d) => (alone.dims[d] ?? 0) < 0));
    const quantities =
      lent.length && needs && works(withLent, target) ? withLent : works(side, target) ? side : undefined;
    if (!quantities) return undefined;
    const money = side.find((q) => q.dims.usd !== undefined)!;
    cases.push({ label: money.raw, quantities: quantities.sort((x, y) => x.at - y.at) });
  }
  const used = new Set(cases.flatMap((c) => c.quantities));
  return qs.every((q) => used.has(q)) ? cases : undefined;
}

/** The alternatives a question compares when its numbers do not all go into one formula; undefined otherwise. */
export function alternativesOf(s: string, qs: Quantity[], target?: Target): CalcCase[] | undefined {
  if (qs.length < 3 || works(qs, target)) return undefined;
  const compared = COMPARED.test(s);
  if (compared) {
    const pair = samePairApart(qs, target);
    if (pair) return pair;
  }
  return twoSides(s, qs, target, compared);
}
