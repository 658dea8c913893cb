// Server-wide gaps on Discord: only a member with Manage Server (or Administrator) switches them, checked from the
// permissions Discord sends with the interaction or the member's roles (real discord.js client against the
// stand-in, the real digest over a real SQLite file, the real engine). Then a --gaps digest counts the unanswered
// questions of the server's public channels — never a DM's, a private channel's or another server's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { createGapsCommand } from '../../src/digest/gaps.js';
import { createDigest, type Digest } from '../../src/digest/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { setLogLevel } from '../../src/log.js';
import { type DiscordStandIn, PERMS, startDiscordStandIn } from '../support/discord-standin.js';

let standIn: DiscordStandIn;
let digest: Digest;
let stop: () => Promise<void>;
const MEMBER = PERMS.ViewChannel | PERMS.SendMessages | PERMS.EmbedLinks | PERMS.ReadMessageHistory;

beforeAll(async () => {
  setLogLevel('warn');
  const knowledge = loadKnowledge('knowledge');
  digest = await createDigest({
    knowledge,
    dbPath: join(mkdtempSync(join(tmpdir(), 'aiecon-discord-gaps-')), 'aiecon.db'),
    graceMinutes: 60,
  });
  const dispatcher = new Dispatcher(createEngine(knowledge), digest.recordMiss, { conversations: digest.store });
  dispatcher.register(digest.command).register(createGapsCommand({ store: digest.store }));
  standIn = await startDiscordStandIn();
  const adapter = await startDiscord({
    config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
    dispatcher,
    rest: { globalRequestsPerSecond: 100_000, retries: 0 },
  });
  stop = async () => {
    await adapter.stop();
    await standIn.close();
    await digest.store.close();
  };
});
afterAll(async () => stop());

const settingKey = () => `gaps-workspace:discord:${standIn.ids.guild}`;

/** /aiecon <sub> with `options`; resolves with the answer's embed title and text. */
async function slash(subcommand: string, options: Record<string, string>, memberPermissions = MEMBER) {
  const sent = standIn.dispatchInteraction({ subcommand, options, memberPermissions });
  const answer = await standIn.waitFor(
    () =>
      standIn.callbacks.find((c) => c.interactionId === sent.id) ?? standIn.edits.find((e) => e.token === sent.token),
    `the answer to /aiecon ${subcommand}`,
  );
  const data = 'type' in answer.body ? answer.body.data! : answer.body;
  return { title: String(data.embeds?.[0]?.title ?? ''), text: JSON.stringify(data) };
}

/** A mention in #general (or #staff, or a DM); resolves with the answer's embed title once it is posted. */
async function mention(
  content: string,
  where: { dm?: boolean; privateChannel?: boolean; manager?: boolean; moderator?: boolean } = {},
) {
  const asked = standIn.dispatchMessage({ content: `<@${standIn.ids.bot}> ${content}`, ...where });
  const answer = await standIn.waitFor(
    () => standIn.messages.find((m) => m.body.message_reference?.message_id === asked),
    `the answer to "${content}"`,
  );
  return String(answer.body.embeds?.[0]?.title ?? answer.body.content);
}

describe('switching server-wide gaps on Discord', () => {
  it('GIVEN a member without Manage Server THEN /aiecon gaps workspace:on is refused and nothing is stored', async () => {
    const { title } = await slash('gaps', { workspace: 'on' });
    expect(title).toBe('Only someone with Manage Server can change this.');
    expect(await digest.store.getSetting(settingKey())).toBeUndefined();
  });

  it('GIVEN a member with only Manage Channels mentioning the bot THEN the switch is refused too', async () => {
    expect(await mention('gaps workspace on', { moderator: true })).toBe(
      'Only someone with Manage Server can change this.',
    );
    expect(await digest.store.getSetting(settingKey())).toBeUndefined();
  });

  it('GIVEN a member with Manage Server THEN the switch is stored for this server and `gaps` reports it', async () => {
    const { title } = await slash('gaps', { workspace: 'on' }, MEMBER | PERMS.ManageGuild);
    expect(title).toBe('Workspace-wide gaps are on');
    expect(await digest.store.getSetting(settingKey())).toBe('on');
    expect((await slash('gaps', {})).title).toBe('Gaps are workspace-wide');
  });

  it('GIVEN an Administrator THEN they may switch it too', async () => {
    const { title } = await slash('gaps', { workspace: 'off' }, MEMBER | PERMS.Administrator);
    expect(title).toBe('Gaps are per channel again');
    expect(await digest.store.getSetting(settingKey())).toBe('off');
  });

  it('GIVEN a member whose role grants Manage Server mentions the bot THEN the switch is stored', async () => {
    expect(await mention('gaps server on', { manager: true })).toBe('Workspace-wide gaps are on');
    expect(await digest.store.getSetting(settingKey())).toBe('on');
  });

  it('GIVEN a switch word it does not know THEN it says what to type and nothing changes', async () => {
    expect(await mention('gaps workspace maybe @everyone', { manager: true })).toBe(
      'Use gaps, gaps workspace on or gaps workspace off.',
    );
    expect(await digest.store.getSetting(settingKey())).toBe('on');
  });

  it('GIVEN a DM THEN the switch is refused: a DM belongs to no server', async () => {
    expect(await mention('gaps workspace off', { dm: true })).toBe('Only someone with Manage Server can change this.');
    expect(await digest.store.getSetting(settingKey())).toBe('on');
  });
});

describe('server-wide gaps in a Discord digest', () => {
  it('GIVEN unanswerable questions in #general, in a private channel and in a DM THEN only #general’s is counted', async () => {
    await digest.store.putSetting(settingKey(), 'on');
    await slash('digest', { schedule: 'daily 09:00 UTC --gaps' }, MEMBER | PERMS.ManageChannels);
    await new Promise((r) => setTimeout(r, 5)); // misses count from after the subscription
    await mention('what did Quokka-X 9B cost?');
    await mention('what did Zephyr-Orca 13B cost for the staff project?', { privateChannel: true });
    await mention('what did Marmot-Q 7B cost for my secret plan?', { dm: true });
    await digest.store.recordMiss({
      text: 'what did Wombat-Z 3B cost in another server?',
      platform: 'discord',
      channelId: '1',
      teamId: 'another-server',
      at: new Date(),
    });

    const { text } = await slash('digest', { schedule: 'preview' });
    expect(text).toContain("in the workspace's public channels");
    expect(text).toContain('Quokka-X 9B');
    expect(text).not.toMatch(/Zephyr|staff project|Marmot|secret plan|Wombat|another server/);
  });
});
