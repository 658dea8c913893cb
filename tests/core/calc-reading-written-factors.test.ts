// Numbers written in forms the reading used to skip, which left a worked figure short of one of the user's amounts:
// a multiple with its sign before it ("x1.4 for cooling") and a head count after the word for the group ("a team
// of 30").
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a multiple written with its sign first', () => {
  it('GIVEN "x1.4 for cooling" beside a power bill THEN the bill is multiplied by it', () => {
    expectAll([['4 gpus at 1kW each, x1.4 for cooling, for 100 hours at $0.10/kWh — cost?', ['$56', '× 1.4']]]);
    expect(say('4 gpus at 1kW each, x1.4 for cooling, for 100 hours at $0.10/kWh — cost?')).not.toContain(
      'That comes to $40',
    );
  });

  it('GIVEN a chip count written "h100 x8" THEN no multiple is read from it', () => {
    expect(say('h100 x8 at $2/gpu-hr for 10 hours')).not.toContain('× 8 =');
  });
});

describe('a head count after the word for the group', () => {
  it('GIVEN "team of N" and a price per user THEN N users', () => {
    expectAll([['a team of 30 on $25/user/mo — yearly bill?', ['$9,000 a year']]]);
  });
});

describe('a share of the user’s own count paying an amount that names its payers', () => {
  it('GIVEN "N downloads; X% become $Y/mo subscribers" THEN N × X% × $Y', () => {
    expectAll([
      ['our sdk has 4M downloads; if 0.5% of those became $8/mo customers, monthly revenue?', ['$160,000 a month']],
      ['3M installs, and 1% turn into $12 a month subscribers: yearly revenue?', ['$4.32M a year']],
    ]);
  });
});

describe('machines counted by a number spaced from their chip word', () => {
  it('GIVEN "N gpu boxes at $X apiece" THEN N machines at $X, never $X spread over N chips', () => {
    expectAll([['20 gpu servers at $45k apiece — total outlay?', ['$900,000']]]);
    expect(say('20 gpu servers at $45k apiece — total outlay?')).not.toContain('per GPU');
  });

  it('GIVEN chips per machine written "8-gpu" THEN the machines are still counted by the number before', () => {
    expectAll([['two 8-gpu servers at $20/hr each, daily cost?', ['$960 a day']]]);
  });
});

describe('the cost of one thing, then a count of them', () => {
  it('GIVEN "one X costs $N; M of them?" THEN N × M, never N ÷ M', () => {
    expectAll([['a single 8b fine-tune costs about $2k; 25 of them?', ['$50,000']]]);
    expect(say('a single 8b fine-tune costs about $2k; 25 of them?')).not.toContain('$80');
  });
});
