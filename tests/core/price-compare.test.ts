// Two models' token prices set against each other, however the comparison is worded ("cheaper", "pricier", "vs",
// "how many times more expensive", "which costs less per token"): the verdict leads with both prices, then each
// model's list price at its first provider.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('token prices of two named models compared', () => {
  it('GIVEN a comparative with no word "price" THEN compares both models’ token prices, verdict first', () => {
    expectAll([
      ['is GPT-4o cheaper than Claude 3.5 Sonnet', ['GPT-4o is cheaper than Claude 3.5 Sonnet', 'input $2.5 vs $3']],
      ['is Gemini 1.5 Pro pricier than GPT-4o?', ['Gemini 1.5 Pro is cheaper than GPT-4o']],
      ['how many times more expensive is Claude 3 Opus than Claude 3 Haiku', ['≈60×', 'Claude Haiku 3 — Anthropic']],
    ]);
  });

  it('GIVEN "vs" between two priced models THEN both list prices, not the first model’s providers', () => {
    const out = say('o1 vs o3-mini price per million tokens');
    expect(out).toContain('o1 is pricier than o3 Mini, ≈13.6× on input and output: input $15 vs $1.1');
    expect(out).not.toContain('more providers');
  });

  it('GIVEN two article models asked per token THEN token prices, not their training costs', () => {
    const out = say('which costs less per token, DeepSeek V3 or Llama 3.1 405B');
    expect(out).toContain('token prices');
    expect(out).not.toContain('Training cost');
  });

  it('GIVEN an article model and a data-set model per million tokens THEN both prices, no decline', () => {
    expect(say('GPT-4 vs GPT-4o price per million tokens')).toContain('GPT-4 is pricier than GPT-4o');
  });
});

describe('how many times one model’s price is another’s, and a maker asked for a price', () => {
  it('GIVEN two models compared on price THEN the verdict says how many times, without being asked', () => {
    expectAll([
      ['opus 4.1 vs opus 4.5 pricing', ['≈3× on input and output']],
      ['original gpt-4 vs gpt-5 per-token price', ['GPT-4 is pricier than GPT-5, ≈24× on input']],
    ]);
  });

  it('GIVEN a maker named for a token price THEN asks which of its priced models', () => {
    expectAll([
      ['deepseek price per million tokens?', ['Which DeepSeek model?', 'DeepSeek V3']],
      ['what does Anthropic charge per million tokens', ['Which Anthropic model?']],
    ]);
  });
});

describe('two of one model’s own prices set against each other', () => {
  it('GIVEN two sides named and a discount, premium or multiple asked THEN that one figure, worked from both prices', () => {
    expectAll([
      ['what % off is cached input on gpt-4o compared with normal input?', ['Cached input is 50% cheaper than input']],
      ['by what percent is deepseek v3’s cached input cheaper than its input?', ['74.1% cheaper', '$0.07/M ÷ $0.27/M']],
      ['how much more does o3 charge for output than input, in percent?', ['Output costs 300% more than input']],
      ['claude sonnet 4.5 output price is how many times its input price?', ['Output is ≈5× input']],
      ['gemini 2.5 flash: output price as a multiple of input', ['≈8.3×', '$2.5/M ÷ $0.3/M']],
    ]);
  });

  it('GIVEN two models or one side only THEN no relation within one model', () => {
    expect(say('gpt-4o input vs claude sonnet 4.5 output, how many times?')).toContain('GPT-4o vs Claude Sonnet 4.5');
    expect(say('gpt-4o output price?')).not.toMatch(/cheaper than|more than input/);
  });
});
