// A model's size worked with the user's numbers: training compute by the 6·N·D rule ("7B model on 2T tokens, 6ND
// rule") and the memory its weights take at a precision ("70B params in fp16 — GB for weights, and how many 80GB
// cards"). The quantity reader leaves "7B" alone (a model's name or size, not an amount); this reads it as the
// parameter count only beside words that make it one.
import { formatCount, formatScientific } from '../format.js';
import type { Quantity } from './quantities.js';

/** What the question asks of a model's size, with the numbers it uses. */
export interface ModelSize {
  /** Parameters, as a count, and as written ("7B"). */
  params: number;
  paramsRaw: string;
  /** Training compute asked: the tokens trained on. */
  tokens?: Quantity;
  /** The tokens come from tokens per parameter ("20 tokens per param"): that ratio, as written; the tokens are asked. */
  perParam?: Quantity;
  /** Compute is asked too (the 6·N·D rule named), not only the tokens. */
  flopAsked?: boolean;
  /** Weight memory asked: bytes per parameter and the precision as written ("fp16"). */
  bytes?: number;
  precision?: string;
  /** Memory of one card ("80GB cards"), in GB, when the question asks how many hold the weights. */
  card?: Quantity;
  /** A second precision the weights move from or are set against ("from 16-bit to 4-bit", "int8 vs fp16"): the GB
   * saved between the two is asked. */
  other?: { bytes: number; precision: string };
  /** Two precisions set side by side with no saving asked ("in bf16 vs 4-bit"): the weights at each. */
  each?: boolean;
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

/** Tokens per parameter: "20 tokens per param", "20 tokens/parameter", "a tokens-per-parameter ratio of 20". */
const PER_PARAM = /^\s*(?:\/|per|a|each|for (?:each|every))\s*param(?:eter)?s?\b/;

/** The user's tokens that are a number per parameter, not an amount ("20 tokens per param"). */
function perParamOf(plain: string, quantities: Quantity[]): Quantity | undefined {
  const [only] = quantities.filter(
    (q) => q.dims.token === 1 && Object.keys(q.dims).length === 1 && PER_PARAM.test(plain.slice(q.at + q.raw.length)),
  );
  return only;
}

/** The rule's own name ("6ND", "6·N·D") read as a number of FLOP: no amount of the user's. */
function ruleNamed(plain: string, q: Quantity): boolean {
  const rule = /\b6\s?[*x×·]?\s?n\s?[*x×·]?\s?d\b|\b6nd\b/.exec(plain);
  return rule !== null && q.at >= rule.index && q.at < rule.index + rule[0].length;
}

/**
 * "7B model, 2T tokens, 6ND rule. 256 GPUs at 400 TFLOP/s each — days?": the training compute 6·N·D stands for the
 * tokens among the user's other numbers, so the calculator works it against the cluster's speed like any FLOP given.
 * The rule's own name is no number of the user's; the quantities are returned unchanged unless the rule, a size and
 * one amount of tokens are all written.
 */
export function withTrainingFlop(plain: string, quantities: Quantity[]): Quantity[] {
  const size = SIZE.exec(plain);
  if (!size || !SIX_ND.test(plain)) return quantities;
  const own = quantities.filter((q) => !ruleNamed(plain, q));
  const tokens = own.filter((q) => q.dims.token === 1 && Object.keys(q.dims).length === 1);
  if (tokens.length !== 1 || own.length < 2 || perParamOf(plain, own)) return own.length === 1 ? own : quantities;
  const t = tokens[0]!;
  const params = Number(size[1]) * SCALE[size[2]!]!;
  const paramsRaw = `${size[1]}${size[2]!.length === 1 ? size[2]!.toUpperCase() : ` ${size[2]}`} parameters`;
  const flop = 6 * params * t.value;
  const rule = /\b6\s?[*x×·]?\s?n\s?[*x×·]?\s?d\b|\b6nd\b/.exec(plain);
  const covers: Array<[number, number]> = [[size.index, size.index + size[0].length]];
  if (rule) covers.push([rule.index, rule.index + rule[0].length]);
  const shown = `(6 × ${paramsRaw} × ${t.raw} = ${formatScientific(flop)} FLOP)`;
  return own.map((q) => (q === t ? { ...q, value: flop, dims: { flop: 1 }, shown, covers } : q));
}

/** The model-size calculation a question asks, or undefined when it names no size or asks neither; `onCards`: the
 * question asks how many of a named chip hold the weights, which asks their memory without saying so. */
export function modelSizeOf(plain: string, quantities: Quantity[], onCards = false): ModelSize | undefined {
  const size = SIZE.exec(plain);
  if (!size) return undefined;
  const params = Number(size[1]) * SCALE[size[2]!]!;
  const paramsRaw = `${size[1]}${size[2]!.length === 1 ? size[2]!.toUpperCase() : ` ${size[2]}`} parameters`;
  const tokens = quantities.filter((q) => q.dims.token === 1 && Object.keys(q.dims).length === 1);
  // "20 tokens per param for a 13B model": the tokens trained on are the ratio times the parameters.
  const ratio = perParamOf(plain, quantities);
  if (ratio && quantities.length === 1) {
    const value = ratio.value * params;
    const shown = `${formatCount(value)} tokens`;
    const made = { value, dims: { token: 1 }, raw: shown, at: ratio.at };
    return { params, paramsRaw, tokens: made, perParam: ratio, flopAsked: SIX_ND.test(plain) };
  }
  // Every number of the user's has its place, or none is worked.
  if (SIX_ND.test(plain))
    return tokens.length === 1 && quantities.length === 1
      ? { params, paramsRaw, tokens: tokens[0], flopAsked: true }
      : undefined;
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
  if (second && cards.length) return undefined;
  // "in bf16 vs 4-bit", "at fp16 and int8": no saving asked, the weights at each precision.
  const each = second !== undefined && !SAVED.test(plain);
  const [to, from] = second ? [second, first!] : [first!, undefined];
  return {
    params,
    paramsRaw,
    bytes: to.bytes,
    precision: to.precision,
    ...(cards.length === 1 ? { card: cards[0] } : {}),
    ...(from ? { other: { bytes: from.bytes, precision: from.precision } } : {}),
    ...(each ? { each } : {}),
  };
}
