// Synthetic knowledge folders for the scale bench: the real folder (hand-written YAML and the importer's JSON)
// plus N made-up models and their organisations, written in the importer's own format so the same loader,
// schemas and indexes read them. Names are pseudo-words built from syllables, deterministic per seed.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/load.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same folder. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'tr',
  'vr',
  'zh',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ou'];
const CODAS = ['', '', 'n', 'r', 'x', 'th', 'sk'];
const SIZES = ['1b', '3b', '7b', '13b', '34b', '70b', '180b', '400b'];
const VARIANTS = ['', '', ' Mini', ' Pro', ' Flash', ' Instruct'];
const PROVIDERS = ['Synthcloud', 'Orbitserve', 'Kiloroute', 'Tensorbay'];

/** A made-up word of three syllables ("zhaekrou"), title-cased. */
function pseudoWord(rand: () => number): string {
  let w = '';
  for (let i = 0; i < 3; i++) {
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    w += pick(ONSETS) + pick(VOWELS) + (i === 2 ? pick(CODAS) : '');
  }
  return w[0]!.toUpperCase() + w.slice(1);
}

/** One synthetic model: a family word, a version, a size and maybe a variant; prices at one or two providers,
 * and for some an Epoch-style parameter count and training compute. */
export interface SyntheticModel {
  id: string;
  name: string;
  org: string;
}

/** Writes `dir` = the real knowledge + `n` synthetic models; returns the synthetic models (for questions). */
export function makeSyntheticKnowledge(dir: string, n: number, seed = 7): SyntheticModel[] {
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const rand = rng(seed);
  const models: object[] = [];
  const orgs = new Map<string, object>();
  const out: SyntheticModel[] = [];
  const ids = new Set<string>();
  // A family has several versions and sizes, as real ones do ("Llama 3.1 70B", "Llama 3.2 1B").
  while (out.length < n) {
    const family = pseudoWord(rand);
    const orgName = `${pseudoWord(rand)} Labs`;
    const orgId = `syn-${orgName.toLowerCase().replace(/\s+/g, '-')}`;
    orgs.set(orgId, {
      id: orgId,
      name: orgName,
      description: `Synthetic organisation for the scale bench (${orgName}).`,
      type: 'other',
    });
    const members = 1 + Math.floor(rand() * 8);
    for (let k = 0; k < members && out.length < n; k++) {
      const version = `${1 + Math.floor(rand() * 4)}${rand() < 0.5 ? `.${Math.floor(rand() * 10)}` : ''}`;
      const size = SIZES[Math.floor(rand() * SIZES.length)]!;
      const variant = VARIANTS[Math.floor(rand() * VARIANTS.length)]!;
      const name = `${family} ${version} ${size.toUpperCase()}${variant}`;
      const id = `syn-${name.toLowerCase().replace(/\s+/g, '-')}`;
      if (ids.has(id)) continue;
      ids.add(id);
      const figures: object[] = [];
      const providers = PROVIDERS.slice(0, 1 + Math.floor(rand() * 2));
      for (const provider of providers) {
        const input = Math.round(rand() * 500) / 100 + 0.05;
        for (const [metric, value, scope] of [
          ['input_price', input, 'input tokens'],
          ['output_price', Math.round(input * 400) / 100, 'output tokens'],
        ] as const)
          figures.push({
            metric,
            value,
            bound: 'exact',
            unit: 'money/Mtok',
            currency: 'USD',
            period: '2 Dec 2026',
            scope,
            basis: 'reported',
            source: 'genai-prices',
            provider,
          });
      }
      if (rand() < 0.3) {
        const params = Number.parseFloat(size) * 1e9;
        figures.push(
          {
            metric: 'parameters',
            value: params,
            bound: 'about',
            unit: 'count',
            of: 'parameters',
            scope: 'model size',
            period: '2025',
            basis: 'estimate',
            source: 'epoch-models',
            confidence: 'likely',
          },
          {
            metric: 'training_compute',
            value: params * 6 * 2e12,
            bound: 'about',
            unit: 'FLOP',
            scope: 'total training compute',
            period: '2025',
            basis: 'estimate',
            source: 'epoch-models',
            confidence: 'speculative',
          },
        );
      }
      models.push({
        id,
        name,
        aliases: [`${orgId.slice(4)}/${name.toLowerCase().replace(/\s+/g, '-')}`],
        description: `Synthetic model for the scale bench, by ${orgName}.`,
        org: orgId,
        open: 'unknown',
        figures,
      });
      out.push({ id, name, org: orgId });
    }
  }
  const generated = join(dir, 'generated');
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, 'synthetic-models.json'), JSON.stringify({ kind: 'models', entries: models }));
  writeFileSync(
    join(generated, 'synthetic-organisations.json'),
    JSON.stringify({ kind: 'organisations', entries: [...orgs.values()] }),
  );
  return out;
}
