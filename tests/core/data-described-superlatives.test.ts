import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('models described by their maker and a superlative', () => {
  it('GIVEN "biggest"/"largest"/"flagship" with a maker THEN the model of largest known size answers, read-as note shown', () => {
    expectAll([
      ["google's 2023 flagship model compute", ['Gemini Ultra', '5×10^25 FLOP', 'Read “google']],
      ["what was google's 2023 flagship model's training compute", ['Gemini Ultra', 'FLOP']],
      ["what is meta's biggest model's parameter count", ['Llama 4 Behemoth', '2 trillion']],
      ["nvidia's largest model training compute", ['Nemotron 3 Ultra', 'FLOP']],
      ["deepseek's biggest model size", ['DeepSeek-V4-Pro', '1.6 trillion']],
    ]);
  });

  it('GIVEN "big"/"bigger" right after the maker THEN the same size order; elsewhere "big" stays a description', () => {
    expectAll([
      ["how many gpus did meta's big model use", ['Llama 4 Behemoth']],
      ["meta's bigger model training compute", ['Llama 4 Behemoth', 'FLOP']],
      ['which big Chinese model was trained with zero Nvidia dependency?', ['GLM-5']],
    ]);
  });

  it('GIVEN a superlative that several models tie on, or a "newest" some undated model may hold THEN asked back, not picked', () => {
    for (const q of ["mistral's biggest model parameters", "alibaba's largest model params"]) {
      expect(say(q), q).toMatch(/^Which /);
    }
    // Price-list rows carry no release date: "newest" is not picked among the dated ones only.
    expect(say("anthropic's newest model's context window")).not.toMatch(/^Claude 3\.7 Sonnet/);
  });
});
