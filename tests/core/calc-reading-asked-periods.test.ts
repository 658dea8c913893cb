// What each user number is: a price per seat with no period when a period is asked, money written before a chip word
// that describes a thing bought, and each side of a saving in the period its own clause asks.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a price per seat written with no period', () => {
  it('GIVEN a seat price and a year asked THEN the price is read as monthly and said so', () => {
    const out = say('$25 a seat for 80 seats — yearly cost?');
    expect(out).toContain('$24,000 a year');
    expect(out).toContain('monthly');
    expectAll([['we have 500 users at $12/user, what is the annual bill', ['$72,000']]]);
  });

  it('GIVEN a seat price and no period asked THEN the plain total', () => {
    expectAll([['$25 a seat for 80 seats, total?', ['$2,000']]]);
  });
});

describe('a scaled number before a chip word that describes a thing bought', () => {
  it('GIVEN a cluster written off over a life plus a monthly cost THEN the cluster is money', () => {
    expectAll([
      ['a 4.8M gpu cluster over a 4-year life plus 20k/mo power — monthly all-in?', ['$120,000']],
      ['we ordered a 60k gpu server, 25% due upfront: how much?', ['$15,000']],
    ]);
  });

  it('GIVEN a price per chip THEN the number still counts chips', () => {
    expectAll([['a 10k gpu cluster bought at $25k per gpu, capex?', ['$250M']]]);
  });
});

describe('each side of a saving in the period its clause asks', () => {
  it('GIVEN the rest asked monthly and the saving asked yearly THEN each in its own period', () => {
    const out = say('inference runs $30k/mo; a 20% discount — what do we pay monthly and what is saved a year?');
    expect(out).toContain('$24,000 a month');
    expect(out).toContain('$72,000 a year');
  });
});
