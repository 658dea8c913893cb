// The digest clock. Each tick computes the slots due since the last tick from croner's next-run times (so an
// injected clock can drive a whole DST week in a test), claims them, then posts each in the background so a
// failing channel holds up no other.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ChannelPoster } from '../app/channel-poster.js';
import { log } from '../log.js';
import type { Platform, Slot, SlotRecord, Store, Subscription } from '../storage/store.js';
import { slotKey } from '../storage/store.js';
import type { DigestComposer } from './composer.js';
import { type Backoff, DEFAULT_LEASE_MS, type DeliveryOutcome, deliverClaimed } from './deliver.js';
import { nextRunAfter, runsBetween } from './schedule.js';

/** How often production ticks. Lateness up to this is normal and never counts against the grace. */
export const TICK_INTERVAL_MS = 20_000;
/** Due subscriptions read per page; a page is worked through in slices. */
const DUE_PAGE = 100;
/** Longest stretch a tick holds the event loop (composing and claiming) before it yields to chat traffic. */
export const TICK_SLICE_MS = 10;
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
  /** Name on this process's claims; defaults to host, pid and a random suffix. */
  owner?: string;
  /** How long a claim is left alone by other processes without renewal (DEFAULT_LEASE_MS). */
  leaseMs?: number;
}

/** The running digest clock. */
export interface DigestScheduler {
  /** Takes over and resumes claims whose owner's lease ran out (a crashed or hung process; see deliverClaimed). */
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
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const leaseFrom = (now: Date) => ({ owner, until: new Date(now.getTime() + leaseMs) });
  // Mark-sent writes are grouped: posts answered together would otherwise each cost a disk sync on the event
  // loop. A crash before the group commits only leaves a landed post unmarked, which recovery finds by its key.
  const marks: Array<[string, string, Date]> = [];
  let flushing: Promise<void> | undefined;
  const flushMarks = async () => {
    while (marks.length) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const start = performance.now();
      await deps.store.batch(async () => {
        while (marks.length && performance.now() - start < TICK_SLICE_MS) await deps.store.markSent(...marks.shift()!);
      });
    }
    flushing = undefined;
  };
  const deliveryStore: Store = Object.create(deps.store, {
    markSent: {
      value: async (key: string, messageId: string, now: Date) => {
        marks.push([key, messageId, now]);
        flushing ??= flushMarks();
      },
    },
  });
  const deliveryDeps = {
    owner,
    leaseMs,
    store: deliveryStore,
    posterFor: (p: Platform) => posters.get(p),
    clock,
    graceMs,
    backoff: deps.backoff,
    sleep: deps.sleep,
  };
  const inFlight = new Set<Promise<unknown>>();
  /** Keys this process is delivering, so taking over its own lapsed lease does not start a second delivery. */
  const delivering = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<TickReport> | undefined;

  const track = (record: SlotRecord, recovering: boolean): Promise<DeliveryOutcome> => {
    delivering.add(record.key);
    const p = deliverClaimed(record, deliveryDeps, recovering).catch((err: unknown) => {
      log.error('digest delivery crashed', { slot: record.key, err });
      return 'skipped' as const;
    });
    inFlight.add(p);
    void p.finally(() => {
      inFlight.delete(p);
      delivering.delete(record.key);
    });
    return p;
  };

  /** Resumes every claim whose lease has run out; returns their deliveries. */
  const takeOver = async (): Promise<Promise<DeliveryOutcome>[]> => {
    const now = clock();
    const expired = (await deps.store.takeOverExpired(now, leaseFrom(now))).filter((r) => !delivering.has(r.key));
    if (expired.length) log.info('digest taking over unfinished claims', { count: expired.length });
    return expired.map((r) => track(r, true));
  };

  const skip = async (slot: Slot, reason: string, now: Date): Promise<void> => {
    if (await deps.store.claimSlot(slot, undefined, undefined, now))
      await deps.store.markSkipped(slot.key, reason, now);
  };

  /** Claims (or records skipped) one subscription's due runs; returns the claim to post, if any. */
  const claimDue = async (
    sub: Subscription,
    runs: Date[],
    now: Date,
    report: TickReport,
  ): Promise<SlotRecord | undefined> => {
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
    const skipAs = async (slot: Slot, reason: string) => {
      await skip(slot, reason, now);
      report.skipped++;
    };
    for (const s of slots) await skipAs(s, 'missed');
    if (now.getTime() - newest.scheduledAt.getTime() > graceMs) return void (await skipAs(newest, 'missed'));
    if (!posters.has(sub.platform)) return void (await skipAs(newest, 'platform not connected'));
    const composed = await deps.composer.compose(sub, now);
    if (composed.empty && sub.options.skipEmpty) return void (await skipAs(newest, 'empty'));
    const lease = leaseFrom(now);
    if (!(await deps.store.claimSlot(newest, composed.reply, composed.nextState, now, lease))) return undefined;
    report.claimed++;
    // What was just stored, without reading it back (parsing the reply again cost a fifth of a tick).
    return {
      ...newest,
      status: 'claimed',
      claimedAt: now,
      reply: composed.reply,
      nextState: composed.nextState,
      owner: lease.owner,
      leaseUntil: lease.until,
    };
  };

  /**
   * One tick. Reads only subscriptions that are due (an index on their next run) and works through them in
   * slices of at most TICK_SLICE_MS, each slice one transaction (claims plus the next runs), yielding between
   * slices so chat adapters on the same event loop keep answering. A crash between slices loses nothing: what
   * was not yet handled is still due.
   */
  const runTick = async (): Promise<TickReport> => {
    const now = clock();
    const last = (await deps.store.getLastTick()) ?? now;
    const after = last.getTime() < now.getTime() ? last : now;
    const report: TickReport = { due: 0, claimed: 0, skipped: 0 };
    // Schedules shared by many subscriptions are worked out once per tick.
    const runsMemo = new Map<string, Date[]>();
    const nextMemo = new Map<string, Date | undefined>();
    const memo = <T>(m: Map<string, T>, key: string, f: () => T): T => {
      if (!m.has(key)) m.set(key, f());
      return m.get(key) as T;
    };
    for (;;) {
      const page = await deps.store.dueSubscriptions(now, DUE_PAGE);
      if (!page.length) break;
      const sliceStart = performance.now();
      // The claim is stored before the next run moves on, so a replica dying between the two leaves the
      // subscription due (a sibling then meets the claim) rather than skipped.
      const toPost = await deps.store.batch(async () => {
        const claimed: SlotRecord[] = [];
        let handled = 0;
        for (const sub of page) {
          if (handled++ > 0 && performance.now() - sliceStart > TICK_SLICE_MS) break;
          const sched = `${sub.schedule.pattern}|${sub.schedule.timezone}`;
          // Known next run: everything from it on is due; not yet known: everything since the last tick.
          const from = sub.nextRunAt ? new Date(sub.nextRunAt.getTime() - 1) : after;
          const runs = memo(runsMemo, `${sched}|${from.getTime()}`, () => runsBetween(sub.schedule, from, now)).filter(
            (r) => r.getTime() > sub.createdAt.getTime(),
          );
          const record = runs.length ? await claimDue(sub, runs, now, report) : undefined;
          if (record) claimed.push(record);
          await deps.store.setNextRun(
            sub.id,
            memo(nextMemo, sched, () => nextRunAfter(sub.schedule, now)),
          );
        }
        return claimed;
      });
      for (const record of toPost) void track(record, false);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await deps.store.setLastTick(now);
    if (report.due) log.info('digest tick', { ...report });
    // A sibling process that died mid-delivery leaves claims behind; once their lease ends, this one finishes them.
    await takeOver();
    return report;
  };

  const api: DigestScheduler = {
    async recover() {
      const outcomes = await Promise.all(await takeOver());
      await flushing;
      return outcomes;
    },
    tick() {
      // Ticks never overlap: a slow tick makes the next one wait and reuse its result.
      ticking ??= runTick().finally(() => (ticking = undefined));
      return ticking;
    },
    async idle() {
      while (inFlight.size || flushing) await Promise.allSettled([...inFlight, flushing]);
    },
    async start(intervalMs = TICK_INTERVAL_MS) {
      void api.recover().catch((err: unknown) => log.error('digest recovery failed', { err }));
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
      await flushing;
    },
  };
  return api;
}
