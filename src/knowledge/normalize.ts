// Turning text into comparable tokens. Names and questions go through the same steps, so "GPT-4",
// "gpt4" and "gpt 4" all become `gpt 4`, and "Llama3.1" becomes `llama 3.1`.

import { RecentMemo } from './recent.js';

/** This module's URL: structures cached from tokenised text are rebuilt when the tokeniser changes. */
export const NORMALIZE_MODULE = import.meta.url;

/** One token and whether it was glued to the next one in the original ("gpt4o" → gpt·4·o). */
export interface Token {
  t: string;
  gluedNext: boolean;
  /** Offsets of the token in the lower-cased, unified text (same length as the input). */
  start: number;
  end: number;
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES = /[\u2018\u2019\u201b\u2032`´]/g;
const UNIFIED = /[\u2010-\u2015\u2212\u2018\u2019\u201b\u2032`´']/;

/** A word that is one token: letters only, or a number (with its dotted parts). */
const SINGLE_PART = /^(?:[a-z\u00c0-\u024f]+|[0-9]+(?:\.[0-9]+)*)$/;

/** Negative contractions whose stem is not the word minus its "n" ("can't", "won't", "ain't", "shan't"). */
const NOT_STEMS: Record<string, string> = { can: 'can', won: 'will', ain: 'is', shan: 'shall' };
/** Negative contractions typed without the apostrophe that are not English words themselves ("isnt", "doesnt"). */
const BARE_NOT = /^(is|are|was|were|does|do|did|ca|wo|would|should|could|has|have|had|must|need)nt$/;

/** A negative contraction's two words ("isn't", "isnt" → is not), each spanning its part of the original, so no
 * half of it reads as a name ("isn"). Other contractions ("we'll") keep their parts: the base word is real. */
function expandNegation(word: string, start: number, apostrophe: boolean): Token[] {
  const bare = apostrophe ? undefined : BARE_NOT.exec(word)![1]!;
  const base = bare ?? word.slice(0, -1);
  const stem = NOT_STEMS[`${base}n`] ?? (bare || base);
  const end = start + word.length + (apostrophe ? 2 : 0);
  return [
    { t: stem, gluedNext: false, start, end: start + base.length },
    { t: 'not', gluedNext: false, start: start + base.length, end },
  ];
}

/** Lower-cases, unifies dashes and quotes, drops possessives, expands negative contractions, splits letter↔digit
 * boundaries. */
export function tokenize(text: string): Token[] {
  return RECENT_TOKENS.get(text);
}

/** Recently tokenised texts: one question is tokenised by the resolver, the data-set name index, the description
 * reader and the phrase keys, and the knowledge's cue phrases and names are tokenised on every question that
 * reaches them. Callers only read the tokens. Bounded. */
const RECENT_TOKENS: RecentMemo<Token[]> = new RecentMemo<Token[]>(512, (text): Token[] => {
  // Tokens are read from the lower-cased text: a question and its lower-cased form (both are read) share them.
  const lower = text.toLowerCase();
  return lower === text ? tokenizeOnce(text) : RECENT_TOKENS.get(lower);
});

function tokenizeOnce(text: string): Token[] {
  const lower = text.toLowerCase();
  // Names rarely hold a dash, quote or apostrophe to unify; skip the four rewrites when there is none.
  const s = !UNIFIED.test(lower)
    ? lower
    : lower
        .replace(DASHES, '-')
        .replace(QUOTES, "'")
        .replace(/(\w)'s\b/g, '$1  ')
        .replace(/s'(?=\s|$)/g, 's ');
  const out: Token[] = [];
  // Words: letters, digits, with inner dots between digits (3.1, 5.6) kept together.
  // A bare "%" ("what % of the cost") is the word "percent"; one after a number ("40%") belongs to the amount.
  for (const m of s.matchAll(/[a-z0-9\u00c0-\u024f]+(?:\.[0-9]+)*((?<=n)'t\b)?|(?<![0-9]\s?)%/g)) {
    if (m[0] === '%') {
      const start = m.index ?? 0;
      out.push({ t: 'percent', gluedNext: false, start, end: start + 1 });
      continue;
    }
    if (m[1] || BARE_NOT.test(m[0])) {
      out.push(...expandNegation(m[1] ? m[0].slice(0, -2) : m[0], m.index ?? 0, Boolean(m[1])));
      continue;
    }
    // Most words are all letters or all digits: one token, no split (the loader tokenises every alias).
    if (SINGLE_PART.test(m[0])) {
      const start = m.index ?? 0;
      out.push({ t: m[0], gluedNext: false, start, end: start + m[0].length });
      continue;
    }
    // Only letter↔digit splits inside one word count as glue; a dash or space between words does not.
    const parts = [...m[0].matchAll(/[0-9]+(?:\.[0-9]+)*|[a-z\u00c0-\u024f]+/g)];
    // A plural "s" after a number ("GPT-3s", "H100s") is not part of the name.
    if (parts.length >= 2 && parts[parts.length - 1]![0] === 's' && /^\d/.test(parts[parts.length - 2]![0]))
      parts.pop();
    // "8xH100", "4xA100s": a count glued by an "x" to a chip code is the count, "x" and the code ("8", "x", "h", "100").
    const pieces = parts.flatMap((p, i): Array<[string, number]> => {
      const at = p.index ?? 0;
      return i > 0 && /^x[a-z]{1,2}$/.test(p[0]) && /^\d/.test(parts[i - 1]![0]) && /^\d/.test(parts[i + 1]?.[0] ?? '')
        ? [
            ['x', at],
            [p[0].slice(1), at + 1],
          ]
        : [[p[0], at]];
    });
    pieces.forEach(([t, at], i) => {
      const start = (m.index ?? 0) + at;
      out.push({ t, gluedNext: i < pieces.length - 1, start, end: start + t.length });
    });
  }
  return out;
}

/** Tokens as plain strings. */
export function words(text: string): string[] {
  return tokenize(text).map((x) => x.t);
}

/** Recent phrase keys: one question's text is keyed by many stages (sources, metrics, providers, each intent row),
 * so it is tokenised once; the knowledge's names and phrases are keyed on every question. Bounded. */
const PHRASE_KEYS = new RecentMemo<string>(2048, (text) => words(text).join(' '));

/** The canonical key of a phrase: its tokens joined by single spaces. */
export function phraseKey(text: string): string {
  return PHRASE_KEYS.get(text);
}

const NAME_KEYS = new WeakMap<object, string>();
/** The phrase key of an entity's name, worked out once per entity: per-question scans compare thousands of names. */
export function nameKey(e: { name: string }): string {
  let key = NAME_KEYS.get(e);
  if (key === undefined) {
    key = phraseKey(e.name);
    NAME_KEYS.set(e, key);
  }
  return key;
}

/** Words too common to tell entities or facts apart. */
export const STOPWORDS = new Set(
  `a an the and or of to in on for by with at from as is are was were be been being it its this that these those
  what whats which who whom whose how much many does did do done doing has have had having i me my we our you your
  they them their he she his her there here about into than then so such can could would should will shall may might
  must just also too very really vs versus v per each any all some more most less least over under between after before
  up down out off again once only own same other both few nor not no yes if when where why while tell show give me please
  like get got gets one ones thing things stuff kind sort lot lots bit rn tbh btw pls plz fr lol ok okay hey hi hello yo
  guys anyone someone know say said says mean means actually truly really even still ever`
    .split(/\s+/)
    .filter(Boolean),
);

/** A cue's words: tokens that are not stopwords, except that a stopword glued to the token after it ("a100", "v100")
 * is one word with it, so a chip code is never read as the bare number ("100 models" is no "A100 model"). */
export function cueWords(text: string): string[] {
  return gluedTerms(
    tokenize(text).map((t) => t.t),
    tokenize(text),
  );
}

/** `ws` (one per token) without stopwords, a stopword glued to the next token joined to it instead. */
export function gluedTerms(ws: readonly string[], toks: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!STOPWORDS.has(w)) out.push(w);
    else if (toks[i]?.gluedNext && ws[i + 1] !== undefined) out.push(`${w}${ws[++i]!}`);
  }
  return out;
}

/** Content words of a text: tokens that are not stopwords. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w));
}

/** Edit distance counting an adjacent swap as one edit ("teh" → "the"), with an early exit above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (max < 0) return 1;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
