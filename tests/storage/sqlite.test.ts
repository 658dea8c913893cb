import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { MIGRATIONS } from '../../src/storage/migrations.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { type Store, type Subscription, slotKey } from '../../src/storage/store.js';

const dir = mkdtempSync(join(tmpdir(), 'aiecon-store-'));
const opened: Store[] = [];
const open = (file = ':memory:') => {
  const s = openSqliteStore(file);
  opened.push(s);
  return s;
};
afterAll(async () => {
  for (const s of opened) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const sub = (over: Partial<Subscription> = {}): Subscription => ({
  id: 'slack:C1',
  platform: 'slack',
  channelId: 'C1',
  schedule: { kind: 'daily', pattern: '0 9 * * *', timezone: 'Europe/Berlin', label: 'daily 09:00' },
  options: { gaps: true, skipEmpty: false },
  createdBy: 'U1',
  createdAt: new Date('2026-03-01T00:00:00Z'),
  ...over,
});
const reply: Reply = { kind: 'digest', title: 't', lines: ['l'], fields: [], notes: [], sources: [], suggestions: [] };
const at = new Date('2026-03-02T08:00:00Z');
const slot = {
  key: slotKey('slack:C1', at),
  subscriptionId: 'slack:C1',
  platform: 'slack' as const,
  channelId: 'C1',
  scheduledAt: at,
};

describe('SQLite store', async () => {
  it('GIVEN a path in a missing folder THEN creates folder and file, in WAL mode, with every migration recorded', async () => {
    const file = join(dir, 'nested', 'deeper', 'aiecon.db');
    open(file);
    expect(existsSync(file)).toBe(true);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((raw.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number }).v).toBe(
      MIGRATIONS.at(-1)!.version,
    );
    raw.close();
  });

  it('GIVEN a file from single-token days (migration 6) THEN its subscriptions survive migration 7 with no workspace', async () => {
    const file = join(dir, 'before-oauth.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 6)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO migrations VALUES (?, ?, 0)').run(m.version, m.name);
    }
    raw
      .prepare(
        `INSERT INTO subscriptions (id, platform, channel_id, kind, pattern, timezone, label, created_at)
         VALUES ('slack:C1', 'slack', 'C1', 'daily', '0 9 * * *', 'Europe/Berlin', 'daily 09:00', ?)`,
      )
      .run(sub().createdAt.getTime());
    raw.close();
    const s = open(file);
    const old = await s.getSubscription('slack:C1');
    expect(old).toMatchObject({ channelId: 'C1', schedule: sub().schedule });
    expect(old?.teamId).toBeUndefined();
    expect(await s.removeInstallation({ teamId: 'T1' })).toEqual({ installation: false, subscriptions: 0 });
    expect(await s.getSubscription('slack:C1')).toBeDefined();
  });

  it('GIVEN a file opened twice THEN migrations run once and data survives', async () => {
    const file = join(dir, 'twice.db');
    const a = open(file);
    await a.upsertSubscription(sub());
    await a.close();
    const b = open(file);
    expect(await b.getSubscription('slack:C1')).toEqual(sub());
  });

  it('GIVEN a subscription saved again THEN it replaces the first; removal also drops its state', async () => {
    const s = open();
    await s.upsertSubscription(sub());
    await s.upsertSubscription(
      sub({ schedule: { kind: 'weekly', pattern: '0 9 * * 1', timezone: 'UTC', label: 'weekly mon 09:00' } }),
    );
    expect(await s.listSubscriptions()).toHaveLength(1);
    expect((await s.getSubscription('slack:C1'))!.schedule.label).toBe('weekly mon 09:00');
    await s.initState('slack:C1', { snapshotHash: 'h1', shown: [] });
    expect(await s.removeSubscription('slack:C1')).toBe(true);
    expect(await s.getState('slack:C1')).toEqual({ shown: [] });
    expect(await s.removeSubscription('slack:C1')).toBe(false);
  });

  it('GIVEN a slot claimed once THEN a second claim fails, even after it is sent', async () => {
    const s = open();
    await s.upsertSubscription(sub());
    expect(await s.claimSlot(slot, reply, { snapshotHash: 'h2', lastSentAt: at, shown: ['a'] }, at)).toBe(true);
    expect(await s.claimSlot(slot, reply, undefined, at)).toBe(false);
    expect((await s.pendingClaims()).map((r) => r.key)).toEqual([slot.key]);
    await s.markSent(slot.key, 'M1', at);
    expect(await s.claimSlot(slot, reply, undefined, at)).toBe(false);
    expect(await s.pendingClaims()).toEqual([]);
  });

  it('GIVEN a claimed slot marked sent THEN its next state is applied with the message id, and a later skip changes nothing', async () => {
    const s = open();
    await s.upsertSubscription(sub());
    await s.initState('slack:C1', { snapshotHash: 'h1', shown: [] });
    await s.claimSlot(slot, reply, { snapshotHash: 'h2', lastSentAt: at, shown: ['a'] }, at);
    expect((await s.getState('slack:C1')).snapshotHash).toBe('h1');
    await s.markSent(slot.key, 'M1', at);
    await s.markSkipped(slot.key, 'missed', at);
    expect(await s.getSlot(slot.key)).toMatchObject({ status: 'sent', messageId: 'M1', reply });
    expect(await s.getState('slack:C1')).toEqual({ snapshotHash: 'h2', lastSentAt: at, shown: ['a'] });
  });

  it('GIVEN a claim under a live lease THEN nobody takes it over; GIVEN the lease ran out THEN one taker gets it and the old owner can no longer renew', async () => {
    const s = open();
    const later = (m: number) => new Date(at.getTime() + m * 60_000);
    expect(await s.claimSlot(slot, reply, undefined, at, { owner: 'A', until: later(2) })).toBe(true);
    expect(await s.takeOverExpired(later(1), { owner: 'B', until: later(3) })).toEqual([]);
    expect(await s.renewLease(slot.key, { owner: 'A', until: later(4) })).toBe(true);
    expect(await s.takeOverExpired(later(3), { owner: 'B', until: later(5) })).toEqual([]);
    const taken = await s.takeOverExpired(later(4), { owner: 'B', until: later(6) });
    expect(taken.map((r) => [r.key, r.owner])).toEqual([[slot.key, 'B']]);
    expect(await s.takeOverExpired(later(4), { owner: 'C', until: later(6) })).toEqual([]);
    expect(await s.renewLease(slot.key, { owner: 'A', until: later(7) })).toBe(false);
    await s.markSent(slot.key, 'M1', later(5));
    expect(await s.renewLease(slot.key, { owner: 'B', until: later(7) })).toBe(false);
    expect(await s.takeOverExpired(later(60), { owner: 'C', until: later(62) })).toEqual([]);
  });

  it('GIVEN an event id seen again within the TTL THEN it is not a first sighting; GIVEN the TTL passed THEN it is', async () => {
    const s = open();
    const later = (m: number) => new Date(at.getTime() + m * 60_000);
    const hour = 60 * 60_000;
    expect(await s.firstSighting('Ev1', at, hour)).toBe(true);
    expect(await s.firstSighting('Ev1', later(5), hour)).toBe(false);
    expect(await s.firstSighting('Ev2', later(5), hour)).toBe(true);
    expect(await s.firstSighting('Ev1', later(61), hour)).toBe(true);
    expect(await s.firstSighting('Ev1', later(62), hour)).toBe(false);
  });

  it('GIVEN initState on a channel that has state THEN the existing baseline is kept', async () => {
    const s = open();
    await s.initState('x', { snapshotHash: 'first', shown: [] });
    await s.initState('x', { snapshotHash: 'second', shown: [] });
    expect((await s.getState('x')).snapshotHash).toBe('first');
  });

  it('GIVEN misses on two platforms THEN missesSince groups by normalised text, counts, and keeps platforms apart', async () => {
    const s = open();
    const t = (m: number) => new Date(at.getTime() + m * 60_000);
    await s.recordMiss({ text: 'What is Mistral revenue?', platform: 'slack', channelId: 'C1', at: t(1) });
    await s.recordMiss({ text: 'what is mistral  revenue', platform: 'slack', channelId: 'C2', at: t(2) });
    await s.recordMiss({ text: 'cost of grok', platform: 'slack', channelId: 'C3', at: t(3) });
    await s.recordMiss({ text: 'old question', platform: 'slack', channelId: 'C1', at: t(-10) });
    await s.recordMiss({ text: 'discord only', platform: 'discord', channelId: 'C1', at: t(1) });
    const r = await s.missesSince(at, { platform: 'slack', publicChannels: true }, 1);
    expect(r.groups).toBe(2);
    expect(r.top).toEqual([{ text: 'what is mistral  revenue', count: 2 }]);
  });

  it('GIVEN a miss asked in a DM THEN only that DM sees it: not another channel, not the public channels together', async () => {
    const s = open();
    await s.recordMiss({ text: 'secret plan cost?', platform: 'slack', channelId: 'D1', private: true, at });
    await s.recordMiss({ text: 'public gap?', platform: 'slack', channelId: 'C1', at });
    const since = new Date(at.getTime() - 1);
    expect((await s.missesSince(since, { platform: 'slack', channelId: 'D1' }, 5)).top.map((m) => m.text)).toEqual([
      'secret plan cost?',
    ]);
    expect((await s.missesSince(since, { platform: 'slack', channelId: 'C1' }, 5)).top.map((m) => m.text)).toEqual([
      'public gap?',
    ]);
    expect((await s.missesSince(since, { platform: 'slack', publicChannels: true }, 5)).top.map((m) => m.text)).toEqual(
      ['public gap?'],
    );
  });

  it('GIVEN a 👎 then its reason THEN the downvote is listed for its channel with question, intent, figures and reason', async () => {
    const s = open();
    const id = await s.recordFeedback({
      platform: 'discord',
      channelId: 'C9',
      question: 'what did GPT-4 cost?',
      intent: 'answer',
      figures: [{ label: 'Training cost', value: '$100M+' }],
      vote: -1,
      at,
    });
    await s.recordFeedback({
      platform: 'discord',
      channelId: 'C9',
      question: 'ok',
      intent: 'answer',
      figures: [],
      vote: 1,
      at,
    });
    expect(await s.setFeedbackReason(id, 'wrong_figure')).toBe(true);
    expect(await s.setFeedbackReason(id + 99, 'other')).toBe(false);
    const since = new Date(at.getTime() - 1);
    expect(await s.downvotesSince(since, { platform: 'discord', channelId: 'C9' }, 5)).toEqual([
      {
        platform: 'discord',
        channelId: 'C9',
        private: false,
        question: 'what did GPT-4 cost?',
        intent: 'answer',
        figures: [{ label: 'Training cost', value: '$100M+' }],
        vote: -1,
        reason: 'wrong_figure',
        at,
      },
    ]);
    expect(await s.downvotesSince(since, { platform: 'discord', channelId: 'other' }, 5)).toEqual([]);
  });

  it('GIVEN a snapshot stored twice under one hash THEN the first is kept; the tick cursor round-trips', async () => {
    const s = open();
    await s.putSnapshot('h', '{"a":1}');
    await s.putSnapshot('h', '{"a":2}');
    expect(await s.getSnapshot('h')).toBe('{"a":1}');
    expect(await s.getSnapshot('none')).toBeUndefined();
    expect(await s.getLastTick()).toBeUndefined();
    await s.setLastTick(at);
    expect(await s.getLastTick()).toEqual(at);
  });
});

describe('conversation context', async () => {
  const context = { subjects: ['deepseek-v3'], metrics: ['training_cost'], question: 'what did V3 cost?', figures: [] };

  it('GIVEN context saved in one process THEN a new store on the same file reads it until it expires, then not', async () => {
    const file = join(dir, 'convo.db');
    const first = open(file);
    // Real time: saving also sweeps what expired before now.
    const expires = new Date(Date.now() + 60_000);
    await first.putConversation('slack:C1:1.2', context, expires);
    await first.close();
    const again = open(file);
    expect(await again.getConversation('slack:C1:1.2', new Date(expires.getTime() - 1))).toEqual(context);
    expect(await again.getConversation('slack:C1:1.2', expires)).toBeUndefined();
    expect(await again.getConversation('slack:C1:other', new Date())).toBeUndefined();
  });
});
