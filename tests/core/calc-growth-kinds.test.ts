// Growth with the user's own numbers, each kind asked several ways: a range of rates written "/yr" or "y/y", a
// multiple every N periods ("doubles every 4 months"), the time between two named months, and the implied rate or
// change between two ends written once with their unit ("from 2,400 to 1,500 tokens", "20k -> 65k").
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('a range of rates per period, compounded', () => {
  it('GIVEN "2-3x/yr" or "20-30%/yr" and a duration THEN the low and high ends compounded', () => {
    expectAll([
      [
        'if frontier run costs keep growing at the 2-3x/yr pace, what does a $100M run today cost 2 years out?',
        ['$400M to $900M'],
      ],
      ['spend grows 20-30%/yr; $10M now, what in 3 yrs?', ['$17.3M to $22M']],
      ['costs grow 2-3x y/y. $50M today, in 2 years?', ['$200M to $450M']],
    ]);
  });
});

describe('a multiple every N periods', () => {
  it('GIVEN "doubles every N months" THEN the rate is the multiple spread over the N periods', () => {
    const [q] = parseQuantities('usage doubles every 4 months');
    expect(q).toMatchObject({ dims: { times: 1, hour: -1 }, per: 'month', apply: 'compound' });
    expect(q!.value ** 4).toBeCloseTo(2);
    expectAll([
      ['usage doubles every six months; 2B tokens a month now, what in 18 months?', ['16B tokens a month']],
      ['our bill triples every 2 years, $30k/mo today. in 4 years?', ['$270,000 a month']],
      ['costs halve every 18 months; $1M/yr now, after 3 years?', ['$250,000 a year']],
    ]);
  });

  it('GIVEN a month now and a later month asked THEN the months between are the duration', () => {
    expectAll([
      [
        "token volume doubles every 4 months. we're at 100M tokens/mo in january - what volume by next january?",
        ['800M tokens a month', '12 months (january to next january)'],
      ],
      ['we spent $40k in january and $90k by june. monthly growth rate?', ['+17.6% a month', 'over 5 months']],
    ]);
  });
});

describe('two ends of a change with the unit written once', () => {
  it('GIVEN "from A to B <unit>" THEN A is in B\'s unit and the change is worked', () => {
    expectAll([
      ['if we trim prompts from 2,400 to 1,500 tokens per request how much % do we save on input spend', ['37.5%']],
      ['cutting output from 600 to 450 tokens a reply saves what %?', ['25%']],
    ]);
  });

  it('GIVEN two bare scaled counts joined by an arrow or "to" and a duration THEN the implied rate per period', () => {
    expectAll([
      ['user base went 20k -> 65k in 9 months. implied monthly growth rate?', ['+14% a month']],
      ['signups grew from 1.2k to 4k over 6 months - monthly growth?', ['+22.2% a month']],
    ]);
  });

  it('GIVEN years joined by "to" THEN they are not amounts', () => {
    expect(parseQuantities('from 2020 to 2024 the price fell 90%').map((q) => q.raw)).toEqual(['90%']);
  });
});

describe('a rate the user picks from a sourced range', () => {
  it('GIVEN a single rate and the range it was taken from in brackets THEN only the single rate compounds', () => {
    expectAll([
      [
        'a $10M run today; if costs rise 2.2x a year (inside the 2-3x range the article gives), cost in 4 years?',
        ['$234M'],
      ],
      ["our model cost $3M. at 2.5x per year, within the wiki's 2-3x range, cost after 5 years?", ['$293M']],
    ]);
  });

  it('GIVEN a range of multiples "more each year" THEN it compounds over the years, low and high', () => {
    expectAll([['training runs cost 2-3x more each year. a $1M run now costs what in 3 years?', ['$8M to $27M']]]);
  });
});

describe('years until a level growing at the user rate passes a sourced figure', () => {
  it("GIVEN the user's count and a sourced cap THEN log(cap ÷ count) ÷ log(1 + rate)", () => {
    expectAll([
      ['our app is at 300M MAU growing 20%/yr — how many years until the llama licence MAU cap?', ['4.65 years']],
    ]);
  });

  it("GIVEN growth of one of a company's figures towards another of its own THEN both from the sources", () => {
    expectAll([
      [
        "stability's revenue growing 80% a year: how many years until it matches its cloud bill of 99M?",
        ['3.74 years'],
      ],
    ]);
  });
});

describe('the compound rate between two ends, the first written bare before an arrow or "to"', () => {
  it('GIVEN "3B → 11B tokens/mo over N months" THEN the first end takes the unit of the second and the rate is asked', () => {
    expectAll([
      ['usage went 3B → 11B tokens/mo over 6 months. compounded monthly growth?', ['+24.2% a month']],
      ['tokens went 2B -> 9B a day over 5 months; monthly growth rate?', ['+35.1% a month']],
      ['ARR 4M → 30M in 3 years, what is the CAGR?', ['+95.7% a year']],
    ]);
  });

  it('GIVEN "compounded" asked of two amounts and a duration THEN the compound rate', () => {
    expectAll([
      ['spend grew from $10k/mo to $45k/mo in 8 months, compounded monthly?', ['+20.7% a month']],
      ['invoices rose $2k to $9k per week across 10 weeks — what compounded weekly rate is that', ['+16.2% a week']],
    ]);
  });
});

describe('the level in a numbered period of an amount growing each period', () => {
  it('GIVEN "$X in month 1, grows r every month — month K?" THEN X × (1 + r)^(K − 1)', () => {
    expectAll([
      ['our api spend is $25k in month 1, growing 10% a month. spend in month 6?', ['$40,263', '5 months']],
      ['revenue was $2M in year 1 and grows 40% per year; revenue in year 5?', ['$7.68M', '4 years']],
      [
        'cloud costs start at $8,000 in the first month and rise 5% monthly. what is the bill in month 24?',
        ['$24,572', '23 months'],
      ],
      ['token prices fall 30% a year; $10/M in year 1, what in year 4?', ['$3.43 per million tokens']],
    ]);
  });
});

describe('periods until a growing amount passes another, a period written on one side only', () => {
  it('GIVEN "costs of $X/yr vs $Y revenue, revenue grows r a year" THEN the smaller grows to the larger', () => {
    expectAll([
      [
        'costs of $60M/yr vs $12M revenue; revenue grows 70% a year, costs flat. how many years until revenue beats costs?',
        ['3.03 years', 'in year 4'],
      ],
      [
        'with 2M/mo revenue growing 10% monthly and 9M/mo costs flat, after how many months does revenue overtake costs?',
        ['in month 16', '$9.19M a month by then'],
      ],
    ]);
  });
});

describe('the calendar year a growing amount first passes a goal', () => {
  it('GIVEN the year the start amount is at THEN the year it passes the goal, not only the count of years', () => {
    expectAll([
      ['our ARR was $2M in 2023 and doubles every year. which year do we pass $50M?', ['in 2028', 'year 5']],
      ['in 2022 a frontier run cost $40M; costs grow 3x a year. what year does a run first top $10B?', ['in 2028']],
      ['a lab earning $500M in 2026, growing 40% a year: when will it reach $5B?', ['in 2033']],
      ['begin at $50M in 2021, 3x/yr. first year it passes $5B?', ['in 2026']],
    ]);
  });

  it('GIVEN no year or only a deadline year THEN the count of years alone', () => {
    expectAll([['$10M revenue growing 80% a year, what year does it pass $1B?', ['year 8']]]);
    expect(say('$10M revenue growing 80% a year, what year does it pass $1B?')).not.toMatch(/\b20\d\d\b/);
  });

  it('GIVEN costs flat and revenue growing, whole years asked THEN the year revenue first passes costs', () => {
    expectAll([
      [
        'burn is $80M a year vs $10M revenue; revenue grows 60% a year, costs flat. after how many whole years does revenue beat costs?',
        ['year 5'],
      ],
    ]);
  });
});
