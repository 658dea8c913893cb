// The Store contract, run against both implementations: the SQLite file and a real PostgreSQL server (one per
// test run, tests/support/global-setup.ts; each test gets a fresh database).
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { pruneStore } from '../../src/storage/retention.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { type SlackInstallationRecord, type Store, type Subscription, slotKey } from '../../src/storage/store.js';
import { freshDatabase } from '../support/postgres-server.js';

const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
});
const IMPLEMENTATIONS: Array<[string, () => Promise<Store>]> = [
  ['SQLite', async () => openSqliteStore(':memory:')],
  ['Postgres', async () => openPostgresStore(await freshDatabase(inject('postgresUrl')), { poolSize: 2 })],
];

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

describe.each(IMPLEMENTATIONS)('%s store', (_name, openStore) => {
  const open = async () => {
    const s = await openStore();
    opened.push(s);
    return s;
  };

  it('GIVEN old done slots, misses and snapshots THEN a retention pass deletes them in batches and keeps the rest', async () => {
    const s = await open();
    const now = new Date(Date.now() + 200 * 86_400_000);
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    const slotAt = (name: string, when: Date) => ({ ...slot, key: slotKey(`slack:${name}`, when), scheduledAt: when });
    const oldSent = slotAt('old-sent', daysAgo(60));
    const oldClaimed = slotAt('old-claimed', daysAgo(60));
    const recent = slotAt('recent', daysAgo(1));
    for (const x of [oldSent, oldClaimed, recent]) await s.claimSlot(x, reply, undefined, x.scheduledAt);
    await s.markSent(oldSent.key, 'm1', oldSent.scheduledAt);
    await s.markSkipped(recent.key, 'empty', recent.scheduledAt);
    for (let i = 0; i < 5; i++) await s.recordMiss({ text: `old ${i}`, platform: 'slack', at: daysAgo(100) });
    for (let i = 0; i < 3; i++) await s.recordMiss({ text: `new ${i}`, platform: 'slack', at: daysAgo(1) });
    for (let i = 0; i < 12; i++) await s.putSnapshot(`h${i}`, '{}');

    const deleted = await pruneStore(s, now, 2);
    expect(deleted).toBe(1 + 5 + 2);
    expect(await s.getSlot(oldSent.key)).toBeUndefined();
    expect((await s.getSlot(oldClaimed.key))?.status).toBe('claimed');
    expect((await s.getSlot(recent.key))?.status).toBe('skipped');
    const scope = { platform: 'slack' as const, publicChannels: true as const };
    expect((await s.missesSince(new Date(0), scope, 10)).groups).toBe(3);
    let kept = 0;
    for (let i = 0; i < 12; i++) if (await s.getSnapshot(`h${i}`)) kept++;
    expect(kept).toBe(10);
    expect(await pruneStore(s, now)).toBe(0);

    // A count bound too: beyond the newest `maxMisses`, the oldest go even when recent.
    const cutoffs = {
      slotsBefore: new Date(0),
      missesBefore: new Date(0),
      maxMisses: 2,
      snapshotsBefore: new Date(0),
      keepSnapshots: 10,
    };
    expect(await s.pruneRetained(cutoffs, 100)).toBe(1);
    expect((await s.missesSince(new Date(0), scope, 10)).groups).toBe(2);
  });

  it('GIVEN a subscription THEN it round-trips exactly and the store answers a ping', async () => {
    const s = await open();
    await s.upsertSubscription(sub());
    expect(await s.getSubscription('slack:C1')).toEqual(sub());
    expect(await s.getSubscription('slack:none')).toBeUndefined();
    expect(await s.ping()).toBe(true);
  });

  it('GIVEN a subscription saved again THEN it replaces the first; removal also drops its state', async () => {
    const s = await open();
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

  it('GIVEN subscriptions with next runs THEN only due ones are read, soonest first; a changed one is due again', async () => {
    const s = await open();
    const h = (hh: number) => new Date(`2026-03-02T${String(hh).padStart(2, '0')}:00:00Z`);
    for (const id of ['A', 'B', 'C']) await s.upsertSubscription(sub({ id: `slack:${id}`, channelId: id }));
    expect((await s.dueSubscriptions(h(8), 10)).map((x) => [x.id, x.nextRunAt])).toEqual([
      ['slack:A', undefined],
      ['slack:B', undefined],
      ['slack:C', undefined],
    ]);
    await s.setNextRun('slack:A', h(9));
    await s.setNextRun('slack:B', h(17));
    await s.setNextRun('slack:C', undefined);
    expect(await s.dueSubscriptions(h(8), 10)).toEqual([]);
    expect((await s.dueSubscriptions(h(9), 10)).map((x) => [x.id, x.nextRunAt])).toEqual([['slack:A', h(9)]]);
    expect((await s.dueSubscriptions(h(23), 10)).map((x) => x.id)).toEqual(['slack:A', 'slack:B']);
    expect((await s.dueSubscriptions(h(23), 1)).map((x) => x.id)).toEqual(['slack:A']);
    await s.upsertSubscription(sub({ id: 'slack:C', channelId: 'C', options: { gaps: false, skipEmpty: true } }));
    expect((await s.dueSubscriptions(h(8), 10)).map((x) => x.id)).toEqual(['slack:C']);
  });

  it('GIVEN a slot claimed once THEN a second claim fails, even after it is sent', async () => {
    const s = await open();
    await s.upsertSubscription(sub());
    expect(await s.claimSlot(slot, reply, { snapshotHash: 'h2', lastSentAt: at, shown: ['a'] }, at)).toBe(true);
    expect(await s.claimSlot(slot, reply, undefined, at)).toBe(false);
    expect((await s.pendingClaims()).map((r) => r.key)).toEqual([slot.key]);
    await s.markSent(slot.key, 'M1', at);
    expect(await s.claimSlot(slot, reply, undefined, at)).toBe(false);
    expect(await s.pendingClaims()).toEqual([]);
  });

  it('GIVEN a claimed slot marked sent THEN its next state is applied with the message id, and a later skip changes nothing', async () => {
    const s = await open();
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
    const s = await open();
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
    const s = await open();
    const later = (m: number) => new Date(at.getTime() + m * 60_000);
    const hour = 60 * 60_000;
    expect(await s.firstSighting('Ev1', at, hour)).toBe(true);
    expect(await s.firstSighting('Ev1', later(5), hour)).toBe(false);
    expect(await s.firstSighting('Ev2', later(5), hour)).toBe(true);
    expect(await s.firstSighting('Ev1', later(61), hour)).toBe(true);
    expect(await s.firstSighting('Ev1', later(62), hour)).toBe(false);
  });

  it('GIVEN initState on a channel that has state THEN the existing baseline is kept', async () => {
    const s = await open();
    await s.initState('x', { snapshotHash: 'first', shown: [] });
    await s.initState('x', { snapshotHash: 'second', shown: [] });
    expect((await s.getState('x')).snapshotHash).toBe('first');
  });

  it('GIVEN misses on two platforms THEN missesSince groups by normalised text, counts, and keeps platforms apart', async () => {
    const s = await open();
    const t = (m: number) => new Date(at.getTime() + m * 60_000);
    await s.recordMiss({ text: 'What is Mistral revenue?', platform: 'slack', channelId: 'C1', at: t(1) });
    await s.recordMiss({ text: 'what is mistral  revenue', platform: 'slack', channelId: 'C2', at: t(2) });
    await s.recordMiss({ text: 'cost of grok', platform: 'slack', channelId: 'C3', at: t(3) });
    await s.recordMiss({ text: 'old question', platform: 'slack', channelId: 'C1', at: t(-10) });
    await s.recordMiss({ text: 'discord only', platform: 'discord', channelId: 'C1', at: t(1) });
    await s.recordMiss({ text: 'asked in a DM', platform: 'slack', channelId: 'D1', private: true, at: t(4) });
    const r = await s.missesSince(at, { platform: 'slack', publicChannels: true }, 1);
    expect(r.groups).toBe(2);
    expect(r.top).toEqual([{ text: 'what is mistral  revenue', count: 2 }]);
    expect((await s.missesSince(at, { platform: 'slack', channelId: 'D1' }, 5)).top).toEqual([
      { text: 'asked in a DM', count: 1 },
    ]);
  });

  it('GIVEN votes THEN a 👎 takes a reason, a 👍 does not, and downvotes are listed per channel', async () => {
    const s = await open();
    const vote = (v: 1 | -1, channelId: string, m: number) =>
      s.recordFeedback({
        platform: 'slack',
        channelId,
        question: `q${m}`,
        intent: 'figure',
        figures: [{ label: 'Training cost', value: '$5.6M' }],
        vote: v,
        at: new Date(at.getTime() + m * 60_000),
      });
    const down = await vote(-1, 'C1', 1);
    const up = await vote(1, 'C1', 2);
    await vote(-1, 'C2', 3);
    expect(await s.setFeedbackReason(down, 'wrong_figure')).toBe(true);
    expect(await s.setFeedbackReason(up, 'wrong_figure')).toBe(false);
    const listed = await s.downvotesSince(at, { platform: 'slack', channelId: 'C1' }, 10);
    expect(listed).toMatchObject([{ question: 'q1', reason: 'wrong_figure', vote: -1, channelId: 'C1' }]);
    expect(listed[0]!.figures).toEqual([{ label: 'Training cost', value: '$5.6M' }]);
  });

  it('GIVEN a snapshot stored twice under one hash THEN the first is kept; the tick cursor round-trips', async () => {
    const s = await open();
    await s.putSnapshot('h', '{"a":1}');
    await s.putSnapshot('h', '{"a":2}');
    expect(await s.getSnapshot('h')).toBe('{"a":1}');
    expect(await s.getSnapshot('none')).toBeUndefined();
    expect(await s.getLastTick()).toBeUndefined();
    await s.setLastTick(at);
    expect(await s.getLastTick()).toEqual(at);
  });

  it('GIVEN a conversation saved THEN it is read back until it expires, replaced by a newer turn, then gone', async () => {
    const s = await open();
    const first = { subjects: ['deepseek-v3'], metrics: ['training_cost'], question: 'what did V3 cost?', figures: [] };
    const second = { ...first, metrics: ['licence'], question: 'and its licence?' };
    const expires = new Date(Date.now() + 60_000);
    await s.putConversation('slack:C1:1.2', first, expires);
    expect(await s.getConversation('slack:C1:1.2', new Date(expires.getTime() - 1))).toEqual(first);
    await s.putConversation('slack:C1:1.2', second, expires);
    expect(await s.getConversation('slack:C1:1.2', new Date())).toEqual(second);
    expect(await s.getConversation('slack:C1:1.2', expires)).toBeUndefined();
    expect(await s.getConversation('slack:C1:other', new Date())).toBeUndefined();
  });

  const installation = (teamId: string, token: string, over: Partial<SlackInstallationRecord> = {}) => ({
    teamId,
    isEnterpriseInstall: false,
    json: JSON.stringify({ team: { id: teamId }, bot: { token } }),
    installedAt: new Date('2026-03-01T10:00:00Z'),
    ...over,
  });

  it('GIVEN a workspace installed twice THEN the second installation replaces the first', async () => {
    const s = await open();
    await s.putInstallation(installation('T1', 'xoxb-first'));
    await s.putInstallation(installation('T1', 'xoxb-second'));
    expect(await s.getInstallation({ teamId: 'T1' })).toEqual(installation('T1', 'xoxb-second'));
    expect(await s.getInstallation({ teamId: 'T2' })).toBeUndefined();
  });

  it('GIVEN an org-wide install THEN it is found by its org, not by a team of that org', async () => {
    const s = await open();
    const org = installation('T9', 'xoxb-org', { enterpriseId: 'E1', isEnterpriseInstall: true, teamId: undefined });
    await s.putInstallation(org);
    expect(await s.getInstallation({ enterpriseId: 'E1', isEnterpriseInstall: true })).toEqual(org);
    expect(await s.getInstallation({ teamId: 'T9', enterpriseId: 'E1', isEnterpriseInstall: false })).toBeUndefined();
  });

  it('GIVEN a subscription with its workspace THEN the workspace round-trips; GIVEN one from single-token days THEN it has none', async () => {
    const s = await open();
    await s.upsertSubscription(sub({ teamId: 'T1', enterpriseId: 'E1' }));
    await s.upsertSubscription(sub({ id: 'slack:C2', channelId: 'C2' }));
    expect(await s.getSubscription('slack:C1')).toMatchObject({ teamId: 'T1', enterpriseId: 'E1' });
    expect(await s.getSubscription('slack:C2')).toEqual(sub({ id: 'slack:C2', channelId: 'C2' }));
  });

  it('GIVEN an uninstall THEN that workspace’s installation, subscriptions and their state go; others stay', async () => {
    const s = await open();
    await s.putInstallation(installation('T1', 'xoxb-1'));
    await s.putInstallation(installation('T2', 'xoxb-2'));
    await s.upsertSubscription(sub({ teamId: 'T1' }));
    await s.initState('slack:C1', { shown: ['x'] });
    await s.upsertSubscription(sub({ id: 'slack:C2', channelId: 'C2', teamId: 'T2' }));
    await s.upsertSubscription(sub({ id: 'discord:C3', platform: 'discord', channelId: 'C3' }));
    expect(await s.removeInstallation({ teamId: 'T1' })).toEqual({ installation: true, subscriptions: 1 });
    expect(await s.getInstallation({ teamId: 'T1' })).toBeUndefined();
    expect(await s.getState('slack:C1')).toEqual({ shown: [] });
    expect((await s.listSubscriptions()).map((x) => x.id)).toEqual(['discord:C3', 'slack:C2']);
    expect(await s.getInstallation({ teamId: 'T2' })).toBeDefined();
    expect(await s.removeInstallation({ teamId: 'T1' })).toEqual({ installation: false, subscriptions: 0 });
  });

  it('GIVEN an org-wide install removed THEN every subscription made in its org goes', async () => {
    const s = await open();
    await s.putInstallation(installation('T9', 'xoxb-org', { enterpriseId: 'E1', isEnterpriseInstall: true }));
    await s.upsertSubscription(sub({ teamId: 'T5', enterpriseId: 'E1' }));
    await s.upsertSubscription(sub({ id: 'slack:C2', channelId: 'C2', teamId: 'T6', enterpriseId: 'E1' }));
    await s.upsertSubscription(sub({ id: 'slack:C3', channelId: 'C3', teamId: 'T7' }));
    expect(await s.removeInstallation({ enterpriseId: 'E1', isEnterpriseInstall: true })).toEqual({
      installation: true,
      subscriptions: 2,
    });
    expect((await s.listSubscriptions()).map((x) => x.id)).toEqual(['slack:C3']);
  });
});
