// Token prices and volumes written in the shapes a token bill takes, read before the one-pass reader so their
// numbers are never taken for something else: a pair of prices sharing one "per million" unit ("$1 in / $5 out per
// M", "0.15/0.60 per M in/out"), a price in words or cents ("15c/M", "2 bucks per million", "a quarter dollar per
// million", a bare "0.28/M"), a volume billed on both sides ("50M each way"), a split of a volume by side ("85/15
// input/output") and a head count written "a team of 5".
import { SUFFIX } from '../calc.js';
import type { Quantity } from './quantities.js';

/** One price as written: "$0.60", "0.59", "15c", "2 bucks", "a quarter dollar". */
const ATOM =
  '(?:(\\$)\\s?)?(\\d+(?:\\.\\d+)?|\\.\\d+)\\s?(cents?\\b|¢|c(?![a-z])|bucks?\\b|dollars?\\b|usd\\b)?|\\b(?:a\\s+)?(quarter|half)(?:\\s+of)?\\s+(?:a\\s+)?dollars?\\b';
/** The unit a token price is per: "/M", "per million", "per 1M tokens", "/1k", "a million input tokens". */
const PER_TOKENS =
  '\\s*(?:\\/|\\bper\\b|\\ba\\b)\\s*(?:1\\s?)?(m|mtoks?|million|mil|mn|k|thousand)(?![a-z\\d])(?:\\s*(?:input\\s+|output\\s+)?tok(?:en)?s?\\b)?';
const IN = 'input|in|prompt';
const OUT = 'output|out|completion';

/** "$1 in / $5 out per M", "0.59 input, 0.79 output per million": two sides' prices, the unit written once. */
const SIDED_PAIR = new RegExp(
  `(?<![\\w.,$])(?:${ATOM})\\s*(${IN}|${OUT})\\s*(?:\\/|,|&|\\band\\b|;)\\s*(?:${ATOM})\\s*(${IN}|${OUT})\\b${PER_TOKENS}`,
  'dg',
);
/** "$2.50 in / $10 out" with no unit of its own, in a question that names its unit elsewhere ("blended $/M"). */
const SIDED_BARE = new RegExp(
  `(?<![\\w.,$])(?:${ATOM})\\s*(${IN}|${OUT})\\s*(?:\\/|,|&|\\band\\b|;)\\s*(?:${ATOM})\\s*(${IN}|${OUT})\\b(?!\\s*(?:\\/|per\\b|a\\b))`,
  'dg',
);
/** The one token unit a question names apart from its numbers: "$/M", "per million tokens", "$/1k". */
const UNIT_NAMED = /(?:\$|usd)\s*\/\s*(?:1\s?)?(m|mtok|k)\b|\bper (?:1\s?)?(million|thousand|m|k) tokens?\b/;
/** "0.15/0.60 per M in/out", "15c/60c per million": input then output (or as the sides after say), the unit once. */
const SLASH_PAIR = new RegExp(
  `(?<![\\w.,$/])(?:${ATOM})\\s*\\/\\s*(?:${ATOM})${PER_TOKENS}(?:\\s*(?:for\\s+)?(${IN}|${OUT})\\s*(?:\\/|,|and|&)\\s*(${IN}|${OUT})\\b)?`,
  'g',
);
/** "…, model B is 1/4": a second pair with no unit of its own, after a pair that wrote one; only after a word that
 * introduces a price, so "1/4 of the traffic" stays a fraction. */
const BARE_PAIR = new RegExp(
  `(?<=\\b(?:is|at|vs\\.?|versus|or|costs?|charges?|priced at)\\s*)(?:${ATOM})\\s*\\/\\s*(?:${ATOM})(?![\\w/]|\\.\\d|\\s*(?:\\/|per\\b|of\\b))`,
  'g',
);
/** One price per million written in cents, dollars' words or as a bare number: "15c/M", "2 bucks per million". */
const SINGLE = new RegExp(`(?<![\\w.,$/])(?:${ATOM})${PER_TOKENS}`, 'g');
/** The side named right after a price: "0.28/M in", "$3/M for output". */
const SIDE_AFTER = new RegExp(`^\\s*(?:for\\s+)?(${IN}|${OUT})\\b(?!\\s*(?:a|the|total|all)\\b)`);
/** …or right before it: "input 0.28/M", "output at 60c/M". */
const SIDE_BEFORE = new RegExp(`\\b(${IN}|${OUT})\\s*(?:tokens?\\s*)?(?:at|@|is|are|costs?|:|=)?\\s*$`);

/** "50M each way", "20k tokens both ways", "1B in each direction": the same volume on the input and output side. */
const EACH_WAY =
  /(?<![\w.,$])(\d[\d,]*(?:\.\d+)?)\s?(k|m|mm|mn|mil|b|bn|t|thousand|million|billion)?(?![a-z\d])\s*(?:tokens?\s*)?(each way|both ways|either way|(?:in )?each direction|in both directions|each side)\b/g;

/** "85/15 input/output", "60/40 in/out", "a 70/30 split of input to output": the share of each side. */
const SIDE_SPLIT = new RegExp(
  `(?<![\\w.,$/])(\\d+(?:\\.\\d+)?)\\s*\\/\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*(?:split\\s+)?(?:(?:of|between)\\s+)?(${IN}|${OUT})\\s*(?:\\/|:|to|and|-)\\s*(${IN}|${OUT})\\b`,
  'g',
);

/** "a team of 5", "our group of 12": the people counted. */
const TEAM_OF =
  /\b(?:team|group|squad|crew|staff|department|org) of (\d[\d,]*)\b(?=\s*(?:[,.;:)]|$|(?:each|who|that|with|using|burns?|uses?|runs?|sends?|spends?|at|costing|paid)\b))/g;

const sideOfWord = (w: string | undefined): 'input' | 'output' | undefined =>
  w === undefined ? undefined : new RegExp(`^(?:${IN})$`).test(w) ? 'input' : 'output';

/** Dollars in one written price, or undefined when the atom holds no money word, no "$" and no number. */
function dollars(groups: Array<string | undefined>): { value: number; bare: boolean } | undefined {
  const [sign, num, unit, word] = groups;
  if (word) return { value: word === 'quarter' ? 0.25 : 0.5, bare: false };
  if (num === undefined) return undefined;
  const n = Number(num);
  if (!Number.isFinite(n)) return undefined;
  const cents = unit !== undefined && /^(?:c|¢|cents?)$/.test(unit);
  return { value: cents ? n / 100 : n, bare: !sign && !unit };
}

/** Per one token, from the price per the written unit ("m", "k"). */
const perToken = (value: number, unit: string) => value / (/^(?:k|thousand)$/.test(unit) ? 1e3 : 1e6);

const overlaps = (used: Array<[number, number]>, a: number, b: number) => used.some(([x, y]) => a < y && b > x);

/** Reads the shapes above into `out`, marking their text in `used` so the one-pass reader leaves it. */
export function tokenPrices(text: string, s: string, out: Quantity[], used: Array<[number, number]>): void {
  const price = (at: number, end: number, value: number, side?: 'input' | 'output'): void => {
    out.push({
      value,
      dims: { usd: 1, token: -1 },
      raw: text.slice(at, end).trim(),
      at,
      ...(side ? { side } : {}),
    });
  };
  // "$2.50 in / $10 out per M", and "$2.50 in / $10 out" with the unit named elsewhere ("blended $/M"): a price per
  // side each, the unit written once.
  const sided = (m: RegExpExecArray | RegExpMatchArray, unit: string): void => {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const a = dollars(m.slice(1, 5));
    const b = dollars(m.slice(6, 10));
    const [sa, sb] = [sideOfWord(m[5]), sideOfWord(m[10])];
    if (!a || !b || sa === sb || overlaps(used, at, end)) return;
    // The second price starts at its own "$" or number, right after the separator.
    const bStart = Math.min(...[6, 7, 9].map((g) => m.indices?.[g]?.[0] ?? end));
    const aEnd = m.indices?.[5]?.[1] ?? bStart;
    price(at, aEnd, perToken(a.value, unit), sa);
    price(bStart, end, perToken(b.value, unit), sb);
    used.push([at, end]);
  };
  for (const m of s.matchAll(SIDED_PAIR)) sided(m, m[11]!);
  const named = UNIT_NAMED.exec(s);
  const namedUnit = named ? (named[1] ?? named[2])!.replace(/^mtok$/, 'm') : undefined;
  if (namedUnit) for (const m of s.matchAll(SIDED_BARE)) sided(m, /^(?:k|thousand)$/.test(namedUnit) ? 'k' : 'm');
  for (const m of s.matchAll(SLASH_PAIR)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const a = dollars(m.slice(1, 5));
    const b = dollars(m.slice(5, 9));
    if (!a || !b || overlaps(used, at, end)) continue;
    // "$3/$15 per million" is read by the shared-unit pass as it always was; only the shapes it cannot read are here.
    if (!a.bare && !b.bare && m[1] && m[5] && !m[3] && !m[7] && !m[10]) continue;
    const [sa, sb] = m[10] ? [sideOfWord(m[10]), sideOfWord(m[11])] : (['input', 'output'] as const);
    if (sa === sb) continue;
    const unit = m[9]!;
    const slash = at + m[0].indexOf('/');
    price(at, slash, perToken(a.value, unit), sa);
    price(slash + 1, end, perToken(b.value, unit), sb);
    used.push([at, end]);
  }
  // The unit of the pairs read, for a later pair written without one.
  const pairUnit = [...s.matchAll(SLASH_PAIR), ...s.matchAll(SIDED_PAIR)].find((m) =>
    used.some(([a]) => a === m.index),
  );
  if (pairUnit)
    for (const m of s.matchAll(BARE_PAIR)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      const a = dollars(m.slice(1, 5));
      const b = dollars(m.slice(5, 9));
      if (!a || !b || overlaps(used, at, end)) continue;
      const unit = new RegExp(PER_TOKENS).exec(pairUnit[0])?.[1] ?? 'm';
      const slash = at + m[0].indexOf('/');
      price(at, slash, perToken(a.value, unit), 'input');
      price(slash + 1, end, perToken(b.value, unit), 'output');
      used.push([at, end]);
    }
  for (const m of s.matchAll(SINGLE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const a = dollars(m.slice(1, 5));
    // "$0.30/M" is the reader's own; here only a price it would not read as money.
    if (!a || (m[1] && !m[3]) || overlaps(used, at, end)) continue;
    const side =
      sideOfWord(SIDE_AFTER.exec(s.slice(end, end + 20))?.[1]) ??
      sideOfWord(SIDE_BEFORE.exec(s.slice(Math.max(0, at - 24), at))?.[1]);
    price(at, end, perToken(a.value, m[5]!), side);
    used.push([at, end]);
  }
  for (const m of s.matchAll(EACH_WAY)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (overlaps(used, at, end)) continue;
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? (SUFFIX[m[2] === 'mil' ? 'm' : m[2]] ?? 1) : 1);
    if (!(value > 0)) continue;
    const written = text.slice(at, end).trim();
    // One amount on each side: the second starts one place later so each has its own position.
    out.push({ value, dims: { token: 1 }, raw: `${written} (input)`, at, side: 'input' });
    out.push({ value, dims: { token: 1 }, raw: `${written} (output)`, at: at + 1, side: 'output' });
    used.push([at, end]);
  }
  for (const m of s.matchAll(SIDE_SPLIT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const [x, y] = [Number(m[1]), Number(m[2])];
    const [sa, sb] = [sideOfWord(m[3]), sideOfWord(m[4])];
    if (!(x + y > 0) || sa === sb || overlaps(used, at, end)) continue;
    const slash = at + m[0].indexOf('/');
    const total = x + y;
    out.push({ value: (100 * x) / total, dims: { percent: 1 }, raw: `${m[1]}% ${m[3]}`, at, side: sa, apply: 'share' });
    out.push({
      value: (100 * y) / total,
      dims: { percent: 1 },
      raw: `${m[2]}% ${m[4]}`,
      at: slash + 1,
      side: sb,
      apply: 'share',
    });
    used.push([at, end]);
  }
  for (const m of s.matchAll(TEAM_OF)) {
    const at = (m.index ?? 0) + m[0].length - m[1]!.length;
    const end = (m.index ?? 0) + m[0].length;
    if (overlaps(used, at, end)) continue;
    const value = Number(m[1]!.replace(/,/g, ''));
    if (!(value > 0)) continue;
    out.push({ value, dims: { user: 1 }, raw: text.slice(m.index ?? 0, end).trim(), at, noun: 'person' });
    used.push([at, end]);
  }
}
