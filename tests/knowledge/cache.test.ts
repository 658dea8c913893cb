import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, derived, loadKnowledge } from '../../src/knowledge/load.js';

const MODEL = (value: string) => `kind: models
entries:
  - id: cache-model
    name: Cache Model
    description: A model used only by this test.
    open: open-weight
    figures:
      - metric: training_cost
        value: ${value}
        unit: money
        currency: USD
        period: "2024"
        scope: compute only
        basis: estimate
        source: paradox
`;

function folder(model: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiecon-kb-'));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'sources.yaml'), join(dir, 'sources.yaml'));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'metrics.yaml'), join(dir, 'metrics.yaml'));
  writeFileSync(join(dir, 'models.yaml'), model);
  return dir;
}

describe('the validated-file cache', () => {
  it('GIVEN a folder loaded once THEN the second load reads the cache and gives the same knowledge', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'aiecon-cache-'));
    const dir = folder(MODEL('1000000'));
    const first = loadKnowledge(dir, { cacheDir });
    expect(readdirSync(cacheDir).length).toBe(3); // one validated copy per file
    const second = loadKnowledge(dir, { cacheDir });
    expect(second.entities.get('cache-model')).toEqual(first.entities.get('cache-model'));
    expect(second.cache?.fingerprint).toBe(first.cache?.fingerprint);
  });

  it('GIVEN a cached file edited into an invalid one THEN the error still names file, entry and field', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'aiecon-cache-'));
    const dir = folder(MODEL('1000000'));
    loadKnowledge(dir, { cacheDir });
    writeFileSync(join(dir, 'models.yaml'), MODEL('"a lot"'));
    expect(() => loadKnowledge(dir, { cacheDir })).toThrowError(/models\.yaml › cache-model › figures\[0\]\.value/);
  });

  it('GIVEN a cached file edited THEN the edit is what loads, and structures derived from it are rebuilt', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'aiecon-cache-'));
    const dir = folder(MODEL('1000000'));
    const value = (kb: ReturnType<typeof loadKnowledge>) => kb.entities.get('cache-model')!.figures[0]!.value;
    const before = loadKnowledge(dir, { cacheDir });
    const build = (kb: ReturnType<typeof loadKnowledge>) => derived(kb, 'test', [import.meta.url], () => value(kb));
    expect(build(before)).toBe(1e6);
    writeFileSync(join(dir, 'models.yaml'), MODEL('2000000'));
    const after = loadKnowledge(dir, { cacheDir });
    expect(value(after)).toBe(2e6);
    expect(build(after)).toBe(2e6);
  });

  it('GIVEN a derived structure rebuilt after many edits THEN only its newest few versions stay in the cache', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'aiecon-cache-'));
    const dir = folder(MODEL('1'));
    for (let i = 1; i <= 6; i++) {
      writeFileSync(join(dir, 'models.yaml'), MODEL(String(i * 1000)));
      const kb = loadKnowledge(dir, { cacheDir });
      expect(derived(kb, 'pruned', [import.meta.url], () => i)).toBe(i);
    }
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('pruned-')).length).toBe(3);
    // The newest still serves: a reload of the last edit does not rebuild.
    const kb = loadKnowledge(dir, { cacheDir });
    expect(derived(kb, 'pruned', [import.meta.url], () => -1)).toBe(6);
  });

  it('GIVEN a cache folder that cannot be made THEN the knowledge still loads', () => {
    const dir = folder(MODEL('1000000'));
    // A file where the folder should be: every cache write fails.
    const kb = loadKnowledge(dir, { cacheDir: join(dir, 'models.yaml') });
    expect(kb.entities.has('cache-model')).toBe(true);
  });
});
