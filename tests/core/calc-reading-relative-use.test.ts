// A sum split between two parties where one uses a multiple of the other's share: the multiple sets the weights
// (m : 1), it never multiplies the sum; and a part asked that would come out larger than the whole is no answer.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('one party using a multiple of another’s share', () => {
  it('GIVEN a bill split by usage and "X uses N× Y" THEN X pays N/(N+1) and Y 1/(N+1)', () => {
    expectAll([
      ['split an $8k cloud bill by usage — vision uses 3x what audio does', ['vision $6,000', 'audio $2,000']],
      ['divide $12k between search and ads by usage; search consumes twice as much as ads', ['$8,000', '$4,000']],
      ['infra team used half what research used; split the $9k invoice by use', ['$3,000', '$6,000']],
    ]);
    expect(say('split an $8k cloud bill by usage — vision uses 3x what audio does')).not.toContain('$24,000');
  });

  it('GIVEN a share asked whose worked figure is larger than the whole THEN no figure', () => {
    const out = say('we split a $10k bill with a team that burns four times as much as us, what is our share');
    expect(out).not.toContain('$40,000');
  });

  it('GIVEN an even split THEN each part as before', () => {
    expectAll([['5 of us split a $3k offsite; what does each pay', ['$600']]]);
  });
});
