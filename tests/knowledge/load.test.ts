import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/core/calc.js';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';

function tempKnowledge(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiecon-kb-'));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'sources.yaml'), join(dir, 'sources.yaml'));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'metrics.yaml'), join(dir, 'metrics.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const MODEL = (extra: string) => `kind: models
entries:
  - id: test-model
    name: Test Model
    description: A model used only by this test.
    open: open-weight
    figures:
      - metric: training_cost
        value: 1000000
        unit: money
        currency: USD
        period: "2024"
        scope: compute only
        basis: estimate
        source: paradox
${extra}`;

describe('loading the real knowledge folder', () => {
  const kb = loadKnowledge();

  it('GIVEN the shipped knowledge THEN every kind loads with entries and figures', () => {
    // The five articles and six licensed data sets.
    expect(kb.sources.size).toBe(11);
    expect([...kb.sources.values()].filter((s) => s.credit).length).toBe(6);
    for (const kind of ['models', 'organisations', 'licences', 'concepts', 'markets'] as const)
      expect(kb.counts[kind]).toBeGreaterThan(3);
    expect(kb.figureCount).toBeGreaterThan(100);
  });

  it('GIVEN the disagreements the seeds README lists THEN both sides are kept as separate sourced figures', () => {
    const values = (id: string, metric: string) =>
      kb.entities
        .get(id)!
        .figures.filter((f) => f.metric === metric)
        .map((f) => [f.value ?? f.range, f.source]);
    expect(values('gpt-4', 'training_cost')).toEqual(
      expect.arrayContaining([
        [79e6, 'fm-economics'],
        [100e6, 'paradox'],
      ]),
    );
    const openai = kb.entities
      .get('openai')!
      .figures.filter((f) => f.metric === 'revenue')
      .map((f) => f.value);
    expect(openai).toEqual(expect.arrayContaining([11.6e9, 3.7e9]));
  });

  it('GIVEN point prose THEN every dollar amount in it also exists as a structured figure', () => {
    const all = new Set<number>();
    for (const e of kb.entities.values())
      for (const f of e.figures) for (const v of f.range ?? [f.value!]) all.add(Number(v.toPrecision(3)));
    const orphans: string[] = [];
    for (const e of kb.entities.values())
      for (const p of e.points)
        for (const a of findAmounts(p.text))
          if (a.money && !all.has(Number(a.value.toPrecision(3)))) orphans.push(`${e.id}: ${a.raw}`);
    expect(orphans).toEqual([]);
  });
});

describe('load errors', () => {
  it('GIVEN a figure without a currency THEN the error names file, entry and field', () => {
    const dir = tempKnowledge({ 'models.yaml': MODEL('').replace('        currency: USD\n', '') });
    expect(() => loadKnowledge(dir)).toThrowError(/models\.yaml › test-model › figures\[0\]\.currency/);
  });

  it('GIVEN an unknown source id THEN the error names the entry and the bad source', () => {
    const dir = tempKnowledge({ 'models.yaml': MODEL('').replace('source: paradox', 'source: blog') });
    expect(() => loadKnowledge(dir)).toThrowError(/test-model › figures\[0\]\.source: unknown source "blog"/);
  });

  it('GIVEN both value and range THEN the loader refuses the figure', () => {
    const dir = tempKnowledge({
      'models.yaml': MODEL('').replace('value: 1000000', 'value: 1000000\n        range: [1, 2]'),
    });
    expect(() => loadKnowledge(dir)).toThrowError(KnowledgeError);
  });

  it('GIVEN broken YAML THEN the error names the file', () => {
    const dir = tempKnowledge({ 'models.yaml': 'kind: models\nentries: [\n' });
    expect(() => loadKnowledge(dir)).toThrowError(/models\.yaml: not valid YAML/);
  });

  it('GIVEN a duplicate id THEN the loader reports it', () => {
    const dir = tempKnowledge({ 'models.yaml': MODEL(''), 'more.yaml': MODEL('') });
    expect(() => loadKnowledge(dir)).toThrowError(/test-model › id: duplicate id/);
  });

  it('GIVEN a qualifier cue with the words that hold it but no label THEN the error names the cue and field', () => {
    const cues = `kind: cues
entries:
  - id: narrow-test
    means: a qualifier without the label a decline reads
    held_by: [standalone]
    phrases: [standalone]
`;
    const dir = tempKnowledge({ 'models.yaml': MODEL(''), 'cues.yaml': cues });
    expect(() => loadKnowledge(dir, { cacheDir: false })).toThrowError(/narrow-test › held_by: a qualifier needs both/);
  });
});
