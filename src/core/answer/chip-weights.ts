// A model's weights on a named chip: the memory they take at a precision (the user's parameter count, or Epoch's for
// the model named), the fewest of the chip's cards whose memory (Epoch's hardware sheet) holds them, and, when a price
// is asked, those cards at the chip's release price. "671B params at fp8 on H200s — how many cards, and at list
// price?" is 671 GB ÷ 141 GB = 5 cards × $30K = $150K.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatFigureValue, formatMoney, grouped } from '../format.js';
import { modelSizeOf } from '../understand/model-size.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import type { AnswerContext } from './context.js';
import { answerModelSize } from './model-size.js';

/** A price asked beside the cards: "what's that at list price", "cost at release price", "and in dollars". */
const PRICE_ASKED = /\b(?:price[ds]?|cost(?:s|ing)?|msrp|dollars?|pay|spend)\b|\$/;

/** Cards asked: "how many cards", "cards needed", "how many H200s". */
const CARDS_ASKED =
  /\bhow many\b|\b(?:cards?|gpus?|chips?|accelerators?)(?:\s+(?:needed|required|does it take)\b|\s*(?:\?|,|$)|\s+and\b)/;

const spec = (c: Entity, metric: string): Figure | undefined =>
  (c.data ?? []).find((f) => f.metric === metric && f.value !== undefined);

/** The weights of the one model the question sizes (its own words, or Epoch's count for the model named) on one chip's
 * cards, priced at the chip's release price when asked; undefined when a number has no place or a figure is lacking. */
export function weightsOnChip(
  q: Question,
  chip: Entity,
  named: { entity: Entity; figure: Figure } | undefined,
  user: Quantity[],
  citer: Citer,
  ctx: AnswerContext,
): ReturnType<typeof answerModelSize> {
  const text = q.plain.toLowerCase();
  if (!CARDS_ASKED.test(text) && !(q.target?.dims.gpu === 1 && Object.keys(q.target.dims).length === 1))
    return undefined;
  const memory = spec(chip, 'memory');
  if (!memory) return undefined;
  const own = modelSizeOf(text, user, true);
  const epoch = named ? modelSizeOf(`${named.figure.value! / 1e9}b params ${text}`, user, true) : undefined;
  // The user's size and the model's differ: which one is meant is not for us to pick.
  if (own && epoch && Math.abs(own.params - epoch.params) > 0.02 * own.params) return undefined;
  const size = own ?? epoch;
  if (size?.bytes === undefined || size.other || size.tokens) return undefined;
  const gb = memory.value! / 1e9;
  const card: Quantity = size.card ?? {
    value: gb,
    dims: { gb: 1 },
    raw: `${formatCount(gb)} GB`,
    at: -1,
  };
  const paramsRaw =
    own || !named
      ? size.paramsRaw
      : `${named.entity.name}'s ${formatFigureValue(named.figure)
          .replace(/^~/, '')
          .replace(/ param\w*$/, '')} parameters (${citer.sourceOf(named.figure.source)})`;
  const reply = answerModelSize({ ...q, modelSize: { ...size, paramsRaw, card } }, ctx);
  if (reply?.kind !== 'calculation') return undefined;
  const cards = Math.ceil((size.params * size.bytes) / 1e9 / card.value - 1e-9);
  const lines = [...reply.lines];
  const fields = [citer.field(memory, chip.name), ...(named && !own ? [citer.field(named.figure)] : [])];
  if (PRICE_ASKED.test(text.replace(/\b\d+(?:\.\d+)?\s?bytes?\b/g, ''))) {
    const price = spec(chip, 'release_price');
    // A price asked that the sheet lacks: no total is made up, and no figure without it answers the question.
    if (!price) return undefined;
    const total = cards * price.value!;
    const each = formatMoney(price.value!).replace(/^~/, '');
    // The cards and their price lead; the weights' size stays in the working.
    if (lines[0]?.startsWith('That comes to')) lines.shift();
    lines.unshift(
      `That comes to ${formatCount(cards)} ${chip.name} ${cards === 1 ? 'card' : 'cards'}, ${money(total)} at release price.`,
    );
    lines.push(
      `Computed: ${formatCount(cards)} × ${each} (${chip.name}'s release price, ${citer.sourceOf(price.source)}) = ${money(total)}.`,
    );
    fields.push(citer.field(price, chip.name));
  }
  return { ...reply, lines, title: `${chip.name} — calculation`, fields, sources: citer.sources() };
}

/** Whole dollars below a billion ("$150,000"), so a count of cards times a price reads exactly. */
const money = (n: number) => (n < 1e9 ? `$${grouped(0).format(n)}` : formatMoney(n));
