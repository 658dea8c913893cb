// Business arithmetic with the user's own numbers, each kind asked several ways: a gross margin when the cost is
// written per seat before its amount or the revenue is abbreviated, months to pay back an acquisition cost, a
// split whose count changes ("if 20 of them bail"), and a split by a list of weights.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a gross margin of a price and a cost', () => {
  it('GIVEN a price per seat a month and a cost "per seat is $X" THEN the margin of the two per seat', () => {
    expectAll([
      ['we charge $49/seat/mo and llm cost per seat is $11.27. gross margin %?', ['77%']],
      ['price per user is $30/mo, inference cost per user: $9. margin?', ['70%']],
    ]);
  });

  it('GIVEN "rev" and two cost lines THEN (revenue − costs) ÷ revenue', () => {
    expectAll([
      ['rev $3.2M, llm costs $1.1M, other cogs $0.4M. gross margin %?', ['53.1%']],
      ["rev $800k/mo, cogs $200k/mo and serving $100k/mo, what's our gross margin", ['62.5%']],
    ]);
  });
});

describe('months to pay back an up-front amount from what a customer brings in', () => {
  it('GIVEN what a customer pays, what serving costs and the CAC THEN CAC ÷ (pays − costs)', () => {
    expectAll([
      [
        'customer pays $2,000/mo, our serving cost is $650/mo, CAC was $9,450. how many months to pay back CAC',
        ['7 months', '$9,450 ÷ ($2,000/mo − $650/mo)'],
      ],
      [
        'CAC is $12k; each account brings in $1,500 a month and costs us $300 a month to serve. payback period?',
        ['10 months'],
      ],
      ['payback on a $5,000 CAC if ARPU is $400/mo and COGS $150/mo', ['20 months']],
    ]);
  });

  it('GIVEN costs at or above what comes in THEN a clear sentence, no months', () => {
    const out = say('users pay $20/month, compute costs $25/month, CAC $100. payback?');
    expect(out).toContain('never paid back');
    expect(out).not.toMatch(/NaN|Infinity|months —/);
  });
});

describe('a split whose count changes', () => {
  it('GIVEN "if N of them leave" THEN the split among those who remain', () => {
    expectAll([
      [
        'a $600M cluster shared equally by 40 startups, what does each pay? and if 15 of them walk away?',
        ['$15M per startup', '$600M ÷ 25 startups'],
      ],
      ['10 labs share a $300M cluster. what if 2 drop out?', ['$37.5M per lab']],
    ]);
  });

  it('GIVEN "if N more join" THEN the split among the larger count; GIVEN "if only N" THEN N', () => {
    expectAll([
      ['a $90k bill split among 6 teams; what if 3 more join?', ['$10,000 per team']],
      ['40 members split $8M. what if only 35 sign up?', ['$228,571 per member']],
    ]);
  });
});

describe('a split by a list of weights', () => {
  it('GIVEN weights named by "by …" or "ratio" THEN each part is its weight over their sum', () => {
    expectAll([
      [
        'split a $2.4M training bill across 3 BUs by headcount 120 / 80 / 40',
        ['$1.2M', '$800,000', '$400,000', '120/240'],
      ],
      ['allocate $90k across teams in a 3:2:1 ratio', ['$45,000', '$30,000', '$15,000']],
      ['divide $1.2M among 4 teams by GPU hours used: 500/300/150/50', ['$600,000', '$60,000']],
    ]);
  });

  it('GIVEN percentages that add to 100 THEN they are still shares', () => {
    expectAll([['our $50k bill across 2 teams, 30/70', ['$15,000', '$35,000', '× 30%']]]);
  });
});
