// A digest tick shares the event loop with the chat adapters: it must never hold it long enough to delay an ack.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../src/app/channel-poster.js';
import { createDigestComposer } from '../../src/digest/composer.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { subscription } from './support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'aiecon-stall-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Posts land after a short network-like wait. */
const poster: ChannelPoster = {
  platform: 'slack',
  post: (_c, _r, key) => new Promise((r) => setTimeout(() => r(key), 2)),
  findPosted: async () => undefined,
};

describe('GIVEN a database with thousands of subscriptions and the real knowledge', () => {
  it('GIVEN a 09:00 tick with 300 digests due among 3,300 THEN the event loop is never held for more than 150 ms', async () => {
    const store = openSqliteStore(join(dir, 'stall.db'));
    const knowledge = loadKnowledge();
    const composer = await createDigestComposer(knowledge, store);
    await store.batch(async () => {
      for (let i = 0; i < 3_300; i++) {
        const sub = subscription('slack', `C${i}`, i < 300 ? '0 9 * * *' : '0 17 * * *', 'UTC');
        await store.upsertSubscription(sub);
        await store.initState(sub.id, { shown: [] });
      }
    });
    let now = new Date('2026-03-02T08:59:00Z');
    const scheduler = createScheduler({ store, composer, posters: [poster], clock: () => now, graceMs: 3_600_000 });
    await scheduler.tick(); // works out every subscription's next run
    now = new Date('2026-03-02T09:00:10Z');
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const report = await scheduler.tick();
    await scheduler.idle();
    delay.disable();
    expect(report).toEqual({ due: 300, claimed: 300, skipped: 0 });
    expect(delay.max / 1e6).toBeLessThan(150);
    await store.close();
  }, 60_000);
});
