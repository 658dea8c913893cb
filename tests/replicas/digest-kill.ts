// One trial kind of `npm run soak` (and, a few times, of `npm test`): two digest replicas share one real
// PostgreSQL database, one slot falls due, both are released at once and one of them, chosen at random, is
// SIGKILLed at a random moment (before the claim, between claim and post, between post and mark, or after).
// The slot must end sent, with exactly one message in the channel: the survivor takes the dead replica's claim
// over once its lease ends and looks the key up in the channel before posting.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { slotKey } from '../../src/storage/store.js';
import { freshDatabase } from '../support/postgres-server.js';
import type { SlackStandin } from '../support/slack-standin.js';

/** A replica's claim is left alone this long: short, so a trial ends soon after its kill. */
const LEASE_MS = 1_000;
/** Chat.postMessage answers after this, about what Slack takes, so kills can land while a post is in flight. */
const POST_LATENCY_MS = 150;
const FIXTURE = fileURLToPath(new URL('./fixtures/digest-replica.ts', import.meta.url));

/** What every trial needs: a server to make databases on and the Slack stand-in the replicas post to. */
export interface TrialContext {
  serverUrl: string;
  standin: SlackStandin;
}

/** One trial's outcome; `ok` is exactly one post and the slot recorded sent. */
export interface TrialResult {
  /** Where the kill landed. */
  phase: string;
  status: string;
  posts: number;
  ok: boolean;
}

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
): Promise<TrialResult & { postedAfterMs?: number }> {
  const url = await freshDatabase(ctx.serverUrl, 'soak');
  const channel = `CSOAK${name}`;
  const store = await openPostgresStore(url, { poolSize: 2 });
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

    replicas.push(...(await Promise.all([startReplica(url, ctx.standin.url), startReplica(url, ctx.standin.url)])));
    ctx.standin.faultNext('chat.postMessage', { until: POST_LATENCY_MS });
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
  options: { windowMs?: number } = {},
): Promise<TrialResult[]> {
  // The slot is usually marked a few ms after the post lands; the last third of the window lands after the mark.
  const windowMs =
    options.windowMs ?? Math.max(200, ((await digestKillTrial(ctx, 'learn', undefined)).postedAfterMs ?? 1_000) * 1.6);
  const results: TrialResult[] = [];
  for (let n = 1; n <= trials; n++) {
    const r = await digestKillTrial(ctx, `${Date.now()}x${n}`, Math.random() * windowMs);
    results.push(r);
    report(n, r);
  }
  return results;
}
