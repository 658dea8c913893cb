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
// Speech-to-text, image and text-to-speech models are priced per second of audio, per image or per character;
// chat models with web search add a fee per query by search context size (search_context_cost_per_query).
const UNIT_MODES = new Set(['audio_transcription', 'image_generation', 'audio_speech']);
const UNIT_FIELDS = [
  'input_cost_per_second',
  'input_cost_per_image',
  'output_cost_per_image',
  'input_cost_per_character',
];
const litellm = JSON.parse(readFileSync(join(from, 'litellm', 'model_prices_and_context_window.json'), 'utf8'));
const trimmed = {};
for (const key of Object.keys(litellm).sort()) {
  const e = litellm[key];
  if (!e || typeof e !== 'object') continue;
  if (UNIT_MODES.has(e.mode) && typeof e.litellm_provider === 'string') {
    const fields = ['litellm_provider', 'mode', ...UNIT_FIELDS].filter((k) => e[k] !== undefined);
    if (fields.length > 2) trimmed[key] = Object.fromEntries(fields.map((k) => [k, e[k]]));
    continue;
  }
  if (!TEXT_MODES.has(e.mode) || typeof e.input_cost_per_token !== 'number') continue;
  // Long-prompt, batch, priority and flex prices ("input_cost_per_token_above_200k_tokens") are kept too.
  const tiers = Object.keys(e).filter((k) => TIER_FIELD.test(k) && typeof e[k] === 'number');
  const search = typeof e.search_context_cost_per_query === 'object' ? ['search_context_cost_per_query'] : [];
  trimmed[key] = Object.fromEntries(
    [...FIELDS, ...tiers.sort(), ...search].filter((k) => e[k] !== undefined).map((k) => [k, e[k]]),
  );
}
if (litellm.last_updated) trimmed.last_updated = litellm.last_updated;
mkdirSync(join(to, 'litellm'), { recursive: true });
writeFileSync(join(to, 'litellm', 'model_prices_and_context_window.json'), `${JSON.stringify(trimmed, null, 1)}\n`);
console.log(
  `vendored into ${to}: epoch, osai-index, mot-models, litellm (${Object.keys(trimmed).length} text, speech, image and search-priced entries)`,
);
