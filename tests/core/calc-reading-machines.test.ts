// Reading machines that hold chips, comparisons named by their period and exchange rates written with an arrow.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('chips that describe a machine the price is for', () => {
  it('GIVEN machines of N chips and a price per machine THEN machines × price × time', () => {
    expectAll([['6 servers of 8 gpus, $50/hr per server, for 3 days', ['$21,600']]]);
  });

  it('GIVEN machines of N chips and a price per chip-hour THEN all the chips are priced', () => {
    expectAll([['2 nodes of 4 gpus at $3/gpu-hr for 100 hours', ['$2,400']]]);
  });
});

describe('a change between two amounts named "month over month"', () => {
  it('GIVEN two bare amounts and "month over month" THEN the % change, no duration', () => {
    const out = say('spend went 20k -> 25k month over month, % change?');
    expect(out).toContain('25%');
    expect(out).not.toMatch(/hours|months/);
  });
});

describe('an exchange rate written with an arrow or "to"', () => {
  it('GIVEN euros and "eur→usd at" a rate THEN the amount in dollars', () => {
    expectAll([
      ['we spend €5,000/month on inference. eur→usd at 1.10 — per year in dollars?', ['$66,000']],
      ['our hosting is €4,000 a month, eur -> usd 1.25, annual cost in usd?', ['$60,000']],
      ['€2,000 of credits, eur to usd at 1.2: how many dollars?', ['$2,400']],
    ]);
  });
});
