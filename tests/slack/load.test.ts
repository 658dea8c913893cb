// Slow questions must not hold up anyone's acknowledgement: eight worst-case questions sent at once with a short
// one, through the real Bolt app and the real engine, alone and again while a digest tick for 10,000
// subscriptions composes, claims and posts on the same event loop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACK_ANSWER_BUDGET_MS,
  createSlackApp,
  SLACK_EVENTS_PATH,
  type SlackApp,
} from '../../src/adapters/slack/app.js';
import { createSlackChannelPoster } from '../../src/adapters/slack/poster.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { createDigestComposer } from '../../src/digest/composer.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { subscription } from '../digest/support/harness.js';
import { cpuContention } from '../support/contention.js';
import { eventBody, FORM, JSON_TYPE, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, start } from '../support/slack-standin.js';
import { SECRET } from './fixture.js';

const knowledge = loadKnowledge();
let standin: SlackStandin;
let slack: SlackApp;
let events: string;
beforeAll(async () => {
  standin = await start();
  slack = createSlackApp({
    botToken: 'xoxb-load',
    signingSecret: SECRET,
    apiUrl: standin.url,
    dispatcher: new Dispatcher(createEngine(knowledge)),
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

/** Sends an @mention event; resolves with how long the ack took. */
async function timedMention(i: number): Promise<number> {
  const t0 = performance.now();
  const body = eventBody({
    type: 'app_mention',
    text: '<@UAIECONBOT> what did GPT-4 cost?',
    channel: 'CLOAD',
    ts: `${i}.1`,
  });
  const res = await postSigned(events, { secret: SECRET, body, contentType: JSON_TYPE });
  await res.text();
  return performance.now() - t0;
}

/** Slowest ack allowed: the answer budget is a timer and does not stretch, but the 500 ms margin is work on the event
 * loop, which a contended CPU (measured before and after, see tests/support/contention.ts) stretches. */
function ackLimit(...contention: number[]): number {
  return ACK_ANSWER_BUDGET_MS + 500 * Math.max(...contention);
}

/** What the asker sees of a burst's nine answers: each in its ack or, when the app acked first, through response_url
 * (postSigned hands an ack's message to response_url too, as Slack shows both alike). */
async function shownAnswers(before: number): Promise<string[]> {
  const calls = await standin.waitFor('response_url', before + 9, 30_000);
  return calls.slice(before).map((c) => String(c.body.text));
}

/** The eight worst-case questions and the short one, at once. */
async function burst(): Promise<Array<{ ms: number; body: Record<string, any> | undefined }>> {
  return Promise.all([
    ...Array.from({ length: 8 }, (_, i) => timedCommand(worstCase(i + 1))),
    timedCommand('what did DeepSeek V3 cost?'),
  ]);
}

describe('GIVEN eight worst-case questions and a short one at once', () => {
  it('THEN every ack comes inside the answer budget and every question, the short one too, is answered', async () => {
    const before = cpuContention();
    const shown = standin.callsTo('response_url').length;
    const results = await burst();
    const limit = ackLimit(before, cpuContention());
    for (const r of results) expect(r.ms).toBeLessThan(limit);
    const answers = await shownAnswers(shown);
    expect(answers.filter((t) => /DeepSeek V3/.test(t))).toHaveLength(1);
    expect(answers.filter((t) => /too long/.test(t))).toHaveLength(8);
  }, 30_000);
});

describe('GIVEN a digest tick for 10,000 subscriptions running during Slack load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aiecon-load-digest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('THEN the burst, a mention every 50 ms and the short question are all acked inside the budget while the tick posts', async () => {
    const store = openSqliteStore(join(dir, 'load.db'));
    const composer = await createDigestComposer(knowledge, store);
    const nine = new Date('2026-03-02T09:00:00Z');
    const later = new Date('2026-03-02T17:00:00Z');
    // 1,000 digests due at 09:00 among 10,000; next runs written up front, as earlier ticks would have.
    await store.batch(async () => {
      for (let i = 0; i < 10_000; i++) {
        const sub = subscription('slack', `CD${i}`, i < 1_000 ? '0 9 * * *' : '0 17 * * *', 'UTC');
        await store.upsertSubscription(sub);
        await store.initState(sub.id, composer.baseline());
        await store.setNextRun(sub.id, i < 1_000 ? nine : later);
      }
    });
    await store.setLastTick(new Date('2026-03-02T08:59:50Z'));
    const scheduler = createScheduler({
      store,
      composer,
      posters: [createSlackChannelPoster('xoxb-load', { apiUrl: standin.url })],
      clock: () => new Date('2026-03-02T09:00:10Z'),
      graceMs: 3_600_000,
    });
    standin.reset();
    const shown = standin.callsTo('response_url').length;
    const tick = scheduler.tick().then(async (report) => {
      await scheduler.idle();
      return report;
    });
    const before = cpuContention();
    const mentions: Array<Promise<number>> = [];
    const drip = setInterval(() => mentions.push(timedMention(mentions.length)), 50);
    const results = await burst();
    const report = await tick;
    clearInterval(drip);
    const mentionAcks = await Promise.all(mentions);
    await store.close();

    expect(report).toEqual({ due: 1_000, claimed: 1_000, skipped: 0 });
    expect(standin.callsTo('chat.postMessage').filter((c) => String(c.body.channel).startsWith('CD'))).toHaveLength(
      1_000,
    );
    expect(mentionAcks.length).toBeGreaterThan(5);
    const acks = [...results.map((r) => r.ms), ...mentionAcks];
    const limit = ackLimit(before, cpuContention());
    for (const ms of acks) expect(ms).toBeLessThan(limit);
    expect((await shownAnswers(shown)).filter((t) => /DeepSeek V3/.test(t))).toHaveLength(1);
  }, 90_000);
});
