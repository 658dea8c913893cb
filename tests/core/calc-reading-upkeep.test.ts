// A share of a purchase paid each period to keep it (upkeep, maintenance, support, insurance): added up over the
// years, never compounded like a growth rate, and shown alone when only the upkeep is asked.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a yearly share of a price paid for upkeep', () => {
  it('GIVEN a price and its upkeep as a % a year over some years THEN the price plus the upkeep each year', () => {
    expectAll([
      ['$800k of servers with 5% yearly upkeep over 6 years — total?', ['$1.04M', '1 + 5% yearly × 6 years']],
      ['rack costs $250k, maintenance runs 12% a year, 4-year total cost?', ['$370,000']],
      ['$3M cluster + 8% annual support contract, cost of ownership over 5 years', ['$4.2M']],
    ]);
    expect(say('$800k of servers with 5% yearly upkeep over 6 years — total?')).not.toContain('$1.07M');
  });

  it('GIVEN only the upkeep asked THEN the upkeep alone, without the price', () => {
    expectAll([['what will maintenance come to over 3 years on a $600k cluster at 10% a year?', ['$180,000']]]);
  });

  it('GIVEN an amount that grows by a % a year THEN it still compounds', () => {
    expectAll([['a $1M bill growing 10% a year, what is it after 3 years?', ['$1.33M']]]);
  });
});
