// The soak's digest kill (tests/replicas/digest-kill.ts) in a small form: three trials, so every `npm test`
// checks that a replica killed at a random moment neither loses nor doubles a digest. `npm run soak` runs 100.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type SlackStandin, start as startStandin } from '../support/slack-standin.js';
import { digestKillTrials } from './digest-kill.js';

describe('two digest replicas on one Postgres', () => {
  let standin: SlackStandin;
  beforeAll(async () => {
    standin = await startStandin();
  });
  afterAll(() => standin?.close());

  it('GIVEN either replica is SIGKILLed at a random moment THEN the slot is posted exactly once and recorded sent', async () => {
    // A fixed window instead of a learning run keeps this short; the soak learns it.
    const results = await digestKillTrials({ serverUrl: inject('postgresUrl'), standin }, 3, undefined, {
      windowMs: 600,
    });
    expect(results.map((r) => [r.posts, r.status])).toEqual([
      [1, 'sent'],
      [1, 'sent'],
      [1, 'sent'],
    ]);
  }, 120_000);
});
