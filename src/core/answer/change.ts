// Works a Change between two amounts: a percentage change and, over years or a duration, the compound rate per
// period; a share of a whole; how many times one is the other. The amounts show as written (or as the sourced
// figure's label), so the reply says which numbers went in.
import { trimNumber } from '../format.js';
import { changeLine, compoundLine, computedLine, shareLine, timesLine, unitsErrorReply } from '../replies.js';
import type { Reply } from '../types.js';
import type { Change } from '../understand/change.js';

/** A percentage with the precision it needs: two decimals below 1%, one below 100%, none above. */
export function percent(n: number): string {
  return trimNumber(n, Math.abs(n) < 1 ? 2 : 1);
}

/** The lines that answer a Change, or a reply saying why it cannot be worked. */
export function changeLines(c: Change): string[] | Reply {
  const { from, to } = c;
  if (from.value === 0) return unitsErrorReply([from.raw, to.raw], 'divide-by-zero');
  const ratio = to.value / from.value;
  if (c.kind === 'share')
    return [
      shareLine(to.raw, from.raw, percent(ratio * 100)),
      computedLine(`${to.raw} ÷ ${from.raw} × 100`, undefined, `${percent(ratio * 100)}%`),
    ];
  if (c.kind === 'times')
    return [
      timesLine(to.raw, from.raw, trimNumber(ratio, 2)),
      computedLine(`${to.raw} ÷ ${from.raw}`, undefined, trimNumber(ratio, 2)),
    ];
  const up = ratio >= 1;
  const pct = percent(Math.abs(ratio - 1) * 100);
  const lines = [
    changeLine(from.raw, to.raw, pct, up, trimNumber(up ? ratio : 1 / ratio, 2)),
    computedLine(`(${to.raw} − ${from.raw}) ÷ ${from.raw}`, undefined, `${up ? '+' : '−'}${pct}%`),
  ];
  if (c.periods === undefined || !c.per) return lines;
  if (!(ratio > 0) || !(c.periods > 0)) return unitsErrorReply([from.raw, to.raw], 'not-positive');
  const factor = ratio ** (1 / c.periods);
  const rate = percent(Math.abs(factor - 1) * 100);
  const periods = trimNumber(c.periods, 2);
  return [
    compoundLine(rate, factor >= 1, c.per, trimNumber(factor, 2), periods, c.span),
    computedLine(`(${to.raw} ÷ ${from.raw})^(1/${periods}) − 1`, undefined, `${factor >= 1 ? '+' : '−'}${rate}%`),
    ...lines,
  ];
}
