// Slow questions must not hold up anyone's acknowledgement: eight worst-case questions sent at once with a short
// one, through the real Bolt app and the real engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACK_ANSWER_BUDGET_MS,
  createSlackApp,
  SLACK_EVENTS_PATH,
  type SlackApp,
} from '../../src/adapters/slack/app.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { FORM, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, start } from '../support/slack-standin.js';
import { SECRET } from './fixture.js';

let standin: SlackStandin;
let slack: SlackApp;
let events: string;
beforeAll(async () => {
  standin = await start();
  slack = createSlackApp({
    botToken: 'xoxb-load',
    signingSecret: SECRET,
    apiUrl: standin.url,
    dispatcher: new Dispatcher(createEngine(loadKnowledge())),
  });
  events = `http://127.0.0.1:${(await slack.start(0)).port}${SLACK_EVENTS_PATH}`;
  await timedCommand('help'); // first-request set-up is not what this measures
});
afterAll(async () => {
  await slack.stop();
  await standin.close();
});

/** 2,000 characters of distinct four-letter non-words: every one goes through typo correction, none is memoised. */
function worstCase(seed: number): string {
  let x = seed;
  const letter = () => {
    x = (x * 16807) % 2147483647;
    return String.fromCharCode(97 + (x % 26));
  };
  return Array.from({ length: 400 }, () => `${letter()}${letter()}${letter()}${letter()}`)
    .join(' ')
    .slice(0, 2_000);
}

/** Sends /aiecon `text`; resolves with how long the ack took and what it carried. */
async function timedCommand(text: string): Promise<{ ms: number; body: Record<string, any> | undefined }> {
  const t0 = performance.now();
  const res = await postSigned(events, {
    secret: SECRET,
    body: slashCommandBody({ text, response_url: standin.responseUrl() }),
    contentType: FORM,
  });
  const raw = await res.text();
  return { ms: performance.now() - t0, body: raw ? JSON.parse(raw) : undefined };
}

describe('GIVEN eight worst-case questions and a short one at once', () => {
  it('THEN every ack comes inside the answer budget and the short question is answered in its ack', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => timedCommand(worstCase(i + 1))),
      timedCommand('what did DeepSeek V3 cost?'),
    ]);
    for (const r of results) expect(r.ms).toBeLessThan(ACK_ANSWER_BUDGET_MS + 500);
    expect(results.at(-1)!.body?.text).toMatch(/DeepSeek V3/);
    expect(results[0]!.body?.text).toMatch(/too long/);
  }, 30_000);
});
