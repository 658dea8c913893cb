import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DiscordChannelPoster, keyRef } from '../../src/adapters/discord/poster.js';
import type { Reply } from '../../src/core/types.js';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';

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
