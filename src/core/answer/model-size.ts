// Works a ModelSize: training FLOP = 6 × parameters × tokens; weight memory = parameters × bytes per parameter, and
// the fewest cards of the memory given that hold it. The inputs show as written.
import { formatCount, formatScientific, trimNumber } from '../format.js';
import { calculationReply, cardsToHoldLine, computedLine, partLine, totalLine } from '../replies.js';
import type { Answerer } from './context.js';

/** Cards, chip time or a chip's price asked: "how many MI300X", "gpu-hours", "at epoch's release price". */
const CHIP_WORK_ASKED =
  /\bhow many\b|\bgpu[- ]?(?:hours?|days?)\b|\bcards?\b|\b(?:release|list|launch) price\b|\bepoch'?s?\b/;

export const answerModelSize: Answerer = (q, ctx) => {
  const m = q.modelSize;
  if (!m) return undefined;
  // "405B in bf16 on MI300X — how many cards, at epoch's price?", "7B on 2T tokens on an H100 at 40% MFU — GPU-hours?":
  // a chip the data sets hold is named for its memory, peak or price, which the data-set calculation works; the size
  // alone would leave the chip's part unanswered.
  if (!m.card && ctx?.names && CHIP_WORK_ASKED.test(q.lowered) && ctx.names.chipCodes(q.plain).length) return undefined;
  // "20 tokens per param for a 13B model: tokens, and 6ND FLOP?": the tokens from the ratio, then their compute.
  if (m.tokens && m.perParam) {
    const tokens = `${formatCount(m.tokens.value)} tokens`;
    const lines = [
      partLine('Tokens to train on', tokens),
      computedLine(`${m.perParam.raw} per parameter × ${m.paramsRaw}`, undefined, tokens),
    ];
    if (m.flopAsked) {
      const flop = `${formatScientific(6 * m.params * m.tokens.value)} FLOP`;
      lines.push(
        partLine('Compute by 6·N·D', flop),
        computedLine(`6 × ${m.paramsRaw} × ${tokens} (the 6·N·D rule)`, undefined, flop),
      );
    }
    return { ...calculationReply(lines), title: 'Training compute' };
  }
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
    // "in bf16 vs 4-bit": the weights at each precision, in the order written, and the gap between them.
    if (m.each) {
      const written = [m.other.precision, m.precision!].map((p) => sides.find((x) => x.precision === p)!);
      return {
        ...calculationReply(
          written.flatMap((x) => {
            const gb = `${formatCount(Math.round(((m.params * x.bytes) / 1e9) * 10) / 10)} GB`;
            const each = `${m.paramsRaw} × ${trimNumber(x.bytes, 1)} ${x.bytes === 1 ? 'byte' : 'bytes'} each`;
            return [partLine(`At ${x.precision}`, `${gb} for the weights`), computedLine(each, undefined, gb)];
          }),
        ),
        title: 'Memory for the weights',
      };
    }
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
