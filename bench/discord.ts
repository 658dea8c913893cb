// `npm run bench:discord`: mention → reply round trips per second through the real discord.js client and
// the loopback stand-in (gateway MESSAGE_CREATE in, REST POST /channels/:id/messages out, REST limiter
// raised), quoted against the engine alone in the same run. The stand-in shares the client's event loop,
// so the round-trip figure is a lower bound. Bounded: BENCH_SECONDS per phase (default 3), loopback only.

import { startDiscord } from '../src/adapters/discord/index.js';
import { renderEmbed } from '../src/adapters/discord/render.js';
import { Dispatcher } from '../src/app/dispatcher.js';
import { createEngine } from '../src/core/engine.js';
import type { Engine } from '../src/core/types.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { setLogLevel } from '../src/log.js';
import { startDiscordStandIn } from '../tests/support/discord-standin.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** Mentions in flight at once in the pipelined phase (one channel: discord.js still sends its replies in order). */
const IN_FLIGHT = 8;
const QUESTIONS = [
  'what did DeepSeek V3 cost?',
  'is llama actually open source',
  'compare deepseek v3 gpt-4',
  'how much does an H100 cost per hour',
  'help',
];

/** The engine, plus a way to answer without its memo so "engine only" times real work. */
function loadEngine(): { engine: Engine; fresh: Engine['answer']; name: string } {
  try {
    const engine = createEngine(loadKnowledge());
    return { engine, fresh: (q) => engine.answerFresh(q), name: 'real engine over knowledge/' };
  } catch (err) {
    const reply = {
      kind: 'answer' as const,
      title: 'echo',
      lines: ['echo'],
      fields: [],
      notes: [],
      sources: [],
      suggestions: [],
    };
    console.warn(`knowledge did not load (${(err as Error).message.split('\n')[0]}); using an echo engine`);
    return { engine: { answer: () => reply }, fresh: () => reply, name: 'echo engine (knowledge did not load)' };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs `once` back to back for SECONDS (after a short warm-up); returns count, rate and latency spread. */
async function timed(once: (i: number) => Promise<unknown> | unknown, inFlight = 1) {
  for (let i = 0; i < 50; i++) await once(i);
  const latencies: number[] = [];
  const start = performance.now();
  const end = start + SECONDS * 1000;
  let n = 0;
  const lane = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await once(n++);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function main(): Promise<void> {
  setLogLevel('warn');
  const { engine, fresh, name } = loadEngine();
  const dispatcher = new Dispatcher(engine);
  const standIn = await startDiscordStandIn();
  const adapter = await startDiscord({
    config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
    dispatcher,
    rest: { globalRequestsPerSecond: 1_000_000, retries: 0 },
  });

  const waiting = new Map<string, () => void>();
  standIn.onRecord((r) => {
    if (r.kind === 'message') waiting.get(r.message.body.message_reference?.message_id)?.();
  });
  const roundTrip = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reply within 5 s')), 5_000);
      // The id is known only after dispatch, and the reply cannot arrive before the next tick.
      const id = standIn.dispatchMessage({ content: `<@${standIn.ids.bot}> ${QUESTIONS[i % QUESTIONS.length]}` });
      waiting.set(id, () => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve();
      });
    });

  try {
    const engineOnly = await timed((i) => fresh({ text: QUESTIONS[i % QUESTIONS.length]!, surface: 'discord' }));
    const inProcess = await timed(async (i) =>
      renderEmbed(await dispatcher.dispatch(QUESTIONS[i % QUESTIONS.length]!, { surface: 'discord' })),
    );
    const sequential = await timed(roundTrip);
    const pipelined = await timed(roundTrip, IN_FLIGHT);

    const row = (label: string, r: Awaited<ReturnType<typeof timed>>) =>
      `${label.padEnd(38)} ${r.perSecond.toFixed(0).padStart(8)} /s   p50 ${r.p50.toFixed(3).padStart(7)} ms   p99 ${r.p99.toFixed(3).padStart(7)} ms   (${r.count})`;
    console.log(
      `bench:discord — ${name}; ${SECONDS}s per phase after warm-up; loopback stand-in in the same process; REST limiter raised`,
    );
    console.log(row('engine answer only (no memo)', engineOnly));
    console.log(row('dispatch + renderEmbed (no network)', inProcess));
    console.log(row('mention → reply, 1 in flight', sequential));
    console.log(row(`mention → reply, ${IN_FLIGHT} in flight`, pipelined));
    console.log(
      `ratio: one round trip costs ${(engineOnly.perSecond / sequential.perSecond).toFixed(0)}× an engine answer (1 in flight); ` +
        `round trips reach ${((pipelined.perSecond / engineOnly.perSecond) * 100).toFixed(2)} % of engine-only throughput with ${IN_FLIGHT} in flight`,
    );
  } finally {
    await adapter.stop();
    await standIn.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
