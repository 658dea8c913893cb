// What the store keeps and for how long: slots, misses and knowledge snapshots would otherwise grow forever. A
// pass deletes in small batches and yields between them, so pruning never holds the event loop, and runs on a
// timer (every RETENTION_EVERY_MS) next to the digest scheduler.
import { log } from '../log.js';
import type { Store } from './store.js';

const DAY_MS = 86_400_000;
/** Sent and skipped slots are kept this long after their instant; claims in progress are never pruned. */
export const SLOT_RETENTION_MS = 30 * DAY_MS;
/** Unanswered questions older than this leave the gaps lists (which look back 30 days or one digest). */
export const MISS_RETENTION_MS = 90 * DAY_MS;
/** At most this many unanswered questions are kept; the oldest go first. */
export const MAX_MISSES = 100_000;
/** Knowledge snapshots older than this go, except the newest KEEP_SNAPSHOTS; a channel whose last digest
 * is older than that simply gets a digest without a change list. */
export const SNAPSHOT_RETENTION_MS = 180 * DAY_MS;
export const KEEP_SNAPSHOTS = 10;
/** Rows deleted per batch; one batch is a short statement on either database. */
export const PRUNE_BATCH = 500;
export const RETENTION_EVERY_MS = 60 * 60_000;

/** What one pass may delete, as instants and counts the Store applies. */
export interface RetentionCutoffs {
  slotsBefore: Date;
  missesBefore: Date;
  maxMisses: number;
  snapshotsBefore: Date;
  keepSnapshots: number;
}

/** The cutoffs at `now` under the policy above. */
export function retentionCutoffs(now: Date): RetentionCutoffs {
  return {
    slotsBefore: new Date(now.getTime() - SLOT_RETENTION_MS),
    missesBefore: new Date(now.getTime() - MISS_RETENTION_MS),
    maxMisses: MAX_MISSES,
    snapshotsBefore: new Date(now.getTime() - SNAPSHOT_RETENTION_MS),
    keepSnapshots: KEEP_SNAPSHOTS,
  };
}

/** One full pass: batches until nothing is left to delete, yielding between them; returns rows deleted. */
export async function pruneStore(store: Store, now = new Date(), batch = PRUNE_BATCH): Promise<number> {
  const cutoffs = retentionCutoffs(now);
  let total = 0;
  for (;;) {
    const n = await store.pruneRetained(cutoffs, batch);
    total += n;
    if (n === 0) return total;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Prunes now and then every `everyMs`; `stop` waits for a pass in progress. */
export function startRetention(store: Store, everyMs = RETENTION_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const pass = () => {
    running ??= pruneStore(store)
      .then((n) => n && log.info('retention pruned old rows', { rows: n }))
      .catch((err: unknown) => log.warn('retention pass failed', { err }))
      .finally(() => {
        running = undefined;
      });
  };
  pass();
  const timer = setInterval(pass, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
