import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/build.js';
import { DraftBook } from '../../src/import/draft.js';
import { importEpochModels } from '../../src/import/epoch.js';
import { bareModelName, modelKey } from '../../src/import/names.js';
import { mapLicence, mislabelled, motIdentity, releaseSize, sizesIn } from '../../src/import/openness.js';
import { OrgResolver } from '../../src/import/orgs.js';
import { MAX_PRICE_PER_MTOK, plausiblePrice } from '../../src/import/prices.js';
import { DEFAULT_KNOWLEDGE_DIR, GENERATED_SUBDIR, loadKnowledge } from '../../src/knowledge/load.js';

const HEADER =
  'Model,Organization,Publication date,Domain,Parameters,Training compute (FLOP),Confidence,Model accessibility,Training hardware,Hardware quantity,Training compute cost (2023 USD),Training compute cost (cloud),Training compute cost (upfront),Hardware acquisition cost';

function book(rows: string[]) {
  const hand = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { generated: false });
  const orgs = new OrgResolver(
    [{ id: 'google', names: ['Google DeepMind', 'DeepMind', 'Google Brain'] }],
    hand.entities,
  );
  const b = new DraftBook();
  importEpochModels([HEADER, ...rows].join('\n'), b, orgs, new Map(), modelKey);
  return b;
}

describe('kb:import', () => {
  it('GIVEN the vendored snapshots THEN the committed generated files are exactly what the importer writes (run twice: no change)', () => {
    const hand = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { generated: false });
    const first = runImport(hand);
    for (const [name, text] of Object.entries(first.files))
      expect(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, GENERATED_SUBDIR, name), 'utf8'), name).toBe(text);
  }, 120_000);

  it('GIVEN a 0.0 hardware-cost placeholder and a name with a trailing newline THEN no zero figure and a clean name', () => {
    const b = book([
      '"Solar Open 100B\n",Upstage,2025-01-01,Language,1e11,1e24,Confident,API access,,,1000000.0,,,0.0',
    ]);
    const d = [...b.models.values()][0]!;
    expect(d.name).toBe('Solar Open 100B');
    expect(d.figures.some((f) => f.metric === 'hardware_cost')).toBe(false);
    expect(d.figures.every((f) => f.value !== 0)).toBe(true);
  });

  it('GIVEN dated versions of one model THEN one model with versions and the original run’s figures once', () => {
    const b = book([
      'DeepSeek-V3,DeepSeek,2024-12-24,Language,6.71e11,3.4e24,Confident,Open weights (restricted use),,,5390000.0,,,0.0',
      'DeepSeek-V3 (Mar 2025),DeepSeek,2025-03-24,Language,6.71e11,3.4e24,Confident,Open weights (restricted use),,,5390000.0,,,0.0',
    ]);
    expect(b.models.size).toBe(1);
    const d = [...b.models.values()][0]!;
    expect(d.versions.map((v) => v.date)).toEqual(['2024-12-24', '2025-03-24']);
    expect(d.figures.filter((f) => f.metric === 'training_cost')).toHaveLength(1);
  });

  it('GIVEN Google, DeepMind, Google DeepMind and Google Brain THEN one organisation', () => {
    const b = book([
      'A One,Google DeepMind,2024-01-01,Language,1e9,,Likely,,,,,,,',
      'B Two,DeepMind,2024-01-01,Language,1e9,,Likely,,,,,,,',
      'C Three,Google Brain,2024-01-01,Language,1e9,,Likely,,,,,,,',
      'D Four,Google,2024-01-01,Language,1e9,,Likely,,,,,,,',
    ]);
    expect(new Set([...b.models.values()].map((d) => d.org))).toEqual(new Set(['google']));
  });

  it('GIVEN three cost columns THEN three figures, each with its own method and scope, never one blended value', () => {
    const kb = loadKnowledge();
    const costs = kb.entities.get('gpt-4')!.data!.filter((f) => f.metric === 'training_cost');
    expect(costs.map((f) => f.method).sort()).toEqual(['amortised', 'cloud', 'upfront']);
    expect(new Set(costs.map((f) => f.scope)).size).toBe(3);
    expect(costs.every((f) => f.confidence === 'likely')).toBe(true);
    // The articles' own GPT-4 figures stay as they were, next to Epoch's.
    expect(kb.entities.get('gpt-4')!.figures.every((f) => f.method === undefined)).toBe(true);
  });

  it('GIVEN token prices THEN every genai-prices figure is dated at the fixed as-of instant of its source, not now', () => {
    const kb = loadKnowledge();
    const src = kb.sources.get('genai-prices')!;
    expect(src.timestamp).toBe('2026-12-02T12:00:00Z');
    const prices = [...kb.entities.values()].flatMap((e) => e.data ?? []).filter((f) => f.source === 'genai-prices');
    expect(prices.length).toBeGreaterThan(1000);
    expect(new Set(prices.map((f) => f.period))).toEqual(new Set([src.as_of]));
  });

  it('GIVEN a price list entry off by a unit ($165,000 per million tokens) THEN it is dropped, real prices kept', () => {
    expect(plausiblePrice(165_000)).toBe(false);
    expect(plausiblePrice(600)).toBe(true); // o1-pro output, the dearest real list price
    const kb = loadKnowledge();
    const prices = [...kb.entities.values()]
      .flatMap((e) => e.data ?? [])
      .filter((f) => f.unit === 'money/Mtok' && f.value !== undefined);
    expect(prices.length).toBeGreaterThan(1000);
    expect(prices.filter((f) => f.value! > MAX_PRICE_PER_MTOK)).toEqual([]);
  });

  it('GIVEN provider ids THEN they key to their model; sizes and versions stay apart', () => {
    expect(modelKey('claude-3-5-sonnet-20241022')).toBe(modelKey('Claude 3.5 Sonnet'));
    expect(modelKey('meta-llama/llama-3.1-70b-instruct')).toBe(modelKey('Llama 3.1 70B'));
    expect(modelKey('Llama 3.1 70B')).not.toBe(modelKey('Llama 3.1 405B'));
    expect(modelKey('Llama 3.1 70B')).not.toBe(modelKey('Llama 3 70B'));
  });

  it('GIVEN a name with a one-letter part before a dot THEN it is kept whole; vendor prefixes still drop', () => {
    expect(bareModelName('A.X K1')).toBe('A.X K1');
    expect(bareModelName('W.A.L.T')).toBe('W.A.L.T');
    expect(bareModelName('us.anthropic.claude-3-haiku-20240307-v1:0')).toBe('claude-3-haiku');
  });

  it('GIVEN the mislabelled MOT file THEN it is read as the model its link and licence describe; licences map to SPDX', () => {
    const doc = {
      release: { name: 'Qwen2.5-32B-Instruct', huggingface: 'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct' },
    };
    expect(motIdentity(doc, 'Qwen2.5-72B-Instruct.yml')).toBe('Qwen2.5-72B-Instruct');
    // The file's own release name of another size is kept as a note the answers show, not dropped unsaid.
    expect(mislabelled(doc, 'Qwen2.5-72B-Instruct', 'Qwen2.5-72B-Instruct.yml')).toMatch(
      /Qwen2\.5-32B-Instruct \(32B\)/,
    );
    expect(mislabelled({ release: { name: 'Llama-3-70B' } }, 'Meta-Llama-3-70B', 'Llama-3-70B.yml')).toBeUndefined();
    const rules = [
      { match: 'apache', spdx: 'Apache-2.0', status: 'open' as const },
      { match: 'mit', spdx: 'MIT', status: 'open' as const },
      { match: 'unlicensed', status: 'closed' as const },
      { match: '', spdx: 'LicenseRef-Custom', status: 'restricted' as const },
    ];
    expect(mapLicence('Apache 2.0', rules)).toEqual({ spdx: 'Apache-2.0', status: 'open' });
    expect(mapLicence('limited use permitted', rules).spdx).toBe('LicenseRef-Custom');
    expect(mapLicence('unlicensed', rules)).toEqual({ status: 'closed' });
  });

  it('GIVEN a MOT release version that is a size THEN it sizes the release, unless its name says another size', () => {
    expect(releaseSize({ release: { version: '52B' } }, 'Some-Chat')).toBe(52e9);
    expect(releaseSize({ release: { version: '1.5B' } }, 'Tiny-1.5B-Instruct')).toBe(1.5e9);
    expect(releaseSize({ release: { version: '32B' } }, 'Qwen2.5-72B-Instruct')).toBeUndefined();
    expect(releaseSize({ release: { version: 'Undisclosed' } }, 'Some-Chat')).toBeUndefined();
    expect(releaseSize({ release: { version: '1.0' } }, 'Some-Chat')).toBeUndefined();
    expect(sizesIn(['XVERSE', 'XVERSE-MoE-A4.2B-Chat'])).toEqual([4.2e9]);
  });

  it('GIVEN "X+" THEN it is its own model, not X', () => {
    expect(modelKey('Command-R+')).not.toBe(modelKey('Command R'));
    expect(modelKey('Command R+')).toBe(modelKey('command-r-plus'));
  });

  it('GIVEN one short name from two makers THEN neither lends the other its grades; spellings of one maker still merge', () => {
    const kb = loadKnowledge();
    // LLM360's K2 in the openness index is not Moonshot's Kimi K2.
    const kimi = kb.entities.get('kimi-k2');
    expect(kimi?.kind === 'models' && kimi.openness?.system).not.toBe('K2');
    const llm360 = [...kb.entities.values()].find((e) => e.kind === 'models' && e.openness?.system === 'K2');
    expect(llm360?.kind === 'models' && llm360.org).toBe('llm360');
  });

  it('GIVEN a MOT release with a distribution licence THEN it is kept beside the component licences, mapped to SPDX', () => {
    const kb = loadKnowledge();
    const olmo = kb.entities.get('olmo-7b-hf');
    const dist = olmo?.kind === 'models' ? olmo.components?.find((c) => c.name === 'Distribution licence') : undefined;
    expect(dist).toMatchObject({ licence: 'Apache-2.0', spdx: 'Apache-2.0', status: 'open', source: 'mot' });
  });
});
