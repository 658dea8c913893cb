// Money named by a period's adjective before it is money each period; a level that compounds, asked where it ends, is
// answered in its own unit.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('money named by a period before it', () => {
  it('GIVEN "annual contract is $X" and a prepay over years with a discount THEN years × X less the discount', () => {
    expectAll([
      ['the annual licence is $100k; 20% off if we prepay 3 years. upfront cost?', ['$240,000']],
      ['our monthly bill is $5k — what is that per year?', ['$60,000']],
    ]);
  });
});

describe('a level growing at a rate, asked where it ends', () => {
  it('GIVEN a count named before its number and a monthly growth THEN the level after the months', () => {
    const out = say('DAU at 10k, up 10% a month. where will we be after 2 months?');
    expect(out).toContain('12,100');
  });
});
