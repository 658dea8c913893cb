// `npm run bench` (start part): cold start of the compiled build (dist/) to a first terminal answer and to a
// listening HTTP port, and its RSS there, against `node -e 0` in the same run; the tsx path (`npm run dev`)
// is shown for comparison. Medians of a few runs because the machines here are noisy.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start as startStandin } from '../tests/support/slack-standin.js';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const QUESTION = 'what did DeepSeek V3 cost?';
const ANSWER_MARK = 'DeepSeek V3';
const dir = mkdtempSync(join(tmpdir(), 'aiecon-bench-start-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Resident set of a running process (Linux /proc; `ps` elsewhere). */
function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    /* not Linux */
  }
  return Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()) * 1024;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** `node -e 0`: spawn to exit, and the RSS a bare node reaches. */
function baseline(): { ms: number; rss: number } {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  const ms = performance.now() - t0;
  const out = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.memoryUsage().rss))'], {
    encoding: 'utf8',
  });
  return { ms, rss: Number(out.stdout) };
}

/** Spawn to the first answer printed by the terminal bot, and the process's RSS at that moment. */
function firstAnswer(args: string[]): Promise<{ ms: number; rss: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, AIECON_DB: join(dir, `t${Math.random()}.db`), LOG_LEVEL: 'error' };
  for (const k of [
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
    'DISCORD_TOKEN',
    'DISCORD_APPLICATION_ID',
  ])
    delete env[k];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.write(`${QUESTION}\n`);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!out.includes(ANSWER_MARK)) return;
      const ms = performance.now() - t0;
      const rss = rssOf(child.pid!);
      child.stdout.removeAllListeners('data');
      child.stdin.end('quit\n');
      child.once('exit', () => resolve({ ms, rss }));
    });
    child.once('exit', (code) => (out.includes(ANSWER_MARK) ? undefined : reject(new Error(`exited ${code}`))));
  });
}

/** Spawn to the first HTTP response on PORT (Slack HTTP mode against the loopback stand-in). */
async function listening(args: string[], apiUrl: string): Promise<{ ms: number; rss: number }> {
  const port = await freePort();
  const env = {
    ...process.env,
    AIECON_DB: join(dir, `l${Math.random()}.db`),
    LOG_LEVEL: 'error',
    SLACK_BOT_TOKEN: 'xoxb-bench-start',
    SLACK_SIGNING_SECRET: 'bench-start-secret',
    SLACK_API_URL: apiUrl,
    PORT: String(port),
  };
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}`);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (res) return { ms: performance.now() - t0, rss: rssOf(child.pid!) };
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    await stop(child);
  }
}

async function measure(run: () => Promise<{ ms: number; rss: number }>): Promise<{ ms: number; rss: number }> {
  const all: Array<{ ms: number; rss: number }> = [];
  for (let i = 0; i < RUNS; i++) all.push(await run());
  return { ms: median(all.map((r) => r.ms)), rss: median(all.map((r) => r.rss)) };
}

const standin = await startStandin();
try {
  const bases: Array<{ ms: number; rss: number }> = [];
  for (let i = 0; i < RUNS; i++) bases.push(baseline());
  const base = { ms: median(bases.map((b) => b.ms)), rss: median(bases.map((b) => b.rss)) };
  const compiled = ['dist/main.js'];
  const tsx = ['--import', 'tsx', 'src/main.ts'];
  const rows: Array<[string, { ms: number; rss: number }]> = [
    ['compiled → first answer', await measure(() => firstAnswer(compiled))],
    ['compiled → listening port', await measure(() => listening(compiled, standin.url))],
    ['tsx (dev) → first answer', await measure(() => firstAnswer(tsx))],
  ];
  console.log(`cold start (median of ${RUNS}); baseline node -e 0: ${base.ms.toFixed(0)} ms, RSS ${mb(base.rss)}`);
  for (const [name, r] of rows)
    console.log(
      `  ${name.padEnd(27)} ${r.ms.toFixed(0).padStart(5)} ms (${(r.ms / base.ms).toFixed(1)}× node -e 0)` +
        `   RSS ${mb(r.rss)} (${(r.rss / base.rss).toFixed(1)}×)`,
    );
} finally {
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
}
