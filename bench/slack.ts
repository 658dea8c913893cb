// Throughput of signed /aiecon requests through the full Slack app (Bolt + dispatcher + engine +
// Block Kit answer in the ack) against a bare Bolt app that only acks: same machine, same load tool
// (autocannon, programmatically), same run, loopback only. Each side runs alone in its own process
// (bench/slack-target.ts) so the load generator and the Slack stand-in do not share its event loop.
// Target: the full app keeps ≥ 85 % of the bare app's req/s.
import { type ChildProcess, fork } from 'node:child_process';
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
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses `verifyBody` rejected. */
  mismatches: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Whether a response body is what that side should send: nothing (bare ack) or the answer inside the ack (full). */
const expectedBody = (side: 'bare' | 'full') =>
  side === 'bare' ? (b: string) => b === '' : (b: string) => b.startsWith('{"response_type":"ephemeral"');

async function load(
  url: string,
  body: string,
  seconds: number,
  verifyBody: (body: string) => boolean,
): Promise<CannonResult> {
  // One signature serves the whole run: Slack allows 5 minutes of clock skew and Bolt keeps no replay cache.
  const ts = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': FORM,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signSlackRequest(SECRET, ts, body),
  };
  return autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: seconds, verifyBody });
}

/** Starts one side in a child process and resolves with its URL once it listens. */
function startTarget(
  side: 'bare' | 'full',
  apiUrl: string,
  echo: boolean,
): Promise<{ child: ChildProcess; url: string; engine: string }> {
  const file = fileURLToPath(new URL('./slack-target.ts', import.meta.url));
  const env = { ...process.env, BENCH_ENGINE: echo ? 'echo' : process.env.BENCH_ENGINE };
  const child = fork(file, [side, SECRET, TOKEN, apiUrl], {
    env,
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: TargetMessage) => {
      if ('failed' in m) reject(new Error(`${side}: ${m.failed}`));
      else if ('port' in m) resolve({ child, url: `http://127.0.0.1:${m.port}${SLACK_EVENTS_PATH}`, engine: m.engine });
    });
    child.once('exit', (code) => reject(new Error(`${side} target exited with ${code}`)));
  });
}

async function measure(side: 'bare' | 'full', apiUrl: string, body: string, echo = false) {
  const target = await startTarget(side, apiUrl, echo);
  try {
    const verify = expectedBody(side);
    await load(target.url, body, 1, verify);
    target.child.send('mark');
    const result = await load(target.url, body, DURATION_S, verify);
    const cpu = new Promise<number>((r) =>
      target.child.once('message', (m: TargetMessage) => r('cpuMicros' in m ? m.cpuMicros : NaN)),
    );
    const exited = new Promise((r) => target.child.once('exit', r));
    target.child.send('stop');
    const cpuMicros = await cpu;
    // Waiting for the exit keeps its in-flight response_url posts from meeting a closed stand-in.
    await exited;
    return { result, engine: target.engine, cpuPerRequest: cpuMicros / result.requests.total };
  } catch (err) {
    target.child.kill();
    throw err;
  }
}

async function main(): Promise<void> {
  const standin = await startStandin();
  const body = slashCommandBody({ text: QUESTION, response_url: standin.responseUrl('bench') });

  const b = await measure('bare', standin.url, body);
  const before = standin.callsTo('response_url').length;
  const f = await measure('full', standin.url, body);
  await new Promise((r) => setTimeout(r, 300));
  const viaResponseUrl = standin.callsTo('response_url').length - before;
  standin.reset(); // recorded bodies would otherwise pile up in the process that runs the load tool

  // Same app with a constant-time engine: isolates what the Slack adapter itself costs per request.
  const a = await measure('full', standin.url, body, true);

  const ratio = f.result.requests.average / b.result.requests.average;
  const adapterRatio = a.result.requests.average / b.result.requests.average;
  const row = (name: string, m: { result: CannonResult; cpuPerRequest: number }) =>
    `${name.padEnd(24)} ${m.result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(m.result.latency.p99).padStart(4)} ms   ${m.cpuPerRequest.toFixed(0).padStart(4)} µs CPU/req   non-2xx ${m.result.non2xx}  errors ${m.result.errors + m.result.timeouts}`;
  console.log(
    `bench:slack — ${CONNECTIONS} connections, ${DURATION_S}s per side after 1s warm-up, loopback; full app uses the ${f.engine}`,
  );
  console.log(row('bare Bolt (ack only)', b));
  console.log(row('aiecon full app', f));
  console.log(row('  same, echo engine', a), `  (adapter alone: ${(adapterRatio * 100).toFixed(1)} % of bare)`);
  console.log(
    `full app answers in the ack: ${f.result.requests.total - f.result.mismatches} of ${f.result.requests.total}; via response_url (incl. warm-up): ${viaResponseUrl}`,
  );
  console.log(
    `ratio full/bare: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET_RATIO * 100} %) — ${ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET'}`,
  );

  await standin.close();
  process.exitCode =
    ratio >= TARGET_RATIO && f.result.non2xx === 0 && b.result.non2xx === 0 && f.result.mismatches === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
