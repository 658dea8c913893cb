// A model's size worked with the user's numbers: training compute by the 6·N·D rule ("7B model on 2T tokens, 6ND
// rule") and the memory its weights take at a precision ("70B params in fp16 — GB for weights, and how many 80GB
// cards"). The quantity reader leaves "7B" alone (a model's name or size, not an amount); this reads it as the
// parameter count only beside words that make it one.
import type { Quantity } from './quantities.js';

/** What the question asks of a model's size, with the numbers it uses. */
export interface ModelSize {
  /** Parameters, as a count, and as written ("7B"). */
  params: number;
  paramsRaw: string;
  /** Training compute asked: the tokens trained on. */
  tokens?: Quantity;
  /** Weight memory asked: bytes per parameter and the precision as written ("fp16"). */
  bytes?: number;
  precision?: string;
  /** Memory of one card ("80GB cards"), in GB, when the question asks how many hold the weights. */
  card?: Quantity;
  /** A second precision the weights move from or are set against ("from 16-bit to 4-bit", "int8 vs fp16"): the GB
   * saved between the two is asked. */
  other?: { bytes: number; precision: string };
}

/** "7B model", "70B params", "13 billion parameters", "a 405b-param llm": a size followed by a word for a model. */
const SIZE =
  /(?<![\w.])(\d+(?:\.\d+)?)\s?(b|m|t|bn|billion|million|trillion)[\s-]*(?:param(?:eter)?s?|model|llm|dense|network)\b/;
const SCALE: Record<string, number> = { b: 1e9, bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, t: 1e12, trillion: 1e12 };
/** The 6·N·D rule named, or training compute asked in FLOP. */
const SIX_ND =
  /\b6\s?[*x×·]?\s?n\s?[*x×·]?\s?d\b|\b6nd\b|\btraining (?:flops?|compute)\b|\b(?:flops?|compute) (?:to|for) train\w*\b|\bhow many flops?\b/;
/** Bytes a parameter takes at a precision. */
const PRECISION: Array<[RegExp, number]> = [
  [/\b(?:fp32|float32|f32|full precision|32[- ]bits?)\b/, 4],
  [/\b(?:fp16|bf16|float16|f16|half precision|16[- ]bits?)\b/, 2],
  [/\b(?:fp8|int8|8[- ]bits?|q8)\b/, 1],
  [/\b(?:int4|fp4|4[- ]bits?|q4|nf4)\b/, 0.5],
];
/** Bytes per parameter written as a number: "2 bytes/param", "0.5 bytes per parameter". */
const BYTES_WRITTEN = /\b(\d+(?:\.\d+)?)\s?bytes?\s?(?:\/|per|a|each)\s?param(?:eter)?s?\b/g;
/** Memory saved between two precisions asked: "GB saved", "how much smaller", "the difference". */
const SAVED = /\b(?:sav(?:e|es|ed|ing|ings)|smaller|less|reduc\w*|shrink\w*|differen\w*|drop\w*|free[sd]?|cut)\b/;
/** Memory asked: "how many GB", "memory for the weights", "vram needed". */
const MEMORY = /(?:\b|\d)(?:gb|gigabytes?|tb|terabytes?)\b|\b(?:memory|vram|ram)\b/;

/** The model-size calculation a question asks, or undefined when it names no size or asks neither; `onCards`: the
 * question asks how many of a named chip hold the weights, which asks their memory without saying so. */
export function modelSizeOf(plain: string, quantities: Quantity[], onCards = false): ModelSize | undefined {
  const size = SIZE.exec(plain);
  if (!size) return undefined;
  const params = Number(size[1]) * SCALE[size[2]!]!;
  const paramsRaw = `${size[1]}${size[2]!.length === 1 ? size[2]!.toUpperCase() : ` ${size[2]}`} parameters`;
  const tokens = quantities.filter((q) => q.dims.token === 1 && Object.keys(q.dims).length === 1);
  // Every number of the user's has its place, or none is worked.
  if (SIX_ND.test(plain))
    return tokens.length === 1 && quantities.length === 1 ? { params, paramsRaw, tokens: tokens[0] } : undefined;
  // Each precision named, in the order written: "from 16-bit to 4-bit" names two.
  const named = [
    ...PRECISION.flatMap(([word, bytes]) =>
      [...plain.matchAll(new RegExp(word.source, 'g'))].map((m) => ({ at: m.index ?? 0, precision: m[0], bytes })),
    ),
    // "2 bytes/param", "4 bytes per parameter": the bytes written out.
    ...[...plain.matchAll(BYTES_WRITTEN)].map((m) => ({ at: m.index ?? 0, precision: m[0], bytes: Number(m[1]) })),
  ].sort((a, b) => a.at - b.at);
  const bytesNamed = [...new Set(named.map((x) => x.bytes))];
  if (!named.length || bytesNamed.length > 2 || !(onCards || MEMORY.test(plain))) return undefined;
  // "4-bit weights": a precision is no count of anything.
  const amounts = quantities.filter(
    (q) => !/^\d+[- ]?bits?\b/.test(q.raw) && !named.some((x) => q.at >= x.at && q.at < x.at + x.precision.length),
  );
  // "80GB cards", "24 GB GPUs": the memory of one card, each holding part of the weights.
  const cards = amounts.filter((q) => q.dims.gb === 1 && Object.keys(q.dims).length === 1);
  if (amounts.length > cards.length || cards.length > 1) return undefined;
  // Two precisions: the memory saved going from the first written to the other, only when a saving is asked.
  const [first] = named;
  const second = named.find((x) => x.bytes !== first!.bytes);
  if (second && (!SAVED.test(plain) || cards.length)) return undefined;
  const [to, from] = second ? [second, first!] : [first!, undefined];
  return {
    params,
    paramsRaw,
    bytes: to.bytes,
    precision: to.precision,
    ...(cards.length === 1 ? { card: cards[0] } : {}),
    ...(from ? { other: { bytes: from.bytes, precision: from.precision } } : {}),
  };
}
