// How well a model or chip fits the words of a description ("the quant fund's reasoning model", "tsinghua's 130B
// bilingual model"): the one word scorer both readers of descriptions use, the articles' (described-names.ts) and the
// data sets' (datasets/described.ts). Each reader finds the description's owner, size and year its own way; a word
// that is left is weighed against a thing here.
import { stem } from '../knowledge/index.js';
import { words } from '../knowledge/normalize.js';
import type { Entity } from '../knowledge/schema.js';

/** Ordinal words in order: "second-gen" is generation 2. */
/** An indefinite article or the user's own before a size, perhaps past a word or two ("a 70B", "any 13 billion",
 * "a small 7b", "our own 13B"): any model of that size, not one the knowledge happens to hold ("the 175B model" is
 * one). Tested against the text before the size. */
export const ANY_SIZE_BEFORE = /\b(a|an|any|our|my|your|their)(\s+[a-z-]+){0,2}\s+$/i;

export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The number an ordinal names ("second" → 2, "3rd" → 3), or undefined. */
export function ordinalNumber(w: string): number | undefined {
  const at = ORDINALS.indexOf(w);
  if (at >= 0) return at + 1;
  return /^\d+(st|nd|rd|th)$/.test(w) ? Number.parseInt(w, 10) : undefined;
}

const nameCache = new WeakMap<Entity, string[]>();
const bagCache = new WeakMap<Entity, Set<string>>();

/** The words of a thing's name and aliases, as typed tokens. */
export function nameWords(e: Entity): string[] {
  let out = nameCache.get(e);
  if (!out) {
    out = [...new Set([e.name, ...e.aliases].flatMap(words))];
    nameCache.set(e, out);
  }
  return out;
}

/** Every word that describes a thing, stemmed: name, aliases, cues and its one-line description. */
function describingWords(e: Entity): Set<string> {
  let out = bagCache.get(e);
  if (!out) {
    out = new Set([e.name, ...e.aliases, ...e.cues, e.description].flatMap(words).map(stem));
    bagCache.set(e, out);
  }
  return out;
}

/** Points one description word earns a thing: 2 for a word of its name or aliases, 1 for the start of one (four
 * letters or more) or, unless `nameOnly`, a word of its cues or description (stemmed, "budgets" → "budget"); 0 when
 * it says nothing of the thing. `nameOnly` still lets a stemmed word match a name word ("ultras" → Ultra). */
export function wordFit(e: Entity, w: string, nameOnly = false): number {
  const own = nameWords(e);
  if (own.includes(w)) return 2;
  const s = stem(w);
  if (nameOnly) return own.includes(s) ? 2 : 0;
  if (w.length >= 4 && own.some((x) => x.startsWith(w))) return 1;
  return describingWords(e).has(s) ? 1 : 0;
}

/** Most words whose fits `wordFits` keeps; cleared when full (question words are unbounded). */
const MAX_FIT_WORDS = 4096;

/** `wordFit` of every one of `things` at once, per word: the things a word earns points from, with those points (none
 * listed earn 0). A description's words are weighed against every model, so the things' name words and describing
 * words are indexed once, on first need, and each word's fits are kept, since words recur across questions. */
export function wordFits(things: readonly Entity[]): (w: string) => ReadonlyMap<Entity, number> {
  let index: { names: Map<string, Entity[]>; bags: Map<string, Entity[]> } | undefined;
  const build = () => {
    const names = new Map<string, Entity[]>();
    const bags = new Map<string, Entity[]>();
    const add = (map: Map<string, Entity[]>, key: string, e: Entity) => {
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    };
    for (const e of things) {
      for (const w of nameWords(e)) add(names, w, e);
      for (const s of describingWords(e)) add(bags, s, e);
    }
    return { names, bags };
  };
  const memo = new Map<string, Map<Entity, number>>();
  return (w) => {
    let fits = memo.get(w);
    if (fits) return fits;
    index ??= build();
    fits = new Map();
    // As wordFit: 2 for a word of the name, else 1 for the start of a name word (four letters or more) or a
    // describing word by its stem.
    for (const e of index.bags.get(stem(w)) ?? []) fits.set(e, 1);
    if (w.length >= 4) for (const [k, list] of index.names) if (k.startsWith(w)) for (const e of list) fits.set(e, 1);
    for (const e of index.names.get(w) ?? []) fits.set(e, 2);
    if (memo.size >= MAX_FIT_WORDS) memo.clear();
    memo.set(w, fits);
    return fits;
  };
}
