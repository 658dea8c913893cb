// A bare cost asked of a model that has both a training cost (the articles) and token prices (the price lists) has
// two readings: the answer asks which, with each one's figure, instead of picking the training run.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe('a bare cost of a model with a training run and token prices', () => {
  it('GIVEN "what does X cost" and its kin THEN asks which cost, with the training figure and a token price', () => {
    for (const q of [
      'how expensive is gpt-5?',
      'what does deepseek v3 cost',
      'gpt-4 cost?',
      'llama 3.1 405b run price',
    ]) {
      const a = say(q);
      expect(a, q).toMatch(/which one do you mean/);
      expect(a, q).toContain('To train it:');
      expect(a, q).toMatch(/To use it \(token price\):.*per million tokens/);
    }
  });

  it('GIVEN the training named, misspelt or in the past tense THEN the training cost, no question back', () => {
    for (const q of [
      'what did gpt-4 cost to train',
      'gpt-4 trainig cost',
      'what did gpt-5 cost',
      'llama 3.1 405b training run price',
    ])
      expect(say(q), q).not.toMatch(/To use it \(token price\)/);
  });

  it('GIVEN a price per token asked THEN the token prices, no question back', () => {
    for (const q of ['gpt-5 price per million tokens', 'deepseek v3 api price'])
      expect(say(q), q).not.toMatch(/To train it:/);
  });
});

describe('hardware asked of a pronoun with no referent', () => {
  it('GIVEN "what chips was it trained on" and its kin THEN asks which model, each with its training hardware', () => {
    for (const q of [
      'which chips did it train on?',
      'what hardware was it trained with',
      'what accelerators trained it',
    ]) {
      const a = say(q);
      expect(a, q).toMatch(/which one do you mean/);
      expect(a, q).toMatch(/V100|TPU|H100|A100|Ascend/);
      expect(a, q).not.toContain('Frontier training costs');
    }
  });
});
