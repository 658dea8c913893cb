// A margin's inputs read as written: a revenue abbreviated ("rev", "ARR") is the revenue whichever amount is larger,
// and costs listed per seat beside a price per seat add up, never divide one another.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a revenue named by its short word', () => {
  it('GIVEN "rev" smaller than the costs THEN a negative margin on the revenue, not the two swapped', () => {
    expectAll([['rev 4M, costs 10M — margin %?', ['-150%']]]);
    expect(say('rev 4M, costs 10M — margin %?')).not.toContain('60%');
  });
});

describe('costs listed per seat beside a price per seat', () => {
  it('GIVEN two costs per seat, one without a dollar sign THEN their sum is the cost', () => {
    expectAll([['we bill $40/seat; model spend 9/seat, hosting 3/seat. gross margin?', ['70%']]]);
  });
});
