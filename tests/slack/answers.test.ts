// Answer content through the real engine over knowledge/, end to end: signed /aiecon in, Block Kit out in the ack.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/adapters/slack/app.js';
import { SHARE_ACTION_ID } from '../../src/adapters/slack/render.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { FORM, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, start } from '../support/slack-standin.js';
import { BOT_TOKEN, FAST_RETRIES, SECRET } from './fixture.js';

describe('Slack answers from the real knowledge base', () => {
  let standin: SlackStandin;
  let slack: SlackApp;
  let events: string;
  beforeAll(async () => {
    standin = await start();
    const dispatcher: Dispatcher = new Dispatcher(
      createEngine(loadKnowledge(), { extraCommands: () => dispatcher.extraCommands() }),
    );
    slack = createSlackApp({
      botToken: BOT_TOKEN,
      signingSecret: SECRET,
      apiUrl: standin.url,
      dispatcher,
      retryConfig: FAST_RETRIES,
    });
    events = `http://127.0.0.1:${(await slack.start(0)).port}${SLACK_EVENTS_PATH}`;
  });
  afterAll(async () => {
    await slack.stop();
    await standin.close();
  });
  beforeEach(() => standin.reset());

  async function ask(text: string) {
    const res = await postSigned(events, {
      secret: SECRET,
      contentType: FORM,
      body: slashCommandBody({ text, response_url: standin.responseUrl() }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      text: string;
      blocks: Array<{ type: string; text?: { text: string }; fields?: unknown[]; elements?: Array<{ text?: string }> }>;
    };
  }

  it('GIVEN /aiecon what did DeepSeek V3 cost? THEN the ephemeral answer names the $5.6M figure, cites its source and offers Share', async () => {
    const msg = await ask('what did DeepSeek V3 cost?');
    expect(msg.blocks[0]!.text!.text).toMatch(/DeepSeek V3/);
    expect(msg.text).toContain('5.6M');
    const contexts = msg.blocks
      .filter((b) => b.type === 'context')
      .flatMap((b) => b.elements!.map((e) => e.text ?? ''));
    expect(contexts.some((t) => t.startsWith('*Sources:*'))).toBe(true);
    expect(msg.blocks.at(-1)!.type).toBe('actions');
  });

  it('GIVEN /aiecon compare deepseek v3 gpt-4 THEN both models appear in the answer', async () => {
    const msg = await ask('compare deepseek v3 gpt-4');
    expect(msg.text).toMatch(/DeepSeek V3/);
    expect(msg.text).toMatch(/GPT-4/);
  });

  it('GIVEN /aiecon help THEN the command list comes back without a share button', async () => {
    const msg = await ask('help');
    expect(msg.text).toMatch(/compare/);
    const actions = msg.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(actions.some((e) => e && 'action_id' in e && e.action_id === SHARE_ACTION_ID)).toBe(false);
  });
});
