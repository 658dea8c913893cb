// Two things' sourced figures worked against each other, each referred to by what it is: a duration of one's pace
// that reaches the other's total, a share of one in the other, the user's share of both, and a multiple of paces
// when the user quotes the figures. Phrasings are the tests' own, not the evaluation sets' lines.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe("two things' sourced figures", () => {
  it("GIVEN one thing's pace and another's total THEN how long the pace takes to reach the total", () => {
    expectAll([
      ["how many months of Meta's 2025 AI spending pace equal Alibaba's whole AI commitment?", ['8.8 months']],
      ["at Meta's 2025 AI spend rate, how many days to spend Alibaba's AI commitment", ['269 days']],
    ]);
  });

  it('GIVEN a share asked, in either order THEN the part over the whole with both figures cited', () => {
    expectAll([
      ["what % of Nvidia's revenue is Meta's 2025 AI spend?", ['24% of Nvidia', '$72B ÷ $300B']],
      ["Mistral's funding as a percentage of Anthropic's valuation?", ['0.8%', '$3.05B ÷ $380B']],
      ["DeepSeek V3's compute bill as a % of High-Flyer's assets under management", ['0.07%']],
    ]);
  });

  it("GIVEN the user's share of each THEN that share of each thing's figure", () => {
    expectAll([
      ["if I held 1% of OpenAI and 1% of Anthropic at their valuations, what's each worth", ['$1.57B', '$3.8B']],
    ]);
  });

  it('GIVEN the figures quoted with a pace asked THEN a multiple of paces, not the quoted numbers combined', () => {
    const out = say(
      "Meta's 2026 AI budget top end vs Alibaba's $53B 3-yr commitment as a yearly pace: how many times bigger?",
    );
    expect(out).toContain('7.64×');
    expect(out).not.toContain('$53B ÷ 3');
  });

  it('GIVEN a fraction of a running cost asked THEN no money figure is divided by an unrelated one', () => {
    expect(say('a domain-tuned small model costs what fraction of GPT-5 to run?')).not.toMatch(/\d% of Sovereign/);
  });
});
