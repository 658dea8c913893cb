#!/usr/bin/env node
// Scores the public sample and every held-out set in tests/eval/ with the shared scorer. The shared folder sits
// next to the checkout (../shared) or, from a worktree under wt/, one level higher; without it there is nothing to
// score against, which is said plainly. Usage: npm run eval [-- more.jsonl ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const shared = [join('..', 'shared'), join('..', '..', 'shared')].find((d) => existsSync(join(d, 'eval', 'score.mjs')));
if (!shared) {
  console.error('eval: no ../shared/eval/score.mjs next to this checkout, so there is no scorer to run.');
  process.exit(2);
}
const sets = [
  join(shared, 'eval', 'public.jsonl'),
  ...readdirSync('tests/eval')
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join('tests', 'eval', f)),
  ...process.argv.slice(2),
];
let failed = 0;
for (const set of sets) {
  const run = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), set, '--project', '.'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
