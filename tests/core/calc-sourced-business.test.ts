// A sourced figure combined with the user's numbers or with another thing's figure, each kind asked several ways:
// a company's sourced margin applied to the user's deal, a company's costs less its revenue in the period asked, and
// a figure of a thing referred to through the one named ("the parent fund", "the maker").
import { describe, expect, it } from 'vitest';
import { percent } from '../../src/core/answer/change.js';
import { expectAll } from '../support/ask-engine.js';

describe("a company's sourced margin on the user's amount", () => {
  it('GIVEN a gross margin asked at a named company and a deal THEN deal × the sourced margin', () => {
    expectAll([
      [
        "at zhipu's reported gross margin, how much gross profit on a $10M on-prem deal?",
        ['$6.6M', 'Open Source Paradox'],
      ],
      ["what gross profit would a $4M contract make at Zhipu's gross margin", ['$2.64M']],
      ['zhipu gross margin applied to $250k of revenue?', ['$165,000']],
    ]);
  });
});

describe("a company's costs less its revenue, in the period asked", () => {
  it('GIVEN a yearly cost and revenue and a monthly burn asked THEN (cost − revenue) ÷ 12', () => {
    expectAll([
      ["stabilty ai's annual costs minus revenue - whats that as a monthly net burn", ['$7.33M a month', '÷ 12']],
      ["stability's costs minus its revenue, per month?", ['$7.33M a month']],
      ["what is Stability AI's yearly shortfall between what it spends and its revenue?", ['$88M a year']],
    ]);
  });
});

describe('a figure of a thing referred to through the one named', () => {
  it('GIVEN "the parent" or "the maker" THEN the owning or making organisation\'s figure', () => {
    expectAll([
      ["deepseek's v3 training bill as a % of the parent fund's AUM?", ['0.07%', 'High-Flyer']],
      ["llama 3 training cost as a % of the maker's revenue", ['Meta', '0.02%']],
    ]);
  });

  it('GIVEN a share under 0.01% THEN two significant digits, never 0', () => {
    expect(percent(0.003675)).toBe('0.0037');
    expect(percent(0.07)).toBe('0.07');
  });
});
