// `npm run bench` (fuzz part): p50/p99/max per fresh answer (no memo) on every real question in the public
// sample and tests/eval, and on a generated fuzz corpus (BENCH_FUZZ inputs, default 100,000) that mixes real
// questions, knowledge words, numbers with units, junk and 2,000-character questions. Targets: p99 ≤ 1 ms on
// real questions; p99 ≤ 5 ms and max ≤ 50 ms on the fuzz corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createEngine } from '../src/core/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const FUZZ = Number(process.env.BENCH_FUZZ ?? 100_000);
const root = new URL('..', import.meta.url).pathname;
const shared = ['../shared', '../../shared'].map((d) => `${root}${d}/eval/public.jsonl`).find(existsSync);
const files = [
  ...(shared ? [shared] : []),
  ...readdirSync(`${root}tests/eval`)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => `${root}tests/eval/${f}`),
];
const real = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q),
);

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same corpus. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kb = loadKnowledge();
const engine = createEngine(kb);
const vocab = [...engine.index.vocab];
const units = ['$2/hr', '10M tokens a day', '$0.50/M', 'for a year', '8 H100s', '30 days', '40%', '3x', '2048 GPUs'];
const junk = ['??', '$$$', '((((', '<@U1>', '🤖', 'lol', '1e400', '/', '-', 'aaaaaaaaaaaaaaaaaaaaaaaa'];
const rand = rng(42);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;

function fuzzInput(i: number): string {
  const kind = i % 10;
  if (kind === 0) return pick(real);
  if (kind === 9) {
    // A 2,000-character question: real questions, vocabulary and numbers run together.
    let s = '';
    while (s.length < 2_000) s += `${pick([pick(real), pick(vocab), pick(units), pick(junk)])} `;
    return s.slice(0, 2_000);
  }
  const n = 1 + Math.floor(rand() * 14);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(pick([pick(vocab), pick(vocab), pick(units), pick(junk), pick(real)]));
  return parts.join(' ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(inputs: string[]): number[] {
  const out: number[] = [];
  for (const text of inputs) {
    const t = performance.now();
    engine.answerFresh({ text });
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
function report(label: string, times: number[], p99Target: number, maxTarget?: number): void {
  const p99 = percentile(times, 99);
  const max = times[times.length - 1]!;
  const met = p99 <= p99Target && (maxTarget === undefined || max <= maxTarget);
  console.log(
    `  ${label.padEnd(24)} p50 ${fmt(percentile(times, 50))}  p99 ${fmt(p99)}  max ${fmt(max)}  (target p99 ≤ ${p99Target} ms${maxTarget ? `, max ≤ ${maxTarget} ms` : ''}: ${met ? 'met' : 'NOT met'})`,
  );
}

time(real); // warm up: lazy word lists, fuzzy memo, JIT
const realTimes = time(real);
const corpus = Array.from({ length: FUZZ }, (_, i) => fuzzInput(i));
const fuzzTimes = time(corpus);
console.log(`engine, fresh answers (no memo): ${real.length} real questions; ${corpus.length} fuzz inputs`);
report('real questions', realTimes, 1);
report('fuzz corpus', fuzzTimes, 5, 50);
const long = time(corpus.filter((_, i) => i % 10 === 9).slice(0, 2_000));
report('2,000-char questions', long, 5, 50);
