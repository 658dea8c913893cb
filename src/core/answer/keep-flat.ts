// The volume that keeps revenue flat across a price change: the old price over the new one, as a multiple and as the
// percentage more (or less) volume it takes.
import { trimNumber } from '../format.js';
import { computedLine, keepFlatLine, unitsErrorReply } from '../replies.js';
import type { Reply } from '../types.js';
import type { KeepFlat } from '../understand/keep-flat.js';

/** The lines for a volume that holds revenue where it was, or an error when a price is not above zero. */
export function keepFlatLines(k: KeepFlat): string[] | Reply {
  const inputs = [k.before?.raw, k.after?.raw, k.change?.raw].filter((x): x is string => !!x);
  const left = k.change ? (k.change.apply === 'less' ? 1 - k.change.value / 100 : 1 + k.change.value / 100) : undefined;
  const ratio = k.before && k.after ? k.before.value / k.after.value : left ? 1 / left : undefined;
  if (ratio === undefined || !(ratio > 0) || !Number.isFinite(ratio)) return unitsErrorReply(inputs, 'not-positive');
  const moved = (ratio - 1) * 100;
  const shown = `${trimNumber(Math.abs(moved), 1)}%`;
  const formula =
    k.before && k.after
      ? `${k.before.raw} ÷ ${k.after.raw}`
      : `1 ÷ (1 ${k.change!.apply === 'less' ? '−' : '+'} ${k.change!.raw})`;
  return [
    keepFlatLine(shown, `${trimNumber(ratio, 3)}×`, k.held, moved >= 0),
    computedLine(formula, undefined, `${trimNumber(ratio, 3)}× the volume`),
  ];
}
