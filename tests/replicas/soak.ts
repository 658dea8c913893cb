// `npm run soak`: a digest slot is posted exactly once when one of two replicas sharing a real PostgreSQL database
// is SIGKILLed at a random moment (before its claim, between claim and post, between post and mark, after).
// SOAK_TRIALS (default 30) trials, each on a fresh database; the survivor takes a dead replica's claim over once
// its lease ends and looks the key up in the channel before posting. Exit code 1 on any double or missing post.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { setLogLevel } from '../../src/log.js';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { slotKey } from '../../src/storage/store.js';
import { freshDatabase, startPostgres } from '../support/postgres-server.js';
import { start as startStandin } from '../support/slack-standin.js';

setLogLevel('error');
const TRIALS = Number(process.env.SOAK_TRIALS ?? 30);
const LEASE_MS = 1_000;
/** The kill lands this long after both replicas were told to go: the tick, claim, post and mark all fit in it. */
const KILL_WINDOW_MS = Number(process.env.SOAK_KILL_WINDOW_MS ?? 1_500);
const FIXTURE = fileURLToPath(new URL('./fixtures/digest-replica.ts', import.meta.url));

function startReplica(databaseUrl: string, slackUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: {
      ...process.env,
      FIXTURE_DATABASE_URL: databaseUrl,
      FIXTURE_SLACK_URL: slackUrl,
      FIXTURE_LEASE_MS: String(LEASE_MS),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (l) =>
      l === 'ready' ? resolve(child) : reject(new Error(`replica said ${l}`)),
    );
    child.once('exit', (code) => reject(new Error(`replica exited with ${code} before it was ready`)));
  });
}

/** A cron pattern that fires at `at` (UTC) and then not for a year. */
const once = (at: Date) => `${at.getUTCMinutes()} ${at.getUTCHours()} ${at.getUTCDate()} ${at.getUTCMonth() + 1} *`;

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

const server = await startPostgres();
const standin = await startStandin();
const landed: Record<string, number> = {};
let failures = 0;
try {
  for (let trial = 1; trial <= TRIALS; trial++) {
    const url = await freshDatabase(server.url, 'soak');
    const channel = `CSOAK${trial}`;
    const store = await openPostgresStore(url, { poolSize: 2 });
    // Once, at this minute (last checked just before it): exactly one slot is due however long the trial takes.
    const now = Date.now();
    const minute = new Date(now - (now % 60_000));
    await store.upsertSubscription({
      id: `slack:${channel}`,
      platform: 'slack',
      channelId: channel,
      schedule: { kind: 'cron', pattern: once(minute), timezone: 'UTC', label: `cron "${once(minute)}"` },
      options: { gaps: false, skipEmpty: false },
      createdAt: new Date(minute.getTime() - 3_600_000),
    });
    await store.initState(`slack:${channel}`, { shown: [] });
    await store.setLastTick(new Date(minute.getTime() - 1));
    const key = slotKey(`slack:${channel}`, minute);

    const replicas = await Promise.all([startReplica(url, standin.url), startReplica(url, standin.url)]);
    for (const r of replicas) r.stdin!.write('go\n');
    await new Promise((r) => setTimeout(r, Math.random() * KILL_WINDOW_MS));
    const victim = replicas[Math.floor(Math.random() * 2)]!;
    await stop(victim, 'SIGKILL');
    const atKill = await store.getSlot(key);
    const where = !atKill ? 'before claim' : atKill.status === 'claimed' ? 'claimed, not marked' : atKill.status;
    landed[where] = (landed[where] ?? 0) + 1;

    const deadline = Date.now() + 30_000;
    let slot = await store.getSlot(key);
    while ((!slot || slot.status === 'claimed') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      slot = await store.getSlot(key);
    }
    for (const r of replicas) await stop(r, 'SIGTERM');
    await store.close();
    const posts = standin.messages(channel).filter((m) => JSON.stringify(m.metadata ?? {}).includes(key)).length;
    const ok = posts === 1 && slot?.status === 'sent';
    if (!ok) failures++;
    console.log(
      `trial ${String(trial).padStart(2)}: kill ${where.padEnd(20)} → ${slot?.status ?? 'none'}, ${posts} post(s)${ok ? '' : '  ✗'}`,
    );
  }
} finally {
  await standin.close();
  await server.stop();
}
console.log(`${TRIALS} trials, ${failures} failed; kills landed: ${JSON.stringify(landed)}`);
process.exit(failures ? 1 : 0);
