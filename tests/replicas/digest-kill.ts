// One trial kind of `npm run soak` (and, a few times, of `npm test`): two digest replicas share one database (a
// real PostgreSQL one, or a SQLite file), one slot falls due, both are released at once and one of them, chosen
// at random, is SIGKILLed at a random moment (before the claim, between claim and post, between post and mark,
// or after), while Slack's first chat.postMessage is slow, fails with a 5xx, hangs, or lands and then errors.
// The slot must end sent, with exactly one message in the channel: the survivor takes the dead replica's claim
// over once its lease ends and looks the key up in the channel before posting.

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { type Store, slotKey } from '../../src/storage/store.js';
import { freshDatabase } from '../support/postgres-server.js';
import type { Fault, SlackStandin } from '../support/slack-standin.js';

/** A replica's claim is left alone this long: short, so a trial ends soon after its kill. */
const LEASE_MS = 1_000;
/** Chat.postMessage answers after this, about what Slack takes, so kills can land while a post is in flight. */
const POST_LATENCY_MS = 150;
/** The replicas' Slack call timeout: a hung post is given up after this and follows the digest's retry rules. */
const POST_TIMEOUT_MS = 500;
const FIXTURE = fileURLToPath(new URL('./fixtures/digest-replica.ts', import.meta.url));

/** What Slack does with the first chat.postMessage of a trial. */
export const POST_FAULTS: Record<string, Fault> = {
  slow: { until: POST_LATENCY_MS },
  '5xx': { status: 500, until: POST_LATENCY_MS },
  hang: { until: POST_TIMEOUT_MS * 3, land: false },
  'lands-then-errors': { status: 500, land: true, until: POST_LATENCY_MS },
};

/** What every trial needs: a Postgres server to make databases on (or a folder for SQLite files), and the Slack
 * stand-in the replicas post to. */
export interface TrialContext {
  serverUrl?: string;
  sqliteDir?: string;
  standin: SlackStandin;
}

/** A fresh database for one trial: the replicas' environment and a store on it for the trial itself. */
async function freshStore(ctx: TrialContext, name: string): Promise<{ env: Record<string, string>; store: Store }> {
  if (ctx.serverUrl) {
    const url = await freshDatabase(ctx.serverUrl, 'soak');
    return { env: { FIXTURE_DATABASE_URL: url }, store: await openPostgresStore(url, { poolSize: 2 }) };
  }
  if (!ctx.sqliteDir) throw new Error('a trial needs serverUrl (Postgres) or sqliteDir (SQLite)');
  const file = join(ctx.sqliteDir, `${name}.db`);
  return { env: { FIXTURE_SQLITE_FILE: file }, store: openSqliteStore(file) };
}

/** One trial's outcome; `ok` is exactly one post and the slot recorded sent. */
export interface TrialResult {
  /** Where the kill landed. */
  phase: string;
  /** What Slack did with the first post (POST_FAULTS). */
  fault: string;
  status: string;
  posts: number;
  ok: boolean;
}

function startReplica(database: Record<string, string>, slackUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: {
      ...process.env,
      ...database,
      FIXTURE_SLACK_URL: slackUrl,
      FIXTURE_LEASE_MS: String(LEASE_MS),
      FIXTURE_POST_TIMEOUT_MS: String(POST_TIMEOUT_MS),
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

/** Stops a child and resolves once it has gone. */
export const stopChild = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

/** A cron pattern that fires at `at` (UTC) and then not for a year. */
const once = (at: Date) => `${at.getUTCMinutes()} ${at.getUTCHours()} ${at.getUTCDate()} ${at.getUTCMonth() + 1} *`;

/**
 * Kills one of two digest replicas `killAfterMs` after both were released (undefined: no kill, used to learn how
 * long a slot takes); returns where the kill landed and what the channel holds once the slot is settled.
 */
export async function digestKillTrial(
  ctx: TrialContext,
  name: string,
  killAfterMs: number | undefined,
  fault = 'slow',
): Promise<TrialResult & { postedAfterMs?: number }> {
  const channel = `CSOAK${name}`;
  const { env, store } = await freshStore(ctx, name);
  const replicas: ChildProcess[] = [];
  try {
    // Once, at this minute (last checked just before it): exactly one slot is due however long the trial takes.
    const now = Date.now();
    const minute = new Date(now - (now % 60_000));
    const id = `slack:${channel}`;
    await store.upsertSubscription({
      id,
      platform: 'slack',
      channelId: channel,
      schedule: { kind: 'cron', pattern: once(minute), timezone: 'UTC', label: `cron "${once(minute)}"` },
      options: { gaps: false, skipEmpty: false },
      createdAt: new Date(minute.getTime() - 3_600_000),
    });
    await store.initState(id, { shown: [] });
    await store.setLastTick(new Date(minute.getTime() - 1));
    const key = slotKey(id, minute);
    const posted = () =>
      ctx.standin.messages(channel).filter((m) => JSON.stringify(m.metadata ?? {}).includes(key)).length;

    replicas.push(...(await Promise.all([startReplica(env, ctx.standin.url), startReplica(env, ctx.standin.url)])));
    ctx.standin.faultNext('chat.postMessage', POST_FAULTS[fault]!);
    const goAt = Date.now();
    for (const r of replicas) r.stdin!.write('go\n');
    let phase = 'no kill';
    if (killAfterMs !== undefined) {
      await new Promise((r) => setTimeout(r, killAfterMs));
      await stopChild(replicas[Math.floor(Math.random() * 2)]!, 'SIGKILL');
      const atKill = await store.getSlot(key);
      phase = !atKill
        ? 'before claim'
        : atKill.status !== 'claimed'
          ? `marked ${atKill.status}`
          : posted()
            ? 'posted, not marked'
            : 'claimed, not posted';
    }
    const deadline = Date.now() + 30_000;
    let slot = await store.getSlot(key);
    while ((!slot || slot.status === 'claimed') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      slot = await store.getSlot(key);
    }
    const landed = ctx.standin.callsTo('chat.postMessage').find((c) => c.body.channel === channel);
    const posts = posted();
    return {
      phase,
      fault,
      status: slot?.status ?? 'none',
      posts,
      ok: posts === 1 && slot?.status === 'sent',
      postedAfterMs: landed ? landed.at - goAt : undefined,
    };
  } finally {
    await Promise.all(replicas.map((r) => stopChild(r, 'SIGTERM')));
    await store.close();
  }
}

/**
 * Runs `trials` kills spread over the time a slot takes (learnt from one unkilled run first unless `windowMs`
 * is given, so kills land before the claim, with the post in flight and after the mark); reports each.
 */
export async function digestKillTrials(
  ctx: TrialContext,
  trials: number,
  report: (n: number, r: TrialResult) => void = () => undefined,
  options: { windowMs?: number; faults?: string[] } = {},
): Promise<TrialResult[]> {
  const faults = options.faults ?? ['slow'];
  // The slot is usually marked a few ms after the post lands; the last third of the window lands after the mark.
  const windowMs =
    options.windowMs ?? Math.max(200, ((await digestKillTrial(ctx, 'learn', undefined)).postedAfterMs ?? 1_000) * 1.6);
  const results: TrialResult[] = [];
  for (let n = 1; n <= trials; n++) {
    const fault = faults[Math.floor(Math.random() * faults.length)]!;
    const r = await digestKillTrial(ctx, `${Date.now()}x${n}`, Math.random() * windowMs, fault);
    results.push(r);
    report(n, r);
  }
  return results;
}
