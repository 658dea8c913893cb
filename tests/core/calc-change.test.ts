// Two amounts set against each other, asked several ways: percentage change, compound rate over years or a
// duration, a share of a whole and a multiple. New phrasings of each kind, not the lines of any question set.
import { describe, it } from 'vitest';
import { expectAll } from '../support/ask-engine.js';

describe('percentage change between two amounts', () => {
  it('GIVEN a from and a to amount and a percentage asked THEN the change up or down', () => {
    expectAll([
      ['our GPU bill rose from $40K to $52K. percentage increase?', ['up 30%']],
      ['inference went from $8 per million tokens to $2 per million - what % reduction?', ['down 75%']],
      ['rent dropped from $4/hr to $3/hr; by how much in percent?', ['down 25%']],
      ['cost per seat went from $12 to $9, what is the percent change', ['down 25%']],
      ['$2.5M to $4M in funding — growth in %?', ['up 60%']],
    ]);
  });

  it('GIVEN a price written once after the second number THEN both numbers are that price', () => {
    expectAll([['the model went from $60 to $15 per MTok; what % cheaper?', ['down 75%']]]);
  });
});

describe('compound rate between two dated amounts', () => {
  it('GIVEN an amount in one year and another in a later year THEN the rate per year', () => {
    expectAll([
      ['a market worth $10B in 2020 and $40B in 2024 — what annual growth rate?', ['+41.4% a year', '2020→2024']],
      ['in 2021 the spend was $2M; by 2023 it was $8M. CAGR?', ['+100% a year']],
      ['revenue $500M (2026) vs $125M (2024): compound yearly growth?', ['+100% a year']],
    ]);
  });

  it('GIVEN a duration and a monthly rate asked THEN the rate per month', () => {
    expectAll([
      ['prices fell from $10 to $2.50 over 2 months; average monthly decline?', ['−50% a month']],
      ['users grew from $1M to $8M of revenue over 3 years, what yearly growth?', ['+100% a year']],
    ]);
  });
});

describe('share of a whole and multiples', () => {
  it('GIVEN "what percent of X is Y" THEN Y over X as a percentage', () => {
    expectAll([
      ['what percentage of a $400M budget is $50M?', ['12.5%']],
      ['what share of the $2B raise went to the $500M compute deal?', ['25%']],
    ]);
  });

  it('GIVEN "how many times" and two amounts THEN the larger over the smaller', () => {
    expectAll([['how many times is $120M compared with $8M?', ['15×']]]);
  });

  it('GIVEN a change from zero THEN a clear sentence, never NaN', () => {
    expectAll([['spend went from $0 to $5M, what % growth?', ['divide by zero']]]);
  });
});
