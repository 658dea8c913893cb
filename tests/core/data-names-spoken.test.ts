// Names as people say them at data-set scale: maker first, a shorter form of one model's name, ordinary words
// that are model names in a training question, a chip code several chips share, one name in two data sets.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

describe('names as people say them', () => {
  it('GIVEN the maker in front of a model name THEN that model', () => {
    const a = ask('snowflake arctic base: which licence covers the weights in the model openness tool?');
    expect(a).toContain('Arctic-Base');
    expect(a).toContain('Apache-2.0');
  });

  it('GIVEN a name that starts one known model’s name (its size left out) THEN that model', () => {
    expect(ask('training compute of Megatron-Turing NLG?')).toContain('Megatron-Turing NLG 530B');
  });

  it('GIVEN an unknown version whose only known continuation is a variant THEN it is not that variant', () => {
    // Declined first; "V2 Lite" may be listed among the versions known, never answered for.
    const text = ask('deepseek v2 training compute per epoch?');
    expect(text.split('\n')[0]).toBe('Not in my sources: deepseek v2');
    expect(text).not.toMatch(/FLOP/);
  });

  it('GIVEN a one-word model name that is an ordinary word, in a question about chips THEN the model', () => {
    expect(ask('which chips trained chinchilla, and how many?')).toMatch(/TPU/);
  });

  it('GIVEN a Claude model named without "Claude" THEN that model’s prices', () => {
    expect(ask('sonnet 4.5 per million tokens, input and output?')).toContain('Claude Sonnet 4.5 — token prices');
  });
});

describe('one name, several entries', () => {
  it('GIVEN a chip code several chips share and only one has the price asked THEN that chip’s price', () => {
    expect(ask('P100 list price at launch?')).toContain('$5,699');
  });

  it('GIVEN a chip code several chips share with different values THEN each value with its variants', () => {
    const a = ask('what is the memory of an A100?');
    expect(a).toMatch(/40 GB: NVIDIA A100, NVIDIA A100 PCIe, NVIDIA A100 SXM4 40 GB/);
    expect(a).toMatch(/80 GB: NVIDIA A100 SXM4 80 GB/);
  });

  it('GIVEN the index’s name for a system a price list also uses THEN the index’s grades of its release', () => {
    const a = ask('how does the OSAI index grade Mistral Large 3?');
    expect(a).toContain('Mistral-Large-3-675B-Instruct-2512');
    expect(a).toContain('/100');
  });

  it('GIVEN a model two lists name alike, one with Epoch’s figures THEN a training question gets those', () => {
    expect(ask("nvidia's nemotron 3 ultra: parameter count?")).toContain('550 billion parameters');
  });
});
