// A Discord reply chain is one conversation: replying to the bot's answer with a question that names
// nothing is answered about the same subject, also by a new client on the same SQLite file (a restart); so is a
// thread, and a DM.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/load.js';
import { setLogLevel } from '../../src/log.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';

let knowledge: Knowledge;
let standIn: DiscordStandIn;
const dbFile = join(mkdtempSync(join(tmpdir(), 'aiecon-convo-discord-')), 'aiecon.db');

beforeAll(async () => {
  setLogLevel('warn');
  knowledge = loadKnowledge('knowledge');
  standIn = await startDiscordStandIn();
});
afterAll(async () => standIn.close());

async function startBot() {
  const store = openSqliteStore(dbFile);
  const dispatcher = new Dispatcher(createEngine(knowledge), undefined, { conversations: store });
  const adapter = await startDiscord({
    config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
    dispatcher,
    rest: { globalRequestsPerSecond: 100_000, retries: 0 },
  });
  return {
    async stop() {
      await adapter.stop();
      store.close();
    },
  };
}

const replyTo = (messageId: string) =>
  standIn.waitFor(
    () => standIn.messages.find((m) => m.body.message_reference?.message_id === messageId),
    `a reply to ${messageId}`,
  );

describe('Discord reply chains remember their subject', () => {
  it('GIVEN a mention, a restart, then a reply to the answer naming nothing THEN it is answered about the same model', async () => {
    let bot = await startBot();
    const asked = standIn.dispatchMessage({ content: `<@${standIn.ids.bot}> what did DeepSeek V3 cost?` });
    const answer = await replyTo(asked);
    expect(answer.body.embeds[0].title).toBe('DeepSeek V3 — training cost');
    await bot.stop();

    bot = await startBot();
    try {
      // Replying with the ping on puts the bot in `mentions`, which is how Discord delivers the text without Message Content.
      const followUp = standIn.dispatchMessage({
        content: 'and what licence is it under?',
        mentionsBot: true,
        replyTo: answer.id,
      });
      const second = await replyTo(followUp);
      expect(second.body.embeds[0].title).toMatch(/^DeepSeek V3/);
      expect(JSON.stringify(second.body.embeds)).toMatch(/MIT and custom licences/);

      // …and the chain goes on from the second answer.
      const third = standIn.dispatchMessage({ content: 'and R1?', mentionsBot: true, replyTo: second.id });
      expect((await replyTo(third)).body.embeds[0].title).toMatch(/^DeepSeek R1/);
    } finally {
      await bot.stop();
    }
  });

  it('GIVEN a mention in a thread, a restart, then another mention there naming nothing THEN it is answered about the same model', async () => {
    let bot = await startBot();
    const asked = standIn.dispatchMessage({
      content: `<@${standIn.ids.bot}> what did DeepSeek V3 cost?`,
      thread: true,
    });
    expect((await replyTo(asked)).body.embeds[0].title).toBe('DeepSeek V3 — training cost');
    await bot.stop();

    bot = await startBot();
    try {
      // Not a reply: in a thread every message continues the thread's conversation.
      const next = standIn.dispatchMessage({
        content: `<@${standIn.ids.bot}> and what licence is it under?`,
        thread: true,
      });
      const second = await replyTo(next);
      expect(second.channelId).toBe(standIn.ids.thread);
      expect(second.body.embeds[0].title).toMatch(/^DeepSeek V3/);
      expect(JSON.stringify(second.body.embeds)).toMatch(/MIT and custom licences/);
    } finally {
      await bot.stop();
    }
  });

  it('GIVEN a DM naming a model, then a DM naming nothing THEN the second is answered about that model', async () => {
    const bot = await startBot();
    try {
      const asked = standIn.dispatchMessage({ content: 'how much did Mistral raise?', dm: true });
      expect((await replyTo(asked)).body.embeds[0].title).toMatch(/^Mistral AI/);
      const next = standIn.dispatchMessage({ content: 'and how many rounds was that?', dm: true });
      expect((await replyTo(next)).body.embeds[0].title).toMatch(/^Mistral AI/);
    } finally {
      await bot.stop();
    }
  });
});
