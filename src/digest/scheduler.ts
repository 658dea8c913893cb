// The digest clock. Each tick computes the slots due since the last tick from croner's next-run times (so an
// injected clock can drive a whole DST week in a test), claims them, then posts each in the background so a
// failing channel holds up no other.
import type { ChannelPoster } from '../app/channel-poster.js';
import { log } from '../log.js';
import type { Platform, Slot, SlotRecord, Store, Subscription } from '../storage/store.js';
import { slotKey } from '../storage/store.js';
import type { DigestComposer } from './composer.js';
import { type Backoff, type DeliveryOutcome, deliverClaimed } from './deliver.js';
import { runsBetween } from './schedule.js';

/** How often production ticks. Lateness up to this is normal and never counts against the grace. */
export const TICK_INTERVAL_MS = 20_000;
/** The grace is never shorter than this, so a slow tick does not skip a digest. */
export const MIN_GRACE_MS = 2 * TICK_INTERVAL_MS;

/** A subscription's runs that fell due in (after, now]. */
export interface DueRuns {
  subscription: Subscription;
  runs: Date[];
}

/** Pure: every subscription's runs in (after, now] that are also after it was created. Schedules shared by many subscriptions are computed once. */
export function dueSlots(subscriptions: Subscription[], after: Date, now: Date): DueRuns[] {
  const memo = new Map<string, Date[]>();
  const out: DueRuns[] = [];
  for (const sub of subscriptions) {
    const key = `${sub.schedule.pattern}|${sub.schedule.timezone}`;
    let runs = memo.get(key);
    if (!runs) {
      runs = runsBetween(sub.schedule, after, now);
      memo.set(key, runs);
    }
    const mine = runs.filter((r) => r.getTime() > sub.createdAt.getTime());
    if (mine.length) out.push({ subscription: sub, runs: mine });
  }
  return out;
}

/** What one tick did, for logs and tests. */
export interface TickReport {
  due: number;
  claimed: number;
  skipped: number;
}

/** Dependencies of the scheduler; `clock` and `backoff` are injectable for tests. */
export interface SchedulerDeps {
  store: Store;
  composer: DigestComposer;
  posters: ChannelPoster[];
  clock?: () => Date;
  graceMs: number;
  backoff?: Backoff;
  sleep?: (ms: number) => Promise<void>;
}

/** The running digest clock. */
export interface DigestScheduler {
  /** Resumes claims a previous process left unmarked (see deliverClaimed). Call once before ticking. */
  recover(): Promise<DeliveryOutcome[]>;
  /** Claims every due slot, posts in the background, returns once claims are stored. */
  tick(): Promise<TickReport>;
  /** Resolves when every background delivery started so far has finished. */
  idle(): Promise<void>;
  start(intervalMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the scheduler over a store, a composer and the posters the adapters provide. */
export function createScheduler(deps: SchedulerDeps): DigestScheduler {
  const clock = deps.clock ?? (() => new Date());
  const graceMs = Math.max(deps.graceMs, MIN_GRACE_MS);
  const posters = new Map<Platform, ChannelPoster>(deps.posters.map((p) => [p.platform, p]));
  const deliveryDeps = {
    store: deps.store,
    posterFor: (p: Platform) => posters.get(p),
    clock,
    graceMs,
    backoff: deps.backoff,
    sleep: deps.sleep,
  };
  const inFlight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<TickReport> | undefined;

  const track = (record: SlotRecord, recovering: boolean): Promise<DeliveryOutcome> => {
    const p = deliverClaimed(record, deliveryDeps, recovering).catch((err: unknown) => {
      log.error('digest delivery crashed', { slot: record.key, err });
      return 'skipped' as const;
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };

  const skip = (slot: Slot, reason: string, now: Date): void => {
    if (deps.store.claimSlot(slot, undefined, undefined, now)) deps.store.markSkipped(slot.key, reason, now);
  };

  /** Claims (or records skipped) one subscription's due runs; returns the claim to post, if any. */
  const claimDue = (sub: Subscription, runs: Date[], now: Date, report: TickReport): SlotRecord | undefined => {
    report.due += runs.length;
    const slots = runs.map(
      (r): Slot => ({
        key: slotKey(sub.id, r),
        subscriptionId: sub.id,
        platform: sub.platform,
        channelId: sub.channelId,
        scheduledAt: r,
      }),
    );
    // Only the newest run may post; older ones in the same batch were missed (the bot was down or asleep).
    const newest = slots.pop()!;
    const skipAs = (slot: Slot, reason: string) => {
      skip(slot, reason, now);
      report.skipped++;
    };
    for (const s of slots) skipAs(s, 'missed');
    if (now.getTime() - newest.scheduledAt.getTime() > graceMs) return void skipAs(newest, 'missed');
    if (!posters.has(sub.platform)) return void skipAs(newest, 'platform not connected');
    const composed = deps.composer.compose(sub, now);
    if (composed.empty && sub.options.skipEmpty) return void skipAs(newest, 'empty');
    if (!deps.store.claimSlot(newest, composed.reply, composed.nextState, now)) return undefined;
    report.claimed++;
    return deps.store.getSlot(newest.key);
  };

  const runTick = async (): Promise<TickReport> => {
    const now = clock();
    const last = deps.store.getLastTick() ?? now;
    const after = last.getTime() < now.getTime() ? last : now;
    const report: TickReport = { due: 0, claimed: 0, skipped: 0 };
    const due = dueSlots(deps.store.listSubscriptions(), after, now);
    // One transaction for the tick's claims and the cursor: all of it is durable before any post, or none is.
    const toPost = deps.store.batch(() => {
      const claimed = due.flatMap(({ subscription, runs }) => claimDue(subscription, runs, now, report) ?? []);
      deps.store.setLastTick(now);
      return claimed;
    });
    for (const record of toPost) void track(record, false);
    if (report.due) log.info('digest tick', { ...report });
    return report;
  };

  const api: DigestScheduler = {
    async recover() {
      const pending = deps.store.pendingClaims();
      if (pending.length) log.info('digest recovering unmarked claims', { count: pending.length });
      return Promise.all(pending.map((r) => track(r, true)));
    },
    tick() {
      // Ticks never overlap: a slow tick makes the next one wait and reuse its result.
      ticking ??= runTick().finally(() => (ticking = undefined));
      return ticking;
    },
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
    async start(intervalMs = TICK_INTERVAL_MS) {
      void api.recover();
      await api.tick();
      timer = setInterval(
        () => void api.tick().catch((err: unknown) => log.error('digest tick failed', { err })),
        intervalMs,
      );
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await ticking;
    },
  };
  return api;
}
