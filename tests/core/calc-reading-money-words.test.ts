// A bare number that a word of money names ("costs us 50", "180k fully loaded", "40M costs vs 5M rev") is dollars, read
// as if written with a "$"; money going out set against money coming in is never two alternatives worked apart.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe('bare numbers named as money by the words beside them', () => {
  it('GIVEN "costs us 50" beside a monthly price and a fixed cost THEN the break-even count uses it', () => {
    const out = say('fixed infra 60k/mo, every subscriber pays 250/mo and costs us 50 to run. break-even subscribers?');
    expect(out).toContain('300 subscribers');
  });

  it('GIVEN people at a bare "fully loaded" pay THEN their yearly cost', () => {
    expect(say('20 data scientists at 180k fully loaded, total yearly cost?')).toContain('$3.6M a year');
  });

  it('GIVEN a bill written as a list of shares THEN the shares still split it', () => {
    const out = say('split the 60k bill 40/40/20 across three groups');
    expect(out).toContain('$24,000');
    expect(out).toContain('$12,000');
  });

  it('GIVEN costs set against revenue and a pot, years asked THEN never each amount worked as an alternative', () => {
    const out = say('we have 40M costs vs 5M rev. how many yrs does 100M last?');
    expect(out).not.toMatch(/With 40M|With 5M|2\.5 yrs|20 yrs/);
  });

  it('GIVEN "how many yrs" THEN years are asked, as with "how many years"', () => {
    expect(say('how many yrs does $900k last at $300k a year?')).toContain('3 years');
  });
});

describe('rates and periods written the short way', () => {
  it('GIVEN a bare amount with a slash to a month after "for" a machine THEN money, per chip-hour when asked', () => {
    expect(say('we rent a 4xa100 server for 6k/mo — cost per gpu-hour?')).toContain('$2.05 per A100-hour');
  });

  it('GIVEN a month’s hours written alone beside a monthly price THEN they convert it, not multiply it', () => {
    expect(say('we pay 3k/mo for 4 gpus, 730 hours, cost per gpu hour')).toContain('$1.03 per GPU-hour');
    expect(say('$2,000/mo server for 730 hrs, total?')).toContain('$2,000');
  });

  it('GIVEN a budget named "annual" after a bare sum THEN it is per year', () => {
    expect(say('a fifth of our 3M annual cloud budget is storage. per month?')).toContain('$50,000 a month');
  });

  it('GIVEN a bare sum named annualized THEN per month and per day', () => {
    const out = say('a startup at 7.3M annualized — per month and per day?');
    expect(out).toContain('$608,333 a month');
    expect(out).toContain('$20,000 a day');
  });

  it('GIVEN requests a second as "rps" or "qps" THEN a rate per second', () => {
    expect(say('avg 10 rps, ~500 tokens per request. tokens per day?')).toContain('432M tokens a day');
    expect(say('we serve 30 qps at $0.002 per query, monthly bill?')).toContain('$157,680 a month');
  });

  it('GIVEN a percentage of headroom on a fleet THEN more GPUs, never fewer', () => {
    const out = say('one card does 6 req/s, traffic peaks at 240 rps, keep a 20% buffer — gpus needed?');
    expect(out).toContain('48 GPUs');
  });

  it('GIVEN a model size glued to "b" before "cost" THEN never a sum of money', () => {
    expect(say('what did falcon 180b cost per billion training tokens at cloud rental prices?')).not.toContain('$180B');
  });
});

describe('a price set against one per a counted thing', () => {
  it('GIVEN a per-GPU monthly price, a GPU count and a cheaper monthly price switched to THEN both for all the GPUs', () => {
    const out = say('we pay 3k/mo per gpu today, 10 gpus. switching to 1.2k/mo elsewhere saves how much per yr?');
    expect(out).toContain('$144,000 a year');
    expect(out).toContain('$216,000');
    expect(out).not.toContain('$14,400 a year');
  });

  it('GIVEN a flat monthly amount added to a per-GPU price THEN it stays flat', () => {
    expect(say('$3k/mo per gpu for 8 gpus plus $500/mo storage, monthly total?')).toContain('$24,500 a month');
  });
});
