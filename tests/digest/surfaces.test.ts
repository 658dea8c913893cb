// The digest command and delivery end to end on each surface: the real Slack app and discord.js client
// against their loopback stand-ins, and the terminal adapter.

import { PassThrough } from 'node:stream';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../src/adapters/discord/index.js';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/app.js';
import { DIGEST_METADATA_EVENT_TYPE, SlackChannelPoster } from '../../src/adapters/slack/poster.js';
import { runTerminal } from '../../src/adapters/terminal/terminal.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import type { Engine, Reply } from '../../src/core/types.js';
import { createDigestCommand } from '../../src/digest/commands.js';
import { createDigestComposer } from '../../src/digest/composer.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store } from '../../src/storage/store.js';
import { type DiscordStandIn, PERMS, startDiscordStandIn } from '../support/discord-standin.js';
import { FORM, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, start as startSlackStandin } from '../support/slack-standin.js';
import { FAST_BACKOFF } from './support/harness.js';
import { sampleKnowledge } from './support/knowledge.js';

const SECRET = 'digest-test-signing-secret-000';
const NOW = new Date('2026-03-02T07:30:00Z');
const clock = { now: NOW };

/** Answers "unknown" for anything, so every plain question is a miss the digest can report. */
const unknownEngine: Engine = {
  answer: (q): Reply => ({
    kind: 'unknown',
    title: `No idea: ${q.text}`,
    lines: [],
    fields: [],
    notes: [],
    sources: [],
    suggestions: [],
  }),
};

let store: Store;
let dispatcher: Dispatcher;
let slackStandin: SlackStandin;
let slack: SlackApp;
let discordStandin: DiscordStandIn;
let discord: DiscordAdapter;
let slackEvents: string;
const composerFor = () => createDigestComposer(sampleKnowledge(), store);

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  const composer = await composerFor();
  dispatcher = new Dispatcher(unknownEngine, (text, ctx, reply) => {
    if (reply.kind === 'unknown' && ctx.surface !== 'digest' && ctx.surface)
      void store.recordMiss({ text, platform: ctx.surface, channelId: ctx.channelId, at: clock.now });
  }).register(createDigestCommand({ store, composer, clock: () => clock.now }));
  slackStandin = await startSlackStandin();
  slack = createSlackApp({
    botToken: 'xoxb-digest-test',
    signingSecret: SECRET,
    apiUrl: slackStandin.url,
    dispatcher,
    retryConfig: { retries: 0 },
  });
  slackEvents = `http://127.0.0.1:${(await slack.start(0)).port}/slack/events`;
  discordStandin = await startDiscordStandIn();
  discord = await startDiscord({
    config: { DISCORD_TOKEN: discordStandin.token, DISCORD_API_URL: discordStandin.apiUrl },
    dispatcher,
    rest: { globalRequestsPerSecond: 100_000, retries: 0 },
  });
});
afterAll(async () => {
  await slack?.stop().catch(() => undefined);
  await slackStandin?.close();
  await discord?.stop();
  await discordStandin?.close();
  store?.close();
});

/** Runs `/aiecon <text>` in Slack and returns the text of the response_url reply. */
async function slackCommand(text: string, user = 'U0BERLIN', channel = 'C0DIGEST'): Promise<string> {
  const before = slackStandin.callsTo('response_url').length;
  await postSigned(slackEvents, {
    secret: SECRET,
    contentType: FORM,
    body: slashCommandBody({ text, user_id: user, channel_id: channel, response_url: slackStandin.responseUrl() }),
  });
  const calls = await slackStandin.waitFor('response_url', before + 1);
  return JSON.stringify(calls[before]!.body);
}

/** Runs `/aiecon digest <schedule>` in Discord and returns the reply's embed title and description. */
async function discordCommand(schedule: string, manage: boolean | 'dm'): Promise<string> {
  const { id } = discordStandin.dispatchInteraction({
    subcommand: 'digest',
    options: { schedule },
    ...(manage === 'dm'
      ? { dm: true }
      : {
          memberPermissions:
            PERMS.ViewChannel | PERMS.SendMessages | (manage ? BigInt(PermissionFlagsBits.ManageChannels) : 0n),
        }),
  });
  const cb = await discordStandin.waitFor(
    () => discordStandin.callbacks.find((c) => c.interactionId === id),
    `callback ${id}`,
  );
  return JSON.stringify(cb.body.data);
}

describe('GIVEN Slack (the real Bolt app against the stand-in)', () => {
  it('GIVEN a subscriber in Berlin and no timezone THEN the digest uses theirs, records who subscribed, and says so', async () => {
    slackStandin.setUser('U0BERLIN', { tz: 'Europe/Berlin' });
    const text = await slackCommand('digest daily 09:00 --gaps');
    expect(text).toContain('Digest scheduled: daily 09:00 Europe/Berlin');
    expect(text).toContain('yours in Slack');
    expect(await store.getSubscription('slack:C0DIGEST')).toMatchObject({
      schedule: { timezone: 'Europe/Berlin', pattern: '0 9 * * *' },
      options: { gaps: true },
      createdBy: 'U0BERLIN',
    });
  });

  it.each([
    ['digest daily 9am', 'That isn’t a time I can use'],
    ['digest weekly funday 09:00 UTC', 'That isn’t a day of the week'],
    ['digest daily 09:00 Europe/Atlantis', 'I don’t know the timezone'],
    ['digest cron "0 9 * *" UTC', 'That cron pattern doesn’t work'],
    ['digest cron "* * * * *" UTC', 'more than once an hour'],
    ['digest monthly', 'I don’t know the digest option'],
    ['digest daily 09:00 --verbose', 'Unknown option'],
  ])('GIVEN "%s" THEN a clear reply and the subscription is unchanged', async (cmd, wording) => {
    const before = await store.getSubscription('slack:C0DIGEST');
    expect(await slackCommand(cmd)).toContain(wording);
    expect(await store.getSubscription('slack:C0DIGEST')).toEqual(before);
  });

  it('GIVEN list and preview THEN the schedule with its next run, and a digest-shaped preview with the misses', async () => {
    expect(await slackCommand('digest list')).toContain('Next: Mon 2 Mar, 09:00 (Europe/Berlin)');
    clock.now = new Date(NOW.getTime() + 60_000);
    // Asked in the digest's own channel: a question from another channel never shows here.
    await slackCommand('what is the revenue of a unicorn', 'U0OTHER', 'C0DIGEST');
    await slackCommand('what is the secret revenue of a dragon', 'U0OTHER', 'C0GENERAL');
    const preview = await slackCommand('digest preview');
    expect(preview).toContain('aiecon digest — Monday, 2 March 2026');
    expect(preview).toContain('what is the revenue of a unicorn');
    expect(preview).not.toContain('dragon');
    expect(preview).toContain('Preview: nothing was posted or recorded.');
  });

  it('GIVEN the slot comes due while chat.postMessage fails three times THEN exactly one digest lands, tagged with its slot key', async () => {
    for (let i = 0; i < 3; i++) slackStandin.failNext('chat.postMessage', 503);
    const scheduler = createScheduler({
      store,
      composer: await composerFor(),
      posters: [new SlackChannelPoster(slack.app.client)],
      clock: () => clock.now,
      graceMs: 3600_000,
      backoff: FAST_BACKOFF,
    });
    await store.setLastTick(clock.now);
    clock.now = new Date('2026-03-02T08:00:30Z');
    await scheduler.tick();
    await scheduler.idle();
    await scheduler.tick();
    await scheduler.idle();
    const posted = slackStandin.messages('C0DIGEST');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.metadata).toEqual({
      event_type: DIGEST_METADATA_EVENT_TYPE,
      event_payload: { key: 'slack:C0DIGEST@2026-03-02T08:00:00.000Z' },
    });
    expect(posted[0]!.text).toContain('what is the revenue of a unicorn');
    expect(await slackCommand('digest list')).toContain('Last digest: Mon 2 Mar, 09:00');
  });

  it('GIVEN off THEN the subscription is gone, and off again says there was none', async () => {
    expect(await slackCommand('digest off')).toContain('Digest turned off in this channel.');
    expect(await store.getSubscription('slack:C0DIGEST')).toBeUndefined();
    expect(await slackCommand('digest off')).toContain('There was no digest in this channel.');
  });
});

describe('GIVEN Discord (a real discord.js client against the stand-in)', () => {
  const id = () => `discord:${discordStandin.ids.channel}`;

  it('GIVEN a member without Manage Channels THEN subscribing and turning off are refused and nothing changes', async () => {
    expect(await discordCommand('daily 09:00 Europe/Berlin', false)).toContain(
      'Only people who can manage this channel',
    );
    expect(await store.getSubscription(id())).toBeUndefined();
  });

  it('GIVEN Manage Channels and no timezone THEN UTC, said in the reply', async () => {
    const text = await discordCommand('weekly mon 09:00', true);
    expect(text).toContain('Digest scheduled: weekly mon 09:00 UTC');
    expect(text).toContain('No timezone given, so UTC');
    expect((await store.getSubscription(id()))!.schedule).toMatchObject({ pattern: '0 9 * * 1', timezone: 'UTC' });
  });

  it('GIVEN a new schedule with a timezone THEN it replaces the old one and says so', async () => {
    const text = await discordCommand('cron "0 9 * * 1-5" America/New_York --skip-empty', true);
    expect(text).toContain('This replaces the previous schedule (weekly mon 09:00 UTC)');
    expect(await store.getSubscription(id())).toMatchObject({
      schedule: { timezone: 'America/New_York' },
      options: { skipEmpty: true },
    });
  });

  it.each([
    ['daily 24:00 UTC', 'That isn’t a time I can use'],
    ['daily 09:00 Moon/Base', 'I don’t know the timezone'],
    ['cron "0 0 31 2 *" UTC', 'never runs'],
  ])('GIVEN "%s" THEN a clear reply and nothing changes', async (schedule, wording) => {
    const before = await store.getSubscription(id());
    expect(await discordCommand(schedule, true)).toContain(wording);
    expect(await store.getSubscription(id())).toEqual(before);
  });

  it('GIVEN list and preview by anyone THEN they answer; GIVEN off without the permission THEN refused', async () => {
    expect(await discordCommand('list', false)).toContain('cron \\"0 9 * * 1-5\\" America/New_York');
    expect(await discordCommand('preview', false)).toContain('aiecon digest');
    expect(await discordCommand('off', false)).toContain('Only people who can manage this channel');
    expect(await store.getSubscription(id())).toBeDefined();
  });

  it('GIVEN the slot comes due while the channel answers 503 then recovers THEN exactly one embed lands', async () => {
    await store.upsertSubscription({
      ...(await store.getSubscription(id()))!,
      options: { gaps: false, skipEmpty: false },
    });
    for (let i = 0; i < 3; i++) discordStandin.failNext('POST /channels/:id/messages', 503, { message: 'upstream' });
    const scheduler = createScheduler({
      store,
      composer: await composerFor(),
      posters: [discord.poster],
      clock: () => clock.now,
      graceMs: 3600_000,
      backoff: FAST_BACKOFF,
    });
    await store.setLastTick(new Date('2026-03-02T13:59:00Z'));
    clock.now = new Date('2026-03-02T14:00:20Z'); // 09:00 in New York
    await scheduler.tick();
    await scheduler.idle();
    const mine = discordStandin.messages.filter((m) => m.channelId === discordStandin.ids.channel && m.body.nonce);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body.embeds[0].title).toBe('aiecon digest — Monday, 2 March 2026');
    expect(await store.getSlot(`${id()}@2026-03-02T14:00:00.000Z`)).toMatchObject({
      status: 'sent',
      messageId: mine[0]!.id,
    });
  });

  it('GIVEN off with Manage Channels THEN removed', async () => {
    expect(await discordCommand('off', true)).toContain('Digest turned off');
    expect(await store.getSubscription(id())).toBeUndefined();
  });
});

describe('GIVEN the terminal', () => {
  it('GIVEN subscribe, list, preview, off typed at the prompt THEN each answers and the store follows', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (c: Buffer) => (text += c.toString()));
    const done = runTerminal(dispatcher, input, output);
    input.end(
      [
        'digest daily 07:30 Asia/Tokyo',
        'digest list',
        'digest preview',
        'digest daily 7 Asia/Tokyo',
        'digest off',
        'quit',
        '',
      ].join('\n'),
    );
    await done;
    expect(text).toContain('Digest scheduled: daily 07:30 Asia/Tokyo');
    expect(text).toContain('Digest in this channel: daily 07:30 Asia/Tokyo');
    expect(text).toContain('aiecon digest — Monday, 2 March 2026');
    expect(text).toContain('That isn’t a time I can use');
    expect(text).toContain('Digest turned off in this channel.');
    expect(await store.getSubscription('terminal:terminal')).toBeUndefined();
  });
});
