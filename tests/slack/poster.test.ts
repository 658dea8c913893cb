import { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackChannelPoster,
  DIGEST_METADATA_EVENT_TYPE,
  SlackChannelPoster,
} from '../../src/adapters/slack/poster.js';
import { renderBlockKit } from '../../src/adapters/slack/render.js';
import { classifyPostError } from '../../src/digest/deliver.js';
import { type SlackStandin, start } from '../support/slack-standin.js';
import { BOT_TOKEN, echoReply, FAST_RETRIES } from './fixture.js';

describe('SlackChannelPoster', () => {
  let standin: SlackStandin;
  let poster: SlackChannelPoster;
  beforeAll(async () => {
    standin = await start();
    // The client only; no receiver is started.
    const app = new App({
      token: BOT_TOKEN,
      signingSecret: 'unused',
      tokenVerificationEnabled: false,
      clientOptions: { slackApiUrl: standin.url, retryConfig: FAST_RETRIES },
    });
    poster = new SlackChannelPoster(app.client);
  });
  afterAll(async () => standin.close());

  it('GIVEN a digest reply THEN posts Block Kit with the key in message metadata and no link previews', async () => {
    const ts = await poster.post('C0DIGEST', echoReply('weekly'), 'digest:C0DIGEST:2026-W48');
    const [call] = standin.callsTo('chat.postMessage');
    expect(call!.body).toEqual({
      channel: 'C0DIGEST',
      ...renderBlockKit(echoReply('weekly')),
      metadata: { event_type: DIGEST_METADATA_EVENT_TYPE, event_payload: { key: 'digest:C0DIGEST:2026-W48' } },
      unfurl_links: false,
      unfurl_media: false,
    });
    expect(ts).toMatch(/^\d+\.\d{6}$/);
  });

  it('GIVEN a key that was posted THEN findPosted returns its ts; GIVEN another key THEN undefined', async () => {
    const since = new Date(Date.now() - 60_000);
    const ts = await poster.post('C0FIND', echoReply('weekly'), 'key-A');
    await poster.post('C0FIND', echoReply('other'), 'key-B');
    expect(await poster.findPosted('C0FIND', 'key-A', since)).toBe(ts);
    expect(await poster.findPosted('C0FIND', 'key-C', since)).toBeUndefined();
    const history = standin.callsTo('conversations.history').at(-1)!;
    expect(history.body).toMatchObject({ channel: 'C0FIND', include_all_metadata: true });
  });

  it('GIVEN the key lies beyond the first history page THEN findPosted follows the cursor', async () => {
    const since = new Date(Date.now() - 60_000);
    const ts = await poster.post('C0PAGES', echoReply('first'), 'old-key');
    for (let i = 0; i < 205; i += 1) await poster.post('C0PAGES', echoReply(`n${i}`), `k${i}`);
    expect(await poster.findPosted('C0PAGES', 'old-key', since)).toBe(ts);
  });

  it('GIVEN a post older than `since` THEN it is not reported', async () => {
    await poster.post('C0OLD', echoReply('x'), 'old');
    expect(await poster.findPosted('C0OLD', 'old', new Date(Date.now() + 5_000))).toBeUndefined();
  });

  it('GIVEN channels of two workspaces THEN each post carries its workspace token; GIVEN a channel with none THEN a permanent failure', async () => {
    const tokens: Record<string, string> = { C0WSA: 'xoxb-ws-a', C0WSB: 'xoxb-ws-b' };
    const perWorkspace = createSlackChannelPoster(async (channel) => tokens[channel], { apiUrl: standin.url });
    await perWorkspace.post('C0WSA', echoReply('a'), 'ka');
    await perWorkspace.post('C0WSB', echoReply('b'), 'kb');
    const byChannel = (c: string) => standin.callsTo('chat.postMessage').filter((x) => x.body.channel === c);
    expect(byChannel('C0WSA').map((c) => c.token)).toEqual(['xoxb-ws-a']);
    expect(byChannel('C0WSB').map((c) => c.token)).toEqual(['xoxb-ws-b']);
    // An uninstalled workspace: nothing is sent, and the digest records the slot as failed instead of retrying.
    const err = await perWorkspace.post('C0GONE', echoReply('x'), 'kg').catch((e: unknown) => e);
    expect(classifyPostError(err).retry).toBe(false);
    expect(byChannel('C0GONE')).toEqual([]);
  });
});
