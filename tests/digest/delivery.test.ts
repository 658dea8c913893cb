import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyPostError } from '../../src/digest/deliver.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { slotKey } from '../../src/storage/store.js';
import { harness, subscription } from './support/harness.js';
import { entity, fig, knowledgeOf, sampleKnowledge } from './support/knowledge.js';
import { MemoryPoster } from './support/memory-poster.js';

const dir = mkdtempSync(join(tmpdir(), 'aiecon-deliver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const monday9 = new Date('2026-03-02T09:00:00Z');
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

describe('delivery through a failing platform', () => {
  it('GIVEN one channel answering 503 five times THEN it gets its digest once after recovery, and the other channel is not held up', async () => {
    const poster = new MemoryPoster('slack');
    poster.failNext('A', 5, 503);
    const h = await harness([poster], { start: minutes(monday9, -1) });
    await h.add(subscription('slack', 'A', '0 9 * * *', 'UTC'));
    await h.add(subscription('slack', 'B', '0 9 * * *', 'UTC'));
    await h.store.setLastTick(h.clock.now);
    h.clock.now = minutes(monday9, 0.5);
    await h.scheduler.tick();
    await new Promise((r) => setTimeout(r, 1));
    expect(poster.posted.map((p) => p.channelId)).toEqual(['B']);
    await h.scheduler.idle();
    expect(poster.posted.map((p) => p.channelId).sort()).toEqual(['A', 'B']);
    expect(await h.store.getSlot(slotKey('slack:A', monday9))).toMatchObject({ status: 'sent' });
    expect(poster.attempts).toBe(7);
    await h.store.close();
  });

  it('GIVEN a post that lands but times out THEN the retry finds it in the channel and posts nothing twice', async () => {
    const poster = new MemoryPoster('discord');
    poster.failNext('A', 1, 0);
    const h = await harness([poster], { start: minutes(monday9, -1) });
    await h.add(subscription('discord', 'A', '0 9 * * *', 'UTC'));
    await h.store.setLastTick(h.clock.now);
    await h.runUntil(minutes(monday9, 1), 1);
    expect(poster.posted).toHaveLength(1);
    expect(await h.store.getSlot(slotKey('discord:A', monday9))).toMatchObject({
      status: 'sent',
      messageId: poster.posted[0]!.id,
    });
    await h.store.close();
  });

  it('GIVEN 429 with Retry-After THEN waits and posts once; GIVEN 403 THEN records the failure without retrying', async () => {
    const poster = new MemoryPoster('slack');
    poster.failNext('limited', 2, 429);
    poster.failNext('forbidden', 1, 403);
    const h = await harness([poster], { start: minutes(monday9, -1) });
    await h.add(subscription('slack', 'limited', '0 9 * * *', 'UTC'));
    await h.add(subscription('slack', 'forbidden', '0 9 * * *', 'UTC'));
    await h.store.setLastTick(h.clock.now);
    await h.runUntil(minutes(monday9, 1), 1);
    expect(poster.posted.map((p) => p.channelId)).toEqual(['limited']);
    expect(await h.store.getSlot(slotKey('slack:forbidden', monday9))).toMatchObject({
      status: 'skipped',
      reason: 'failed: 403 HTTP 403',
    });
    await h.store.close();
  });

  it('GIVEN posting errors of each kind THEN only non-429 4xx and explicit permanent errors stop retries', () => {
    expect(classifyPostError({ status: 503 }).retry).toBe(true);
    expect(classifyPostError({ status: 429, retryAfterMs: 3000 })).toMatchObject({ retry: true, retryAfterMs: 3000 });
    expect(classifyPostError({ status: 408 }).retry).toBe(true);
    expect(classifyPostError(Object.assign(new Error('t'), { code: 'ECONNRESET' })).retry).toBe(true);
    expect(classifyPostError(new Error('weird')).retry).toBe(true);
    expect(classifyPostError({ status: 404 }).retry).toBe(false);
    expect(classifyPostError({ permanent: true, message: 'channel_not_found' }).retry).toBe(false);
    expect(classifyPostError({ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } }).retry).toBe(
      false,
    );
    expect(classifyPostError({ code: 'slack_webapi_platform_error', data: { error: 'internal_error' } }).retry).toBe(
      true,
    );
    expect(classifyPostError({ code: 'slack_webapi_rate_limited_error', retryAfter: 2 })).toMatchObject({
      retry: true,
      retryAfterMs: 2000,
    });
  });
});

describe('restart recovery and the missed-slot grace rule', () => {
  it('GIVEN a slot claimed and posted but never marked (crash) THEN restart finds it in the channel and posts nothing', async () => {
    const poster = new MemoryPoster('slack');
    const h = await harness([poster], { start: minutes(monday9, 1) });
    await h.add(subscription('slack', 'A', '0 9 * * *', 'UTC'));
    const slot = {
      key: slotKey('slack:A', monday9),
      subscriptionId: 'slack:A',
      platform: 'slack' as const,
      channelId: 'A',
      scheduledAt: monday9,
    };
    const composed = await h.composer.compose((await h.store.getSubscription('slack:A'))!, monday9);
    await h.store.claimSlot(slot, composed.reply, composed.nextState, monday9);
    await poster.post('A', composed.reply, slot.key);
    h.clock.now = minutes(monday9, 600); // far beyond the grace: found posts are still marked, never re-posted
    expect(await h.scheduler.recover()).toEqual(['found']);
    expect(poster.posted).toHaveLength(1);
    expect(await h.store.getSlot(slot.key)).toMatchObject({ status: 'sent', messageId: 'M1' });
    expect((await h.store.getState('slack:A')).lastSentAt).toEqual(monday9);
    await h.store.close();
  });

  it('GIVEN a claim that never reached the channel THEN restart posts it within the grace, and records it skipped beyond', async () => {
    for (const [late, expected, posts] of [
      [30, 'sent', 1],
      [90, 'skipped', 0],
    ] as const) {
      const poster = new MemoryPoster('slack');
      const h = await harness([poster], { start: minutes(monday9, late) });
      await h.add(subscription('slack', 'A', '0 9 * * *', 'UTC'));
      const composed = await h.composer.compose((await h.store.getSubscription('slack:A'))!, monday9);
      await h.store.claimSlot(
        {
          key: slotKey('slack:A', monday9),
          subscriptionId: 'slack:A',
          platform: 'slack',
          channelId: 'A',
          scheduledAt: monday9,
        },
        composed.reply,
        composed.nextState,
        monday9,
      );
      await h.scheduler.recover();
      expect((await h.store.getSlot(slotKey('slack:A', monday9)))!.status).toBe(expected);
      expect(poster.posted).toHaveLength(posts);
      await h.store.close();
    }
  });

  it('GIVEN the bot was down for three daily slots THEN on restart the newest posts if within the grace and the older ones are recorded skipped', async () => {
    const poster = new MemoryPoster('slack');
    const h = await harness([poster], { start: minutes(monday9, 2 * 1440 + 20) });
    await h.add(subscription('slack', 'A', '0 9 * * *', 'UTC'));
    await h.store.setLastTick(minutes(monday9, -60));
    const report = await h.scheduler.tick();
    await h.scheduler.idle();
    expect(report).toEqual({ due: 3, claimed: 1, skipped: 2 });
    expect(poster.posted.map((p) => p.key)).toEqual([slotKey('slack:A', minutes(monday9, 2 * 1440))]);
    expect(await h.store.getSlot(slotKey('slack:A', monday9))).toMatchObject({ status: 'skipped', reason: 'missed' });
    await h.store.close();
  });

  it('GIVEN the restart came after the grace THEN every missed slot is recorded skipped and nothing posts', async () => {
    const poster = new MemoryPoster('slack');
    const h = await harness([poster], { start: minutes(monday9, 1440 + 61) });
    await h.add(subscription('slack', 'A', '0 9 * * *', 'UTC'));
    await h.store.setLastTick(minutes(monday9, -60));
    expect(await h.scheduler.tick()).toEqual({ due: 2, claimed: 0, skipped: 2 });
    expect(poster.posted).toEqual([]);
    await h.store.close();
  });

  it('GIVEN two schedulers ticking at once on one database file THEN the claim decides and each slot is posted once', async () => {
    const file = join(dir, 'shared.db');
    const poster = new MemoryPoster('slack');
    const a = await harness([poster], { store: openSqliteStore(file), start: minutes(monday9, -1) });
    const b = await harness([poster], { store: openSqliteStore(file), start: minutes(monday9, -1) });
    await a.add(subscription('slack', 'A', '0 9 * * *', 'UTC'));
    await a.store.setLastTick(a.clock.now);
    a.clock.now = b.clock.now = minutes(monday9, 1);
    await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    await Promise.all([a.scheduler.idle(), b.scheduler.idle()]);
    expect(poster.posted).toHaveLength(1);
    await a.store.close();
    await b.store.close();
  });
});

describe('claims held under a lease', () => {
  it('GIVEN a process that died holding a claim THEN a running sibling takes it over on a tick once the lease ends, and posts once', async () => {
    const file = join(dir, 'lease.db');
    const poster = new MemoryPoster('slack');
    const dead = await harness([poster], { store: openSqliteStore(file), start: minutes(monday9, 0.5) });
    await dead.add(subscription('slack', 'A', '0 9 * * *', 'UTC'));
    const composed = await dead.composer.compose((await dead.store.getSubscription('slack:A'))!, monday9);
    const slot = { key: slotKey('slack:A', monday9), subscriptionId: 'slack:A', platform: 'slack' as const };
    await dead.store.claimSlot(
      { ...slot, channelId: 'A', scheduledAt: monday9 },
      composed.reply,
      composed.nextState,
      monday9,
      {
        owner: 'dead-process',
        until: minutes(monday9, 2),
      },
    );
    await dead.store.setLastTick(minutes(monday9, 0.5));
    const live = await harness([poster], { store: openSqliteStore(file), start: minutes(monday9, 1) });
    await live.scheduler.tick();
    await live.scheduler.idle();
    expect(poster.posted).toEqual([]);
    live.clock.now = minutes(monday9, 3);
    await live.scheduler.tick();
    await live.scheduler.idle();
    expect(poster.posted.map((p) => p.key)).toEqual([slot.key]);
    expect(await live.store.getSlot(slot.key)).toMatchObject({ status: 'sent' });
    await dead.store.close();
    await live.store.close();
  });
});

describe('what a digest carries over time', () => {
  it('GIVEN --skip-empty and unchanged knowledge THEN nothing posts; GIVEN a knowledge change THEN the next digest lists it', async () => {
    const poster = new MemoryPoster('slack');
    const h = await harness([poster], { start: minutes(monday9, -1) });
    await h.add(subscription('slack', 'A', '0 9 * * *', 'UTC', { options: { gaps: false, skipEmpty: true } }));
    await h.store.setLastTick(h.clock.now);
    await h.runUntil(minutes(monday9, 10));
    expect(poster.posted).toEqual([]);
    expect(await h.store.getSlot(slotKey('slack:A', monday9))).toMatchObject({ status: 'skipped', reason: 'empty' });

    // A restart with new knowledge: same database, new composer.
    const k = sampleKnowledge();
    const changed = knowledgeOf([
      ...k.entities.values(),
      entity('delta', 'Delta', [fig({ metric: 'training_cost', value: 3e7 })]),
    ]);
    const h2 = await harness([poster], { store: h.store, knowledge: changed, start: h.clock.now });
    await h2.runUntil(minutes(monday9, 1440 + 10));
    expect(poster.posted).toHaveLength(1);
    expect(poster.posted[0]!.reply.lines.some((l) => l.startsWith('• New: Delta'))).toBe(true);
    await h.store.close();
  });

  it('GIVEN daily digests THEN the featured item changes every day and --gaps lists misses since the last digest', async () => {
    const poster = new MemoryPoster('slack');
    const h = await harness([poster], { start: minutes(monday9, -1) });
    await h.add(subscription('slack', 'A', '0 9 * * *', 'UTC', { options: { gaps: true, skipEmpty: false } }));
    await h.store.setLastTick(h.clock.now);
    await h.store.recordMiss({
      text: 'mistral revenue?',
      platform: 'slack',
      channelId: 'A',
      at: minutes(monday9, -30),
    });
    await h.store.recordMiss({ text: 'Mistral revenue', platform: 'slack', channelId: 'A', at: minutes(monday9, -20) });
    // Asked in another channel: that channel's business, not A's.
    await h.store.recordMiss({ text: 'grok cost', platform: 'slack', channelId: 'Y', at: minutes(monday9, -20) });
    await h.runUntil(minutes(monday9, 3 * 1440 + 10), 30);
    expect(poster.posted).toHaveLength(4);
    const featured = poster.posted.map((p) => p.reply.fields[0]!.label);
    expect(new Set(featured).size).toBe(4);
    expect(poster.posted[0]!.reply.lines).toContain('• “Mistral revenue” — asked 2×');
    expect(poster.posted[0]!.reply.lines.join('\n')).not.toContain('grok');
    expect(poster.posted[1]!.reply.lines.join('\n')).not.toContain('Mistral');
    await h.store.close();
  });

  it('GIVEN a platform with no poster connected THEN its slots are recorded skipped', async () => {
    const h = await harness([new MemoryPoster('slack')], { start: minutes(monday9, -1) });
    await h.add(subscription('discord', 'D', '0 9 * * *', 'UTC'));
    await h.store.setLastTick(h.clock.now);
    await h.runUntil(minutes(monday9, 1), 1);
    expect(await h.store.getSlot(slotKey('discord:D', monday9))).toMatchObject({
      status: 'skipped',
      reason: 'platform not connected',
    });
    await h.store.close();
  });
});
