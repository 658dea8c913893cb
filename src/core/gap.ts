// The gap asked between two values ("how much cheaper is A in %", "% increase", "the difference"): worked lines shared
// by every comparison of two figures (chip specs, the user's price against a spec, two sourced figures).
import { formatPercent } from './format.js';

/** A percentage asked for, not given: "in %", "what percent", "how many %" — never the "20%" of a number written. */
const PERCENT_ASKED = /(?<![\d.]\s?)%|(?<![\d.]\s?)\bper ?cent(?:age)?\b|\bpct\b/;
/** A comparative towards the smaller value, anywhere in the question ("how much cheaper was A, in %"). */
const LESS_WORD = /\b(?:cheaper|less expensive|lower|smaller|slower|fewer|decrease|drop|reduction|discount)\b/;
/** A comparative towards the larger value ("by what percent is B more expensive"). */
const MORE_WORD =
  /\b(?:more expensive|pricier|costlier|dearer|higher|bigger|larger|faster|greater|increase|premium|how (?:much|many) more)\b/;

/** "% cheaper", "what percent lower", "slower by what %": the smaller value's shortfall, as a share of the larger. */
const PERCENT_LESS =
  /(?:%|\bpercent|\bper cent)\s*(?:cheaper|less|lower|smaller|slower|fewer|below|under|decrease|drop|reduction)\b|\b(?:cheaper|less|lower|smaller|slower) by (?:what|how many|how much)\s*(?:%|percent)/;
/** "% more", "what percent higher", "bigger by what %": the larger value's excess, as a share of the smaller. */
const PERCENT_MORE =
  /(?:%|\bpercent|\bper cent)\s*(?:more|higher|bigger|larger|faster|greater|pricier|dearer|costlier|above|over|extra|increase)\b|\b(?:more|higher|bigger|larger|faster|greater|pricier) by (?:what|how many|how much)\s*(?:%|percent)/;
/** "how many more GB", "the difference", "the gap": the larger value less the smaller, in the spec's unit. */
const DIFFERENCE = /\bhow (?:many|much) (?:more|less|fewer|cheaper|bigger|higher)\b|\bdifference\b|\bgap\b/;

/** A % lower asked: next to the percent sign, or a comparative anywhere with a percentage asked. */
export const percentLessAsked = (q: string) => PERCENT_LESS.test(q) || (PERCENT_ASKED.test(q) && LESS_WORD.test(q));
/** A % higher asked, the same two ways. */
export const percentMoreAsked = (q: string) => PERCENT_MORE.test(q) || (PERCENT_ASKED.test(q) && MORE_WORD.test(q));

/** Whether a question asks a gap between two values: a difference, a % lower or a % higher. */
export const gapAsked = (q: string) => percentLessAsked(q) || percentMoreAsked(q) || DIFFERENCE.test(q);

/** The gaps a question asks between two values of one thing, each worked: "Google TPU v7 Ironwood's release price is
 * 60% lower than NVIDIA H200 SXM's: ($30K − $12K) ÷ $30K". `show` writes a value in the thing's unit;
 * `withDifference` false leaves the difference in units to a line of the caller's. */
export function askedGapLines(
  q: string,
  spec: string | undefined,
  hi: { name: string; value: number },
  lo: { name: string; value: number },
  show: (v: number) => string,
  withDifference = true,
): string[] {
  if (hi.value <= 0 || lo.value <= 0 || hi.value === lo.value) return [];
  const out: string[] = [];
  // A figure's "~" says it is rounded for display; the arithmetic shows the values it used.
  const exact = (v: number) => show(v).replace(/^~/, '');
  // With no spec named, each side's name is a whole noun phrase ("your price per chip").
  const of = (side: { name: string }) => (spec ? `${side.name}'s ${spec}` : side.name);
  const diff = hi.value - lo.value;
  const [less, more] = [percentLessAsked(q), percentMoreAsked(q)];
  if (less)
    out.push(
      `${of(lo)} is ${formatPercent((diff / hi.value) * 100)} lower than ${of(hi)}: (${exact(hi.value)} − ${exact(lo.value)}) ÷ ${exact(hi.value)}.`,
    );
  if (more)
    out.push(
      `${of(hi)} is ${formatPercent((diff / lo.value) * 100)} higher than ${of(lo)}: (${exact(hi.value)} − ${exact(lo.value)}) ÷ ${exact(lo.value)}.`,
    );
  // "how many more GB, and what % more": the difference in units after the % asked.
  if (withDifference && DIFFERENCE.test(q))
    out.push(`Difference: ${exact(hi.value)} − ${exact(lo.value)} = ${exact(diff)}; ${of(hi)} is the higher.`);
  return out.map((l) => l.charAt(0).toUpperCase() + l.slice(1));
}
