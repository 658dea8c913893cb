// A product line named by a word inside its models' names ("haiku" of Claude 3 Haiku and Claude Haiku 4.5, "opus",
// "flash"), or by a name's first letters and "series" ("o-series": o1, o3, o4-mini): asked alone for a price, it is
// a family to ask about, not an ordinary word to search the articles for. Words are indexed once, on first need.
import { modelKey } from '../../import/names.js';
import { nameKey, phraseKey, STOPWORDS } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';

/** Words a price question wraps around the line's name ("what's the api price per 1M tokens of …"). */
const PRICE_FILLER =
  /^(price|prices|pricing|priced|cost|costs|api|token|tokens|million|m|mtok|1m|input|output|rate|rates|list|current|latest|charge|charges|usd|dollars?|\d+)$/;

/** Words that make the word before them a line of models ("o-series", "the haiku family"). */
const SERIES_WORD = /^(series|family|line|lineup|range)$/;

/** Most models read per word: a word past this is too common to name a line. */
const MAX_PER_WORD = 400;

/** Share of the models with a known maker that one maker must hold for a word to name its line: "haiku", "flash" are
 * a maker's lines; "thinking", "vision", "coder" are kinds of model many makers sell. */
const ONE_MAKER_SHARE = 0.9;

/** Whether nearly every model with a known maker comes from one maker. */
function oneMakers(models: Entity[]): boolean {
  const count = new Map<string, number>();
  for (const e of models) {
    const org = e.kind === 'models' ? e.org : undefined;
    if (org) count.set(org, (count.get(org) ?? 0) + 1);
  }
  const known = [...count.values()].reduce((a, b) => a + b, 0);
  return known > 0 && Math.max(...count.values()) >= known * ONE_MAKER_SHARE;
}

/** Builds `lineNamed(text)` over the models `priced` keeps. */
export function createLineWords(models: Entity[], priced: (e: Entity) => boolean) {
  let inside: Map<string, Entity[]> | undefined;
  let first: Map<string, Entity[]> | undefined;

  function build(): void {
    inside = new Map();
    first = new Map();
    for (const e of models) {
      if (!priced(e)) continue;
      const words = nameKey(e).split(' ');
      words.forEach((w, k) => {
        // A word after a version ("3 haiku") or a name ("claude haiku"): a tier or line word; a first word followed by
        // a number ("o 3") starts a line of coded names.
        const at = k > 0 ? inside! : /^\d/.test(words[1] ?? '') ? first! : undefined;
        if (!at || /\d/.test(w)) return;
        const list = at.get(w) ?? [];
        if (list.length <= MAX_PER_WORD && !list.includes(e)) list.push(e);
        at.set(w, list);
      });
    }
  }

  /** The line a price question names by one word alone, with its priced models; undefined unless every other word
   * is a price word or a little word, and two or more different models carry it. */
  function lineNamed(text: string): { typed: string; members: Entity[] } | undefined {
    const words = phraseKey(text).split(' ').filter(Boolean);
    const series = words.find((w) => SERIES_WORD.test(w));
    const rest = words.filter((w) => !STOPWORDS.has(w) && !PRICE_FILLER.test(w) && !SERIES_WORD.test(w));
    if (rest.length !== 1) return undefined;
    const word = rest[0]!;
    if (!inside) build();
    // A line of coded names ("o-series") is named with its series word; a word inside names needs four letters or more
    // ("pro", "4o" read "4 o" are too slight to name a line).
    const list = (series ? first!.get(word) : undefined) ?? (word.length >= 4 ? inside!.get(word) : undefined);
    if (!list || list.length > MAX_PER_WORD) return undefined;
    if (new Set(list.map((e) => modelKey(e.name))).size < 2 || !oneMakers(list)) return undefined;
    const typed = !series ? word : word.length === 1 ? `${word}-${series}` : `${word} ${series}`;
    return { typed, members: list };
  }

  return { lineNamed };
}
