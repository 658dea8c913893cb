// A scheduler on an in-memory store with a hand-driven clock and fast retries, for digest tests.

import type { ChannelPoster } from '../../../src/app/channel-poster.js';
import { createDigestComposer } from '../../../src/digest/composer.js';
import { createScheduler } from '../../../src/digest/scheduler.js';
import type { Knowledge } from '../../../src/knowledge/load.js';
import { setLogLevel } from '../../../src/log.js';
import { openSqliteStore } from '../../../src/storage/sqlite.js';
import type { Store, Subscription } from '../../../src/storage/store.js';
import { sampleKnowledge } from './knowledge.js';

// Retry and recovery logs are expected here; keep test output to real errors.
setLogLevel('error');

/** Retries in milliseconds instead of minutes. */
export const FAST_BACKOFF = { baseMs: 2, maxMs: 10, giveUpAfterMs: 24 * 3600_000 };

/** A subscription row as the command would store it. */
export function subscription(
  platform: Subscription['platform'],
  channelId: string,
  pattern: string,
  timezone: string,
  over: Partial<Subscription> = {},
): Subscription {
  return {
    id: `${platform}:${channelId}`,
    platform,
    channelId,
    schedule: { kind: 'cron', pattern, timezone, label: `cron "${pattern}"` },
    options: { gaps: false, skipEmpty: false },
    createdAt: new Date('2020-01-01T00:00:00Z'),
    ...over,
  };
}

/** Store + composer + scheduler with `clock.now` under the test's control. */
export async function harness(
  posters: ChannelPoster[],
  opts: { store?: Store; knowledge?: Knowledge; graceMinutes?: number; start?: Date } = {},
) {
  const store = opts.store ?? openSqliteStore(':memory:');
  const composer = await createDigestComposer(opts.knowledge ?? sampleKnowledge(), store);
  const clock = { now: opts.start ?? new Date('2026-03-02T00:00:00Z') };
  const scheduler = createScheduler({
    store,
    composer,
    posters,
    clock: () => clock.now,
    graceMs: (opts.graceMinutes ?? 60) * 60_000,
    backoff: FAST_BACKOFF,
  });
  const add = async (sub: Subscription) => {
    await store.upsertSubscription(sub);
    await store.initState(sub.id, composer.baseline());
  };
  /** Advances the clock in `stepMinutes` steps up to `until`, ticking and waiting for deliveries each step. */
  const runUntil = async (until: Date, stepMinutes = 10) => {
    while (clock.now.getTime() < until.getTime()) {
      clock.now = new Date(Math.min(until.getTime(), clock.now.getTime() + stepMinutes * 60_000));
      await scheduler.tick();
      await scheduler.idle();
    }
  };
  return { store, composer, clock, scheduler, add, runUntil };
}

/** The scheduled instant inside a slot key. */
export const instantOf = (key: string) => new Date(key.slice(key.indexOf('@') + 1));

/** "Sun 29 03:30": an instant on the wall clock of `tz`. */
export function wall(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    weekday: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(',', '');
}
