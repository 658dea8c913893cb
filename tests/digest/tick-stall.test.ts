// A digest tick shares the event loop with the chat adapters: it must never hold it long enough to delay an ack.
// The hold is measured in CPU time between turns of the event loop, not wall time: on a loaded machine the OS
// preempting the process stretches wall-clock gaps by itself (150 ms and more seen on a busy 2-core box), while
// a tick that does not yield burns CPU for as long as it holds the loop however busy the machine is. The
// tick's whole CPU time, taken in the same run, is the yardstick.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Samples the event loop every turn; `stop()` gives the most CPU milliseconds spent between two turns. */
function cpuStallMeter(): { stop(): number } {
  let last = process.cpuUsage();
  let longest = 0;
  let timer: NodeJS.Timeout;
  const sample = () => {
    const spent = process.cpuUsage(last);
    last = process.cpuUsage();
    longest = Math.max(longest, (spent.user + spent.system) / 1000);
    timer = setTimeout(sample, 1);
  };
  timer = setTimeout(sample, 1);
  return {
    stop() {
      clearTimeout(timer);
      sample();
      clearTimeout(timer);
      return longest;
    },
  };
}

describe('GIVEN a database with thousands of subscriptions and the real knowledge', () => {
  it('GIVEN a 09:00 tick with 300 digests due among 3,300 THEN the tick yields: no hold of the event loop is over a third of its work or 50 ms', async () => {
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
    const meter = cpuStallMeter();
    const started = process.cpuUsage();
    const report = await scheduler.tick();
    await scheduler.idle();
    const longest = meter.stop();
    const spent = process.cpuUsage(started);
    const work = (spent.user + spent.system) / 1000;
    expect(report).toEqual({ due: 300, claimed: 300, skipped: 0 });
    // A tick that never yielded held the loop for about 60% of its work (48 of 77 ms); slices hold it for about 10%.
    expect(longest, `longest hold of ${work} ms of work`).toBeLessThan(work / 3);
    expect(longest).toBeLessThan(50);
    await store.close();
  }, 60_000);
});
