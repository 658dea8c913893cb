// A Slack thread is one conversation: a follow-up that names nothing is answered about the thread's subject,
// also by a new app on the same SQLite file (a restart); so is a DM.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/adapters/slack/app.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/load.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store } from '../../src/storage/store.js';
import { eventBody, JSON_TYPE, postSigned } from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start as startStandin } from '../support/slack-standin.js';

const SECRET = 'conversation-signing-secret';
let knowledge: Knowledge;
let standin: SlackStandin;
const dbFile = join(mkdtempSync(join(tmpdir(), 'aiecon-convo-')), 'aiecon.db');

beforeAll(async () => {
  knowledge = loadKnowledge('knowledge');
  standin = await startStandin();
});
afterAll(async () => standin.close());

/** One bot process: the real app over the real engine and a store on `dbFile`. */
async function startBot(): Promise<{ slack: SlackApp; store: Store; events: string; stop(): Promise<void> }> {
  const store = openSqliteStore(dbFile);
  const dispatcher = new Dispatcher(createEngine(knowledge), undefined, { conversations: store });
  const slack = createSlackApp({ botToken: 'xoxb-convo', signingSecret: SECRET, apiUrl: standin.url, dispatcher });
  const { port } = await slack.start(0);
  return {
    slack,
    store,
    events: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
    async stop() {
      await slack.stop();
      store.close();
    },
  };
}

const send = (events: string, event: Record<string, unknown>) =>
  postSigned(events, { secret: SECRET, body: eventBody(event), contentType: JSON_TYPE });

const header = (call: { body: Record<string, any> }) => call.body.blocks[0].text.text as string;
const allText = (call: { body: Record<string, any> }) => JSON.stringify(call.body.blocks);

describe('Slack threads remember their subject', () => {
  it('GIVEN a mention, a restart, then a thread reply naming nothing THEN the reply is answered about the same model', async () => {
    let bot = await startBot();
    await send(bot.events, {
      type: 'app_mention',
      text: `<@${STANDIN_BOT.user_id}> what did DeepSeek V3 cost?`,
      user: 'U0ASKER',
      channel: 'C0CONVO',
      ts: '1700000500.000100',
      event_ts: '1700000500.000100',
    });
    const [first] = await standin.waitFor('chat.postMessage', 1);
    expect(header(first!)).toBe('DeepSeek V3 — training cost');
    await bot.stop();

    bot = await startBot();
    try {
      await send(bot.events, {
        type: 'message',
        text: 'and what licence is it under?',
        user: 'U0ASKER',
        channel: 'C0CONVO',
        channel_type: 'channel',
        ts: '1700000501.000100',
        thread_ts: '1700000500.000100',
      });
      const posts = await standin.waitFor('chat.postMessage', 2);
      const second = posts[1]!;
      expect(second.body).toMatchObject({ channel: 'C0CONVO', thread_ts: '1700000500.000100' });
      expect(header(second)).toBe('DeepSeek V3 — licence');
      expect(allText(second)).toMatch(/MIT and custom licences/);
      expect(allText(second)).not.toMatch(/which one do you mean/i);
    } finally {
      await bot.stop();
    }
  });

  it('GIVEN a DM naming a model, a restart, then a DM naming nothing THEN the second is answered about that model', async () => {
    let bot = await startBot();
    standin.reset();
    const dm = (text: string, ts: string) =>
      send(bot.events, { type: 'message', text, user: 'U0ASKER', channel: 'D0CONVO', channel_type: 'im', ts });
    try {
      await dm('how much did Mistral raise?', '1700000700.000100');
      const [first] = await standin.waitFor('chat.postMessage', 1);
      expect(header(first!)).toMatch(/^Mistral AI/);
      await bot.stop();

      bot = await startBot();
      await dm('and how many rounds was that?', '1700000701.000100');
      const second = (await standin.waitFor('chat.postMessage', 2))[1]!;
      expect(second.body).toMatchObject({ channel: 'D0CONVO' });
      expect(header(second)).toMatch(/^Mistral AI/);
      expect(allText(second)).not.toMatch(/which one do you mean/i);
    } finally {
      await bot.stop();
    }
  });

  it('GIVEN a thread reply in a channel the bot never answered in THEN nothing is posted, even with a store', async () => {
    const bot = await startBot();
    standin.reset();
    try {
      await send(bot.events, {
        type: 'message',
        text: 'and what licence is it under?',
        user: 'U0ASKER',
        channel: 'C0CONVO',
        channel_type: 'channel',
        ts: '1700000601.000100',
        thread_ts: '1700000600.000100',
      });
      await new Promise((r) => setTimeout(r, 150));
      expect(standin.callsTo('chat.postMessage')).toHaveLength(0);
    } finally {
      await bot.stop();
    }
  });
});
