#!/usr/bin/env node
// Records the engine's answer to every question in the public sample and tests/eval/ (plus any extra
// .jsonl question files given) into tests/golden/answers.jsonl, so `git diff` shows every answer a
// change to the engine or the knowledge moved. Usage: npm run golden [-- more.jsonl ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The shared folder sits next to the checkout (../shared) or, from a worktree under wt/, one level higher.
const shared = [join('..', 'shared'), join('..', '..', 'shared')].find((d) =>
  existsSync(join(d, 'eval', 'public.jsonl')),
);
const files = [
  join(shared ?? join('..', 'shared'), 'eval', 'public.jsonl'),
  ...readdirSync('tests/eval')
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join('tests', 'eval', f)),
  ...process.argv.slice(2),
].filter((f) => existsSync(f));
const questions = [];
for (const f of files)
  for (const line of readFileSync(f, 'utf8').split('\n'))
    if (line.trim()) questions.push({ set: f.replace(/^.*\//, '').replace(/\.jsonl$/, ''), ...JSON.parse(line) });
const run = spawnSync('npx', ['tsx', 'src/cli/ask.ts', '--jsonl'], {
  input: `${questions.map((q) => q.q.replace(/\n/g, ' ')).join('\n')}\n`,
  encoding: 'utf8',
  maxBuffer: 256 << 20,
});
const answers = run.stdout.split('\n').filter((l) => l.startsWith('{'));
if (run.status !== 0 || answers.length !== questions.length) {
  console.error(`ask --jsonl failed: ${answers.length} answers for ${questions.length} questions\n${run.stderr}`);
  process.exit(1);
}
const out = questions.map((q, i) => {
  const a = JSON.parse(answers[i]);
  return JSON.stringify({
    set: q.set,
    id: q.id,
    q: q.q,
    kind: a.kind,
    intent: a.intent,
    because: a.because,
    text: a.text,
  });
});
writeFileSync('tests/golden/answers.jsonl', `${out.join('\n')}\n`);
console.log(`${out.length} answers written to tests/golden/answers.jsonl; review with git diff`);
