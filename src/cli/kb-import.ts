// `npm run kb:import`: turns the vendored data sets into knowledge/generated/*.json. Running it twice changes
// nothing. `--check` writes nothing and exits 1 when the committed files differ from what the importer makes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../import/build.js';
import { DEFAULT_KNOWLEDGE_DIR, GENERATED_SUBDIR, loadKnowledge } from '../knowledge/load.js';

const check = process.argv.includes('--check');
const t0 = performance.now();
const result = runImport(loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { generated: false }));
const dir = join(DEFAULT_KNOWLEDGE_DIR, GENERATED_SUBDIR);
const drift: string[] = [];
for (const [name, text] of Object.entries(result.files)) {
  const path = join(dir, name);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) drift.push(name);
}
const stale = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !(f in result.files)) : [];
drift.push(...stale);
for (const [source, n] of Object.entries(result.counts)) console.log(`${source.padEnd(16)} ${n} read`);
if (check) {
  if (drift.length) {
    console.error(
      `knowledge/generated differs from the importer's output: ${drift.join(', ')} (run npm run kb:import)`,
    );
    process.exit(1);
  }
  console.log('knowledge/generated is up to date');
} else {
  mkdirSync(dir, { recursive: true });
  for (const f of stale) rmSync(join(dir, f));
  for (const [name, text] of Object.entries(result.files)) writeFileSync(join(dir, name), text);
  console.log(
    `${drift.length ? `wrote ${drift.join(', ')}` : 'no change'} (${(performance.now() - t0).toFixed(0)} ms)`,
  );
}
