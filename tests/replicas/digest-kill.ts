// One trial kind of `npm run soak` (and, a few times, of `npm test`): two digest replicas share one database (a
// real PostgreSQL one, or a SQLite file), one slot falls due, both are released at once and one of them (the
// claim's owner, or now and then the other) is SIGKILLed at a random moment before the claim, between claim and
// post, between post and mark, or after, while Slack's first chat.postMessage is slow, fails with a 5xx, hangs, or
// lands and then errors.
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
// Posts that land do so half-way through, so a kill can fall between the post landing and the slot's mark.
export const POST_FAULTS: Record<string, Fault> = {
  slow: { until: POST_LATENCY_MS / 2, answerAfter: POST_LATENCY_MS / 2 },
  '5xx': { status: 500, until: POST_LATENCY_MS },
  hang: { until: POST_TIMEOUT_MS * 3, land: false },
  'lands-then-errors': { status: 500, land: true, until: POST_LATENCY_MS / 2, answerAfter: POST_LATENCY_MS / 2 },
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
  /** Where the kill landed (read from the store and the channel right after it). */
  phase: string;
  /** Which replica died: the claim's `owner`, the `bystander` beside it, or `either` (no claim yet). */
  victim: string;
  /** What Slack did with the first post (POST_FAULTS). */
  fault: string;
  status: string;
  posts: number;
  ok: boolean;
}

/** Milliseconds after release at which an unkilled trial's slot was claimed, its post landed and it was marked sent. */
export interface Timeline {
  claimed: number;
  posted: number;
  sent: number;
}

/** A kill: `afterMs` after release; the victim is the claim's owner (or, with `bystander`, the other replica). */
export interface Kill {
  afterMs: number;
  bystander?: boolean;
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The replica whose pid is in the claim's owner (`host:pid:uuid`), if either is. */
const ownerOf = (replicas: ChildProcess[], owner: string | undefined) =>
  owner ? replicas.find((r) => owner.split(':')[1] === String(r.pid)) : undefined;

/**
 * Releases two digest replicas on one due slot, with Slack meeting `fault` on the first post, and SIGKILLs one of
 * them as `kill` says (none: a run that records its timeline instead). Returns where the kill landed and what the
 * channel holds once the slot is settled.
 */
export async function digestKillTrial(
  ctx: TrialContext,
  name: string,
  kill: Kill | undefined,
  fault = 'slow',
): Promise<TrialResult & { timeline?: Timeline }> {
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
    let victim = 'none';
    let timeline: Timeline | undefined;
    if (kill) {
      await sleep(kill.afterMs);
      // The owner is the replica whose death matters (its claim must be taken over); before the claim, either.
      const owner = ownerOf(replicas, (await store.getSlot(key))?.owner);
      const target = owner
        ? kill.bystander
          ? replicas.find((r) => r !== owner)!
          : owner
        : replicas[Math.floor(Math.random() * 2)]!;
      victim = !owner ? 'either' : kill.bystander ? 'bystander' : 'owner';
      await stopChild(target, 'SIGKILL');
      const atKill = await store.getSlot(key);
      phase = !atKill
        ? 'before claim'
        : atKill.status !== 'claimed'
          ? `marked ${atKill.status}`
          : posted()
            ? 'posted, not marked'
            : 'claimed, not posted';
    } else timeline = await traceTimeline(goAt, () => store.getSlot(key), posted);
    const deadline = Date.now() + 30_000;
    let slot = await store.getSlot(key);
    while ((!slot || slot.status === 'claimed') && Date.now() < deadline) {
      await sleep(50);
      slot = await store.getSlot(key);
    }
    const posts = posted();
    return {
      phase,
      victim,
      fault,
      status: slot?.status ?? 'none',
      posts,
      ok: posts === 1 && slot?.status === 'sent',
      timeline,
    };
  } finally {
    await Promise.all(replicas.map((r) => stopChild(r, 'SIGTERM')));
    await store.close();
  }
}

/** Polls an unkilled trial every few ms for when its slot was claimed, posted and marked sent. */
async function traceTimeline(
  goAt: number,
  slot: () => Promise<{ status: string } | undefined>,
  posted: () => number,
): Promise<Timeline> {
  const seen: Partial<Timeline> = {};
  const deadline = goAt + 30_000;
  while (seen.sent === undefined && Date.now() < deadline) {
    const s = await slot();
    const at = Date.now() - goAt;
    if (s) seen.claimed ??= at;
    if (posted()) seen.posted ??= at;
    if (s && s.status !== 'claimed') seen.sent = at;
    await sleep(3);
  }
  const sent = seen.sent ?? 30_000;
  return { claimed: seen.claimed ?? sent, posted: seen.posted ?? sent, sent };
}

/** The phases a kill is aimed at, in turn; each one's window comes from its fault's timeline. */
const PHASES: Array<[string, (t: Timeline) => [number, number]]> = [
  ['before claim', (t) => [0, t.claimed]],
  ['claimed, not posted', (t) => [t.claimed, t.posted]],
  ['posted, not marked', (t) => [t.posted, t.sent]],
  ['after the mark', (t) => [t.sent, t.sent + 200]],
];

/**
 * Runs `trials` kills. With `windowMs`, each lands at a uniformly random moment in it. Otherwise one unkilled run
 * per fault first learns when the slot is claimed, posted and marked, and the kills are aimed at each phase in
 * turn (a random moment inside it), so a slow or hung post does not crowd every kill into "claimed, not posted";
 * every fifth kill after the claim hits the bystander instead of the owner.
 */
export async function digestKillTrials(
  ctx: TrialContext,
  trials: number,
  report: (n: number, r: TrialResult) => void = () => undefined,
  options: { windowMs?: number; faults?: string[]; learnt?: (fault: string, t: Timeline) => void } = {},
): Promise<TrialResult[]> {
  const faults = options.faults ?? ['slow'];
  const timelines = new Map<string, Timeline>();
  if (options.windowMs === undefined)
    for (const fault of faults) {
      const { timeline } = await digestKillTrial(ctx, `learn${fault}`, undefined, fault);
      timelines.set(fault, timeline!);
      options.learnt?.(fault, timeline!);
    }
  const results: TrialResult[] = [];
  for (let n = 1; n <= trials; n++) {
    const fault = faults[(n - 1) % faults.length]!;
    const timeline = timelines.get(fault);
    let afterMs = Math.random() * (options.windowMs ?? 0);
    if (timeline) {
      const [from, to] = PHASES[Math.floor((n - 1) / faults.length) % PHASES.length]![1](timeline);
      afterMs = from + Math.random() * Math.max(0, to - from);
    }
    const r = await digestKillTrial(ctx, `${Date.now()}x${n}`, { afterMs, bystander: n % 5 === 0 }, fault);
    results.push(r);
    report(n, r);
  }
  return results;
}
