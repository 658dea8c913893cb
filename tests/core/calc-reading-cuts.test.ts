// Cuts to a price read as written: two discounts each named as one ("a 10% loyalty discount and 25% off") apply one
// after the other, and a fraction of the volume written before a possessive ("half our usage") is the part a
// discount is on.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('two cuts, each named a discount', () => {
  it('GIVEN a "N% <kind> discount" and a second cut THEN both apply in turn, not one on a share of the other', () => {
    expectAll([
      ['list is $20/M; a 25% startup discount, then 40% off for off-peak use — rate?', ['$9 per million tokens']],
      ['$8/M list with a 50% volume discount and 25% off for batch. what per M?', ['$3 per million tokens']],
    ]);
    expect(say('$8/M list with a 50% volume discount and 25% off for batch. what per M?')).not.toContain('$7');
  });
});

describe('a fraction of the volume before a possessive', () => {
  it('GIVEN "half our traffic" or "a third of their calls" at a discount THEN the discount on that part only', () => {
    expectAll([
      ['half our traffic goes through batch at 50% off; list $4/M — blended rate?', ['$3 per million tokens']],
      ['a quarter of our calls get a 20% discount, list price $10/M, effective?', ['$9.50 per million tokens']],
    ]);
  });
});
