// A burst of distinct /aiecon questions through the real Bolt app: the app acks first and answers afterwards
// through response_url, and each asker still sees exactly the reply an idle app would have put in the ack.
// Which requests count as a burst is the AnswerScheduler's policy, tested directly below; the app here is given
// one that defers every question it has to compute, as a loaded app does.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_SHARE, AnswerScheduler } from '../../src/adapters/slack/answer-scheduler.js';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/adapters/slack/app.js';
import { renderBlockKit } from '../../src/adapters/slack/render.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { stripMentions } from '../../src/core/safe-text.js';
import type { Engine } from '../../src/core/types.js';
import { engine } from '../support/ask-engine.js';
import { FORM, signSlackRequest, slashCommandBody, VIA_ACK_HEADER } from '../support/slack-requests.js';
import { type SlackStandin, start } from '../support/slack-standin.js';
import { BOT_TOKEN, echoReply, FAST_RETRIES, SECRET } from './fixture.js';

const NO_UNFURL = { unfurl_links: false, unfurl_media: false };
/** Milliseconds of CPU each answer takes, so requests pile up while one is computed, as in a real burst. */
const ANSWER_CPU_MS = 4;

/** Questions the engine answered, which it then serves from its memo. */
const remembered = new Set<string>();
/** Echoes the question after spinning the CPU; `boom` throws, as an engine bug would. */
const busyEngine: Engine = {
  answer(q) {
    if (!remembered.has(q.text)) {
      const end = performance.now() + ANSWER_CPU_MS;
      while (performance.now() < end);
    }
    if (q.text === 'boom') throw new Error('engine bug');
    remembered.add(q.text);
    return echoReply(q.text);
  },
  isMemoized: (q) => remembered.has(q.text),
};

/** The policy of an app in the middle of a burst: every answer that needs computing waits for the acks. */
class Burst extends AnswerScheduler {
  override shouldDefer(): boolean {
    return true;
  }
}

let standin: SlackStandin;
let slack: SlackApp;
let events: URL;

/** Sends every /aiecon body at once, each on its own connection (all written in one go, as a busy workspace's
 * requests reach the app together); resolves with each ack's status and body. An ack's message is handed to the
 * command's response_url, as Slack shows it like a response_url post (see postSigned). */
async function burst(bodies: string[]): Promise<Array<{ status: number; body: string }>> {
  const ts = Math.floor(Date.now() / 1000);
  const acks = await Promise.all(
    bodies.map(
      (body) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request(events, {
            method: 'POST',
            agent: false,
            headers: {
              'content-type': FORM,
              'x-slack-request-timestamp': String(ts),
              'x-slack-signature': signSlackRequest(SECRET, ts, body),
            },
          });
          req.on('response', (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
          });
          req.on('error', reject);
          req.end(body);
        }),
    ),
  );
  await Promise.all(
    acks.map(async (ack, i) => {
      if (!ack.body) return;
      const responseUrl = new URLSearchParams(bodies[i]).get('response_url')!;
      const headers = { 'content-type': 'application/json', [VIA_ACK_HEADER]: 'ack' };
      await fetch(responseUrl, { method: 'POST', headers, body: ack.body });
    }),
  );
  return acks;
}

beforeAll(async () => {
  standin = await start();
  slack = createSlackApp({
    botToken: BOT_TOKEN,
    signingSecret: SECRET,
    apiUrl: standin.url,
    dispatcher: new Dispatcher(busyEngine),
    retryConfig: FAST_RETRIES,
    answerScheduler: new Burst(),
  });
  events = new URL(`http://127.0.0.1:${(await slack.start(0)).port}${SLACK_EVENTS_PATH}`);
});
afterAll(async () => {
  await slack.stop();
  await standin.close();
});

describe('GIVEN 40 distinct /aiecon questions at once, one of them failing inside the engine', () => {
  it('THEN each is acked empty at once and its asker sees its own reply once, through response_url', async () => {
    const questions = Array.from({ length: 40 }, (_, i) =>
      i === 7 ? 'boom' : i === 9 ? 'cost of GPT-4 <!everyone> @here' : `what did model ${i} cost?`,
    );
    const acks = await burst(
      questions.map((text, i) => slashCommandBody({ text, response_url: standin.responseUrl(`q${i}`) })),
    );
    expect(acks.map((a) => a.status)).toEqual(questions.map(() => 200));
    const shown = await standin.waitFor('response_url', questions.length, 30_000);
    expect(acks.map((a) => a.body)).toEqual(questions.map(() => ''));
    expect(shown.filter((c) => c.via === 'ack')).toHaveLength(0);
    for (const text of questions) {
      const q = stripMentions(text).trim();
      const mine = shown.filter((c) => JSON.stringify(c.body).includes(JSON.stringify(q).slice(1, -1)));
      if (text === 'boom') continue;
      expect(mine.map((c) => c.body)).toEqual([
        { response_type: 'ephemeral', ...renderBlockKit(echoReply(q), { shareable: { question: q } }), ...NO_UNFURL },
      ]);
    }
    // The failing question gets the short apology, not silence.
    expect(shown.filter((c) => /something went wrong/i.test(String(c.body.text)))).toHaveLength(1);
    // Nothing pings the channel, whichever way the reply went.
    for (const c of shown) expect(JSON.stringify(c.body)).not.toMatch(/<!everyone>|<!here>|@everyone|@here/);
  }, 60_000);

  it('THEN a question answered before still rides in its ack (nothing to compute), and a 2,000-character one too', async () => {
    const q = 'what did model 3 cost?';
    const [again, long] = await burst([
      slashCommandBody({ text: q, response_url: standin.responseUrl('again') }),
      slashCommandBody({ text: 'x'.repeat(2_000), response_url: standin.responseUrl('long') }),
    ]);
    expect(JSON.parse(again!.body)).toEqual({
      response_type: 'ephemeral',
      ...renderBlockKit(echoReply(q), { shareable: { question: q } }),
      ...NO_UNFURL,
    });
    expect(JSON.parse(long!.body).text).toMatch(/under 1,000 characters/);
  });
});

describe('GIVEN the real engine', () => {
  it('THEN a question counts as remembered only once it has been answered, as typed', () => {
    const q = 'what did the 671B DeepSeek model cost to train, roughly?';
    expect(engine.isMemoized({ text: q })).toBe(false);
    engine.answer({ text: q });
    expect(engine.isMemoized({ text: q })).toBe(true);
    expect(engine.isMemoized({ text: `${q} ` })).toBe(false);
  });
});

describe('AnswerScheduler', () => {
  it('GIVEN one request in an event-loop turn and nothing queued THEN it is answered at once', () => {
    expect(new AnswerScheduler().shouldDefer()).toBe(false);
  });

  it('GIVEN a second request in the same turn THEN it waits, and so does every request while answers wait', async () => {
    const s = new AnswerScheduler();
    expect(s.shouldDefer()).toBe(false);
    expect(s.shouldDefer()).toBe(true);
    const done = s.later(async () => 'answer');
    await new Promise((r) => setImmediate(r));
    expect(s.waiting).toBe(0);
    expect(await done).toBe('answer');
    void s.later(async () => 'queued');
    expect(s.shouldDefer()).toBe(true);
  });

  it('GIVEN requests still arriving THEN a queued answer waits in proportion to what the one before cost', async () => {
    const s = new AnswerScheduler();
    s.shouldDefer(); // a request has just arrived: the burst goes on
    const spin = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    let aEnded = 0;
    let bStarted = 0;
    const a = s.later(async () => {
      spin(10);
      aEnded = performance.now();
    });
    const b = s.later(async () => {
      bStarted = performance.now();
    });
    await Promise.all([a, b]);
    // 10 ms of answering buys the acks 40 ms (ANSWER_SHARE 0.2); timers never fire early by more than a millisecond.
    expect(bStarted - aEnded).toBeGreaterThanOrEqual((10 * (1 - ANSWER_SHARE)) / ANSWER_SHARE - 2);
  });

  it('GIVEN queued answers THEN they run in arrival order, one per event-loop turn, failures rejecting their own', async () => {
    const s = new AnswerScheduler();
    const ran: string[] = [];
    const task = (name: string) => async () => {
      ran.push(name);
      if (name === 'b') throw new Error('b failed');
      return name;
    };
    const settled = Promise.allSettled(['a', 'b', 'c'].map((n) => s.later(task(n))));
    await new Promise((r) => setImmediate(r));
    expect(ran).toEqual(['a']);
    await new Promise((r) => setImmediate(r));
    expect(ran).toEqual(['a', 'b']);
    const [a, b, c] = await settled;
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(a).toEqual({ status: 'fulfilled', value: 'a' });
    expect(b).toMatchObject({ status: 'rejected', reason: new Error('b failed') });
    expect(c).toEqual({ status: 'fulfilled', value: 'c' });
  });
});
