// `npm run bench` (engine part): knowledge load+validate time, per-answer p50/p99 over the public
// questions repeated many times, and process RSS. Each figure is quoted against a baseline measured in
// the same run — the exact-alias path (sanitise + tokenise + map lookup) — because machines here are noisy.
import { existsSync, readFileSync } from 'node:fs';
import { createEngine } from '../src/core/engine.js';
import { sanitizeQuery } from '../src/core/safe-text.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { phraseKey } from '../src/knowledge/normalize.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
// The shared sample sits beside the repository (../shared) or beside the worktrees' folder (../../shared).
const root = new URL('..', import.meta.url).pathname;
const questionsFile = ['../shared', '../../shared'].map((d) => `${root}${d}/eval/public.jsonl`).find(existsSync);
if (!questionsFile) throw new Error('bench/engine.ts needs shared/eval/public.jsonl beside the repository');
const questions = readFileSync(questionsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const rssBefore = process.memoryUsage().rss;
const loads: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  loadKnowledge();
  loads.push(performance.now() - t0);
}
loads.sort((a, b) => a - b);
const kb = loadKnowledge();
const t1 = performance.now();
const engine = createEngine(kb);
const indexMs = performance.now() - t1;

// Warm up, then time every answer computed afresh (no memo), and the same question repeated (memo).
for (const q of questions) engine.answerFresh({ text: q });
const times: number[] = [];
const memoTimes: number[] = [];
const baseline: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const q of questions) {
    let t = performance.now();
    engine.answerFresh({ text: q });
    times.push(performance.now() - t);
    t = performance.now();
    engine.answer({ text: q });
    memoTimes.push(performance.now() - t);
    t = performance.now();
    engine.index.aliases.get(phraseKey(sanitizeQuery(q)));
    baseline.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
memoTimes.sort((a, b) => a - b);
baseline.sort((a, b) => a - b);
const p50 = percentile(times, 50);
const p99 = percentile(times, 99);
const b50 = percentile(baseline, 50);
const b99 = percentile(baseline, 99);
const rss = process.memoryUsage().rss;

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`engine: ${questions.length} public questions × ${ROUNDS} rounds = ${times.length} answers`);
console.log(`  answer      p50 ${fmt(p50)}  p99 ${fmt(p99)}  (target p99 ≤ 2 ms: ${p99 <= 2 ? 'met' : 'NOT met'})`);
console.log(
  `  repeated    p50 ${fmt(percentile(memoTimes, 50))}  p99 ${fmt(percentile(memoTimes, 99))}  (same question again, served from the memo)`,
);
console.log(`  baseline    p50 ${fmt(b50)}  p99 ${fmt(b99)}  (sanitise + tokenise + exact alias lookup)`);
console.log(`  ratio       p50 ${(p50 / b50).toFixed(1)}×  p99 ${(p99 / b99).toFixed(1)}× the baseline`);
console.log(
  `  knowledge load+validate  median ${fmt(loads[5]!)}  worst ${fmt(loads[9]!)}  (target ≤ 300 ms: ${loads[9]! <= 300 ? 'met' : 'NOT met'}); index build ${fmt(indexMs)}`,
);
console.log(`  RSS ${(rss / 2 ** 20).toFixed(0)} MiB (${(rssBefore / 2 ** 20).toFixed(0)} MiB before loading)`);
