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
  const weights = `${trimNumber(gb, 1)} GB`;
  const lines = [
    totalLine(`${weights} for the weights`),
    computedLine(`${m.paramsRaw} × ${trimNumber(m.bytes, 1)} bytes each (${m.precision})`, undefined, weights),
  ];
  if (m.card && m.card.value > 0) {
    const cards = Math.ceil(gb / m.card.value - 1e-9);
    const sum = `${weights} ÷ ${m.card.raw} = ${trimNumber(gb / m.card.value, 2)}`;
    lines.push(cardsToHoldLine(`${formatCount(cards)} ${cards === 1 ? 'card' : 'cards'}`, m.card.raw, sum));
  }
  return { ...calculationReply(lines), title: 'Memory for the weights' };
};
