// Kinds of calculation asked in many phrasings: a token cost per request when the tokens are those of one request
// (and so many requests a budget affords), a level as a share of its peak (utilisation), an annualised decline, a
// margin when the costs are larger than the revenue, and an operating profit from a gross margin and opex.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a token cost per request, when the tokens are one request', () => {
  it('GIVEN input and output tokens and their prices and a cost per request asked THEN their sum per request', () => {
    expectAll([
      ['price per call with 3k tokens in + 1k out, $5/M in and $20/M out?', ['$0.035 per call']],
      ['requests average 800 in 200 out tokens at $1/M in, $4/M out; cost per request?', ['$0.0016 per request']],
    ]);
  });

  it('GIVEN a count asked after the cost per one THEN the cost per one, then for the count', () => {
    expectAll([
      ['chat: 4k ctx tokens + 500 out at $2/M in, $8/M out. cost per chat and per 20k chats', ['$0.012', '$240']],
    ]);
  });

  it('GIVEN a count of users written before the cost per user is asked THEN the total is shared over them', () => {
    expect(say('5,000 users, 2M tokens in and 500k out at $3/M in, $15/M out, cost per user?')).toContain('$0.0027');
  });

  it('GIVEN a monthly budget and the tokens of each request THEN how many requests a month it pays for', () => {
    expectAll([
      [
        '$900/mo to spend, $2 in / $10 out per M, each request ~3k in 600 out. how many requests can we afford',
        ['75,000'],
      ],
      [
        'budget $500 a month; each request is 1k tokens in and 300 tokens out at $2/M in, $10/M out. how many requests a month?',
        ['100K'],
      ],
    ]);
  });
});

describe('a level as a share of its peak', () => {
  it('GIVEN a peak and an average of the same rate and utilisation asked THEN average ÷ peak', () => {
    expectAll([
      ['peak 90k tokens/min vs avg 30k tokens/min, utilization %', ['33.3%']],
      ['capacity is 50k requests/hr and we see 12k requests/hr. how busy are we?', ['24%']],
    ]);
    expect(say('we run 2M tok/s at peak and 500k tok/s on average, util?')).not.toContain('down 75%');
  });
});

describe('an annualised decline', () => {
  it('GIVEN a price at the start and at the end of N years THEN the compound rate a year', () => {
    expectAll([
      ['our per-seat price dropped from $40 to $10 in 2 yrs — annualized decline %?', ['−50% a year']],
      ['inference went from $60/M to $0.60/M over 3 years, annualised drop?', ['−78.5% a year']],
    ]);
  });
});

describe('a margin with costs larger than the revenue', () => {
  it('GIVEN the revenue and costs each named in their clause THEN a negative margin, whichever is larger', () => {
    expectAll([
      ['rev $4M, costs $10M. margin %?', ['-150%']],
      ['$30M costs vs $6M rev, margin?', ['-400%']],
      ['costs $40M and revenue $25M, what is the margin', ['-60%']],
    ]);
  });
});

describe('an operating profit from a gross margin and operating costs', () => {
  it('GIVEN a revenue, a gross margin and opex THEN revenue × margin − opex', () => {
    expectAll([
      ['revenue $10M/yr, gross margin 55%, opex $4M a year. what is the profit?', ['$1.5M a year']],
      ['we do $800k/mo in sales at a 70% margin and $450k/mo fixed costs, what do we net', ['$110,000 a month']],
      ['2M revenue at 40% gross margin, opex 1.5M, operating profit?', ['loss of $700,000']],
    ]);
  });
});

describe('a multiplier written before its number', () => {
  it('GIVEN "x1.4 for cooling" beside a power bill THEN the bill times the overhead', () => {
    expectAll([
      ['a rack draws 40 kW, x1.4 for cooling, for 30 days at $0.09/kWh, cost?', ['$3,629']],
      ['16 gpus at 400W, ×1.3 overhead, running 500h at $0.10/kWh - power bill?', ['$416']],
    ]);
  });
});

describe('a bill charged back in proportion to tokens used', () => {
  it("GIVEN each team's tokens in millions or billions and the bill THEN each team's part", () => {
    expectAll([['charge back a $12k bill by usage: search used 30M tokens, chat 90M tokens', ['$3,000', '$9,000']]]);
  });
});

describe('work paid once by the hour against paying more each month', () => {
  it("GIVEN a contractor's rate and hours against a monthly premium THEN the months until they cost the same", () => {
    expectAll([
      [
        'consultant $200/hr for 60 hours to self-host, or a hosted plan costing $3k/mo more. when do we break even',
        ['$12,000', '4 months'],
      ],
      [
        'freelancer at $90/hr for 4 weeks x 40h vs $2,400/mo extra for the managed tier — break-even months?',
        ['$14,400', '6 months'],
      ],
    ]);
  });
});

describe('a bill at a price before and after it moved', () => {
  it('GIVEN a price that moved and a monthly volume THEN the bill at each and the difference', () => {
    expectAll([
      [
        'price dropped from $10/M to $2.50/M; we use 300M tokens a month. monthly bill before and after?',
        ['$3,000', '$750', '$2,250'],
      ],
      ['per-token cost went $15/M -> $1/M, at 40M tokens/mo what was the monthly bill then vs now', ['$600', '$40']],
    ]);
  });
});

describe('discounts stacked one after another', () => {
  it('GIVEN a named discount then a second cut THEN each applied in turn, never one as a share of the other', () => {
    expectAll([
      [
        '$12/M list price; 25% volume discount then 50% off for batch — effective rate?',
        ['$4.50', '(1 − 25%) × (1 − 50%)'],
      ],
      ['$100k contract, 10% discount then 25% off for prepay, final price?', ['$67,500']],
    ]);
    expect(say('30% of our traffic can use batch at 50% off, $20k/mo bill, new bill?')).toContain('$17,000');
  });
});

describe('customers to cover a fixed cost, the cost per customer named with its amount', () => {
  it('GIVEN a plan price per seat and "$X serving cost per seat" THEN fixed ÷ (price − cost)', () => {
    expectAll([
      [
        'platform costs $30k a month; the plan is $99/mo per seat with $19 serving cost per seat. seats to break even?',
        ['375 seats'],
      ],
    ]);
  });
});

describe('each way of paying totalled over a time', () => {
  it('GIVEN a total for each asked THEN each total and the difference', () => {
    expectAll([
      [
        'buy a server for $250k + $2k/mo power, or rent for $9.5k/mo — total for each over 36 months?',
        ['$322,000', '$342,000'],
      ],
    ]);
  });

  it('GIVEN GPUs bought by the count and a rent per hour that names no count THEN no total is made up', () => {
    expect(say('buy 6 gpus at $20k each (+$200/mo power) vs rent at $2/hr 24/7 — 2 yr total for each')).not.toMatch(
      /\$35,040/,
    );
  });
});

describe('a gross margin with several cost lines per seat', () => {
  it('GIVEN a price per user and cost lines per user, some without "$" THEN the lines add up', () => {
    expectAll([['price $50/user, model cost 12/user, support 3/user, hosting 5/user — margin?', ['60%', '$30']]]);
  });
});
