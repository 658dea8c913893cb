// Business arithmetic asked several ways: a margin applied to a revenue (per alternative, in yuan), the revenue a
// loss implies at a spending per dollar earned, when a growing amount passes a goal, and a bill shared between
// people. New phrasings of each kind, not the lines of any question set.
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('a margin applied to a revenue', () => {
  it('GIVEN alternatives each with its own margin THEN the gross profit of each', () => {
    expectAll([['$20M revenue at 40% margin or $30M at 25% margin: which gross profit is bigger?', ['$8M', '$7.5M']]]);
  });

  it('GIVEN a revenue in yuan and a margin THEN the gross profit in yuan', () => {
    expect(parseQuantities('¥500M revenue')[0]).toMatchObject({ value: 5e8, dims: { usd: 1 }, currency: 'CNY' });
    expectAll([['a 30% gross margin on ¥200M of sales is what gross profit?', ['¥60M']]]);
  });
});

describe('the revenue a loss implies', () => {
  it('GIVEN a loss and the spending per dollar earned THEN revenue = loss ÷ (spend − 1)', () => {
    expectAll([
      [
        'a startup lost $2M last year spending $1.50 for every dollar of revenue. what was its revenue?',
        ['$4M', '$6M'],
      ],
      ['we run a $600K loss and spend $1.20 per $1 we make - implied revenue?', ['$3M']],
    ]);
  });

  it('GIVEN spending of a dollar or less per dollar THEN a clear sentence, no revenue', () => {
    expectAll([['it loses $1M while spending $0.90 per dollar it earns; revenue?', ['no loss']]]);
  });
});

describe('when a growing amount passes a goal', () => {
  it('GIVEN a start, a growth per year and a goal THEN the years until it passes', () => {
    expectAll([
      ['spend is $100M and doubles every year. after how many years does it pass $1B?', ['3.32 years', 'year 4']],
      ['revenue of $10M growing 50% a year - how long until it tops $50M?', ['3.97 years', 'year 4']],
    ]);
  });
});

describe('a bill shared between people', () => {
  it('GIVEN "N of us" and a monthly bill THEN each person\'s share a month', () => {
    expectAll([
      ['four of us share a $2,000 monthly cloud bill. what does each pay?', ['$500 a month per person']],
      ['5 of us split a $900 annual subscription evenly, my share?', ['$180 a year per person']],
    ]);
  });
});

describe("a loss from one company's own cost and revenue", () => {
  it('GIVEN a loss asked from its costs and its revenue THEN cost minus revenue, both sourced', () => {
    expectAll([
      [
        "what is Stability AI's yearly shortfall between what it spends and its revenue?",
        ['$88M a year', 'Open Source Paradox'],
      ],
    ]);
  });

  it('GIVEN a dated loss asked without both sides THEN no figure is worked out of them', () => {
    expect(say("Stability AI's losses in 2022?")).not.toContain('$88M');
  });
});

describe("a customer lifetime value from the user's ARPU, margin and churn", () => {
  it('GIVEN revenue per customer, a margin and a churn rate THEN revenue × margin ÷ churn', () => {
    expectAll([
      ['arpu 20/mo, gross margin 60%, churn 5% monthly. LTV?', ['$240']],
      ['monthly churn of 5%, arpu 20 a month, gross margin 60% - LTV', ['$240']],
      [
        'ARPA $1,200/yr with 75% gross margins and annual churn of 20%. customer lifetime value?',
        ['$4,500', '5 years'],
      ],
    ]);
  });

  it('GIVEN an acquisition cost too THEN LTV:CAC and, when asked, the payback', () => {
    expectAll([
      ['saas at $50/user/month, churn 3%/mo, 80% margin, CAC of $600. ltv:cac?', ['$1,333', '2.22']],
      [
        'we spend $900 to acquire a customer who pays $45 a month at 65% margin; churn is 2.5% a month. LTV to CAC ratio and payback months?',
        ['$1,170', '1.3', '30.8 months'],
      ],
    ]);
  });

  it('GIVEN no margin THEN the lifetime value of revenue, said so', () => {
    expectAll([['LTV if ARPU is $80/month and churn 2% monthly?', ['$4,000', 'no margin given']]]);
  });

  it('GIVEN a number with no place in the lifetime value THEN no figure is made up', () => {
    const out = say('ARPU $30/mo, 70% gross margin, 4% monthly churn, 50k users. LTV?');
    expect(out).not.toMatch(/\$525|\$26/);
  });

  it("GIVEN a company's LTV asked THEN declined as a figure no source gives, not an unknown name", () => {
    const out = say("what is openai's ltv?");
    expect(out).toContain("don't have a sourced figure");
    expect(out).not.toContain('Not in my sources: ltv');
  });
});

describe('seats times a price per seat plus metered usage', () => {
  it('GIVEN a head count on a per-seat price and a usage bill THEN count × price + usage, for the month asked', () => {
    expectAll([
      ['45 analysts using a $60/seat research tool and $2,000 of api overage. total per month?', ['$4,700']],
      ['we pay $25 per user for 300 employees plus a $4k platform fee, monthly bill?', ['$11,500']],
      ['80 devs at $19/seat/mo plus $1,200/mo metered usage - monthly total?', ['$2,720']],
    ]);
  });

  it('GIVEN no period on any amount and a year asked THEN no figure is made up', () => {
    expect(say('120 engineers on a $39/seat coding assistant plus 6,300 in metered usage. yearly total')).not.toMatch(
      /\$10,980/,
    );
  });
});

describe('the share of a spend one kind of part takes', () => {
  it('GIVEN parts of a spend and a kind asked THEN the parts of that kind over the sum of all', () => {
    expectAll([
      [
        'our budget: $1.2M of cloud compute and 6 researchers at $200k each. what share of the budget goes to people?',
        ['50%'],
      ],
      ['$50k/mo payroll, $30k/mo on gpus, $5k/mo office. what percent of costs is compute?', ['35.3%']],
      ['3 engineers at $150k and $90k of hardware — what fraction of total is hardware?', ['16.7%']],
    ]);
  });

  it('GIVEN a kind no part is THEN no share is made up', () => {
    expect(say('$2M on salaries plus $500k on servers. what % of spend is marketing?')).not.toMatch(/25%|20%/);
  });
});

describe('a net margin from cost lines named against one revenue', () => {
  it('GIVEN a revenue over a period and bare cost lines THEN the lines are over that period and the margin is net', () => {
    expectAll([
      ['net margin if we bring in 800k/mo, spend 300k on gpus, 250k on payroll and 90k on rent?', ['Net margin: 20%']],
      ['startup makes $5M a year, spends $2M on cloud, $1.5M on staff and $0.5M on rent. net margin?', ['20%']],
      ['infra $3M, staff $6M, rev $8M/yr — net margin', ['-12.5%']],
    ]);
  });

  it('GIVEN cost lines over another period than the revenue THEN no margin is made up', () => {
    expect(say('rev $4M/yr, infra $1M/mo, staff $2M. net margin?')).not.toMatch(/margin: -?\d/i);
  });
});
