// Dumps every answer (rendered plain text, kind, intent) for the real questions and a slice of the fuzz corpus,
// so a speed change can be checked to leave every answer byte-identical: `tsx bench/answers-dump.ts OUT`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createEngine } from '../src/core/engine.js';
import { renderPlainText } from '../src/core/render-text.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const root = new URL('..', import.meta.url).pathname;
// The repo's own question sets, plus any question files named in AIECON_DUMP_SETS (comma-separated paths): sets kept
// outside the repo are read only when named, so a set meant to stay unseen is never pulled in by a folder listing.
const extra = (process.env.AIECON_DUMP_SETS ?? '')
  .split(',')
  .map((f) => f.trim())
  .filter((f) => f && existsSync(f));
const files = [
  ...readdirSync(`${root}tests/eval`)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => `${root}tests/eval/${f}`),
  ...extra,
];
const real = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q),
);
const engine = createEngine(loadKnowledge());
const vocab = [...engine.index.vocab];
let a = 7;
const rand = () => {
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
const units = ['$2/hr', '10M tokens a day', '$0.50/M', 'for a year', '8 H100s', '30 days', '40%', '3x', '2048 GPUs'];
const fuzz: string[] = [];
const N = Number(process.env.DUMP_FUZZ ?? 3000);
for (let i = 0; i < N; i++) {
  const n = i % 20 === 19 ? 80 : 1 + Math.floor(rand() * 10);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(pick([pick(vocab), pick(vocab), pick(units), pick(real)]));
  fuzz.push(parts.join(' ').slice(0, 2000));
}
const out: string[] = [];
const t0 = performance.now();
for (const q of [...real, ...fuzz]) {
  const r = engine.answerFresh({ text: q });
  out.push(JSON.stringify([q, r.kind, r.intent, r.because, renderPlainText(r)]));
}
writeFileSync(process.argv[2] ?? '/tmp/speed/answers.jsonl', `${out.join('\n')}\n`);
console.log(`${out.length} answers (${real.length} real) in ${(performance.now() - t0).toFixed(0)} ms`);
