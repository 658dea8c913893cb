// Throughput of signed /aiecon requests through the full Slack app (Bolt + dispatcher + engine +
// Block Kit answer in the ack) against a bare Bolt app that only acks: same machine, same load tool
// (autocannon, programmatically), same run, loopback only. Each side runs alone in its own process
// (bench/slack-target.ts) so the load generator and the Slack stand-in do not share its event loop.
// Target: the full app keeps ≥ 85 % of the bare app's req/s on a repeated question (served from the memo).
// A second run sends every question of the public sample and tests/eval once (no memo hit: each answer is
// computed afresh) to both sides; target ≥ 80 % of the bare app (issue 8, part 6). Under such a burst the app
// acks first and answers through response_url afterwards, so each run also waits for every answer to reach
// the stand-in and reports answers delivered per second beside the acks.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
/** The distinct-question run must keep this share of the bare app's throughput. */
const DISTINCT_TARGET_RATIO = 0.8;

/** Every distinct question of the public sample (when ../shared is there) and tests/eval, in file order. */
function distinctQuestions(): string[] {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const shared = ['../shared', '../../shared'].map((d) => `${root}${d}/eval/public.jsonl`).find(existsSync);
  const files = [
    ...(shared ? [shared] : []),
    ...readdirSync(`${root}tests/eval`)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${root}tests/eval/${f}`),
  ];
  const all = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q),
  );
  return [...new Set(all)];
}

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

/** Whether a response body is what that side should send: nothing (bare ack) or, from the full app, the answer
 * inside the ack or an empty ack (the answer then follows through response_url). */
const expectedBody = (side: 'bare' | 'full') =>
  side === 'bare' ? (b: string) => b === '' : (b: string) => b === '' || b.startsWith('{"response_type":"ephemeral"');

/** Counts the full app's empty acks: each one owes an answer through response_url. */
function countingEmpty(side: 'bare' | 'full') {
  const ok = expectedBody(side);
  const counter = {
    empty: 0,
    verify: (b: string) => {
      if (side === 'full' && b === '') counter.empty++;
      return ok(b);
    },
  };
  return counter;
}

/** Resolves once `count` more response_url posts than `before` reached the stand-in (or after `timeoutMs`). */
async function answersDelivered(
  standin: Awaited<ReturnType<typeof startStandin>>,
  before: number,
  count: number,
  timeoutMs = 300_000,
): Promise<number> {
  const end = Date.now() + timeoutMs;
  const got = () => standin.callsTo('response_url').length - before;
  while (got() < count && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return got();
}

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

/** Sends each body once (no question twice, so none is served from the memo), signed, over all connections. */
async function loadEach(url: string, bodies: string[], verifyBody: (body: string) => boolean): Promise<CannonResult> {
  let next = 0;
  const setupRequest = (req: Record<string, unknown>) => {
    const body = bodies[next++ % bodies.length]!;
    const ts = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': FORM,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signSlackRequest(SECRET, ts, body),
    };
    return { ...req, method: 'POST', body, headers };
  };
  return autocannon({
    url,
    connections: CONNECTIONS,
    amount: bodies.length,
    requests: [{ setupRequest }],
    verifyBody,
  });
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

/** Stops a measured target and returns the CPU it used since 'mark'. Waiting for the exit keeps its in-flight
 * response_url posts from meeting a closed stand-in. */
async function stopTarget(target: Awaited<ReturnType<typeof startTarget>>): Promise<number> {
  const cpu = new Promise<number>((r) =>
    target.child.once('message', (m: TargetMessage) => r('cpuMicros' in m ? m.cpuMicros : NaN)),
  );
  const exited = new Promise((r) => target.child.once('exit', r));
  target.child.send('stop');
  const cpuMicros = await cpu;
  await exited;
  return cpuMicros;
}

async function measure(
  side: 'bare' | 'full',
  standin: Awaited<ReturnType<typeof startStandin>>,
  body: string,
  echo = false,
) {
  const target = await startTarget(side, standin.url, echo);
  try {
    const before = standin.callsTo('response_url').length;
    const warm = countingEmpty(side);
    await load(target.url, body, 1, warm.verify);
    const counter = countingEmpty(side);
    target.child.send('mark');
    const result = await load(target.url, body, DURATION_S, counter.verify);
    const delivered = await answersDelivered(standin, before, warm.empty + counter.empty);
    const cpuMicros = await stopTarget(target);
    return {
      result,
      engine: target.engine,
      cpuPerRequest: cpuMicros / result.requests.total,
      viaResponseUrl: counter.empty,
      undelivered: warm.empty + counter.empty - delivered,
    };
  } catch (err) {
    target.child.kill();
    throw err;
  }
}

/** The distinct-question run on one side: warmed on the repeated question, then every question once. */
async function measureDistinct(
  side: 'bare' | 'full',
  standin: Awaited<ReturnType<typeof startStandin>>,
  warm: string,
  bodies: string[],
) {
  const target = await startTarget(side, standin.url, false);
  try {
    const warming = countingEmpty(side);
    await load(target.url, warm, 1, warming.verify);
    await answersDelivered(standin, 0, warming.empty);
    const counter = countingEmpty(side);
    const before = standin.callsTo('response_url').length;
    target.child.send('mark');
    const t0 = performance.now();
    const result = await loadEach(target.url, bodies, counter.verify);
    const seconds = (performance.now() - t0) / 1000;
    // Every question answered: in its ack, or through response_url once the queue reached it.
    const delivered = await answersDelivered(standin, before, counter.empty);
    const answeredSeconds = (performance.now() - t0) / 1000;
    const cpuMicros = await stopTarget(target);
    const perSecond = result.requests.total / seconds;
    return {
      result,
      perSecond,
      answersPerSecond: result.requests.total / answeredSeconds,
      viaResponseUrl: counter.empty,
      undelivered: counter.empty - delivered,
      cpuPerRequest: cpuMicros / result.requests.total,
    };
  } catch (err) {
    target.child.kill();
    throw err;
  }
}

/** Every eval question once through both sides; prints the ratio. */
async function distinctRun(standin: Awaited<ReturnType<typeof startStandin>>, warm: string): Promise<boolean> {
  // The warm-up question is in the memo already: left out.
  const questions = distinctQuestions().filter((q) => q !== QUESTION);
  const bodies = questions.map((q) => slashCommandBody({ text: q, response_url: standin.responseUrl('bench') }));
  standin.reset();
  const b = await measureDistinct('bare', standin, warm, bodies);
  standin.reset();
  const f = await measureDistinct('full', standin, warm, bodies);
  standin.reset();
  const ratio = f.perSecond / b.perSecond;
  const row = (name: string, m: Awaited<ReturnType<typeof measureDistinct>>) =>
    `${name.padEnd(24)} ${m.perSecond.toFixed(0).padStart(7)} req/s   p99 ${String(m.result.latency.p99).padStart(4)} ms   ${m.cpuPerRequest.toFixed(0).padStart(4)} µs CPU/req   non-2xx ${m.result.non2xx}  errors ${m.result.errors + m.result.timeouts}`;
  console.log(`distinct questions — each of ${questions.length} eval questions sent once (no memo hit):`);
  console.log(row('bare Bolt (ack only)', b));
  console.log(row('aiecon full app', f));
  console.log(
    `full app: ${f.result.requests.total - f.viaResponseUrl} answered in the ack, ${f.viaResponseUrl} acked first and answered ` +
      `through response_url (${f.undelivered} never arrived); every answer delivered at ${f.answersPerSecond.toFixed(0)}/s`,
  );
  console.log(
    `ratio full/bare (acks): ${(ratio * 100).toFixed(1)} % (target ≥ ${DISTINCT_TARGET_RATIO * 100} %) — ${ratio >= DISTINCT_TARGET_RATIO ? 'PASS' : 'BELOW TARGET'}`,
  );
  return f.result.non2xx === 0 && b.result.non2xx === 0 && f.result.mismatches === 0 && f.undelivered === 0;
}

async function main(): Promise<void> {
  const standin = await startStandin();
  const body = slashCommandBody({ text: QUESTION, response_url: standin.responseUrl('bench') });

  const b = await measure('bare', standin, body);
  const f = await measure('full', standin, body);
  standin.reset(); // recorded bodies would otherwise pile up in the process that runs the load tool

  // Same app with a constant-time engine: isolates what the Slack adapter itself costs per request.
  const a = await measure('full', standin, body, true);
  standin.reset();

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
    `full app answers in the ack: ${f.result.requests.total - f.viaResponseUrl} of ${f.result.requests.total}; via response_url: ${f.viaResponseUrl} (${f.undelivered} never arrived)`,
  );
  console.log(
    `ratio full/bare: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET_RATIO * 100} %) — ${ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET'}`,
  );

  // BENCH_DISTINCT=0 skips the distinct-question run.
  const distinctOk = process.env.BENCH_DISTINCT === '0' ? true : await distinctRun(standin, body);

  await standin.close();
  process.exitCode =
    ratio >= TARGET_RATIO &&
    f.result.non2xx === 0 &&
    b.result.non2xx === 0 &&
    f.result.mismatches === 0 &&
    f.undelivered === 0 &&
    distinctOk
      ? 0
      : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
