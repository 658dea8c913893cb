#!/usr/bin/env node
// `npm run build`: tsc → dist/, then a stamp. `--if-stale` (npm's prestart) builds only when dist/ is missing
// or older than a source, so the README's `npm ci && npm start` works on a fresh machine and an edited
// checkout never runs stale code. Without src/ (the container's runtime stage) there is nothing to build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.built';
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

if (process.argv.includes('--if-stale')) {
  if (!existsSync('src')) process.exit(0);
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...INPUTS.map(newest))) process.exit(0);
}
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
