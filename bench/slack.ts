// Throughput of signed /aiecon requests through the full Slack app (Bolt + dispatcher + engine +
// Block Kit + response_url) against a bare Bolt app that only acks: same machine, same load tool
// (autocannon, programmatically), same run, loopback only. Each side runs alone in its own process
// (bench/slack-target.ts) so the load generator and the Slack stand-in do not share its event loop.
// Target: the full app keeps ≥ 85 % of the bare app's req/s.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SLACK_EVENTS_PATH } from '../src/adapters/slack/app.js';
import { FORM, signSlackRequest, slashCommandBody } from '../tests/support/slack-requests.js';
import { start as startStandin } from '../tests/support/slack-standin.js';
import type { TargetMessage } from './slack-target.js';

/** Seconds of load per side after a one-second warm-up; keeps the whole run well under half a minute. */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);
/** Concurrent connections, roughly a busy workspace's burst. */
const CONNECTIONS = 50;
/** The full app must keep at least this share of the bare app's throughput. */
const TARGET_RATIO = 0.85;
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench-0000';
const QUESTION = 'what did DeepSeek V3 cost?';

interface CannonResult {
  requests: { average: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function load(url: string, body: string, seconds: number): Promise<CannonResult> {
  // One signature serves the whole run: Slack allows 5 minutes of clock skew and Bolt keeps no replay cache.
  const ts = Math.floor(Date.now() / 1000);
  const headers = { 'content-type': FORM, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackRequest(SECRET, ts, body) };
  return autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: seconds });
}

/** Starts one side in a child process and resolves with its URL once it listens. */
function startTarget(side: 'bare' | 'full', apiUrl: string, echo: boolean): Promise<{ child: ChildProcess; url: string; engine: string }> {
  const file = fileURLToPath(new URL('./slack-target.ts', import.meta.url));
  const env = { ...process.env, BENCH_ENGINE: echo ? 'echo' : process.env.BENCH_ENGINE };
  const child = fork(file, [side, SECRET, TOKEN, apiUrl], {
    env, execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m: TargetMessage) => ('failed' in m ? reject(new Error(`${side}: ${m.failed}`)) : resolve({ child, url: `http://127.0.0.1:${m.port}${SLACK_EVENTS_PATH}`, engine: m.engine })));
    child.once('exit', (code) => reject(new Error(`${side} target exited with ${code}`)));
  });
}

async function measure(side: 'bare' | 'full', apiUrl: string, body: string, echo = false) {
  const target = await startTarget(side, apiUrl, echo);
  try {
    await load(target.url, body, 1);
    return { result: await load(target.url, body, DURATION_S), engine: target.engine };
  } finally {
    target.child.send('stop');
  }
}

async function main(): Promise<void> {
  const standin = await startStandin();
  const body = slashCommandBody({ text: QUESTION, response_url: standin.responseUrl('bench') });

  const b = await measure('bare', standin.url, body);
  const before = standin.callsTo('response_url').length;
  const f = await measure('full', standin.url, body);
  await new Promise((r) => setTimeout(r, 300));
  const answered = standin.callsTo('response_url').length - before;
  standin.reset(); // recorded bodies would otherwise pile up in the process that runs the load tool

  // Same app with a constant-time engine: isolates what the Slack adapter itself costs per request.
  const a = await measure('full', standin.url, body, true);

  const ratio = f.result.requests.average / b.result.requests.average;
  const adapterRatio = a.result.requests.average / b.result.requests.average;
  const row = (name: string, r: CannonResult) =>
    `${name.padEnd(24)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}  errors ${r.errors + r.timeouts}`;
  console.log(`bench:slack — ${CONNECTIONS} connections, ${DURATION_S}s per side after 1s warm-up, loopback; full app uses the ${f.engine}`);
  console.log(row('bare Bolt (ack only)', b.result));
  console.log(row('aiecon full app', f.result));
  console.log(row('  same, echo engine', a.result), `  (adapter alone: ${(adapterRatio * 100).toFixed(1)} % of bare)`);
  console.log(`answers delivered to response_url (incl. warm-up): ${answered}`);
  console.log(`ratio full/bare: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET_RATIO * 100} %) — ${ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET'}`);

  await standin.close();
  process.exitCode = ratio >= TARGET_RATIO && f.result.non2xx === 0 && b.result.non2xx === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
