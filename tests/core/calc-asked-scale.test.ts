// Reading the unit a cost is asked per when it is so many of a thing ("per 1k requests", "per billion tokens"), and
// a count of things that happen written as what a money rate paid for ("a $900 daily bill over 300k chats").
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a cost asked per so many of a thing', () => {
  it('GIVEN a cost per one worked from the inputs THEN it is shown per the number asked, and per one', () => {
    expectAll([
      ['each chat uses 3k tokens at $2/M — cost per 10k chats?', ['$60 per 10,000 chats', '$0.006 per chat']],
      ['$9 per million tokens, 20k tokens per request, cost per 1000 requests', ['$180 per 1,000 requests']],
      ['spend is 40k a month on 8M calls. cost per 1,000 calls?', ['$5 per 1,000 calls']],
      ['a $12M run over 3T tokens: what did it cost per billion tokens', ['$4,000 per billion tokens']],
    ]);
  });

  it('GIVEN tokens and prices that never count the thing asked per THEN they describe one of it', () => {
    expectAll([['per 1k calls: 500 input tokens at $1/M plus 250 output at $4/M', ['$1.50 per 1,000 calls']]]);
  });

  it('GIVEN the unit a cost is given per and two costs THEN the change between them, not a count', () => {
    const out = say('price per 1k images went from $4 to $3 — what % cut?');
    expect(out).toContain('25%');
    expect(out).not.toMatch(/\$4,000|\$3,000/);
  });
});

describe('a count of things that happen beside a money rate', () => {
  it('GIVEN a monthly or daily bill over a number of requests THEN the bill per one of them', () => {
    expectAll([
      ['a $900 daily bill over 300k chats — cost per chat?', ['$0.003 per chat']],
      ['$18k a month serving 1.2M requests, what is that per request', ['$0.015 per request']],
    ]);
  });
});
