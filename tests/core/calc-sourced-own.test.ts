// One thing's sourced figures worked against each other, by reference: a total over a count it holds, a share of a
// total it holds (both ends of a range), and a now-figure against its projected range. Phrasings are our own.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe("one subject's sourced figures combined", () => {
  it('GIVEN a sourced total and a sourced count of the thing named THEN the average per thing, with both inputs cited', () => {
    expectAll([
      [
        "what's PaLM's training cost per chip it ran on?",
        ['~$12M over 6,144 TPU v4 chips', '$1,953.13 each', 'not the price of one'],
      ],
      [
        'how big was the average Mistral funding round?',
        ['~$3.05B over 7 funding rounds', '$436M each', 'Open Source Paradox'],
      ],
    ]);
  });

  it('GIVEN a sourced share the question names and its sourced total THEN the share in money', () => {
    expectAll([
      ["how much of Zhipu's revenue came from on-premise deals?", ['85% of ~¥312M is about ¥265M']],
      [
        'Nvidia: its revenue times its margin, in dollars?',
        ['60–75% of $300B/year+ is at least $180B to $225B a year'],
      ],
    ]);
  });

  it('GIVEN several shares and none named THEN no share is applied', () => {
    expectAll([["Zhipu's 2024 loss and revenue, in yuan?", ['¥2.96B']]]);
    // A share of part of the revenue (enterprise deals) is not applied to all of it.
    expect(say("how much of Zhipu's enterprise revenue is from state-owned firms?")).not.toContain('of ~¥312M');
  });

  it('GIVEN a now-figure and a projected range with a multiple asked at both ends THEN a multiple per end', () => {
    expectAll([
      ['API spending: 2025 run rate to the projected range, as a multiple, low and high?', ['≈3.57×', '≈7.14×']],
    ]);
  });
});

describe("a named company's GPU fleet rented at the sourced rates", () => {
  it("GIVEN all of a company's H100s to rent THEN its sourced fleet count × each sourced monthly rate, both cited", () => {
    expectAll([
      [
        "monthly cost of renting DeepSeek's entire H100 fleet, marketplace vs AWS?",
        [
          "DeepSeek's fleet: ~50,000 H100 GPUs",
          '$1,100/month × 1 × 50,000 = $55M',
          '$2,800/month × 1 × 50,000 = $140M',
        ],
      ],
    ]);
  });
});
