// "If 50 companies split a $1B model, how much does each pay?", or the same from sourced figures.

import { formatCount, trimNumber } from '../format.js';
import { computedLine, listedSharesLine } from '../replies.js';
import { splitCost } from '../scenarios.js';
import type { ListedShares } from '../understand/weighted-split.js';
import type { Answerer } from './context.js';

export const answerSplit: Answerer = (q, ctx) => splitCost(ctx.index, q.res, q.plain, q.amounts);

/** Each share of a total split by a written list: "$12M split 50/30/20: $6M, $3.6M and $2.4M." */
export function listedSharesLines(l: ListedShares, shown: (value: number) => string): string[] {
  const each = l.shares.map((p) => shown((l.total.value * p) / 100));
  // "$12M × 50% = $6M; × 30% = $3.6M; × 20%", the last result added by the computed line itself.
  // Weights show as their part of the sum: "$2.4M × 120/240 = $1.2M".
  const sum = l.weights?.reduce((t, w) => t + w, 0);
  const part = (p: number, i: number) =>
    l.weights ? `${formatCount(l.weights[i]!)}/${formatCount(sum!)}` : `${trimNumber(p, 2)}%`;
  const steps = l.shares.map((p, i) => `${i === 0 ? `${l.total.raw} ` : ''}× ${part(p, i)}`);
  const formula = steps.map((step, i) => (i < steps.length - 1 ? `${step} = ${each[i]}` : step)).join('; ');
  // "team a used 420 gpu-h, team b 780": each share after the name it is for.
  const named = l.labels ? each.map((e, i) => `${l.labels![i]} ${e}`) : each;
  return [listedSharesLine(l.total.raw, l.written, named), computedLine(formula, undefined, each[each.length - 1]!)];
}
