// `npm run bench` (scale part): the engine over the real knowledge and over synthetic folders with 1k, 10k and
// 100k more models (bench/synthetic.ts), each in its own process so peak RSS is its own. Per size: knowledge
// load and engine build (first start with nothing cached, then from the cache), p50/p99 per fresh answer,
// peak RSS, and plain fuse.js over every name, alias and description timed in the same process. The real
// questions must get the same answers at every size. Targets: real folder load ≤ 500 ms and p99 ≤ 2 ms;
// 100k p99 ≤ 5 ms. BENCH_SCALE=1000,10000 picks sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { createEngine } from '../src/core/engine.js';
import { renderPlainText } from '../src/core/render-text.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../src/knowledge/load.js';
import { makeSyntheticKnowledge, rng, type SyntheticModel } from './synthetic.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FUSE_QUERIES = 20;
const FUSE_BUDGET_MS = 20_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Real questions: the public sample and tests/eval, plus data-set phrasings over real model names. */
function realQuestions(names: string[]): string[] {
  const root = new URL('..', import.meta.url).pathname;
  const shared = ['../shared', '../../shared'].map((d) => `${root}${d}/eval/public.jsonl`).find(existsSync);
  const files = [
    ...(shared ? [shared] : []),
    ...readdirSync(`${root}tests/eval`)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => `${root}tests/eval/${f}`),
  ];
  const qs = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q),
  );
  const templates = [
    (n: string) => `price per million tokens of ${n}?`,
    (n: string) => `cheapest provider for ${n}`,
    (n: string) => `how many parameters does ${n} have?`,
    (n: string) => `cost of 10M input tokens on ${n}`,
  ];
  names.forEach((n, i) => {
    qs.push(templates[i % templates.length]!(n));
  });
  return qs;
}

/** Names of synthetic models, one in three with a letter dropped from the family word (a typo). */
function syntheticNames(models: SyntheticModel[], count: number): string[] {
  const rand = rng(11);
  const names: string[] = [];
  for (let i = 0; i < count && models.length; i++) {
    const name = models[Math.floor(rand() * models.length)]!.name;
    const k = 1 + Math.floor(rand() * 4);
    names.push(i % 3 === 2 ? name.slice(0, k) + name.slice(k + 1) : name);
  }
  return names;
}

/** Questions naming synthetic models. */
function syntheticQuestions(models: SyntheticModel[], count: number): string[] {
  return syntheticNames(models, count).map((n, i) =>
    i % 2 ? `what does ${n} cost per M tokens?` : `${n} input price`,
  );
}

/** One size, in this process: prints a JSON line of measurements; writes the real questions' answers. */
function child(dir: string, synthetic: number, answersFile: string): void {
  const real = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { cacheDir: false });
  const sample = [...real.entities.values()]
    .filter((e) => e.kind === 'models' && e.file.startsWith('generated/'))
    .filter((_, i) => i % 40 === 0)
    .map((e) => e.name);
  const cacheDir = mkdtempSync(join(tmpdir(), 'aiecon-cache-'));
  // First start: every file validated and every index built from scratch (filling the cache); then a start
  // from the cache, as every start after the first one is.
  let t = performance.now();
  createEngine(loadKnowledge(dir, { cacheDir }));
  const coldMs = performance.now() - t;
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  let c = process.cpuUsage();
  t = performance.now();
  const kb = loadKnowledge(dir, { cacheDir });
  const loadMs = performance.now() - t;
  const loadCpuMs = cpuMs(process.cpuUsage(c));
  c = process.cpuUsage();
  t = performance.now();
  const engine = createEngine(kb);
  const buildMs = performance.now() - t;
  const buildCpuMs = cpuMs(process.cpuUsage(c));
  rmSync(cacheDir, { recursive: true, force: true });
  const synth = [...kb.entities.values()]
    .filter((e) => e.id.startsWith('syn-') && e.kind === 'models')
    .map((e) => ({ id: e.id, name: e.name, org: e.kind === 'models' ? (e.org ?? '') : '' }));
  const questions = [...realQuestions(sample), ...syntheticQuestions(synth, 200)];
  // First answers (warm-up) double as the answers compared across sizes.
  const realCount = questions.length - Math.min(200, synth.length ? 200 : 0);
  const answers = questions.slice(0, realCount).map((q) => renderPlainText(engine.answerFresh({ text: q })));
  writeFileSync(answersFile, JSON.stringify(answers));
  for (const q of questions.slice(realCount)) engine.answerFresh({ text: q });
  // Wall time, and this process's CPU time (which a busy machine's other processes do not inflate).
  const times: number[] = [];
  const cpu: number[] = [];
  const slowest = new Map<string, number>();
  for (let r = 0; r < ROUNDS; r++)
    for (const q of questions) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      engine.answerFresh({ text: q });
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      times.push(ms);
      cpu.push((c.user + c.system) / 1000);
      // The least CPU a question took over the rounds: what it costs without a collection or a miss.
      slowest.set(q, Math.min((c.user + c.system) / 1000, slowest.get(q) ?? Number.POSITIVE_INFINITY));
    }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  if (process.env.BENCH_SLOWEST)
    for (const [q, ms] of [...slowest].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_SLOWEST)))
      console.error(`${ms.toFixed(1)} ms  ${q}`);
  const rss = process.resourceUsage().maxRSS * 1024;
  // Plain fuse.js over every name, alias and description, asked the same questions.
  t = performance.now();
  const docs = [...kb.entities.values()].map((e) => ({
    name: e.name,
    aliases: [...e.aliases, ...(e.dataAliases ?? [])],
    description: e.description,
  }));
  const fuse = new Fuse(docs, { keys: ['name', 'aliases', 'description'] });
  const fuseBuildMs = performance.now() - t;
  const fuseTimes: number[] = [];
  // fuse.js is given the name as typed (what a name index is asked), not the whole question.
  const typed = [...sample.slice(0, FUSE_QUERIES / 2), ...syntheticNames(synth, FUSE_QUERIES / 2)];
  // At most FUSE_BUDGET_MS of fuse.js queries (at least 3): at 100k entities one query takes seconds.
  const fuseStart = performance.now();
  for (const q of typed) {
    if (fuseTimes.length >= 3 && performance.now() - fuseStart > FUSE_BUDGET_MS) break;
    const t0 = performance.now();
    fuse.search(q);
    fuseTimes.push(performance.now() - t0);
  }
  fuseTimes.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      synthetic,
      entities: kb.entities.size,
      coldMs,
      loadMs,
      buildMs,
      loadCpuMs,
      buildCpuMs,
      answers: times.length,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      max: times.at(-1),
      cpuP50: percentile(cpu, 50),
      cpuP99: percentile(cpu, 99),
      rssMiB: rss / 2 ** 20,
      fuseBuildMs,
      fuseP50: percentile(fuseTimes, 50),
      fuseP99: percentile(fuseTimes, 99),
      fuseQueries: fuseTimes.length,
    }),
  );
}

function parent(): void {
  // The real folder (0) always runs first: every other size's answers are compared with its answers.
  const sizes = [
    0,
    ...(process.env.BENCH_SCALE ?? '1000,10000,100000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
  ];
  const work = mkdtempSync(join(tmpdir(), 'aiecon-scale-'));
  const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
  let baseAnswers: string[] | undefined;
  try {
    console.log(
      `scale: real knowledge + N synthetic models; times per fresh answer; fuse.js = plain fuse over all names (load average ${loadavg()[0]!.toFixed(1)})`,
    );
    for (const n of sizes) {
      const dir = n ? join(work, `k${n}`) : DEFAULT_KNOWLEDGE_DIR;
      if (n) makeSyntheticKnowledge(dir, n);
      const answersFile = join(work, `answers-${n}.json`);
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, new URL(import.meta.url).pathname, '--child', dir, String(n), answersFile],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        },
      );
      const r = JSON.parse(out.trim().split('\n').at(-1)!);
      const answers = JSON.parse(readFileSync(answersFile, 'utf8')) as string[];
      baseAnswers ??= answers;
      const differ = answers.filter((a, i) => a !== baseAnswers![i]).length;
      console.log(
        `  +${String(n).padStart(6)} synthetic (${r.entities} entities): load ${fmt(r.loadMs)} + engine build ${fmt(r.buildMs)} (CPU ${fmt(r.loadCpuMs)} + ${fmt(r.buildCpuMs)}; first start, nothing cached: ${fmt(r.coldMs)}); ` +
          `answer p50 ${fmt(r.p50)} p99 ${fmt(r.p99)} max ${fmt(r.max)} (CPU time p50 ${fmt(r.cpuP50)} p99 ${fmt(r.cpuP99)}) over ${r.answers}; peak RSS ${r.rssMiB.toFixed(0)} MiB; ` +
          `fuse.js p50 ${fmt(r.fuseP50)} p99 ${fmt(r.fuseP99)} per query over ${r.fuseQueries} names (build ${fmt(r.fuseBuildMs)}); ` +
          `real answers differing from the real folder: ${differ}/${answers.length}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child(process.argv[3]!, Number(process.argv[4]), process.argv[5]!);
else parent();
