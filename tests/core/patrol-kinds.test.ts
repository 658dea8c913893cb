import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('kinds found on patrol', () => {
  it('GIVEN who leads or founded a company in other words THEN it declines that, not its description', () => {
    for (const q of [
      'who runs zhipu - ceo name?',
      'who runs mistral',
      'mistral ceo name',
      "who's in charge of anthropic",
      'who is running openai these days',
      "name of zhipu's chief executive",
      "who's at the helm of moonshot",
    ])
      expect(say(q).split('\n')[0], q).toMatch(/^Not in my sources: .*CEO$/);
    for (const q of ['founder of zhipu', 'deepseek founders names'])
      expect(say(q).split('\n')[0], q).toMatch(/^Not in my sources: .*founders$/);
  });

  it('GIVEN "who runs the most GPUs" (a figure, no company) THEN no leader decline', () => {
    expect(say('who runs the most gpus')).not.toContain('CEO');
  });

  it('GIVEN a sourced total restated by the user and asked per period THEN the total over its own span, per period', () => {
    expectAll([
      ["alibaba's $53B commitment per year?", ['$17.7B a year']],
      ["alibaba's $53 billion commitment per quarter", ['$4.42B a quarter']],
      ["how much is alibaba's $53B a day", ['$48.4M a day']],
      ["alibaba's $53B, per month?", ['$1.47B a month']],
      ["meta's $115-135B 2026 capex per month", ['$9.58B a month', '$11.3B a month']],
    ]);
    expect(say("alibaba's $53B commitment per year?")).not.toContain('12 months');
  });

  it("GIVEN a company's big/biggest/largest model THEN its largest model by parameters, not a name saying Large", () => {
    expectAll([
      ["how many gpus did meta's big model use", ['Llama 4 Behemoth']],
      ["how many gpus did meta's biggest model use", ['Llama 4 Behemoth']],
      ["openai's largest model params", ['GPT-4']],
    ]);
    expect(say("how many gpus did meta's big model use")).not.toContain('RoBERTa');
    expect(say("openai's largest model params")).not.toContain('Whisper');
  });

  it('GIVEN a training cost asked of a family named by an ordinary word THEN that family, never an unknown name', () => {
    expectAll([
      ['falcon training cost', ['Which falcon?', 'Falcon-180B', 'Falcon-40B']],
      ['what did falcon cost to train', ['Falcon-180B', 'Falcon-40B']],
    ]);
    for (const q of ['falcon training cost', 'phi training cost', 'olmo training cost'])
      expect(say(q), q).not.toMatch(/^Not in my sources: (falcon|phi|olmo)\n/);
  });
});
