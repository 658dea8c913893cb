// `npm run bench` (replicas part): Slack mentions answered per second by one bot process and by two sharing
// one real PostgreSQL database, in the same run. Each replica is the compiled bot (dist/main.js) in Slack HTTP
// mode against the loopback Slack stand-in; events go round-robin to the replicas, as a load balancer would
// send them, and each one pays what a replica pays in production: signature check, event-id de-duplication and
// conversation context in Postgres, the engine, chat.postMessage. CPU time per answer is shown too, because on a
// shared machine the ratio is capped by the free cores, not by the bot.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { SLACK_EVENTS_PATH } from '../src/adapters/slack/app.js';
import { freshDatabase, startPostgres } from '../tests/support/postgres-server.js';
import { eventBody, JSON_TYPE, postSigned } from '../tests/support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start as startStandin } from '../tests/support/slack-standin.js';

/** Mentions per measured round; a round takes a few seconds. */
const EVENTS = Number(process.env.BENCH_REPLICA_EVENTS ?? 600);
/** Requests in flight at once, spread over the replicas. */
const CONCURRENCY = 32;
const WARMUP = 40;
const SECRET = 'bench-replica-secret';
const QUESTIONS = [
  'what did DeepSeek V3 cost?',
  'how much did GPT-4 cost to train?',
  'what is the licence of Llama 3?',
  'compare Mistral and Anthropic revenue',
];
const TICKS_PER_S = 100; // Linux USER_HZ, the unit of /proc/<pid>/stat times

interface Replica {
  child: ChildProcess;
  events: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** User + system CPU milliseconds a process has used (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

/** CPU milliseconds of the Postgres backends serving `database` (their command line names it), by pid. */
function backendsCpu(database: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(` ${database} `)) continue;
      out.set(Number(entry), cpuMs(Number(entry)));
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** CPU the backends used between two readings (a backend started in between counts from zero). */
const cpuSince = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

async function startReplica(databaseUrl: string, apiUrl: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-bench-replica',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const end = Date.now() + 60_000;
  while ((await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.status !== 200) {
    if (child.exitCode !== null) throw new Error(`replica exited with ${child.exitCode}`);
    if (Date.now() > end) throw new Error('replica never became ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, events: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}` };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

let serial = 0;
/** Sends `count` mentions (each in its own channel) round-robin, `CONCURRENCY` at a time; resolves when all are answered. */
async function round(standin: SlackStandin, replicas: Replica[], count: number) {
  const tag = `B${++serial}X`;
  const sentAt = new Map<string, number>();
  const before = standin.callsTo('chat.postMessage').length;
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const channel = `C${tag}${i}`;
      const ts = `${1_700_000_000 + serial}.${String(i).padStart(6, '0')}`;
      const body = eventBody({
        type: 'app_mention',
        text: `<@${STANDIN_BOT.user_id}> ${QUESTIONS[i % QUESTIONS.length]}`,
        user: 'U0BENCH',
        channel,
        ts,
        event_ts: ts,
      });
      sentAt.set(channel, Date.now());
      const res = await postSigned(replicas[i % replicas.length]!.events, {
        secret: SECRET,
        body,
        contentType: JSON_TYPE,
      });
      if (res.status !== 200) throw new Error(`replica answered ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const posts = await standin.waitFor('chat.postMessage', before + count, 120_000);
  const seconds = (performance.now() - t0) / 1000;
  const latencies = posts
    .slice(before)
    .filter((p) => sentAt.has(String(p.body.channel)))
    .map((p) => p.at - sentAt.get(String(p.body.channel))!)
    .sort((a, b) => a - b);
  const extra = standin.callsTo('chat.postMessage').length - before - count;
  return {
    perSecond: count / seconds,
    p50: latencies[latencies.length >> 1]!,
    p99: latencies[Math.floor(latencies.length * 0.99)]!,
    extra,
  };
}

const server = await startPostgres();
const standin = await startStandin();
const rows: Array<{
  n: number;
  perSecond: number;
  p50: number;
  p99: number;
  cpuPerAnswer: number;
  loadCpuPerAnswer: number;
  pgCpuPerAnswer: number;
  extra: number;
}> = [];
try {
  for (const n of [1, 2]) {
    const url = await freshDatabase(server.url, 'bench');
    const replicas = await Promise.all(Array.from({ length: n }, () => startReplica(url, standin.url)));
    try {
      await round(standin, replicas, WARMUP);
      const cpu0 = replicas.reduce((s, r) => s + cpuMs(r.child.pid!), 0);
      const own0 = process.cpuUsage();
      const database = new URL(url).pathname.slice(1);
      const pg0 = backendsCpu(database);
      const r = await round(standin, replicas, EVENTS);
      const pgMs = cpuSince(pg0, backendsCpu(database));
      const cpu = replicas.reduce((s, r) => s + cpuMs(r.child.pid!), 0) - cpu0;
      const own = process.cpuUsage(own0);
      rows.push({
        n,
        ...r,
        cpuPerAnswer: cpu / EVENTS,
        loadCpuPerAnswer: (own.user + own.system) / 1000 / EVENTS,
        pgCpuPerAnswer: pgMs / EVENTS,
      });
    } finally {
      await Promise.all(replicas.map((r) => stop(r.child)));
    }
  }
} finally {
  await standin.close();
  await server.stop();
}

const one = rows[0]!;
console.log(
  `bench:replicas — Slack mentions answered per second, compiled bot on one PostgreSQL (${EVENTS} mentions, ${CONCURRENCY} in flight; ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)})`,
);
for (const r of rows)
  console.log(
    `  ${r.n} replica${r.n > 1 ? 's' : ' '}  ${r.perSecond.toFixed(0).padStart(6)}/s  ×${(r.perSecond / one.perSecond).toFixed(2)}   answer p50 ${r.p50.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(5)} ms   CPU ${r.cpuPerAnswer.toFixed(1)} ms/answer in replicas, ${r.pgCpuPerAnswer.toFixed(1)} in Postgres, ${r.loadCpuPerAnswer.toFixed(1)} in load + stand-in${r.extra ? `   ${r.extra} EXTRA POSTS` : ''}`,
  );
if (rows.some((r) => r.extra)) process.exitCode = 1;
