// Works a ModelSize: training FLOP = 6 × parameters × tokens; weight memory = parameters × bytes per parameter, and
// the fewest cards of the memory given that hold it. The inputs show as written.
import { formatCount, formatScientific, trimNumber } from '../format.js';
import { calculationReply, cardsToHoldLine, computedLine, totalLine } from '../replies.js';
import type { Answerer } from './context.js';

export const answerModelSize: Answerer = (q) => {
  const m = q.modelSize;
  if (!m) return undefined;
  if (m.tokens) {
    const flop = 6 * m.params * m.tokens.value;
    const shown = `${formatScientific(flop)} FLOP`;
    return {
      ...calculationReply([
        totalLine(shown),
        computedLine(`6 × ${m.paramsRaw} × ${m.tokens.raw} (the 6·N·D rule)`, undefined, shown),
      ]),
      title: 'Training compute',
    };
  }
  if (m.bytes === undefined) return undefined;
  const gb = (m.params * m.bytes) / 1e9;
  // "from 16-bit to 4-bit — GB saved", "int8 vs fp16: how much smaller": the weights at each precision, the larger
  // first, and the difference.
  if (m.other) {
    const sides = [
      { bytes: m.other.bytes, precision: m.other.precision },
      { bytes: m.bytes, precision: m.precision! },
    ].sort((a, b) => b.bytes - a.bytes);
    const [hi, lo] = sides.map((x) => ({ ...x, gb: (m.params * x.bytes) / 1e9 }));
    const saved = `${trimNumber(hi!.gb - lo!.gb, 1)} GB`;
    const at = (x: { bytes: number; precision: string; gb: number }) =>
      `${m.paramsRaw} × ${trimNumber(x.bytes, 1)} bytes each (${x.precision}) = ${trimNumber(x.gb, 1)} GB`;
    return {
      ...calculationReply([
        totalLine(`${saved} less at ${lo!.precision} than at ${hi!.precision}`),
        computedLine(`(${at(hi!)}) − (${at(lo!)})`, undefined, saved),
      ]),
      title: 'Memory for the weights',
    };
  }
  // "in TB": the terabytes beside the gigabytes.
  const tb = /\b(?:tb|terabytes?)\b/.test(q.lowered) ? ` (${trimNumber(gb / 1000, 2)} TB)` : '';
  const weights = `${formatCount(Math.round(gb * 10) / 10)} GB${tb}`;
  const lines = [
    totalLine(`${weights} for the weights`),
    computedLine(
      `${m.paramsRaw} × ${trimNumber(m.bytes, 1)} ${m.bytes === 1 ? 'byte' : 'bytes'} each (${m.precision})`,
      undefined,
      weights,
    ),
  ];
  if (m.card && m.card.value > 0) {
    const cards = Math.ceil(gb / m.card.value - 1e-9);
    const sum = `${weights} ÷ ${m.card.raw} = ${trimNumber(gb / m.card.value, 2)}`;
    lines.push(cardsToHoldLine(`${formatCount(cards)} ${cards === 1 ? 'card' : 'cards'}`, m.card.raw, sum));
  }
  return { ...calculationReply(lines), title: 'Memory for the weights' };
};
