// `npm run bench:digest`: the digest's cost at 10,000 subscriptions on a temp-file SQLite store, as ratios to
// baselines measured in the same run (reading the 10,000 subscription rows; the engine answering 10,000
// questions). Absolute times depend on the machine; the ratios are what to compare across changes.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Cron } from 'croner';
import type { ChannelPoster } from '../src/app/channel-poster.js';
import { createEngine } from '../src/core/engine.js';
import { createDigestComposer } from '../src/digest/composer.js';
import { createScheduler, dueSlots, TICK_SLICE_MS } from '../src/digest/scheduler.js';
import { serializeSnapshot, takeSnapshot } from '../src/digest/snapshot.js';
import { type Knowledge, loadKnowledge } from '../src/knowledge/load.js';
import { setLogLevel } from '../src/log.js';
import { openSqliteStore } from '../src/storage/sqlite.js';
import type { Subscription } from '../src/storage/store.js';

setLogLevel('error');
const N = Number(process.env.BENCH_SUBSCRIPTIONS ?? 10_000);
/** Subscriptions for the event-loop stall measurement; the target is at most STALL_TARGET_MS at 100,000. */
const STALL_N = Number(process.env.BENCH_STALL_SUBSCRIPTIONS ?? 100_000);
const STALL_TARGET_MS = 50;
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
];
const PATTERNS = ['0 9 * * *', '30 8 * * *', '0 9 * * 1', '0 9 * * 1-5', '0 17 * * 5'];

async function ms(f: () => unknown): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}
/** Best of `runs`, after one warm-up, so a GC pause does not decide the figure. */
async function best(f: () => unknown, runs = 3): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await ms(f));
  return Math.min(...times);
}

let knowledge: Knowledge;
let engine: ReturnType<typeof createEngine> | undefined;
try {
  knowledge = loadKnowledge();
  engine = createEngine(knowledge);
} catch (err) {
  console.error(`bench:digest needs the knowledge folder to load: ${(err as Error).message.split('\n')[0]}`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'aiecon-bench-digest-'));
const store = openSqliteStore(join(dir, 'bench.db'));
try {
  // Half the channels last saw an older knowledge (a third of the entities missing), so their digests diff for real.
  const ids = [...knowledge.entities.keys()];
  const older = { entities: new Map(ids.filter((_, i) => i % 3 !== 0).map((id) => [id, knowledge.entities.get(id)!])) };
  const old = serializeSnapshot(takeSnapshot(older));
  await store.putSnapshot(old.hash, old.json);
  const composer = await createDigestComposer(knowledge, store);
  const created = new Date('2026-01-01T00:00:00Z');
  const insert = async () => {
    for (let i = 0; i < N; i++) {
      const sub: Subscription = {
        id: `slack:C${i}`,
        platform: i % 2 ? 'slack' : 'discord',
        channelId: `C${i}`,
        schedule: {
          kind: 'cron',
          pattern: PATTERNS[i % PATTERNS.length]!,
          timezone: ZONES[i % ZONES.length]!,
          label: '',
        },
        options: { gaps: i % 4 === 0, skipEmpty: false },
        createdAt: created,
      };
      await store.upsertSubscription(sub);
      await store.initState(sub.id, i % 2 ? { snapshotHash: old.hash, shown: [] } : composer.baseline());
    }
  };
  const insertMs = await ms(() => store.batch(insert));
  for (let i = 0; i < 2000; i++)
    await store.recordMiss({
      text: `question ${i % 300}`,
      platform: i % 2 ? 'slack' : 'discord',
      at: new Date(created.getTime() + i * 1000),
    });

  const subs = await store.listSubscriptions();
  const after = new Date('2026-03-02T00:00:00Z');
  const now = new Date('2026-03-03T00:00:00Z'); // one day: every daily and the Monday schedules fall due
  const questions = [
    'what did DeepSeek V3 cost?',
    'is llama actually open source',
    'compare deepseek v3 gpt-4',
    'help',
  ];

  const baseRead = await best(() => store.listSubscriptions());
  const baseEngine = engine
    ? await best(() => {
        for (let i = 0; i < N; i++) engine!.answerFresh({ text: questions[i % questions.length]! });
      })
    : NaN;
  const due = await best(() => dueSlots(subs, after, now));
  const naiveDue = await best(() => {
    for (const s of subs) new Cron(s.schedule.pattern, { timezone: s.schedule.timezone, paused: true }).nextRun(after);
  }, 1);
  const compose = await best(async () => {
    for (const s of subs) await composer.compose(s, now);
  });
  const dueCount = dueSlots(subs, after, now).reduce((n, d) => n + d.runs.length, 0);

  // One full tick at 09:00 UTC with every due slot claimed in SQLite and posted by a no-op poster.
  const noop = (platform: 'slack' | 'discord'): ChannelPoster => ({
    platform,
    post: async (_c, _r, key) => key,
    findPosted: async () => undefined,
  });
  let clock = new Date('2026-03-02T08:59:00Z');
  await store.setLastTick(clock);
  const scheduler = createScheduler({
    store,
    composer,
    posters: [noop('slack'), noop('discord')],
    clock: () => clock,
    graceMs: 24 * 3600_000,
  });
  clock = new Date('2026-03-02T09:00:10Z');
  const t = performance.now();
  const report = await scheduler.tick();
  await scheduler.idle();
  const tickTotalMs = performance.now() - t;

  const row = (what: string, v: number, base: number) =>
    `  ${what.padEnd(58)} ${v.toFixed(1).padStart(9)} ms   ${(v / base).toFixed(2).padStart(7)}× read   ${Number.isNaN(baseEngine) ? '' : `${(v / baseEngine).toFixed(3).padStart(7)}× engine`}`;
  console.log(
    `bench:digest — ${N.toLocaleString('en-US')} subscriptions, ${knowledge.entities.size} entities, ${knowledge.figureCount} figures (temp-file SQLite, WAL)`,
  );
  console.log(row('baseline: read all subscription rows', baseRead, baseRead));
  if (!Number.isNaN(baseEngine))
    console.log(row(`baseline: engine answers ${N.toLocaleString('en-US')} questions`, baseEngine, baseRead));
  console.log(row(`dueSlots over one day (${dueCount.toLocaleString('en-US')} due)`, due, baseRead));
  console.log(row('  same without shared croner jobs (a new Cron per row)', naiveDue, baseRead));
  console.log(row(`compose ${N.toLocaleString('en-US')} digests (diff, rotation, gaps)`, compose, baseRead));
  // The no-op posts resolve in the same microtask run as the tick, so this includes every mark-sent commit.
  console.log(
    row(
      `tick at 09:00: compose, claim, post (no-op), mark ${report.claimed.toLocaleString('en-US')}`,
      tickTotalMs,
      baseRead,
    ),
  );
  console.log(row('(setup) insert subscriptions', insertMs, baseRead));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The longest event-loop stall while a 09:00 tick runs over STALL_N subscriptions (composing, claiming, posting
 * through a poster that answers after a few milliseconds, marking sent): what a Slack ack could wait behind.
 */
async function stallBench(): Promise<void> {
  const stallDir = mkdtempSync(join(tmpdir(), 'aiecon-bench-stall-'));
  const s = openSqliteStore(join(stallDir, 'stall.db'));
  try {
    const composer = await createDigestComposer(knowledge, s);
    const created = new Date('2026-01-01T00:00:00Z');
    await s.batch(async () => {
      for (let i = 0; i < STALL_N; i++) {
        await s.upsertSubscription({
          id: `slack:C${i}`,
          platform: 'slack',
          channelId: `C${i}`,
          schedule: {
            kind: 'cron',
            pattern: PATTERNS[i % PATTERNS.length]!,
            timezone: ZONES[i % ZONES.length]!,
            label: '',
          },
          options: { gaps: i % 4 === 0, skipEmpty: false },
          createdAt: created,
        });
        await s.initState(`slack:C${i}`, composer.baseline());
      }
    });
    const poster: ChannelPoster = {
      platform: 'slack',
      post: (_c, _r, key) => new Promise((r) => setTimeout(() => r(key), 1 + Math.floor(Math.random() * 5))),
      findPosted: async () => undefined,
    };
    let clock = new Date('2026-03-02T08:59:00Z');
    await s.setLastTick(clock);
    const scheduler = createScheduler({
      store: s,
      composer,
      posters: [poster],
      clock: () => clock,
      graceMs: 3_600_000,
    });
    const measure = async () => {
      const h = monitorEventLoopDelay({ resolution: 5 });
      h.enable();
      const t = performance.now();
      const report = await scheduler.tick();
      await scheduler.idle();
      h.disable();
      return { report, ms: performance.now() - t, maxStallMs: h.max / 1e6 };
    };
    // Baseline from the same run: plain CPU work in TICK_SLICE_MS slices that yield, for as long as a tick takes.
    // On a loaded machine its longest stall shows how far preemption alone stretches a slice.
    const control = async (durationMs: number) => {
      const h = monitorEventLoopDelay({ resolution: 5 });
      h.enable();
      let x = 0;
      for (const end = performance.now() + durationMs; performance.now() < end; ) {
        for (const s = performance.now(); performance.now() - s < TICK_SLICE_MS; ) x += Math.sqrt(x + 1);
        await new Promise<void>((r) => setImmediate(r));
      }
      h.disable();
      return h.max / 1e6;
    };
    const first = await measure(); // works out every subscription's next run
    clock = new Date('2026-03-02T09:00:10Z');
    const nine = await measure();
    const baselineStallMs = await control(Math.min(nine.ms, 10_000));
    const n = STALL_N.toLocaleString('en-US');
    console.log(
      `bench:digest — event loop during a tick, ${n} subscriptions (target: longest stall ≤ ${STALL_TARGET_MS} ms)`,
    );
    console.log(
      `  first tick (next run of every subscription)       ${first.ms.toFixed(0).padStart(8)} ms   longest stall ${first.maxStallMs.toFixed(1).padStart(6)} ms`,
    );
    console.log(
      `  09:00 tick: ${nine.report.claimed.toLocaleString('en-US').padStart(6)} digests composed, claimed, posted ${nine.ms.toFixed(0).padStart(8)} ms   longest stall ${nine.maxStallMs.toFixed(1).padStart(6)} ms ${nine.maxStallMs <= STALL_TARGET_MS ? '(within target)' : '(OVER TARGET)'}`,
    );
    console.log(
      `  baseline: CPU work in ${TICK_SLICE_MS} ms slices that yield                   longest stall ${baselineStallMs.toFixed(1).padStart(6)} ms (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
    );
  } finally {
    await s.close();
    rmSync(stallDir, { recursive: true, force: true });
  }
}
await stallBench();
