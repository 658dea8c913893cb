// A price named in words inside a calculation ("at the oct-2024 gpt-3.5-level price") is the sourced one, over the
// time the user gives; never a count of tokens where a bill is meant.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe('tokens per period at a price named in words', () => {
  it('GIVEN a daily volume, a year and the dated sourced price THEN the year’s bill at that price', () => {
    const out = say('2B tokens a day at the gpt-3.5-level price of oct 2024, over a full year?');
    expect(out).toContain('730B tokens');
    expect(out).toContain('$51.1K');
    expect(out).not.toContain('Nov 2022');
  });

  it('GIVEN a volume per period and a price named in words THEN never a bare token count as the answer', () => {
    const out = say('3B tokens per week at the 2024 gpt-3.5-level price, for 4 weeks — what do we pay?');
    expect(out).toMatch(/\$/);
    expect(out).not.toMatch(/^That comes to [\d.]+[kmbt]? tokens/i);
  });
});
