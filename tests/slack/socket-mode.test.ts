import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderBlockKit } from '../../src/adapters/slack/render.js';
import { STANDIN_BOT } from '../support/slack-standin.js';
import { echoReply, type SlackFixture, startFixture } from './fixture.js';

describe('Slack over Socket Mode', () => {
  let f: SlackFixture;
  beforeAll(async () => {
    f = await startFixture({ socket: true });
    await f.standin.socket.connected();
  });
  afterAll(async () => f.close());
  beforeEach(() => f.standin.reset());

  it('GIVEN a slash_commands envelope THEN the ack carries the answer as its payload', async () => {
    const ack = await f.standin.socket.send('slash_commands', {
      command: '/aiecon',
      text: 'compare deepseek v3 gpt-4',
      user_id: 'U0ASKER',
      channel_id: 'C0GENERAL',
      team_id: 'T0STANDIN',
      response_url: f.standin.responseUrl('sock'),
      trigger_id: '1.2.3',
    });
    expect(ack.envelope_id).toMatch(/^env-/);
    const q = 'compare deepseek v3 gpt-4';
    expect(ack.payload).toEqual({
      response_type: 'ephemeral',
      ...renderBlockKit(echoReply(q), { shareable: { question: q } }),
      unfurl_links: false,
      unfurl_media: false,
    });
    await f.handled();
    expect(f.standin.callsTo('response_url')).toHaveLength(0);
  });

  it('GIVEN an events_api envelope with a mention THEN it is acked and answered in the thread', async () => {
    const ack = await f.standin.socket.send('events_api', {
      type: 'event_callback',
      team_id: 'T0STANDIN',
      api_app_id: 'A0STANDIN',
      event_id: 'Ev0SOCK',
      event_time: 1,
      authorizations: [{ team_id: 'T0STANDIN', user_id: STANDIN_BOT.user_id, is_bot: true }],
      event: {
        type: 'app_mention',
        text: `<@${STANDIN_BOT.user_id}> help`,
        user: 'U0ASKER',
        channel: 'C0GENERAL',
        ts: '1700000900.000100',
      },
    });
    expect(ack.envelope_id).toMatch(/^env-/);
    const [post] = await f.standin.waitFor('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000900.000100', unfurl_links: false });
  });
});

describe('Slack Socket Mode handshake', () => {
  it('GIVEN start THEN apps.connections.open is called with the app-level token', async () => {
    const f = await startFixture({ socket: true });
    try {
      await f.standin.socket.connected();
      const open = f.standin.calls.find((c) => c.method === 'apps.connections.open');
      expect(open?.token).toBe('xapp-1-test-standin');
    } finally {
      await f.close();
    }
  });
});
