// Dumps every answer (rendered plain text, kind, intent) for the real questions and a slice of the fuzz corpus,
// so a speed change can be checked to leave every answer byte-identical: `tsx bench/answers-dump.ts OUT`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createEngine } from '../src/core/engine.js';
import { renderPlainText } from '../src/core/render-text.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const root = new URL('..', import.meta.url).pathname;
const dirs = [`${root}tests/eval`, '/work/fresh/dev13', '/work/fresh/dev14'].filter(existsSync);
// The lead's dev sets (/work/fresh/devNN.jsonl) only — never anything else in that folder.
const devSets = existsSync('/work/fresh')
  ? readdirSync('/work/fresh')
      .filter((f) => /^dev\d+\.jsonl$/.test(f))
      .map((f) => `/work/fresh/${f}`)
  : [];
const files = [
  ...['/work/shared/eval/public.jsonl'].filter(existsSync),
  ...devSets,
  ...dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => `${d}/${f}`),
  ),
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
