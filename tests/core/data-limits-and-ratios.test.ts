// Token limits, disagreeing price lists and two models' training figures divided.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('token limits', () => {
  it('GIVEN "max output tokens" THEN the limit per provider, exact, not the prices', () => {
    const a = ask('what is the maximum output tokens of gpt-4.1 mini?');
    expect(a).toContain('context window');
    expect(a).toMatch(/max output 32,768 tokens/);
    expect(a).not.toContain('input $');
  });

  it('GIVEN "max input" after a model name THEN it is the limit asked, not a "Max" variant the data lacks', () => {
    expect(ask('claude sonnet 4.5 max input tokens?')).toMatch(/max input \(context window\) [\d,]+ tokens/);
  });

  it('GIVEN a price question that mentions context in passing THEN the prices', () => {
    expect(ask('claude sonnet 4.5 price per M for standard context?')).toContain('token prices');
  });
});

describe('price lists that disagree', () => {
  it('GIVEN tokens on a model whose two price lists differ at one provider THEN both costs, said to disagree', () => {
    const a = ask('cost of 1B input tokens on mistral small 3.2?');
    expect(a).toContain('$100');
    expect(a).toContain('disagree');
    expect(a).toContain('$60');
  });

  it('GIVEN a provider named ("on OpenRouter") THEN that provider’s price is used', () => {
    expect(ask('10M input tokens of gpt-4o on openrouter - cost?')).toContain('GPT-4o on OpenRouter');
  });
});

describe('two models’ training figures', () => {
  it('GIVEN two models and "how many times" their parameters THEN one divided by the other, each sourced', () => {
    const a = ask('how many times more parameters does Falcon-180B have than Falcon-40B?');
    expect(a).toContain('≈4.50×');
    expect(a).toContain('Epoch AI');
  });
});

describe('price tiers', () => {
  it('GIVEN a question about Batch API prices THEN the batch tier beside the standard price, never mixed', () => {
    const a = ask('gpt-4o mini batch pricing per million tokens?');
    expect(a).toContain('token prices by tier');
    expect(a).toMatch(/Batch API: input \$0\.075 · output \$0\.3/);
  });

  it('GIVEN "above 200k tokens" THEN the long-prompt tier, not 200K tokens priced', () => {
    const a = ask('what does gemini 2.5 pro charge per million output tokens above 200k tokens?');
    expect(a).toContain('prompts above 200K tokens');
    expect(a).not.toContain('Cost of tokens');
  });

  it('GIVEN a year-month version written as Mistral does in prose ("24.11") THEN that dated model', () => {
    expect(ask('mistral large 24.07 price per M tokens?')).toContain('Mistral Large 2407');
  });
});
