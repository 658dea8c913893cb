// Reading a loss per dollar earned written in cents, a multiple written as a verb after an amount, "each x" between
// factors, and a whole period written as a list item before its price.
import { describe, it } from 'vitest';
import { expectAll } from '../support/ask-engine.js';

describe('a loss per dollar earned and a revenue that doubles', () => {
  it('GIVEN "loses Nc on every dollar" and a revenue THEN that share of the revenue is the loss', () => {
    expectAll([
      ['we lose 25 cents on every dollar of revenue; revenue is $8M, how big is the loss?', ['$2M']],
      ['a lab losing 40c on each dollar with 500M revenue — loss?', ['$200M']],
    ]);
  });

  it('GIVEN the revenue "doubles" THEN the loss is worked on twice the revenue', () => {
    expectAll([['they lose 50c on every dollar. if revenue of $1B doubles, what is the loss?', ['$1B']]]);
  });
});

describe('"each x" between factors of a chain', () => {
  it('GIVEN users x requests a day each x a price per request THEN every factor once', () => {
    expectAll([['2k users x 10 requests/day each x $0.01 per request — monthly (30d) cost?', ['$6,000']]]);
  });
});

describe('a whole period written as a list item before the price it runs at', () => {
  it('GIVEN "full year at" an energy price THEN the draw over the year', () => {
    expectAll([['load 100 kW, PUE 1.5, full year at 10c/kWh — power bill', ['$131,400']]]);
  });
});
