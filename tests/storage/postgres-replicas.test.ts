// Several replicas on one real PostgreSQL database, each with its own pool, racing for the same rows.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { type Store, slotKey } from '../../src/storage/store.js';
import { freshDatabase } from '../support/postgres-server.js';

const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
});
/** `n` stores opened at the same moment on one fresh database, as replicas starting together would. */
async function replicas(n: number): Promise<Store[]> {
  const url = await freshDatabase(inject('postgresUrl'));
  const stores = await Promise.all(Array.from({ length: n }, () => openPostgresStore(url, { poolSize: 3 })));
  opened.push(...stores);
  return stores;
}

const at = new Date('2026-03-02T09:00:00Z');
const later = (m: number) => new Date(at.getTime() + m * 60_000);

describe('Postgres shared by replicas', () => {
  it('GIVEN three replicas starting at once on an empty database THEN the schema is made once and all of them work', async () => {
    const [a, b, c] = await replicas(3);
    await a!.setLastTick(at);
    expect(await b!.getLastTick()).toEqual(at);
    expect(await c!.ping()).toBe(true);
  });

  it('GIVEN an expired claim and replicas taking over at the same moment THEN exactly one of them gets it', async () => {
    const [a, b, c] = await replicas(3);
    for (let i = 0; i < 10; i++) {
      const slot = {
        key: slotKey(`slack:C${i}`, at),
        subscriptionId: `slack:C${i}`,
        platform: 'slack' as const,
        channelId: `C${i}`,
        scheduledAt: at,
      };
      await a!.claimSlot(slot, undefined, undefined, at, { owner: 'dead', until: later(1) });
    }
    const takes = await Promise.all(
      [b!, c!, b!, c!].map((s, i) => s.takeOverExpired(later(5), { owner: `r${i}`, until: later(7) })),
    );
    const keys = takes.flat().map((r) => r.key);
    expect(keys).toHaveLength(10);
    expect(new Set(keys).size).toBe(10);
    // Whoever got a claim holds it: the owner recorded is the one that took it.
    for (const [i, taken] of takes.entries())
      for (const r of taken) expect((await a!.getSlot(r.key))!.owner).toBe(`r${i}`);
  });

  it('GIVEN one Slack event id reaching two replicas at once THEN exactly one of them answers it', async () => {
    const [a, b] = await replicas(2);
    for (let i = 0; i < 20; i++) {
      const results = await Promise.all([a!, b!].map((s) => s.firstSighting(`Ev${i}`, at, 3_600_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  it('GIVEN the same slot claimed by two replicas at once THEN one claim wins', async () => {
    const [a, b] = await replicas(2);
    const slot = {
      key: slotKey('slack:C1', at),
      subscriptionId: 'slack:C1',
      platform: 'slack' as const,
      channelId: 'C1',
      scheduledAt: at,
    };
    const wins = await Promise.all(
      [a!, b!].map((s, i) => s.claimSlot(slot, undefined, undefined, at, { owner: `r${i}`, until: later(2) })),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});
