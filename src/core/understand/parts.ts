// Percentages that work on parts of one amount: a discount on a share of a volume ("70% served from cache at a
// 90% discount"), shares added together ("accelerators (40-50%) plus staff (20-30%) together"), a share and the
// rest ("85% on-prem: on-prem vs the rest?").
import type { CalcCase } from './calc-plan.js';
import type { Quantity } from './quantities.js';

/** "20% off", "20% volume discount", "15% prepay discount": a cut, one word of its kind allowed before the word. */
const DISCOUNT_AFTER =
  /^\s*(?:(?!of\b|on\b|to\b|for\b|in\b)[a-z-]+\s+)?(?:discount\w*|off\b|cheaper|less\b|reduction|lower\b)/;
const DISCOUNT_BEFORE =
  /\b(?:discount(?:ed)?(?: of| by)?|cut(?: of| by)?|reduced by|(?:at|with) an?)\s*(?:~|about\s)?$/;
/** "billed at 10% of list", "charged 25% of the full price": a fraction of the price, not a discount of it. */
const FRACTION_BEFORE = /\b(?:billed|charged|priced|costs?|costing|paid|pays?|at)\s*(?:~|about\s|only\s|just\s)?$/;
const FRACTION_AFTER =
  /^\s*of (?:the )?(?:list|full|normal|standard|regular|base|usual|original)\b|^\s*of (?:the |its |our )?(?:input |output |token |on-demand |sticker )?(?:price|rate)\b/;
/** "at half price", "a third of the price", "half the normal rate": a fraction word that is a part of the price. */
const FRACTION_WORD_AFTER =
  /^\s*(?:of\s+)?(?:the\s+|its\s+)?(?:(?:list|full|normal|standard|regular|base|usual|original|input|token|on-demand)\s+)?(?:price|rate|cost)\b/;
/** A part of the volume right after a fraction word: "half our usage", "a third of the traffic". */
const VOLUME_AFTER =
  /^\s*(?:of\s+)?(?:the|our|its|their|my|all)\s+(?:[a-z-]+\s+)?(?:usage|traffic|volume|tokens|requests|calls|queries|workload|spend|jobs|load)\b/;
/** A cut named a word or two after a percentage: "20% volume discount", "15% loyalty discount", "10% prepay off". */
const DISCOUNT_NEAR_AFTER = /^\s*(?:[a-z-]+\s+){1,2}(?:discount\w*|off)\b/;
/** Words before a percentage that make it one more cut after another: "then another 25%", "a further 10%". */
const STACKED_BEFORE = /\b(?:then|another|further|additional|second|extra)\s+(?:an?\s+)?(?:further\s+|extra\s+)?$/;
const SAVE = /\bsav(?:e|es|ed|ing|ings)\b/;
const TOGETHER = /\b(?:plus|together|combined|altogether|in total|total|sum)\b/;
const REST =
  /\b(?:the )?(?:rest|remainder|remaining|others?|everything else|all else|anything else|what(?:'s| is) left)\b/;

const isShare = (q: Quantity) => q.dims.percent === 1 && Object.keys(q.dims).length === 1;

/** A discount applied to a share of the amount: one factor, 1 − share × discount, and whether a saving is asked. */
export function partialDiscount(s: string, qs: Quantity[]): { quantities: Quantity[]; saving: boolean } | undefined {
  // "at half price", "a third off": a fraction word read as the percentage it is.
  const asShare = (q: Quantity): Quantity | undefined => {
    if (isShare(q)) return q;
    const fraction = q.dims.times === 1 && Object.keys(q.dims).length === 1 && q.value > 0 && q.value < 1;
    if (!fraction || (q.apply && q.apply !== 'share')) return undefined;
    const after = s.slice(q.at + q.raw.length, q.at + q.raw.length + 30);
    const price = FRACTION_WORD_AFTER.test(after);
    // "half of it goes via batch": a part of the volume.
    // "half our usage goes via batch", "a third of the traffic": a part of the volume named by its words.
    const part =
      /^\s*of\s+(?:it|them|that|those|these|the|our|its|their|all)\b/.test(after) || VOLUME_AFTER.test(after);
    if (!price && !part && !DISCOUNT_AFTER.test(after)) return undefined;
    // As a percentage, written where the word is: "half price" is 50% of the price, "half off" a 50% discount.
    const x: Quantity = { ...q, value: q.value * 100, dims: { percent: 1 } };
    if (price) fractions.add(x);
    return x;
  };
  const fractions = new Set<Quantity>();
  const read = qs.map((q) => [q, asShare(q)] as const).filter(([, x]) => x && x.high === undefined);
  const shares = read.map(([, x]) => x!);
  if (shares.length !== 2) return undefined;
  const original = new Map(read.map(([q, x]) => [x!, q]));
  const isDiscount = (q: Quantity) =>
    DISCOUNT_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 16)) ||
    DISCOUNT_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at));
  // "billed at 10% of list": the part pays that fraction of the price, so the discount is the rest of it.
  const isFraction = (q: Quantity) =>
    fractions.has(q) ||
    (FRACTION_AFTER.test(s.slice(q.at + q.raw.length, q.at + q.raw.length + 30)) &&
      FRACTION_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at)));
  const discount = shares.find(isDiscount) ?? shares.find(isFraction);
  const part = shares.find((q) => q !== discount);
  if (!discount || !part || isDiscount(part) || isFraction(part)) return undefined;
  // "10% off and then a further 10% coupon": a second cut after the first, not the part the first is on.
  // "20% volume discount then 50% off for batch": the later one written as a next step stacks on the first too.
  const later = part.at > discount.at ? part : discount;
  if (STACKED_BEFORE.test(s.slice(Math.max(0, later.at - 24), later.at))) return undefined;
  // "20% volume discount then 50% off for batch": both are cuts, the first named a word or two after it.
  if (DISCOUNT_NEAR_AFTER.test(s.slice(part.at + part.raw.length, part.at + part.raw.length + 30))) return undefined;
  const p = part.value / 100;
  const d = (isFraction(discount) ? 100 - discount.value : discount.value) / 100;
  if (p < 0 || p > 1 || d < 0 || d > 1) return undefined;
  const factor: Quantity = {
    value: 100 * (1 - p * d),
    dims: { percent: 1 },
    raw: isFraction(discount) ? `(1 − ${part.raw} × (100% − ${discount.raw}))` : `(1 − ${part.raw} × ${discount.raw})`,
    at: part.at,
    apply: 'share',
  };
  const [pq, dq] = [original.get(part), original.get(discount)];
  return { quantities: qs.filter((q) => q !== pq && q !== dq).concat(factor), saving: SAVE.test(s) };
}

/** Each share of the same amount, and their sum when the question adds them ("plus", "together"). */
export function shareCases(s: string, qs: Quantity[], shares: Quantity[]): CalcCase[] {
  const others = qs.filter((q) => !shares.includes(q));
  const cases = shares.map((x) => ({ label: x.raw, quantities: [...others, x] }));
  const last = shares[shares.length - 1]!;
  // "team a 45%, team b 35%, team c the rest": what the shares leave is one more part.
  const taken = shares.reduce((t, q) => t + (q.high ?? q.value), 0);
  if (taken < 100 && shares.every((q) => q.high === undefined) && REST.test(s.slice(last.at + last.raw.length))) {
    const left = Number((100 - taken).toFixed(6));
    cases.push({
      label: `the rest (${left}%)`,
      quantities: [...others, { ...last, value: left, raw: `the rest (${left}%)` }],
    });
  }
  if (!TOGETHER.test(s.slice(shares[0]!.at))) return cases;
  const low = shares.reduce((t, q) => t + q.value, 0);
  const high = shares.reduce((t, q) => t + (q.high ?? q.value), 0);
  const sum: Quantity = {
    value: low,
    ...(high !== low ? { high } : {}),
    dims: { percent: 1 },
    raw: `(${shares.map((q) => q.raw).join(' + ')})`,
    at: last.at,
    apply: 'share',
  };
  return [{ label: `${sum.raw} together`, quantities: [...others, sum] }, ...cases];
}

/** One share of an amount and "the rest": the share and its complement, side by side. */
export function restCases(s: string, qs: Quantity[]): CalcCase[] | undefined {
  const factors = qs.filter((q) => q.dims.percent === 1 || q.dims.times === 1);
  const [share] = factors;
  if (factors.length !== 1 || !share || !isShare(share) || share.apply !== 'share' || share.high !== undefined)
    return undefined;
  if (share.value <= 0 || share.value >= 100 || !REST.test(s.slice(share.at + share.raw.length))) return undefined;
  const rest: Quantity = { ...share, value: 100 - share.value, raw: `the rest (${100 - share.value}%)` };
  const others = qs.filter((q) => q !== share);
  return [
    { label: share.raw, quantities: [...others, share] },
    { label: rest.raw, quantities: [...others, rest] },
  ];
}
