// A bill at a model's price per unit of work that is not a token: speech-to-text per second of audio, an image model
// per image, text-to-speech per character (LiteLLM's map). The user's hours, images or characters, times the counts
// they come in ("500 calls of 4 minutes each"), at the listed price. Every number must be placed: an amount in another
// unit (words, tokens, a price of the user's own, a rate per day) gives no figure.
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatMoney } from '../format.js';
import { parseQuantities, type Quantity } from '../understand/quantities.js';

/** The per-unit price metrics, what one unit is called, and how many units one of the user's amounts holds. */
const KINDS = {
  audio_price: { unit: 'second', plural: 'seconds' },
  image_price: { unit: 'image', plural: 'images' },
  speech_price: { unit: 'character', plural: 'characters' },
} as const;
type Kind = keyof typeof KINDS;

/** Whether a model is priced per second, image or character rather than per token. */
export function unitPriced(e: Entity): boolean {
  return (e.data ?? []).some((f) => f.metric in KINDS && f.value !== undefined);
}

/** "each", "per call", "apiece", "x", "averaging": the amounts are per one of the counted things. */
const PER_ONE = /\b(?:each|apiece|per|a piece|averag\w*|avg|on average)\b|\d\s*[x×]\s*\d|\s[x×]\s/;

/** Nouns an amount cannot be billed in at these prices: words, pages and tokens need a rate the list does not give. */
const OTHER_UNITS = /^(?:words?|pages?|tokens?|toks?|bytes?|[kmg]b|sentences?|paragraphs?|lines?)$/;
const CHARACTERS = /^(?:characters?|chars?|letters?)$/;

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).every((d) => d === 'hour' || d === 'item');
const isCount = (q: Quantity) =>
  Object.keys(q.dims).every((d) => d === 'item' || d === 'gpu' || d === 'user') &&
  (q.dims.item ?? 1) === 1 &&
  !(q.noun && (OTHER_UNITS.test(q.noun) || CHARACTERS.test(q.noun)));
const isCharacters = (q: Quantity) => q.noun !== undefined && CHARACTERS.test(q.noun) && !q.dims.hour;

/** The price figure to bill at: the provider the question names, else the model's maker's own, else the first. */
function priceFor(e: Entity, kind: Kind, q: string, maker?: string): Figure | undefined {
  const figs = (e.data ?? []).filter((f) => f.metric === kind && f.value !== undefined);
  const key = ` ${phraseKey(q)} `;
  return (
    figs.find((f) => f.provider && key.includes(` ${phraseKey(f.provider)} `)) ??
    figs.find((f) => maker && f.provider && phraseKey(f.provider) === phraseKey(maker)) ??
    figs[0]
  );
}

export type UnitBill =
  | { lines: string[] }
  /** Numbers the reading cannot place in the bill, as written. */
  | { unplaced: string[] };

/** The bill at the model's per-unit price for the amounts in `blanked` (the question, lower case, model names
 * blanked); the price alone when no amount is given; `unplaced` when some number does not fit the bill. */
export function unitPriceBill(e: Entity, blanked: string, citer: Citer, maker?: string): UnitBill | undefined {
  const kind = (Object.keys(KINDS) as Kind[]).find((k) => (e.data ?? []).some((f) => f.metric === k));
  if (!kind) return undefined;
  const price = priceFor(e, kind, blanked, maker);
  if (price?.value === undefined) return undefined;
  const { unit, plural } = KINDS[kind];
  const at = `${formatMoney(price.value)} per ${unit}`;
  const head = `${e.name}${price.provider ? ` on ${price.provider}` : ''}`;
  const qs = parseQuantities(blanked);
  const raws = qs.map((x) => x.raw);
  // A number no quantity holds ("an 80,000-word novel") is not in the bill: no figure rather than one without it.
  let rest = blanked;
  for (const x of qs)
    for (const [a, b] of [[x.at, x.at + x.raw.length] as [number, number], ...(x.covers ?? [])])
      rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
  const loose = rest.match(/\d[\d,.]*(?:[\s-]?[a-z]+)?/g);
  if (loose) return { unplaced: [...raws, ...loose] };
  if (!qs.length) return { lines: [`${head}: ${at} [${citer.provenance(price)}]`] };
  // A price of the user's own, or a rate per day or month, is another calculation's.
  if (qs.some((x) => x.dims.usd || x.per)) return { unplaced: raws };
  const main = qs.filter(kind === 'audio_price' ? isDuration : kind === 'speech_price' ? isCharacters : isCount);
  const counts = qs.filter((x) => !main.includes(x));
  if (!counts.every(isCount)) return { unplaced: raws };
  // One amount of audio or text; for images the counts are the amount.
  if (kind !== 'image_price' && main.length !== 1) return { unplaced: raws };
  if (qs.length > 1 && !PER_ONE.test(blanked) && !qs.some((x) => x.dims.item === -1)) return { unplaced: raws };
  const amount = qs.reduce((n, x) => n * x.value, 1) * (kind === 'audio_price' ? 3600 : 1);
  const total = amount * price.value;
  const written = qs.map((x) => x.raw.replace(/\s+each$/, '')).join(' × ');
  const units = `${formatCount(amount)} ${amount === 1 ? unit : plural}`;
  const formula = qs.length === 1 && kind !== 'audio_price' ? units : `${written} = ${units}`;
  return {
    lines: [
      `${head}: ${formatMoney(total)} [${citer.provenance(price)}]. Computed: ${formula} × ${at} = ${formatMoney(total)}`,
    ],
  };
}

/** Price intents, or a number or a price word in the question: who made it or whether it is open is not a bill. */
export function unitBillAsked(intent: string, q: string): boolean {
  if (intent === 'openness' || intent === 'maker' || intent === 'licence-test') return false;
  return (
    ['price', 'token-cost', 'cheapest-provider'].includes(intent) ||
    /\d|\b(?:cost|costs|price|priced|pricing|bill|spend|pay|rate|charge|how much)\b/.test(q)
  );
}
