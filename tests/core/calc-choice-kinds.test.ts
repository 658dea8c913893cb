// Calculation kinds that set choices against each other or share one amount out: two ways of paying over a span,
// a bill split by what each party used, and the like, each asked several ways.
import { describe, it } from 'vitest';
import { expectAll } from '../support/ask-engine.js';

describe('two ways of paying over a span written short', () => {
  it('GIVEN an hourly rate against an upfront fee plus a lower rate, over "a yr" or "a qtr" THEN both totals and the gap', () => {
    expectAll([
      [
        'plan x: $1.10/hr around the clock for a yr. plan y: $3,000 upfront + $0.70/hr. which is cheaper?',
        ['$9,636', '$9,132', '$504'],
      ],
      [
        'for a qtr, on-demand at $3/hr or a $2,500 commitment plus $1.80/hr — which is cheaper?',
        ['$6,570', '$6,442', '$128'],
      ],
    ]);
  });
});
