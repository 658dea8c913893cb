import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('provider model ids with a date in them', () => {
  it('GIVEN an id ending in a date before "input"/"output" THEN its prices, never the date read as a token count', () => {
    expectAll([
      ['claude-3-5-sonnet-20241022 input and output price', ['input $3', 'output $15']],
      ['gpt-4o-2024-08-06 input price', ['input $2.5']],
      ['2,000,000 output tokens of claude-3-5-sonnet-20241022', ['2M output × $15/M = $30']],
    ]);
    expect(say('claude-3-5-sonnet-20241022 output price')).not.toMatch(/20\.2M|20,241,022/);
  });
});
