import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMS } from '../support/discord-standin.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ deferAfterMs: 200, digestDelayMs: 400 });
});
afterAll(async () => {
  await h?.close();
});

const callbackFor = (id: string) =>
  h.standIn.waitFor(() => h.standIn.callbacks.find((c) => c.interactionId === id), `callback for ${id}`);

describe('/aiecon slash command', () => {
  it('GIVEN /aiecon ask THEN the interaction callback carries the answer embed, public, with no mentions allowed', async () => {
    const { id, token } = h.standIn.dispatchInteraction({
      subcommand: 'ask',
      options: { question: 'what did DeepSeek V3 cost?' },
    });
    const cb = await callbackFor(id);
    expect(cb.token).toBe(token);
    expect(cb.body).toEqual({
      type: 4,
      data: {
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
      },
    });
    expect(h.seen.at(-1)).toEqual({
      text: 'what did DeepSeek V3 cost?',
      ctx: {
        // The engine reads the options as Discord separated them, not the text.
        command: { name: 'ask', options: { question: 'what did DeepSeek V3 cost?' } },
        surface: 'discord',
        channelId: h.standIn.ids.channel,
        userId: h.standIn.ids.user,
        canManageChannel: false,
        // In a channel each command starts its own conversation, which replies to the answer continue.
        conversationId: `discord:${h.standIn.ids.channel}:slash:${id}`,
        private: undefined,
        // The server is the workspace of the gaps switch; only Manage Server may flip it.
        teamId: h.standIn.ids.guild,
        isWorkspaceAdmin: false,
      },
    });
  });

  it('GIVEN private:true THEN the reply is ephemeral', async () => {
    const { id } = h.standIn.dispatchInteraction({
      subcommand: 'ask',
      options: { question: 'secret?', private: true },
    });
    expect((await callbackFor(id)).body.data?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN /aiecon compare a b THEN the engine gets both sides as Discord gave them, the text only as a readable form', async () => {
    const { id } = h.standIn.dispatchInteraction({ subcommand: 'compare', options: { a: 'deepseek v3', b: 'gpt-4' } });
    await callbackFor(id);
    expect(h.seen.at(-1)!.text).toBe('compare deepseek v3 vs gpt-4');
    expect(h.seen.at(-1)!.ctx.command).toEqual({ name: 'compare', options: { a: 'deepseek v3', b: 'gpt-4' } });
    expect(h.queries.at(-1)!.command).toEqual({ name: 'compare', options: { a: 'deepseek v3', b: 'gpt-4' } });
  });

  it('GIVEN /aiecon calc THEN the engine gets the expression as its option', async () => {
    const { id } = h.standIn.dispatchInteraction({ subcommand: 'calc', options: { expression: '$5.6M / 2048' } });
    await callbackFor(id);
    expect(h.queries.at(-1)!.command).toEqual({ name: 'calc', options: { expression: '$5.6M / 2048' } });
  });

  it('GIVEN /aiecon ask with a question that starts with "digest" THEN the engine answers it, not the digest command', async () => {
    const before = h.seen.length;
    const { id } = h.standIn.dispatchInteraction({
      subcommand: 'ask',
      options: { question: 'digest of what Meta spent on AI?' },
    });
    await callbackFor(id);
    expect(h.seen.slice(before).map((s) => s.text)).toEqual(['digest of what Meta spent on AI?']);
    expect(h.queries.at(-1)!.command?.name).toBe('ask');
  });

  it('GIVEN /aiecon help in a DM THEN the dispatcher reads "help" and nobody claims channel rights', async () => {
    const { id } = h.standIn.dispatchInteraction({ subcommand: 'help', dm: true });
    await callbackFor(id);
    expect(h.seen.at(-1)).toEqual({
      text: 'help',
      ctx: {
        surface: 'discord',
        channelId: h.standIn.ids.dmChannel,
        userId: h.standIn.ids.user,
        canManageChannel: undefined,
        // A DM is one conversation, and private.
        conversationId: `discord:${h.standIn.ids.dmChannel}`,
        private: true,
      },
    });
  });

  it('GIVEN /aiecon digest from a member with Manage Channels and a slow handler THEN defers, then edits in "digest <text>" with canManageChannel true', async () => {
    const { id, token } = h.standIn.dispatchInteraction({
      subcommand: 'digest',
      options: { schedule: 'weekly mon 09:00 Europe/Berlin' },
      memberPermissions: PERMS.ViewChannel | PERMS.SendMessages | BigInt(PermissionFlagsBits.ManageChannels),
    });
    expect((await callbackFor(id)).body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await h.standIn.waitFor(
      () => h.standIn.edits.find((e) => e.token === token),
      'edit of the deferred reply',
    );
    expect(edit.body.embeds[0].title).toBe('Digest: weekly mon 09:00 Europe/Berlin');
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(h.seen.at(-1)).toMatchObject({
      text: 'digest weekly mon 09:00 Europe/Berlin',
      ctx: { canManageChannel: true },
    });
  });

  it('GIVEN a sub-command this build does not know THEN answers privately with a pointer to help', async () => {
    const { id } = h.standIn.dispatchInteraction({ subcommand: 'teleport' });
    const cb = await callbackFor(id);
    expect(cb.body.data).toMatchObject({
      flags: MessageFlags.Ephemeral,
      embeds: [{ title: 'I do not know that command.', description: 'Try /aiecon help.' }],
    });
  });

  it('GIVEN another application command name THEN it is left alone', async () => {
    const other = h.standIn.dispatchInteraction({
      subcommand: 'ask',
      commandName: 'other',
      options: { question: 'x' },
    });
    const { id } = h.standIn.dispatchInteraction({ subcommand: 'help' });
    await callbackFor(id);
    expect(h.standIn.callbacks.some((c) => c.interactionId === other.id)).toBe(false);
  });
});
