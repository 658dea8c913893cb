// A misspelt word that asks for an attribute ("kimi k2.5 lisence?", "h200 memory and bandwith?") is read as the word
// it misspells, so the data sets' rules see the question the user meant. Only words outside English and outside every
// name are corrected, and only towards the vocabulary of data-set attributes: the data metrics' labels and keywords
// and the cue `data-ask-words` (knowledge/cues.yaml).
import type { Knowledge } from '../../knowledge/load.js';
import { isEnglish } from '../../knowledge/wordlists.js';

/** Shortest word worth correcting: shorter ones have too many near neighbours. */
const MIN_CHARS = 5;

/** Optimal-string-alignment distance (a swap of two neighbours counts one), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return Math.min(rows[a.length]![b.length]!, max + 1);
}

/** The attribute words of the data sets, from the knowledge. */
export function askVocabulary(kb: Knowledge): Set<string> {
  const phrases = [
    ...[...kb.metrics.values()].filter((m) => m.data).flatMap((m) => [m.label, ...m.keywords]),
    ...(kb.cues.get('data-ask-words')?.phrases ?? []),
  ];
  const words = phrases.flatMap((p) => p.toLowerCase().match(/[a-z]+/g) ?? []);
  return new Set(words.filter((w) => w.length >= MIN_CHARS));
}

/** British and American spellings of one word ("licence", "license") are one word. */
const spelling = (w: string) => w.replace(/s/g, 'c');

/** The text with each misspelt attribute word replaced by the one word it misspells; unchanged when there is none.
 * `isName` tells words of known names, which are never corrected. */
export function correctAskWords(text: string, vocabulary: Set<string>, isName: (w: string) => boolean): string {
  return text.replace(/[A-Za-z]{5,}/g, (typed) => {
    const w = typed.toLowerCase();
    if (vocabulary.has(w) || isName(w) || isEnglish(w)) return typed;
    // One edit for short words, two from seven letters ("lisence" → "license").
    const max = w.length >= 7 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = max + 1;
    let tie = false;
    for (const v of vocabulary) {
      if (v[0] !== w[0] && v[1] !== w[1]) continue;
      const d = editDistance(w, v, max);
      if (d < bestDistance) {
        best = v;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance && best && spelling(v) !== spelling(best)) tie = true;
    }
    return best && !tie ? best : typed;
  });
}
