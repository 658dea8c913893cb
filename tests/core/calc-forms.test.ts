// Calculation forms that are not one product or quotient: runway net of income, break-even with a running cost and
// in hours or days, the volume where a fixed fee pays off, budgets and volumes at blended input/output prices, a
// margin over several listed costs, weighted splits, a multiple also as a percentage, and the degenerate cases of
// each. New phrasings of each kind, not the lines of any question set.
import { describe, expect, it } from 'vitest';
import { marginOf } from '../../src/core/understand/margin.js';
import { mixOf } from '../../src/core/understand/mix.js';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { quantityVocabularyOf } from '../../src/core/understand/quantity-words.js';
import { runwayOf } from '../../src/core/understand/runway.js';
import { volumeBreakEvenOf } from '../../src/core/understand/volume-break-even.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('runway net of income', () => {
  it('GIVEN cash, spending and income a month THEN cash ÷ (spending − income)', () => {
    const t = 'we have $12M banked, costs run $1.5M a month and revenue is $0.5M a month: how long does the cash last?';
    const cues = loadKnowledge().cues;
    const words = quantityVocabularyOf({
      yearlyPay: [],
      choiceLabel: [],
      income: cues.get('names-income')?.phrases,
      earns: cues.get('earns-income')?.phrases,
    });
    expect(runwayOf(t, parseQuantities(t), words)?.income.map((q) => q.raw)).toEqual(['$0.5M a month']);
    expectAll([
      [t, ['12 months', '$1M a month']],
      ['cash of $9M, burning $900K/month while earning $300K/month - months of runway?', ['15 months']],
      ['$7M on hand, opex $1M/month, sales coming in at $300K/month: how long does it last?', ['10 months']],
    ]);
  });

  it('GIVEN income that covers spending THEN a clear sentence that the cash never runs out', () => {
    expectAll([['$5M in the bank, spend $200K a month, bring in $250K a month. how long is the runway?', ['never']]]);
  });
});

describe('break-even against renting', () => {
  it('GIVEN a power draw and an energy price on the owning side THEN they are a running cost per hour', () => {
    expectAll([
      [
        'buy a card for $20,000 that draws 1 kW at $0.15/kWh, or rent one at $1.65/hour: break-even in hours?',
        ['13,333.3 hours', '1 kW × $0.15/kWh'],
      ],
    ]);
  });

  it('GIVEN the time asked in hours and in days THEN both, running around the clock', () => {
    expectAll([
      [
        'a server is $48,000 to own or $4/hour to rent. how many hours before buying wins, and how many days at 24/7?',
        ['12,000 hours', '500 days'],
      ],
    ]);
  });

  it('GIVEN a result on a half THEN it rounds as the exact figure does, not as the arithmetic noise does', () => {
    // $61K ÷ ($6K − $2K) a month is exactly 15.25 months; reached through hourly rates it was 15.2499… and read 15.2.
    expectAll([
      ['our gpu bill is $6k/mo; owning costs $61k up front and $2k/mo to run. months to pay back?', ['15.3 months']],
      ['api spend is $20k/mo. on-prem: $260k upfront + $4k/mo. payback months?', ['16.3 months']],
    ]);
  });

  it('GIVEN a running cost above the rent THEN it never breaks even, said plainly', () => {
    expectAll([
      ['buy at $10,000 drawing 2 kW at $1/kWh or rent at $1/hour - break-even in hours?', ['never pays back']],
    ]);
  });
});

describe('the volume where a fixed fee pays off', () => {
  it('GIVEN a fixed fee plus a unit price against a unit price alone THEN fee ÷ price gap', () => {
    const t = 'dedicated: $9,000/month plus $0.10/M tokens; pay-as-you-go: $1/M. at what volume do they cost the same?';
    expect(volumeBreakEvenOf(t, parseQuantities(t))?.alone.raw).toBe('$1/M');
    expectAll([[t, ['10B tokens a month']]]);
  });

  it('GIVEN the fixed-fee side with the higher unit price THEN a sentence that they never cost the same', () => {
    expectAll([['plan A: $500/month + $2/M tokens; plan B: $1/M tokens. when do they cost the same?', ['never']]]);
  });
});

describe('blended input and output prices', () => {
  it('GIVEN a budget, two prices and input tokens per output token THEN the tokens the blend affords', () => {
    const t = '$1,000 a month, $1/M input and $5/M output, 4 input tokens per output token: tokens a month?';
    const blend = mixOf(t, parseQuantities(t)).find((q) => q.dims.token === -1);
    expect(blend?.value).toBeCloseTo(1.8e-6);
    expectAll([[t, ['556M tokens a month']]]);
  });

  it('GIVEN shares of the volume at two prices THEN one blended total', () => {
    expectAll([['10M tokens a day, 70% input at $2/M and 30% output at $8/M. daily cost?', ['$38 a day']]]);
  });
});

describe('a margin over several costs', () => {
  it('GIVEN a revenue and three costs THEN (revenue − their sum) ÷ revenue', () => {
    const t = 'revenue $10M; compute costs $4M, staff $2M, rent $1M. gross margin?';
    expect(marginOf(t, parseQuantities(t))?.revenue.raw).toBe('$10M');
    expectAll([[t, ['30%', 'gross profit $3M']]]);
  });
});

describe('a split where some pay more', () => {
  it('GIVEN "the N biggest pay a double share" THEN a regular and a double share', () => {
    expectAll([['$300M shared by 20 countries; the 5 largest pay a double share. each share?', ['$12M', '$24M']]]);
  });
});

describe('a multiple asked as a percentage too', () => {
  it('GIVEN "what multiple, and as a %" THEN both', () => {
    expectAll([['a $40M loss on $8M revenue: what multiple, and the loss as % of revenue?', ['5×', '500%']]]);
  });
});

describe('figures of the wrong kind are refused', () => {
  it('GIVEN a price each with nothing counted THEN no total is made of it', () => {
    expect(say('if 1% of visitors pay $120 a year each, what revenue is that?')).not.toMatch(/\$1\.2\b/);
  });

  it('GIVEN a year before "- %" THEN the year is not a percentage', () => {
    expect(parseQuantities('$72B in 2025 - % increase?').map((q) => q.raw)).toEqual(['$72B']);
  });
});

describe('the average rate a total change implies', () => {
  it('GIVEN a total multiple drop over months THEN the average monthly decline, compounded', () => {
    expectAll([['a 100x cost drop over 24 months: average monthly % decline?', ['−17.5% a month']]]);
  });

  it('GIVEN a total percentage rise over years THEN the yearly rate', () => {
    expectAll([['sales rose 300% over 4 years - what annual growth rate is that?', ['+41.4% a year']]]);
  });
});

describe('a volume against a fixed fee alone', () => {
  it('GIVEN only a fixed fee and a unit price THEN fee ÷ price', () => {
    expectAll([
      ['our cluster is a flat $6,000 a month; the API charges $2/M tokens. break-even volume?', ['3B tokens a month']],
    ]);
  });
});

describe('an amount over a period just gone', () => {
  it('GIVEN tokens, requests or spending "last quarter", "this week", "in march" THEN they are that period\'s rate', () => {
    expectAll([
      ['we pushed 900M tokens last quarter at $1.20/M — average monthly bill?', ['$360 a month']],
      ['spent $3,500 on inference this week; at that pace what is a year?', ['$182,']],
      ['the api bill was $21,900 over the past month, per day?', ['$720 a day']],
    ]);
  });

  it('GIVEN a sum raised or a valuation dated "last year" THEN it stays a sum, not a yearly flow', () => {
    expectAll([['we raised $12M last year and burn $500k a month — runway?', ['24 months']]]);
  });
});
