#!/usr/bin/env node
// Copies the licensed data-set snapshots from ../shared/data into vendor/data so the project runs on a
// fresh machine without ../shared. LiteLLM's map is trimmed to the text-model entries and the fields the
// importer reads (it is 1.5 MB whole); everything else is copied unchanged. Usage: node scripts/vendor-data.mjs [from]
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2] ?? join('..', 'shared', 'data');
const to = join('vendor', 'data');

function copyDir(sub, keep) {
  mkdirSync(join(to, sub), { recursive: true });
  for (const f of readdirSync(join(from, sub)).sort()) if (keep(f)) copyFileSync(join(from, sub, f), join(to, sub, f));
}

copyDir('epoch', (f) => f.endsWith('.csv'));
copyDir('osai-index', (f) => /\.ya?ml$/.test(f));
copyDir('mot-models', (f) => /\.yml$/.test(f) || f === 'LICENSE');

const TIER_FIELD = /^(input|output)_cost_per_token_(above_\d+k_tokens|batches|priority|flex)$/;
// Embedding models are priced by the input token only: their bills ("embedding 5B tokens with text-embedding-3-small") need them.
const TEXT_MODES = new Set(['chat', 'completion', 'responses', 'embedding']);
const FIELDS = [
  'litellm_provider',
  'mode',
  'input_cost_per_token',
  'output_cost_per_token',
  'cache_read_input_token_cost',
  'max_input_tokens',
  'max_output_tokens',
  'max_tokens',
];
const litellm = JSON.parse(readFileSync(join(from, 'litellm', 'model_prices_and_context_window.json'), 'utf8'));
const trimmed = {};
for (const key of Object.keys(litellm).sort()) {
  const e = litellm[key];
  if (!e || typeof e !== 'object' || !TEXT_MODES.has(e.mode) || typeof e.input_cost_per_token !== 'number') continue;
  // Long-prompt, batch, priority and flex prices ("input_cost_per_token_above_200k_tokens") are kept too.
  const tiers = Object.keys(e).filter((k) => TIER_FIELD.test(k) && typeof e[k] === 'number');
  trimmed[key] = Object.fromEntries(
    [...FIELDS, ...tiers.sort()].filter((k) => e[k] !== undefined).map((k) => [k, e[k]]),
  );
}
if (litellm.last_updated) trimmed.last_updated = litellm.last_updated;
mkdirSync(join(to, 'litellm'), { recursive: true });
writeFileSync(join(to, 'litellm', 'model_prices_and_context_window.json'), `${JSON.stringify(trimmed, null, 1)}\n`);
console.log(
  `vendored into ${to}: epoch, osai-index, mot-models, litellm (${Object.keys(trimmed).length} text-model entries)`,
);
