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
afterAll(() => {
  for (const s of opened) s.close();
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

describe('SQLite store', () => {
  it('GIVEN a path in a missing folder THEN creates folder and file, in WAL mode, with every migration recorded', () => {
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

  it('GIVEN a file opened twice THEN migrations run once and data survives', () => {
    const file = join(dir, 'twice.db');
    const a = open(file);
    a.upsertSubscription(sub());
    a.close();
    const b = open(file);
    expect(b.getSubscription('slack:C1')).toEqual(sub());
  });

  it('GIVEN a subscription saved again THEN it replaces the first; removal also drops its state', () => {
    const s = open();
    s.upsertSubscription(sub());
    s.upsertSubscription(
      sub({ schedule: { kind: 'weekly', pattern: '0 9 * * 1', timezone: 'UTC', label: 'weekly mon 09:00' } }),
    );
    expect(s.listSubscriptions()).toHaveLength(1);
    expect(s.getSubscription('slack:C1')!.schedule.label).toBe('weekly mon 09:00');
    s.initState('slack:C1', { snapshotHash: 'h1', shown: [] });
    expect(s.removeSubscription('slack:C1')).toBe(true);
    expect(s.getState('slack:C1')).toEqual({ shown: [] });
    expect(s.removeSubscription('slack:C1')).toBe(false);
  });

  it('GIVEN a slot claimed once THEN a second claim fails, even after it is sent', () => {
    const s = open();
    s.upsertSubscription(sub());
    expect(s.claimSlot(slot, reply, { snapshotHash: 'h2', lastSentAt: at, shown: ['a'] }, at)).toBe(true);
    expect(s.claimSlot(slot, reply, undefined, at)).toBe(false);
    expect(s.pendingClaims().map((r) => r.key)).toEqual([slot.key]);
    s.markSent(slot.key, 'M1', at);
    expect(s.claimSlot(slot, reply, undefined, at)).toBe(false);
    expect(s.pendingClaims()).toEqual([]);
  });

  it('GIVEN a claimed slot marked sent THEN its next state is applied with the message id, and a later skip changes nothing', () => {
    const s = open();
    s.upsertSubscription(sub());
    s.initState('slack:C1', { snapshotHash: 'h1', shown: [] });
    s.claimSlot(slot, reply, { snapshotHash: 'h2', lastSentAt: at, shown: ['a'] }, at);
    expect(s.getState('slack:C1').snapshotHash).toBe('h1');
    s.markSent(slot.key, 'M1', at);
    s.markSkipped(slot.key, 'missed', at);
    expect(s.getSlot(slot.key)).toMatchObject({ status: 'sent', messageId: 'M1', reply });
    expect(s.getState('slack:C1')).toEqual({ snapshotHash: 'h2', lastSentAt: at, shown: ['a'] });
  });

  it('GIVEN a claim under a live lease THEN nobody takes it over; GIVEN the lease ran out THEN one taker gets it and the old owner can no longer renew', () => {
    const s = open();
    const later = (m: number) => new Date(at.getTime() + m * 60_000);
    expect(s.claimSlot(slot, reply, undefined, at, { owner: 'A', until: later(2) })).toBe(true);
    expect(s.takeOverExpired(later(1), { owner: 'B', until: later(3) })).toEqual([]);
    expect(s.renewLease(slot.key, { owner: 'A', until: later(4) })).toBe(true);
    expect(s.takeOverExpired(later(3), { owner: 'B', until: later(5) })).toEqual([]);
    const taken = s.takeOverExpired(later(4), { owner: 'B', until: later(6) });
    expect(taken.map((r) => [r.key, r.owner])).toEqual([[slot.key, 'B']]);
    expect(s.takeOverExpired(later(4), { owner: 'C', until: later(6) })).toEqual([]);
    expect(s.renewLease(slot.key, { owner: 'A', until: later(7) })).toBe(false);
    s.markSent(slot.key, 'M1', later(5));
    expect(s.renewLease(slot.key, { owner: 'B', until: later(7) })).toBe(false);
    expect(s.takeOverExpired(later(60), { owner: 'C', until: later(62) })).toEqual([]);
  });

  it('GIVEN an event id seen again within the TTL THEN it is not a first sighting; GIVEN the TTL passed THEN it is', () => {
    const s = open();
    const later = (m: number) => new Date(at.getTime() + m * 60_000);
    const hour = 60 * 60_000;
    expect(s.firstSighting('Ev1', at, hour)).toBe(true);
    expect(s.firstSighting('Ev1', later(5), hour)).toBe(false);
    expect(s.firstSighting('Ev2', later(5), hour)).toBe(true);
    expect(s.firstSighting('Ev1', later(61), hour)).toBe(true);
    expect(s.firstSighting('Ev1', later(62), hour)).toBe(false);
  });

  it('GIVEN initState on a channel that has state THEN the existing baseline is kept', () => {
    const s = open();
    s.initState('x', { snapshotHash: 'first', shown: [] });
    s.initState('x', { snapshotHash: 'second', shown: [] });
    expect(s.getState('x').snapshotHash).toBe('first');
  });

  it('GIVEN misses on two platforms THEN missesSince groups by normalised text, counts, and keeps platforms apart', () => {
    const s = open();
    const t = (m: number) => new Date(at.getTime() + m * 60_000);
    s.recordMiss({ text: 'What is Mistral revenue?', platform: 'slack', channelId: 'C1', at: t(1) });
    s.recordMiss({ text: 'what is mistral  revenue', platform: 'slack', channelId: 'C2', at: t(2) });
    s.recordMiss({ text: 'cost of grok', platform: 'slack', channelId: 'C3', at: t(3) });
    s.recordMiss({ text: 'old question', platform: 'slack', channelId: 'C1', at: t(-10) });
    s.recordMiss({ text: 'discord only', platform: 'discord', channelId: 'C1', at: t(1) });
    const r = s.missesSince(at, { platform: 'slack', publicChannels: true }, 1);
    expect(r.groups).toBe(2);
    expect(r.top).toEqual([{ text: 'what is mistral  revenue', count: 2 }]);
  });

  it('GIVEN a miss asked in a DM THEN only that DM sees it: not another channel, not the public channels together', () => {
    const s = open();
    s.recordMiss({ text: 'secret plan cost?', platform: 'slack', channelId: 'D1', private: true, at });
    s.recordMiss({ text: 'public gap?', platform: 'slack', channelId: 'C1', at });
    const since = new Date(at.getTime() - 1);
    expect(s.missesSince(since, { platform: 'slack', channelId: 'D1' }, 5).top.map((m) => m.text)).toEqual([
      'secret plan cost?',
    ]);
    expect(s.missesSince(since, { platform: 'slack', channelId: 'C1' }, 5).top.map((m) => m.text)).toEqual([
      'public gap?',
    ]);
    expect(s.missesSince(since, { platform: 'slack', publicChannels: true }, 5).top.map((m) => m.text)).toEqual([
      'public gap?',
    ]);
  });

  it('GIVEN a 👎 then its reason THEN the downvote is listed for its channel with question, intent, figures and reason', () => {
    const s = open();
    const id = s.recordFeedback({
      platform: 'discord',
      channelId: 'C9',
      question: 'what did GPT-4 cost?',
      intent: 'answer',
      figures: [{ label: 'Training cost', value: '$100M+' }],
      vote: -1,
      at,
    });
    s.recordFeedback({
      platform: 'discord',
      channelId: 'C9',
      question: 'ok',
      intent: 'answer',
      figures: [],
      vote: 1,
      at,
    });
    expect(s.setFeedbackReason(id, 'wrong_figure')).toBe(true);
    expect(s.setFeedbackReason(id + 99, 'other')).toBe(false);
    const since = new Date(at.getTime() - 1);
    expect(s.downvotesSince(since, { platform: 'discord', channelId: 'C9' }, 5)).toEqual([
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
    expect(s.downvotesSince(since, { platform: 'discord', channelId: 'other' }, 5)).toEqual([]);
  });

  it('GIVEN a snapshot stored twice under one hash THEN the first is kept; the tick cursor round-trips', () => {
    const s = open();
    s.putSnapshot('h', '{"a":1}');
    s.putSnapshot('h', '{"a":2}');
    expect(s.getSnapshot('h')).toBe('{"a":1}');
    expect(s.getSnapshot('none')).toBeUndefined();
    expect(s.getLastTick()).toBeUndefined();
    s.setLastTick(at);
    expect(s.getLastTick()).toEqual(at);
  });
});

describe('conversation context', () => {
  const context = { subjects: ['deepseek-v3'], metrics: ['training_cost'], question: 'what did V3 cost?', figures: [] };

  it('GIVEN context saved in one process THEN a new store on the same file reads it until it expires, then not', () => {
    const file = join(dir, 'convo.db');
    const first = open(file);
    // Real time: saving also sweeps what expired before now.
    const expires = new Date(Date.now() + 60_000);
    first.putConversation('slack:C1:1.2', context, expires);
    first.close();
    const again = open(file);
    expect(again.getConversation('slack:C1:1.2', new Date(expires.getTime() - 1))).toEqual(context);
    expect(again.getConversation('slack:C1:1.2', expires)).toBeUndefined();
    expect(again.getConversation('slack:C1:other', new Date())).toBeUndefined();
  });
});
