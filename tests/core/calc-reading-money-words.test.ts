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
