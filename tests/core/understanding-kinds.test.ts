// Kinds of misunderstanding, each met with phrasings of its own: a contraction read as a name, a metric the
// subject lacks answered with its other figures, a description resolved to its neighbour.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tokenize } from '../../src/knowledge/normalize.js';

const engine = createEngine(loadKnowledge());
const textOf = (text: string) => renderPlainText(engine.answer({ text, surface: 'terminal' }));

describe('contractions', () => {
  it('GIVEN “isn’t”, “won’t” or “doesnt” THEN each reads as its two words, so no half of it is a name', () => {
    const words = (s: string) => tokenize(s).map((t) => t.t);
    expect(words("why isn't it open")).toEqual(['why', 'is', 'not', 'it', 'open']);
    expect(words('it won’t, can’t')).toEqual(['it', 'will', 'not', 'can', 'not']);
    expect(words('doesnt cant')).toEqual(['does', 'not', 'can', 'not']);
  });

  it('GIVEN a question with a negative contraction THEN it is never declined as an unknown name', () => {
    for (const q of [
      "isn't DeepSeek open source?",
      'why wasn’t Mistral profitable',
      "Llama isn't truly open, is it?",
      'shouldnt open models be cheaper',
      "couldn't Meta charge for Llama?",
    ]) {
      const text = textOf(q);
      expect(text, q).not.toMatch(/“(isn|wasn|shouldnt|couldn|t)”/);
      expect(text, q).not.toMatch(/^Not in my sources/);
    }
  });
});
