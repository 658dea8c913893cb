// Matches the cue vocabulary of knowledge/cues.yaml against a question's words. Phrases are compiled once;
// matching walks the words once per phrase start, so its cost is linear in the question's length.
import type { CueEntry } from './schema.js';

/** Most alternatives one phrase may expand to; a typo in the data must not explode the table. */
const MAX_EXPANSIONS = 200;

/** "8xH100", "4xa100s": a count glued by an "x" to a chip code, read as the count, "x" and the code (as the tokenizer
 * does). */
const COUNT_X = /(\d)x(?=[a-z]{1,2}\d)/g;
/** Text with a count glued to a chip code by an "x" spaced out: "8xh100 node" → "8 x h100 node". */
export const spaceCountX = (text: string): string => text.replace(COUNT_X, '$1 x ');

/** The words cue phrases are compared with: lower case, apostrophes dropped ("what's" → whats), "×" kept. */
export function cueWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(COUNT_X, '$1 x ')
      .match(/[a-z0-9\u00c0-\u024f]+|×/g) ?? []
  );
}

/** "how (do|does) (they|it)" → every spelled-out alternative. */
export function expandPhrase(phrase: string): string[] {
  let out = [''];
  for (const part of phrase.split(/(\([^)]*\))/)) {
    const options = part.startsWith('(') ? part.slice(1, -1).split('|') : [part];
    out = out.flatMap((o) => options.map((x) => `${o}${x}`)).slice(0, MAX_EXPANSIONS);
  }
  return out.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A cue's phrases as one pattern over lower-cased text, for code that reads them beside a structure ("price of" then
 * a count): whole words, longest first, a space also matching a hyphen ("fully-loaded"), "…" any words between. Opens
 * on a word boundary and is left open at the end for the caller's structure; undefined when there are no phrases. */
export function phrasePattern(phrases: string[]): string | undefined {
  const alternatives = phrases
    .flatMap(expandPhrase)
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split('…')
        .map((run) =>
          run
            .trim()
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\s+/g, '[\\s-]+'),
        )
        .join('\\b.*\\b'),
    );
  return alternatives.length ? `\\b(?:${alternatives.join('|')})` : undefined;
}

/** A cue's phrases as a pattern of whole words ("cheapest … version"), or undefined when the knowledge lacks the cue. */
export function cuePattern(cues: ReadonlyMap<string, CueEntry>, id: string, flags = ''): RegExp | undefined {
  const compile = () => {
    const source = phrasePattern(cues.get(id)?.phrases ?? []);
    return source ? new RegExp(`${source}\\b`, flags) : undefined;
  };
  // A global or sticky pattern keeps its place between uses: each caller gets its own.
  if (/[gy]/.test(flags)) return compile();
  // Others are compiled once per knowledge: some are asked for on every question.
  let byId = CUE_PATTERNS.get(cues);
  if (!byId) {
    byId = new Map();
    CUE_PATTERNS.set(cues, byId);
  }
  const key = `${flags} ${id}`;
  let pattern = byId.get(key);
  if (pattern === undefined) {
    pattern = compile() ?? null;
    byId.set(key, pattern);
  }
  return pattern ?? undefined;
}

/** Compiled cue patterns without a global or sticky flag, per cue table and flags and cue. */
const CUE_PATTERNS = new WeakMap<ReadonlyMap<string, CueEntry>, Map<string, RegExp | null>>();

interface Compiled {
  id: string;
  /** Word runs that must appear in this order; more than one when the phrase has "…". */
  runs: string[][];
  /** Place in the table: phrases are tried in this order. */
  n: number;
}

/** The phrases starting with one word: those whose first run is that word alone, and the others by their second word,
 * each in table order. */
interface FirstWord {
  alone: Compiled[];
  bySecond: Map<string, Compiled[]>;
}

/** Longest message read as a string of small-talk phrases, and the longest such phrase, in words. */
const MAX_MADE_OF_WORDS = 12;
const MAX_PHRASE_WORDS = 5;

/** The compiled cue table. */
export class CueMatcher {
  private readonly byFirst = new Map<string, FirstWord>();
  private readonly wholes = new Map<string, Set<string>>();
  private size = 0;

  constructor(cues: Iterable<CueEntry>) {
    for (const cue of cues)
      for (const phrase of cue.phrases.flatMap(expandPhrase)) {
        const runs = phrase.split('…').map((r) => cueWords(r));
        if (!runs.length || runs.some((r) => !r.length)) continue;
        if (cue.whole) {
          const key = runs.flat().join(' ');
          if (!this.wholes.has(key)) this.wholes.set(key, new Set());
          this.wholes.get(key)!.add(cue.id);
          continue;
        }
        const [first, second] = runs[0]! as [string, string | undefined];
        let of = this.byFirst.get(first);
        if (!of) {
          of = { alone: [], bySecond: new Map() };
          this.byFirst.set(first, of);
        }
        const compiled = { id: cue.id, runs, n: this.size++ };
        if (second === undefined) of.alone.push(compiled);
        else {
          const list = of.bySecond.get(second);
          if (list) list.push(compiled);
          else of.bySecond.set(second, [compiled]);
        }
      }
  }

  /** Which of the `whole` cues `ids` the words are made of, phrase after phrase ("lol ok", "ok thanks", "got it
   * cheers"): the first of `ids` any of those phrases belongs to, or undefined when some words fit none. */
  madeOf(words: readonly string[], ids: readonly string[]): string | undefined {
    if (!words.length || words.length > MAX_MADE_OF_WORDS) return undefined;
    // reach[i]: the first i words split into whole phrases of these cues; used collects the cues met on the way.
    const reach = words.map(() => false).concat(false);
    reach[0] = true;
    const used = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      if (!reach[i]) continue;
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= words.length; n++) {
        const of = this.wholes.get(words.slice(i, i + n).join(' '));
        const hit = of && ids.filter((id) => of.has(id));
        if (!hit?.length) continue;
        reach[i + n] = true;
        for (const id of hit) used.add(id);
      }
    }
    return reach[words.length] ? ids.find((id) => used.has(id)) : undefined;
  }

  /** Every cue the words contain (or, for `whole` cues, are), with the words that matched it first. */
  match(words: readonly string[]): Map<string, string> {
    const found = new Map<string, string>();
    // A gapped phrase that failed from its earliest start fails from every later one: try each once.
    const tried = new Set<Compiled>();
    for (const id of this.wholes.get(words.join(' ')) ?? []) found.set(id, words.join(' '));
    const at = (i: number, c: Compiled) => {
      // Most phrases sharing a first word fail on their next word: compared before the cue is looked up.
      if (!runAt(words, c.runs[0]!, i) || found.has(c.id) || tried.has(c)) return;
      if (c.runs.length > 1) tried.add(c);
      let end = i + c.runs[0]!.length;
      for (let r = 1; r < c.runs.length && end >= 0; r++) end = findRun(words, c.runs[r]!, end);
      if (end >= 0) found.set(c.id, words.slice(i, end).join(' '));
    };
    for (let i = 0; i < words.length; i++) {
      const of = this.byFirst.get(words[i]!);
      if (!of) continue;
      // Only phrases whose second word follows can match beyond one word ("how" starts hundreds): both lists are
      // walked together in table order, as one list of every phrase starting with the word would be.
      const alone = of.alone;
      const paired = (i + 1 < words.length && of.bySecond.get(words[i + 1]!)) || NONE;
      let a = 0;
      let b = 0;
      while (a < alone.length || b < paired.length) {
        if (b >= paired.length || (a < alone.length && alone[a]!.n < paired[b]!.n)) at(i, alone[a++]!);
        else at(i, paired[b++]!);
      }
    }
    return found;
  }
}

const NONE: readonly Compiled[] = [];

function runAt(words: readonly string[], run: string[], i: number): boolean {
  for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) return false;
  return true;
}

/** The position after the first occurrence of `run` at or after `from`, or -1. */
function findRun(words: readonly string[], run: string[], from: number): number {
  for (let i = from; i + run.length <= words.length; i++) if (runAt(words, run, i)) return i + run.length;
  return -1;
}
