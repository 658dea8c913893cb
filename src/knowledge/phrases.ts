// Which of many phrases a question holds as whole words, in one pass over its words instead of one substring search
// of the whole question per phrase (a data set's metric keywords, its source names).

/** Phrase keys (phraseKey output) indexed by their first word. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, Array<{ n: number; parts: string[] }>>();
  /** Phrases with an empty word (never from ordinary text), checked the slow way. */
  private readonly odd: Array<{ n: number; padded: string }> = [];

  constructor(keys: string[]) {
    keys.forEach((key, n) => {
      const parts = key.split(' ');
      if (parts.some((p) => !p)) {
        this.odd.push({ n, padded: ` ${key} ` });
        return;
      }
      const list = this.byFirst.get(parts[0]!);
      if (list) list.push({ n, parts });
      else this.byFirst.set(parts[0]!, [{ n, parts }]);
    });
  }

  /** The positions (in the constructor's list) of the phrases found in a question's phrase key: the same answer as
   * ` ${question} `.includes(` ${phrase} `) for each phrase. */
  found(question: string): Set<number> {
    const out = new Set<number>();
    const words = question.split(' ');
    for (let i = 0; i < words.length; i++)
      for (const { n, parts } of this.byFirst.get(words[i]!) ?? [])
        if (!out.has(n) && i + parts.length <= words.length && parts.every((p, j) => words[i + j] === p)) out.add(n);
    if (this.odd.length) {
      const padded = ` ${question} `;
      for (const { n, padded: p } of this.odd) if (padded.includes(p)) out.add(n);
    }
    return out;
  }
}
