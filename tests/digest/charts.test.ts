// A weekly digest carries one chart, posted after the digest text through the real posters (Slack Web API and
// discord.js REST against their stand-ins) on a real SQLite file. The text is posted once whatever the chart does:
// a refused upload leaves the digest sent, a recovered slot never posts a chart, daily digests carry none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../src/adapters/discord/index.js';
import { CHART_FILENAME } from '../../src/adapters/slack/chart.js';
import { createSlackChannelPoster } from '../../src/adapters/slack/poster.js';
import type { ChannelPoster } from '../../src/app/channel-poster.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { DIGEST_CHARTS, DigestCharts } from '../../src/digest/chart.js';
import { createDigestComposer, type DigestComposer } from '../../src/digest/composer.js';
import { deliverClaimed } from '../../src/digest/deliver.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Platform, Store, Subscription } from '../../src/storage/store.js';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';
import { type SlackStandin, start as startSlackStandin } from '../support/slack-standin.js';
import { FAST_BACKOFF } from './support/harness.js';

const knowledge = loadKnowledge();
/** Monday 2 March 2026, 09:00 UTC: when the weekly digests below come due. */
const DUE = new Date('2026-03-02T09:00:00Z');
const clock = { now: DUE };

let dir: string;
let store: Store;
let composer: DigestComposer;
let slackStandin: SlackStandin;
let discordStandin: DiscordStandIn;
let discord: DiscordAdapter;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aiecon-digest-charts-'));
  store = openSqliteStore(join(dir, 'aiecon.db'));
  composer = await createDigestComposer(knowledge, store);
  slackStandin = await startSlackStandin();
  discordStandin = await startDiscordStandIn();
  discord = await startDiscord({
    config: { DISCORD_TOKEN: discordStandin.token, DISCORD_API_URL: discordStandin.apiUrl },
    dispatcher: new Dispatcher(createEngine(knowledge)),
    rest: { globalRequestsPerSecond: 100_000, retries: 0 },
  });
});
afterAll(async () => {
  await discord?.stop();
  await discordStandin?.close();
  await slackStandin?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => slackStandin.reset());

function subscription(platform: Platform, channelId: string, kind: 'weekly' | 'daily' = 'weekly'): Subscription {
  return {
    id: `${platform}:${channelId}`,
    platform,
    channelId,
    schedule:
      kind === 'weekly'
        ? { kind, pattern: '0 9 * * 1', timezone: 'UTC', label: 'weekly mon 09:00' }
        : { kind, pattern: '0 9 * * *', timezone: 'UTC', label: 'daily 09:00' },
    options: { gaps: false, skipEmpty: false },
    createdAt: new Date('2026-02-20T00:00:00Z'),
  };
}

/** Subscribes, then runs the 09:00 tick through the real scheduler and waits for its deliveries. */
async function runDueTick(sub: Subscription, poster: ChannelPoster): Promise<void> {
  await store.upsertSubscription(sub);
  await store.setLastTick(new Date(DUE.getTime() - 60_000));
  clock.now = new Date(DUE.getTime() + 20_000);
  const scheduler = createScheduler({
    store,
    composer,
    posters: [poster],
    clock: () => clock.now,
    graceMs: 3600_000,
    backoff: FAST_BACKOFF,
  });
  await scheduler.tick();
  await scheduler.idle();
  // A second tick finds nothing more to do: the chart's fate never makes the digest due again.
  await scheduler.tick();
  await scheduler.idle();
}

const slotKey = (sub: Subscription) => `${sub.id}@${DUE.toISOString()}`;

describe('which digests carry a chart', () => {
  const charts = new DigestCharts(knowledge);

  it('GIVEN a weekly subscription THEN its digest carries one chart of sourced figures; a daily one carries none', async () => {
    const weekly = await composer.compose(subscription('slack', 'C0WEEKLYA'), DUE);
    expect(weekly.reply.chart!.points.length).toBeGreaterThanOrEqual(2);
    expect(weekly.reply.chart!.caption).toMatch(/^Sources: /);
    expect((await composer.compose(subscription('slack', 'C0DAILY', 'daily'), DUE)).reply.chart).toBeUndefined();
  });

  it('GIVEN the weeks go by THEN a channel sees every chart of the rotation before any repeats', () => {
    const sub = subscription('slack', 'C0ROTATE');
    const week = 7 * 24 * 3600_000;
    const titles = DIGEST_CHARTS.map(
      (_, i) => charts.chartFor(sub, undefined, new Date(DUE.getTime() + i * week))!.title,
    );
    expect(new Set(titles).size).toBe(DIGEST_CHARTS.length);
  });

  it('GIVEN two or more models gained figures of one metric since the last digest THEN the chart shows those models', () => {
    const gained = ['gpt-4', 'llama-3.1-405b', 'grok-2'].map((id) => knowledge.entities.get(id)!);
    const diff = {
      newEntities: [],
      newFigures: gained.map((entity) => ({
        entity,
        figure: (entity.data ?? entity.figures).find((f) => f.metric === 'training_compute')!,
      })),
      changedFigures: [],
      removedFigures: 0,
    };
    const chart = charts.chartFor(subscription('slack', 'C0CHANGED'), diff, DUE)!;
    expect(chart.points.map((p) => p.entityId).sort()).toEqual(['gpt-4', 'grok-2', 'llama-3.1-405b']);
  });
});

describe('GIVEN Slack (the digest poster on the Web API, against the stand-in)', () => {
  const poster = () => createSlackChannelPoster('xoxb-digest-charts', { apiUrl: slackStandin.url });

  it('GIVEN a weekly digest comes due THEN the digest lands once, then its chart is uploaded into the channel with the caption', async () => {
    const sub = subscription('slack', 'C0WEEKLY');
    await runDueTick(sub, poster());
    const posted = slackStandin.messages('C0WEEKLY');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text).toContain('aiecon digest');
    const files = slackStandin.uploads().filter((f) => f.completed && f.channel_id === 'C0WEEKLY');
    expect(files).toHaveLength(1);
    const slot = await store.getSlot(slotKey(sub));
    expect(files[0]).toMatchObject({
      channel_id: 'C0WEEKLY',
      filename: CHART_FILENAME,
      title: slot!.reply!.chart!.title,
      initial_comment: slot!.reply!.chart!.caption,
    });
    expect(files[0]!.bytes!.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The chart came after the text: the upload's first call follows chat.postMessage.
    const order = slackStandin.calls.map((c) => c.method);
    expect(order.indexOf('chat.postMessage')).toBeLessThan(order.indexOf('files.getUploadURLExternal'));
    expect(slot).toMatchObject({ status: 'sent', messageId: posted[0]!.ts });
  });

  it('GIVEN the app lacks files:write THEN the digest is posted exactly once and recorded sent, with no chart and no retry', async () => {
    slackStandin.failNext(
      'files.getUploadURLExternal',
      200,
      {},
      { ok: false, error: 'missing_scope', needed: 'files:write' },
    );
    const sub = subscription('slack', 'C0NOSCOPE');
    await runDueTick(sub, poster());
    expect(slackStandin.messages('C0NOSCOPE')).toHaveLength(1);
    expect(slackStandin.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    expect(slackStandin.uploads().filter((f) => f.channel_id === 'C0NOSCOPE')).toHaveLength(0);
    expect(await store.getSlot(slotKey(sub))).toMatchObject({ status: 'sent' });
  });

  it('GIVEN a slot recovered after a crash whose digest had already landed THEN it is marked sent and no chart is posted', async () => {
    const sub = subscription('slack', 'C0RECOVER');
    await store.upsertSubscription(sub);
    const composed = await composer.compose(sub, DUE);
    expect(composed.reply.chart).toBeDefined();
    const slot = { key: slotKey(sub), subscriptionId: sub.id, platform: sub.platform, channelId: sub.channelId };
    const claimedAt = new Date(DUE.getTime() + 1_000);
    // Taken over by process b after the first owner died: b holds the lease now.
    await store.claimSlot({ ...slot, scheduledAt: DUE }, composed.reply, composed.nextState, claimedAt, {
      owner: 'b',
      until: new Date(DUE.getTime() + 120_000),
    });
    // The crashed process's post landed (and, had it lived, would have posted the chart next).
    const ts = await poster().post(sub.channelId, composed.reply, slot.key);
    const record = (await store.getSlot(slot.key))!;
    const outcome = await deliverClaimed(
      record,
      { store, posterFor: () => poster(), clock: () => new Date(DUE.getTime() + 5_000), graceMs: 3600_000, owner: 'b' },
      true,
    );
    expect(outcome).toBe('found');
    expect(slackStandin.messages('C0RECOVER')).toHaveLength(1);
    expect(slackStandin.callsTo('files.getUploadURLExternal')).toHaveLength(0);
    expect(await store.getSlot(slot.key)).toMatchObject({ status: 'sent', messageId: ts });
  });
});

describe('GIVEN Discord (the digest poster on discord.js REST, against the stand-in)', () => {
  const ofChannel = (channelId: string) => discordStandin.messages.filter((m) => m.channelId === channelId);

  it('GIVEN a weekly digest comes due THEN the digest embed lands once, then a reply to it showing the chart PNG', async () => {
    const sub = subscription('discord', discordStandin.ids.channel);
    await runDueTick(sub, discord.poster);
    const [digest, chart, ...rest] = ofChannel(sub.channelId);
    expect(rest).toHaveLength(0);
    expect(digest!.body.embeds[0].title).toMatch(/^aiecon digest/);
    const stored = (await store.getSlot(slotKey(sub)))!;
    expect(stored).toMatchObject({ status: 'sent', messageId: digest!.id });
    expect(chart!.body.message_reference.message_id).toBe(digest!.id);
    expect(chart!.body.embeds[0]).toMatchObject({
      title: stored.reply!.chart!.title,
      description: stored.reply!.chart!.caption,
      image: { url: 'attachment://chart.png' },
    });
    expect(chart!.files).toHaveLength(1);
    expect(chart!.files![0]!.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(chart!.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN the bot may not attach files there THEN the digest is posted exactly once and recorded sent, without a chart', async () => {
    const sub = subscription('discord', discordStandin.ids.privateChannel);
    discordStandin.denyAttachFiles(sub.channelId);
    await runDueTick(sub, discord.poster);
    const mine = ofChannel(sub.channelId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body.embeds[0].title).toMatch(/^aiecon digest/);
    expect(mine[0]!.files).toBeUndefined();
    // The refused chart was tried once, never again, and never brought the digest back.
    const tried = discordStandin.requests.filter((r) => r.path.includes(sub.channelId) && r.method === 'POST');
    expect(tried.map((r) => r.status)).toEqual([200, 403]);
    expect(await store.getSlot(slotKey(sub))).toMatchObject({ status: 'sent', messageId: mine[0]!.id });
  });
});
