// A price written for a machine of several chips ("an 8x a100 node at $14/hr") is the machine's, never one chip's.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('chips that describe the machine a price is for', () => {
  it('GIVEN one machine of N chips at a price an hour THEN the price is the whole machine’s', () => {
    expectAll([
      ['a 4x h100 server rents for $10/hr — what do 5 days cost', ['$1,200']],
      ['one 8-gpu box at $16 an hour for 50 hours, total?', ['$800']],
      ['a 4x a10g instance costs $6/hr; running it 2 weeks costs?', ['$2,016']],
    ]);
    expect(say('an 8x a100 node at $12/hr for 10 hours')).not.toContain('$960');
  });

  it('GIVEN several machines of N chips with a price each THEN machines × price × time', () => {
    expectAll([
      ['three 8x h100 nodes at $20/hr each for a day', ['$1,440']],
      ['5 servers (4 gpus each) at $9/hr each, for 10 hours', ['$450']],
    ]);
  });

  it('GIVEN machines of N chips priced per chip-hour THEN every chip is priced', () => {
    expectAll([
      ['two 4-gpu nodes at $2/gpu-hr for 10 hours', ['$160']],
      ['an 8x h100 node at $3 per gpu-hour for a day', ['$576']],
    ]);
  });

  it('GIVEN one machine named by a dash-glued chip count and its own power draw THEN the draw is the machine’s', () => {
    expectAll([['a 4-gpu box draws 3 kW around the clock for 10 days at $0.10/kWh — power bill?', ['$72']]]);
  });
});
