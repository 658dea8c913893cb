import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { PERMS, startDiscordStandIn } from '../support/discord-standin.js';
import { echoEngine, type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const replyTo = (messageId: string) =>
  h.standIn.waitFor(
    () => h.standIn.messages.find((m) => m.body.message_reference?.message_id === messageId),
    `a reply to ${messageId}`,
  );

describe('Discord gateway session', () => {
  it('GIVEN the bot logs in THEN it identifies with its token and only the Guilds, GuildMessages and DirectMessages intents', () => {
    expect(h.standIn.identifies).toHaveLength(1);
    expect(h.standIn.identifies[0]!.token).toBe(h.standIn.token);
    expect(h.standIn.identifies[0]!.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(h.adapter.client.guilds.cache.get(h.standIn.ids.guild)?.channels.cache.has(h.standIn.ids.channel)).toBe(
      true,
    );
  });
});

describe('Discord heartbeat', () => {
  it('GIVEN a short heartbeat interval THEN the client beats, the stand-in ACKs and the client measures a ping', async () => {
    const standIn = await startDiscordStandIn({ heartbeatIntervalMs: 40 });
    const adapter = await startDiscord({
      config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
      dispatcher: new Dispatcher(echoEngine),
    });
    try {
      await standIn.waitFor(
        () => standIn.heartbeats() >= 2 && adapter.client.ws.ping >= 0,
        'two acknowledged heartbeats',
      );
    } finally {
      await adapter.stop();
      await standIn.close();
    }
  });
});

describe('Discord mentions', () => {
  it('GIVEN a message mentioning the bot THEN replies to that message with the answer embed and no mentions allowed', async () => {
    const id = h.standIn.dispatchMessage({ content: `<@${h.standIn.ids.bot}> what did DeepSeek V3 cost?` });
    const reply = await replyTo(id);
    expect(reply.channelId).toBe(h.standIn.ids.channel);
    expect(reply.body).toEqual({
      content: '',
      tts: false,
      enforce_nonce: false,
      embeds: [
        {
          title: 'You asked: what did DeepSeek V3 cost?',
          color: expect.any(Number),
          description: 'Echo: what did DeepSeek V3 cost?',
          fields: [{ name: 'Length', value: '26', inline: false }],
          footer: { text: 'Sources: echo (2025-01-01)' },
        },
      ],
      allowed_mentions: { parse: [], replied_user: false },
      message_reference: { message_id: id, fail_if_not_exists: false },
    });
    expect(h.seen.at(-1)).toEqual({
      text: 'what did DeepSeek V3 cost?',
      ctx: {
        surface: 'discord',
        channelId: h.standIn.ids.channel,
        userId: h.standIn.ids.user,
        canManageChannel: false,
        // A new mention starts a reply chain of its own.
        conversationId: `discord:${h.standIn.ids.channel}:${id}`,
        // The server is the workspace of the gaps switch; only Manage Server may flip it.
        private: undefined,
        teamId: h.standIn.ids.guild,
        isWorkspaceAdmin: false,
      },
    });
  });

  it('GIVEN a moderator with Manage Channels mentions the bot THEN the dispatcher is told they may manage the channel', async () => {
    const id = h.standIn.dispatchMessage({
      content: `<@${h.standIn.ids.bot}> digest weekly mon 09:00 UTC`,
      moderator: true,
    });
    await replyTo(id);
    expect(h.seen.at(-1)).toMatchObject({ text: 'digest weekly mon 09:00 UTC', ctx: { canManageChannel: true } });
  });

  it('GIVEN a direct message without a mention THEN answers it in the DM', async () => {
    const id = h.standIn.dispatchMessage({ content: 'is llama open source?', dm: true });
    const reply = await replyTo(id);
    expect(reply.channelId).toBe(h.standIn.ids.dmChannel);
    expect(reply.body.embeds[0].title).toBe('You asked: is llama open source?');
    expect(h.seen.at(-1)!.ctx).toEqual({
      surface: 'discord',
      channelId: h.standIn.ids.dmChannel,
      userId: h.standIn.ids.user,
      canManageChannel: undefined,
      // The whole DM is one conversation, and private.
      conversationId: `discord:${h.standIn.ids.dmChannel}`,
      private: true,
    });
  });

  it('GIVEN a bare mention THEN answers with help', async () => {
    const id = h.standIn.dispatchMessage({ content: `<@${h.standIn.ids.bot}>` });
    await replyTo(id);
    expect(h.seen.at(-1)!.text).toBe('help');
  });

  it('GIVEN guild messages that do not mention the bot, or come from a bot THEN none is answered', async () => {
    const before = h.standIn.messages.length;
    h.standIn.dispatchMessage({ content: 'just chatting about DeepSeek' });
    h.standIn.dispatchMessage({
      content: `<@${h.standIn.ids.bot}> ping from another bot`,
      bot: true,
      authorId: '111111111111111111',
    });
    h.standIn.dispatchMessage({ content: 'bot DM', dm: true, bot: true, authorId: '111111111111111112' });
    h.standIn.dispatchMessage({
      content: `<@${h.standIn.ids.bot}> echo of my own`,
      authorId: h.standIn.ids.bot,
      bot: true,
    });
    // A later human mention proves the earlier ones were processed (and skipped), not merely slow.
    const marker = h.standIn.dispatchMessage({ content: `<@${h.standIn.ids.bot}> marker` });
    await replyTo(marker);
    expect(h.standIn.messages.length).toBe(before + 1);
  });

  it('GIVEN a hostile question with @everyone, @here, a role and a user mention THEN the reply pings no one', async () => {
    const id = h.standIn.dispatchMessage({
      content: `<@${h.standIn.ids.bot}> @everyone @here <@&123456789012345678> <@234567890123456789> cost?`,
    });
    const reply = await replyTo(id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const sent = JSON.stringify(reply.body.embeds) + reply.body.content;
    expect(sent).not.toMatch(/@everyone|@here|<@&?\d+>/);
  });
});

describe('Discord channel without Embed Links', () => {
  it('GIVEN the bot may not embed in the channel THEN the answer goes as plain content', async () => {
    const standIn = await startDiscordStandIn({
      everyonePermissions: PERMS.ViewChannel | PERMS.SendMessages | PERMS.ReadMessageHistory,
    });
    const adapter = await startDiscord({
      config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
      dispatcher: new Dispatcher(echoEngine),
      rest: { globalRequestsPerSecond: 100_000, retries: 0 },
    });
    try {
      standIn.dispatchMessage({ content: `<@${standIn.ids.bot}> plain please` });
      const reply = await standIn.waitFor(() => standIn.messages[0], 'plain reply');
      expect(reply.body.embeds).toEqual([]);
      expect(reply.body.content).toBe(
        'You asked: plain please: Echo: plain please\n• Length: 12\nSources: echo (2025-01-01)',
      );
      expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    } finally {
      await adapter.stop();
      await standIn.close();
    }
  });
});
