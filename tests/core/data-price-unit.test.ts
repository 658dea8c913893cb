// A price asked "per 1M" is the unit the price is given in, not a volume of tokens to price; phrasings of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('a price per 1M asked', () => {
  it('GIVEN "per 1M" then input and output THEN both prices, no sum of one side', () => {
    for (const q of ['gpt-4o cost per 1m in and out?', 'what is gpt-4o per 1M tokens in/out', 'gpt-4o $/1M input']) {
      const a = ask(q);
      expect(a, q).toMatch(/input \$2\.5 · output \$10/);
      expect(a, q).not.toContain('Computed');
    }
  });

  it('GIVEN a volume of tokens beside the unit THEN the volume is still priced', () => {
    expect(ask('at gpt-4o prices per 1M, what do 40M input tokens cost')).toContain('$100');
  });
});

describe('a training run’s price tag', () => {
  it('GIVEN "price tag" or "training price" of a run THEN its training cost or a decline, never token prices', () => {
    const a = ask('whats the price tag of the gpt-4o training run');
    expect(a).toMatch(/I don't have a sourced figure for “GPT-4o's training cost”/);
    expect(a).not.toContain('input $2.5');
    expect(ask('claude 3.5 sonnet training price tag')).toContain('~$25.9M');
  });
});

describe('a price list’s name with a reasoning effort its id lacks', () => {
  it('GIVEN o4-mini asked THEN answered as o4 Mini, not “o4 Mini High”', () => {
    const a = ask('what does openai charge for o4-mini');
    expect(a).toMatch(/^o4 Mini — token prices/);
    expect(a).not.toContain('High');
  });
});
