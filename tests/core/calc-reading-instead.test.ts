// "40 sign up instead of 50": the new count replaces the old one, each split worked and the gap shown; the old count is
// never a divisor or a multiplier of the new one.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a count written with "instead of" another', () => {
  it('GIVEN "N sign up instead of M" THEN the split with each count and the difference', () => {
    const out = say('a $3M pool: if only 60 firms join instead of 75, what does each put in and how much more?');
    expect(out).toContain('$50,000');
    expect(out).toContain('$40,000');
    expect(out).toContain('$10,000');
    expect(out).not.toMatch(/\$225M|\$180M/);
  });

  it('GIVEN the old count named again after the new one THEN the two splits', () => {
    expectAll([
      ['a $12k dinner split among 60 guests; only 48 attend instead of 60. cost per guest now?', ['$250', '$200']],
      ['if 6 of us share the $1,200 cabin instead of 8, how much more does each pay?', ['$200', '$150', '$50']],
    ]);
  });

  it('GIVEN a second count followed by "instead" THEN it is the other case', () => {
    expectAll([
      ['$500k split among 10 teams; if 8 teams take part instead, how much more each?', ['$62,500', '$50,000']],
    ]);
  });
});
