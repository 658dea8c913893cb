// Questions about things no source quantifies must be declined, never answered with a thing whose name happens to
// hold one of their ordinary words ("max" inside MiniMax, "deep" inside DeepSeek).
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

const firstLine = (a: string) => a.split('\n')[0]!;

describe('fines and penalties under a law', () => {
  it('GIVEN a fine or penalty asked under a law THEN declined, no company or figure', () => {
    for (const q of [
      'biggest fine the ai act allows?',
      'how large are penalties for breaching the EU AI Act',
      'could openai get fined under gdpr, and how much',
      'maximum regulatory penalty for an ai provider',
      'fines for violating the ai act for a gpai model',
    ]) {
      const a = say(q);
      expect(firstLine(a), q).toMatch(/Not in my sources/);
      expect(firstLine(a), q).toContain('fines or penalties');
      expect(a, q).not.toMatch(/MiniMax|\$\s?\d/);
    }
  });

  it('GIVEN "fine" as in fine-tuning THEN still the fine-tuning cost', () => {
    expect(say('cost to fine-tune a 7b on local data')).toContain('$1,000');
  });
});

describe('a one-word name typed apart', () => {
  it('GIVEN "mini max" or "deep seek" typed apart THEN the same answer as the name typed whole', () => {
    expect(say('mini max revenue')).toBe(say('minimax revenue'));
    expect(say('deep seek total investment beyond compute')).toBe(say('deepseek total investment beyond compute'));
  });
});

describe("a company's inference spend, which no source gives", () => {
  it('GIVEN inference spend asked of a company THEN declined first, never its R&D or a model’s training cost', () => {
    for (const q of [
      'what does openai spend on inference daily',
      "openai's serving costs per day?",
      'how big is the inference bill at openai',
      'openai inference costs a year',
    ]) {
      const a = say(q);
      expect(a, q).toMatch(/don't have/);
      expect(a.split('\n').slice(0, 2).join(' '), q).not.toMatch(/\$\s?\d/);
      expect(a, q).not.toMatch(/GPT-3: ~\$4\.6M|which one do you mean/);
    }
  });

  it("GIVEN a company's operating costs THEN declined as its operating cost, not asked which model's training", () => {
    const a = say("openai's running costs");
    expect(a).toContain("OpenAI's operating cost");
    expect(a).not.toMatch(/which one do you mean/);
  });

  it('GIVEN inference prices of a model THEN still its prices, no inference decline', () => {
    expect(say('how fast did gpt-3.5-level inference prices fall')).not.toMatch(/don't have/);
  });
});

describe('a profit asked of a company that has only its revenue', () => {
  it('GIVEN "did X make a profit" THEN the loss/profit declined first, never its revenue as the answer', () => {
    for (const q of [
      'has anthropic ever made a profit or a loss? how much',
      'was anthropic in profit or at a loss in 2025 - by how much',
    ]) {
      const a = say(q);
      expect(a, q).toMatch(/don't have/);
      expect(a.split('\n').slice(0, 2).join(' '), q).not.toMatch(/\$\s?\d/);
    }
    expect(say('how much does anthropic make')).toContain('$14B');
  });
});
