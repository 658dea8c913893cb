import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../src/adapters/slack/index.js';
import { SlackChannelPoster } from '../../src/adapters/slack/poster.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { loadConfig } from '../../src/config.js';
import { eventBody, FORM, JSON_TYPE, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start } from '../support/slack-standin.js';
import { echoEngine } from './fixture.js';

describe('startSlack from configuration', () => {
  let standin: SlackStandin;
  beforeAll(async () => {
    standin = await start();
  });
  afterAll(async () => standin.close());
  const dispatcher = new Dispatcher(echoEngine);

  it('GIVEN SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET THEN serves HTTP on PORT at /slack/events and answers', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-start-1',
      SLACK_SIGNING_SECRET: 'start-secret',
      SLACK_API_URL: standin.url,
      PORT: '0',
    });
    const slack = await startSlack({ config, dispatcher });
    try {
      expect(slack.mode).toBe('http');
      expect(slack.poster).toBeInstanceOf(SlackChannelPoster);
      const body = slashCommandBody({ text: 'help', response_url: standin.responseUrl('start') });
      const res = await postSigned(`http://127.0.0.1:${slack.port}/slack/events`, {
        secret: 'start-secret',
        body,
        contentType: FORM,
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('help') });
    } finally {
      await slack.stop();
    }
  });

  it('GIVEN Slack configured THEN start-up asks auth.test once, and mentions of the bot are still recognised', async () => {
    standin.reset();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-start-once',
      SLACK_SIGNING_SECRET: 'start-secret',
      SLACK_API_URL: standin.url,
      PORT: '0',
    });
    const slack = await startSlack({ config, dispatcher });
    try {
      const body = eventBody({ type: 'app_mention', text: `<@${STANDIN_BOT.user_id}> help`, channel: 'C1', ts: '1.1' });
      const res = await postSigned(`http://127.0.0.1:${slack.port}/slack/events`, {
        secret: 'start-secret',
        body,
        contentType: JSON_TYPE,
      });
      expect(res.status).toBe(200);
      const [post] = await standin.waitFor('chat.postMessage');
      expect(post!.body.text).toContain('help');
      expect(standin.callsTo('auth.test')).toHaveLength(1);
    } finally {
      await slack.stop();
    }
  });

  it('GIVEN SLACK_APP_TOKEN as well THEN connects over Socket Mode instead', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-start-2',
      SLACK_APP_TOKEN: 'xapp-start-2',
      SLACK_API_URL: standin.url,
    });
    const slack = await startSlack({ config, dispatcher });
    try {
      expect(slack.mode).toBe('socket');
      await standin.socket.connected();
    } finally {
      await slack.stop();
    }
  });

  it('GIVEN a bot token without signing secret or app token THEN configuration names the missing variable', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-x' })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
