import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { DiscordChannelPoster, keyRef } from '../../src/adapters/discord/poster.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import type { Reply } from '../../src/core/types.js';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';
import { echoEngine } from './harness.js';

const digest: Reply = {
  kind: 'digest',
  title: 'Weekly digest',
  lines: ['Three new figures this week.'],
  fields: [],
  notes: [],
  sources: [{ id: 'src-1', title: 'A', asOf: '2025-01-01' }],
  suggestions: [],
};

let standIn: DiscordStandIn;
let poster: DiscordChannelPoster;
beforeAll(async () => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // the 400 fallback logs by design
  standIn = await startDiscordStandIn();
  poster = new DiscordChannelPoster(
    new REST({ api: standIn.apiUrl, globalRequestsPerSecond: 100_000, retries: 0 }).setToken(standIn.token),
  );
});
afterAll(async () => {
  await standIn?.close();
  vi.restoreAllMocks();
});

describe('DiscordChannelPoster', () => {
  it('GIVEN a key THEN posts the embed with a ≤25-character nonce, enforce_nonce, the ref marker in the footer and no mentions', async () => {
    const id = await poster.post(standIn.ids.channel, digest, 'digest:C1:2025-06-02T09:00');
    const ref = keyRef('digest:C1:2025-06-02T09:00');
    expect(ref.length).toBeLessThanOrEqual(25);
    expect(standIn.messages.at(-1)).toEqual({
      id,
      channelId: standIn.ids.channel,
      body: {
        content: '',
        embeds: [
          {
            title: 'Weekly digest',
            color: expect.any(Number),
            description: 'Three new figures this week.',
            footer: { text: `Sources: src-1 (2025-01-01) · ref ${ref}` },
          },
        ],
        nonce: ref,
        enforce_nonce: true,
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('GIVEN the same key posted twice THEN Discord (the stand-in) keeps one message and both calls return its id', async () => {
    const before = standIn.messages.length;
    const a = await poster.post(standIn.ids.channel, digest, 'digest:C1:twice');
    const b = await poster.post(standIn.ids.channel, digest, 'digest:C1:twice');
    expect(b).toBe(a);
    expect(standIn.messages.length).toBe(before + 1);
  });

  it('GIVEN a post landed before a crash THEN findPosted finds it by key, and not for another key or a later since', async () => {
    const since = new Date(Date.now() - 60_000);
    const id = await poster.post(standIn.ids.channel, digest, 'digest:C1:recover');
    standIn.dispatchMessage({ content: 'chatter after the digest' });
    expect(await poster.findPosted(standIn.ids.channel, 'digest:C1:recover', since)).toBe(id);
    expect(await poster.findPosted(standIn.ids.channel, 'digest:C1:never', since)).toBeUndefined();
    expect(
      await poster.findPosted(standIn.ids.channel, 'digest:C1:recover', new Date(Date.now() + 60_000)),
    ).toBeUndefined();
  });

  it('GIVEN Discord refuses the embed THEN posts plain content that still ends with the marker', async () => {
    standIn.failNext('POST /channels/:id/messages', 400, { message: 'Invalid Form Body', code: 50035 });
    const id = await poster.post(standIn.ids.channel, digest, 'digest:C1:plain');
    const sent = standIn.messages.at(-1)!;
    expect(sent.id).toBe(id);
    expect(sent.body.embeds).toEqual([]);
    expect(sent.body.content.endsWith(`ref ${keyRef('digest:C1:plain')}`)).toBe(true);
    expect(await poster.findPosted(standIn.ids.channel, 'digest:C1:plain', new Date(Date.now() - 60_000))).toBe(id);
  });
});

describe('GIVEN the poster startDiscord hands the digest', () => {
  // discord.js REST retries a POST by itself after a 5xx or a timeout (three times): the digest must own that
  // retry, so a post that landed is looked up by its key before anything is sent again.
  it('GIVEN Discord answers the digest POST with a 500 THEN the poster does not post again on its own', async () => {
    const adapter = await startDiscord({
      config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
      dispatcher: new Dispatcher(echoEngine),
      rest: { globalRequestsPerSecond: 100_000 },
    });
    try {
      const before = standIn.messages.length;
      standIn.failNext('POST /channels/:id/messages', 500, { message: 'Internal Server Error' });
      await expect(adapter.poster.post(standIn.ids.channel, digest, 'digest:C1:own-retry')).rejects.toMatchObject({
        status: 500,
      });
      expect(standIn.messages.length).toBe(before);
    } finally {
      await adapter.stop();
    }
  });
});
