// The digest against the Slack stand-in when calls fail ambiguously: the poster is the one production builds
// (startSlack), so the WebClient's own retry and timeout policy is under test, not a test's choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../src/adapters/slack/index.js';
import { createSlackChannelPoster } from '../../src/adapters/slack/poster.js';
import type { ChannelPoster } from '../../src/app/channel-poster.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { loadConfig } from '../../src/config.js';
import { slotKey } from '../../src/storage/store.js';
import { echoEngine } from '../slack/fixture.js';
import { type SlackStandin, start } from '../support/slack-standin.js';
import { harness, subscription } from './support/harness.js';

const monday9 = new Date('2026-03-02T09:00:00Z');
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

let standin: SlackStandin;
beforeAll(async () => {
  standin = await start();
});
afterAll(async () => standin.close());

/** Runs one daily-09:00 subscription in `channel` through one tick and its delivery. */
async function deliverOnce(poster: ChannelPoster, channel: string) {
  const h = await harness([poster], { start: minutes(monday9, -1) });
  await h.add(subscription('slack', channel, '0 9 * * *', 'UTC'));
  await h.store.setLastTick(h.clock.now);
  h.clock.now = minutes(monday9, 0.5);
  await h.scheduler.tick();
  await h.scheduler.idle();
  return h;
}

describe('GIVEN the digest posting through the Slack poster production builds', () => {
  it('GIVEN chat.postMessage lands and then answers 500 THEN the digest finds it before retrying and the channel holds one digest', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-faults',
      SLACK_SIGNING_SECRET: 'faults-secret',
      SLACK_API_URL: standin.url,
      PORT: '0',
    });
    const slack = await startSlack({ config, dispatcher: new Dispatcher(echoEngine) });
    try {
      standin.faultNext('chat.postMessage', { status: 500, land: true });
      const h = await deliverOnce(slack.poster, 'C0LANDED');
      // Let a client-side retry (if any) arrive before counting.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(standin.messages('C0LANDED')).toHaveLength(1);
      expect(await h.store.getSlot(slotKey('slack:C0LANDED', monday9))).toMatchObject({
        status: 'sent',
        messageId: standin.messages('C0LANDED')[0]!.ts,
      });
      await h.store.close();
    } finally {
      await slack.stop();
    }
  }, 20_000);

  it('GIVEN chat.postMessage hangs THEN the call times out, the digest looks the key up and posts once', async () => {
    standin.faultNext('chat.postMessage', { until: new Promise(() => {}), land: false });
    const h = await deliverOnce(
      createSlackChannelPoster('xoxb-faults', { apiUrl: standin.url, timeoutMs: 300 }),
      'C0HUNG',
    );
    expect(standin.messages('C0HUNG')).toHaveLength(1);
    expect(standin.callsTo('conversations.history').some((c) => c.body.channel === 'C0HUNG')).toBe(true);
    expect(await h.store.getSlot(slotKey('slack:C0HUNG', monday9))).toMatchObject({ status: 'sent' });
    await h.store.close();
  }, 20_000);
});
