// Amounts of text turned into tokens by the user's own conversion rates: "450 GB of text at ~4 bytes per token",
// "12M words, 1,000 tokens is about 750 words", "2 TB (1 byte/char, ~4 chars per token)". Words, pages, characters
// and bytes all count things, so the solver's one count dimension would cancel a word against a page; here each
// unit keeps its name, and an amount is chained through the rates that lead from its unit to tokens.
import { SUFFIX } from '../calc.js';
import { formatCount } from '../format.js';
import type { Quantity } from './quantities.js';
import { HOURS, periodOf } from './quantity-words.js';

/** A unit text is counted in. */
type TextUnit = 'token' | 'byte' | 'char' | 'word' | 'page' | 'line';

/** The unit a word names ("chars" → char), or undefined for any other word. */
function textUnit(word: string): TextUnit | undefined {
  if (/^tok(?:en)?s?$/.test(word)) return 'token';
  if (/^bytes?$/.test(word)) return 'byte';
  if (/^(?:chars?|characters?)$/.test(word)) return 'char';
  if (/^words?$/.test(word)) return 'word';
  if (/^pages?$/.test(word)) return 'page';
  if (/^lines?$/.test(word)) return 'line';
  return undefined;
}

const UNIT = '(tokens?|toks?|bytes?|chars?|characters?|words?|pages?|lines?)\\b';
const NUM =
  '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s?(k|m|mn|b|bn|thousand|million|billion)?(?![a-z])';
const ABOUT = '(?:(?:~|≈|about|around|roughly|approx\\.?|approximately|some|typically|on average|usually)\\s*)?';
/** One of a unit named without a number: "a token", "each page", "the average word". */
const ONE = '(?:a|an|one|each|every|per|(?:the|an?) (?:average|typical))';
/** "4 bytes per token", "1 byte/char", "750 words per 1,000 tokens", "400 words a page", "4 chars to a token". */
const RATE = new RegExp(
  `${ABOUT}${NUM}\\s*${UNIT}\\s*(?:\\/|per\\b|an?\\b|each\\b|every\\b|for (?:each|every|one)\\b|to (?:a|an|one|the|each)\\b|in (?:a|an|one|each)\\b)\\s*(?:${NUM}\\s*)?${UNIT}`,
  'g',
);
/** Words saying two amounts are the same text: "is about", "≈", "equals", "makes", "has". */
const SAME = `\\s*(?:is|are|=|≈|~|≅|->|→|equals?|is equal to|makes?(?: up)?|comes? (?:out )?to|works? out (?:to|at)|is worth|has|have|holds?|contains?|averages?|runs?(?: to)?|means?|gives?|translates? (?:in)?to|is roughly|is about)\\s*,?\\s*${ABOUT}`;
/** "1,000 tokens is about 750 words", "a token is ~0.75 words", "each page has 400 words", "4 chars make a token". */
const SAME_AS = new RegExp(`(?:${ONE}\\s+|${ABOUT}${NUM}\\s*)${UNIT}${SAME}(?:${ONE}\\s+|${NUM}\\s*)${UNIT}`, 'g');
/** "a 90,000-word novel", "a 12-page report": a length written as a describing word. */
const SIZED = new RegExp(`(?<![\\w.$-])${NUM.replace('\\s?', '')}-(words?|pages?|chars?|characters?|lines?)\\b`, 'g');
/** Words before an amount of text that make it each one's: "averaging 12 pages", "each about 3k words". */
const EACH_BEFORE =
  /\b(?:averag(?:e|es|ing)(?: of)?|avg\.?|each(?: (?:of|with|has|having|is|are))?|every one|apiece)\s*(?:~|about|around|roughly)?\s*$/;
/** Words that make an amount of text the whole: "12M words in total", "totalling 3 TB". */
const TOTAL_NEAR = /\b(?:in total|total(?:ling|ing|s)?|altogether|combined|overall|all told)\b/;
/** "450 GB of text a month", "2 TB of logs per day": an amount of text each period, its period after what it is. */
const OF_TEXT_EACH = /^\s+of\s+(?:[a-z-]+\s+){1,2}?(?:a|an|per|each|every)\s+(day|week|month|year)\b/;

/** "1 Y is n X": how many of one unit the other is, where it was written. */
interface Link {
  from: TextUnit;
  to: TextUnit;
  /** How many `to` one `from` is. */
  ratio: number;
  /** The rate as a formula shows it going from `from` to `to` ("÷ 4 bytes per token"). */
  shown: string;
  at: number;
  end: number;
}

/** One side of a conversion: a number of a unit, as a formula shows it ("1,000 tokens", "1 token"). */
interface Side {
  n: number;
  unit: TextUnit;
  shown: string;
}

function sideOf(digits: string | undefined, scale: string | undefined, word: string): Side | undefined {
  const unit = textUnit(word);
  if (!unit) return undefined;
  const n = digits === undefined ? 1 : Number(digits.replace(/,/g, '')) * (scale ? SUFFIX[scale]! : 1);
  const written =
    digits === undefined ? '1' : `${digits}${scale ? (scale.length > 2 ? ` ${scale}` : scale.toUpperCase()) : ''}`;
  return { n, unit, shown: `${written} ${n === 1 ? unit : `${unit}s`}` };
}

/** The links the text writes between units of text, each usable both ways. */
function linksOf(text: string, s: string): Link[] {
  const links: Link[] = [];
  const add = (a: Side, b: Side, at: number, end: number, rate: boolean) => {
    if (a.unit === b.unit || !(a.n > 0) || !(b.n > 0) || links.some((l) => at < l.end && end > l.at)) return;
    const raw = text.slice(at, end).trim();
    // "4 bytes per token" divides going from bytes to tokens; "1,000 tokens ≈ 750 words" multiplies by one side
    // over the other.
    const [forward, back] =
      rate && b.n === 1 ? [`÷ ${raw}`, `× ${raw}`] : [`× (${b.shown} ÷ ${a.shown})`, `× (${a.shown} ÷ ${b.shown})`];
    links.push({ from: a.unit, to: b.unit, ratio: b.n / a.n, shown: forward, at, end });
    links.push({ from: b.unit, to: a.unit, ratio: a.n / b.n, shown: back, at, end });
  };
  for (const [pattern, rate] of [
    [SAME_AS, false],
    [RATE, true],
  ] as const) {
    for (const m of s.matchAll(pattern)) {
      const a = sideOf(m[1], m[2], m[3]!);
      const b = sideOf(m[4], m[5], m[6]!);
      const at = m.index ?? 0;
      // n X per m Y, n X is m Y: the same text counted two ways.
      if (a && b) add(a, b, at, at + m[0].length, rate);
    }
  }
  return links;
}

/** An amount of text the user gave, in a unit of text: bytes for "30GB", the noun for "12M words" or "a 500-page". */
function amountUnit(q: Quantity): { unit: TextUnit; scale: number; each?: boolean } | undefined {
  const dims = Object.entries(q.dims).filter(([d]) => d !== 'hour');
  if (q.dims.hour !== undefined && q.dims.hour !== -1) return undefined;
  if (dims.length === 1 && dims[0]![0] === 'gb' && dims[0]![1] === 1) return { unit: 'byte', scale: 1e9 };
  const unit = q.noun ? textUnit(q.noun) : undefined;
  if (!unit || unit === 'token') return undefined;
  if (dims.length === 1 && dims[0]![0] === 'item' && dims[0]![1] === 1) return { unit, scale: 1 };
  // "a 500-page book", "a document is 40 pages": the text of one of something else, its count left to the formula.
  if (!dims.length && q.dims.hour === undefined) return { unit, scale: 1, each: true };
  return undefined;
}

/** Anything counted in words, pages, characters or bytes ("12M words", "400 words a page"). */
function textAmount(q: Quantity): boolean {
  const unit = q.noun ? textUnit(q.noun) : undefined;
  return unit !== undefined && unit !== 'token';
}

/** The links leading from a unit to tokens, shortest first; undefined when none do. */
function pathToTokens(from: TextUnit, links: Link[]): Link[] | undefined {
  const seen = new Set<TextUnit>([from]);
  let paths: Link[][] = [[]];
  for (let depth = 0; depth < 4 && paths.length; depth++) {
    const next: Link[][] = [];
    for (const path of paths) {
      const here = path.at(-1)?.to ?? from;
      for (const l of links.filter((x) => x.from === here && !seen.has(x.to))) {
        if (l.to === 'token') return [...path, l];
        seen.add(l.to);
        next.push([...path, l]);
      }
    }
    paths = next;
  }
  return undefined;
}

/**
 * Reads the conversions the question writes between units of text and turns each amount of text into tokens by them:
 * the amount and the rates it used become one token amount whose text shows the chain ("(450 GB ÷ 4 bytes per token =
 * 112.5B tokens)"). A conversion written but not used, or an amount of text no chain reaches, marks what is left
 * unconverted, so no formula is worked around it.
 */
export function textToTokens(text: string, s: string, out: Quantity[]): void {
  const links = linksOf(text, s);
  if (!links.length) {
    // "12M words at $3/M tokens": words priced by the token with no rate between them.
    // "500 pages a day at 2k tokens each": tokens per page convert them already.
    if (out.some((q) => q.dims.token !== undefined) && !out.some((q) => q.dims.token && q.dims.item))
      for (const [i, q] of out.entries()) if (textAmount(q)) out[i] = { ...q, unconverted: true };
    return;
  }
  const inLink = (q: Quantity) => links.some((l) => q.at < l.end && q.at + q.raw.length > l.at);
  // "a 90,000-word novel": the text of one thing, described by its length.
  for (const m of s.matchAll(SIZED)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (out.some((q) => at < q.at + q.raw.length && end > q.at) || links.some((l) => at < l.end && end > l.at))
      continue;
    out.push({ value: sideOf(m[1], m[2], m[3]!)!.n, dims: {}, raw: text.slice(at, end), at, noun: m[3]! });
  }
  // "50,000 PDFs averaging 12 pages": text of each of the things counted; "5,000 documents … 12M words" may be either.
  const others = out.filter((o) => o.dims.item === 1 && !(o.noun && textUnit(o.noun)));
  const amounts = out.filter((q) => !inLink(q) && amountUnit(q));
  const usedLinks = new Set<number>();
  const converted = new Map<Quantity, Quantity>();
  for (const q of amounts) {
    const { unit, scale, each: ofOne } = amountUnit(q)!;
    // "5,000 documents" counted beside "40 pages" each: tokens per document, which the count multiplies.
    const averaged = !ofOne && others.length > 0 && EACH_BEFORE.test(s.slice(Math.max(0, q.at - 30), q.at));
    // A total of text beside a count of something else, not said to be each one's: which it is, the words do not say.
    if (!ofOne && !averaged && others.length && !TOTAL_NEAR.test(s)) continue;
    const perThing = (ofOne || averaged) && others.length > 0;
    const path = pathToTokens(unit, links);
    if (!path) continue;
    for (const l of path) usedLinks.add(l.at);
    let value = q.value * scale;
    for (const l of path) value *= l.ratio;
    // "450 GB of text a month": the period follows what the amount is of.
    const each = q.dims.hour === -1 ? null : OF_TEXT_EACH.exec(s.slice(q.at + q.raw.length, q.at + q.raw.length + 40));
    const per = q.dims.hour === -1 ? (q.per ?? 'month') : each ? periodOf(each[1]!) : undefined;
    if (each && per) value /= HOURS[per]!;
    const shown = `${per ? `${formatCount(value * HOURS[per]!)} tokens a ${per}` : `${formatCount(value)} tokens`}${perThing ? ' each' : ''}`;
    converted.set(q, {
      value,
      dims: { token: 1, ...(per ? { hour: -1 } : {}), ...(perThing ? { item: -1 } : {}) },
      raw: q.raw,
      at: q.at,
      shown: `(${q.raw} ${path.map((l) => l.shown).join(' ')} = ${shown})`,
      covers: path.map((l) => [l.at, l.end] as [number, number]),
      ...(per ? { per } : {}),
    });
  }
  const unusedLink = links.some((l) => !usedLinks.has(l.at));
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i]!;
    const done = converted.get(q);
    if (done) out[i] = unusedLink ? { ...done, unconverted: true } : done;
    else if (inLink(q)) out.splice(i, 1);
    else if (amountUnit(q) || textAmount(q)) out[i] = { ...q, unconverted: true };
  }
  // A link no quantity was read in still holds numbers: one of them stands for it, so a formula cannot pass it over.
  if (unusedLink) {
    const first = links.find((l) => !usedLinks.has(l.at)) ?? links[0]!;
    out.push({ value: 1, dims: {}, raw: text.slice(first.at, first.end), at: first.at, unconverted: true });
  }
}

/** "how many tokens is 2 GB of text at 4 bytes per token?": one amount of text, asked in the tokens it converts to. */
export function isConvertedAsked(quantities: Quantity[], target?: { dims: Quantity['dims'] }): boolean {
  const [only] = quantities;
  return (
    quantities.length === 1 &&
    only?.covers !== undefined &&
    target !== undefined &&
    Object.keys(target.dims).length === Object.keys(only.dims).length &&
    Object.entries(target.dims).every(([d, e]) => only.dims[d as keyof Quantity['dims']] === e)
  );
}
