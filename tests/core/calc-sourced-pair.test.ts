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

describe("a user's sum against a sourced one, and two sourced sums in %", () => {
  it('GIVEN the user sum and a sourced bill with a percent asked THEN the user sum as a share of it', () => {
    expectAll([
      ["$400k as a % of deepseek v3's training bill", ['7.1%', '$5.6M']],
      ["our $2M seed round vs mistral's funding: what share is that?", ['0.07%']],
      ["what % of our $20M budget would gpt-3's training cost take?", ['23%']],
      ["our $3M run vs deepseek v3's training cost — how much cheaper in %?", ['46.4%']],
    ]);
  });

  it('GIVEN two things compared and "how much cheaper / more, in %" THEN the gap over the dearer or the cheaper', () => {
    expectAll([
      ['gpt-3 vs palm training cost — what percent cheaper was gpt-3?', ['61.7% cheaper']],
      ['deepseek v3 vs kimi k2 training cost: how much more expensive was v3, in percent?', ['21.7% more']],
    ]);
  });

  it('GIVEN one figure per article named THEN the change from the first named to the second, in % and dollars', () => {
    expectAll([
      ['openai 2025 revenue: the paradox chapter vs the wiki — % difference?', ['68.1%']],
      ['the wiki vs the chapter on gpt-4’s training cost — gap in dollars?', ['$21M']],
    ]);
  });

  it('GIVEN a figure the user quotes for one side and an article for the other THEN the quoted figure stands', () => {
    expectAll([['llama 2 70b ($10M) vs llama 3.1 405b, wiki figure — how many times more?', ['17×', '$170M']]]);
  });
});
