// Two replicas' schedulers on one real PostgreSQL database tick at the same moments over many subscriptions:
// the due-rows index, the next runs and the claims are shared, so every digest is posted once, and only when due.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { ChannelPoster } from '../../src/app/channel-poster.js';
import { createDigestComposer } from '../../src/digest/composer.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { openPostgresStore } from '../../src/storage/postgres.js';
import type { Store } from '../../src/storage/store.js';
import { freshDatabase } from '../support/postgres-server.js';
import { FAST_BACKOFF, subscription } from './support/harness.js';
import { sampleKnowledge } from './support/knowledge.js';

const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

describe('GIVEN two replicas on one Postgres database', () => {
  it('GIVEN 100 of 300 subscriptions due at 09:00 and both replicas ticking at once THEN each posts exactly once, the rest at 17:00', async () => {
    const url = await freshDatabase(inject('postgresUrl'));
    const posts = new Map<string, number>();
    const poster: ChannelPoster = {
      platform: 'slack',
      post: async (channel, _reply, key) => {
        posts.set(channel, (posts.get(channel) ?? 0) + 1);
        return key;
      },
      findPosted: async () => undefined,
    };
    let now = new Date('2026-03-02T08:59:00Z');
    const replicas = await Promise.all(
      ['A', 'B'].map(async (owner) => {
        const store = await openPostgresStore(url, { poolSize: 4 });
        stores.push(store);
        const composer = await createDigestComposer(sampleKnowledge(), store);
        const scheduler = createScheduler({
          store,
          composer,
          posters: [poster],
          clock: () => now,
          graceMs: 3_600_000,
          backoff: FAST_BACKOFF,
          owner,
        });
        return { store, composer, scheduler };
      }),
    );
    const { store, composer } = replicas[0]!;
    for (let i = 0; i < 300; i++) {
      const sub = subscription('slack', `C${i}`, i < 100 ? '0 9 * * *' : '0 17 * * *', 'UTC');
      await store.upsertSubscription(sub);
      await store.initState(sub.id, composer.baseline());
    }
    const tickBoth = async (at: string) => {
      now = new Date(at);
      const reports = await Promise.all(replicas.map((r) => r.scheduler.tick()));
      await Promise.all(replicas.map((r) => r.scheduler.idle()));
      return reports.reduce((sum, r) => sum + r.claimed, 0);
    };

    expect(await tickBoth('2026-03-02T08:59:00Z')).toBe(0);
    expect(await tickBoth('2026-03-02T09:00:10Z')).toBe(100);
    expect(await tickBoth('2026-03-02T09:00:30Z')).toBe(0);
    expect(posts.size).toBe(100);
    expect([...posts.values()].every((n) => n === 1)).toBe(true);
    expect(await tickBoth('2026-03-02T17:00:10Z')).toBe(200);
    expect(posts.size).toBe(300);
    expect([...posts.values()].every((n) => n === 1)).toBe(true);
    expect(await store.dueSubscriptions(new Date('2026-03-02T17:00:30Z'), 10)).toEqual([]);
  }, 60_000);
});
