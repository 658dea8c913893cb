// The described-model resolver on a small knowledge folder of its own: organisation, country, size, year, traits,
// name words and relations pick one model, ask which of several, or find none.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDescribedResolver } from '../../src/core/datasets/described.js';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';

const ORGS = `kind: organisations
entries:
  - { id: acme, name: Zorvex Labs, description: A lab used only by this test., type: lab, cues: [rocket maker] }
  - { id: oilco, name: Oilco, description: An oil company used only by this test., type: other }
`;
const model = (id: string, name: string, extra: string) =>
  `  - { id: ${id}, name: ${name}, description: A model used only by this test., open: closed, ${extra} }\n`;
const MODELS = `kind: models
entries:
${model('acme-130b', 'Acme-130B', 'org: acme, params_b: 130, released: "2022-08-04", tasks: [language, translation], country: China')}${model('acme-7b', 'Acme-7B', 'org: acme, params_b: 7, released: "2022-03-01", tasks: [language]')}${model('acme-2', 'Acme 2', 'org: acme, params_b: 300, released: "2023-05-10", tasks: [language]')}${model('acme-vision', 'Acme Vision', 'org: acme, params_b: 300, released: "2023-02-01", tasks: [vision]')}${model('acme-coder', 'Acme Coder', 'org: acme, params_b: 15, released: "2023-05-01", tasks: [code generation]')}${model('acme-coder-2', 'Acme Coder 2', 'org: acme, params_b: 15, released: "2024-02-01", tasks: [code generation]')}${model('oil-llm', 'Oil Brain', 'org: oilco, params_b: 250, released: "2024-03-04", country: Saudi Arabia')}`;
const DESCRIPTORS = `kind: descriptors
entries:
  - { id: oil, means: the oil company, phrases: [oil giant], orgs: [oilco] }
  - { id: saudi, means: based in Saudi Arabia, phrases: [saudi], country: Saudi Arabia }
  - { id: bilingual, means: two languages, phrases: [bilingual], tasks: [translation] }
  - { id: code, means: writes code, phrases: [code, coding], tasks: [code generation] }
`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiecon-described-'));
  for (const f of ['sources.yaml', 'metrics.yaml', 'cues.yaml'])
    copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, f), join(dir, f));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

let resolve: ReturnType<typeof createDescribedResolver>['resolve'];
beforeAll(() => {
  const kb = loadKnowledge(
    folder({ 'organisations.yaml': ORGS, 'models.yaml': MODELS, 'descriptors.yaml': DESCRIPTORS }),
    {
      cacheDir: false,
    },
  );
  resolve = createDescribedResolver(kb).resolve;
});
const picked = (q: string) => {
  const r = resolve(q);
  return r?.kind === 'one' ? r.entity.name : r?.kind === 'several' ? r.candidates.map((e) => e.name).sort() : r?.kind;
};

describe('a model described instead of named', () => {
  it('GIVEN an organisation, a size and a year THEN the one model that has all three', () => {
    expect(picked("zorvex's 130B model from 2022: training cost?")).toBe('Acme-130B');
  });

  it('GIVEN an organisation by its cue and a trait from the descriptors THEN the model showing the trait', () => {
    expect(picked("the rocket maker's bilingual model?")).toBe('Acme-130B');
  });

  it('GIVEN an organisation described by its industry THEN its only model', () => {
    expect(picked("the oil giant's LLM - how much compute?")).toBe('Oil Brain');
  });

  it('GIVEN a country descriptor THEN the model of an organisation based there', () => {
    expect(picked('the saudi model: parameters?')).toBe('Oil Brain');
  });

  it('GIVEN "successor to" a model described by its size THEN the next generation of that name', () => {
    expect(picked("zorvex's 2023 successor to its 130B model: cost?")).toBe('Acme 2');
  });

  it('GIVEN a description two models fit equally THEN both are offered to choose from', () => {
    expect(picked("zorvex's 15B code model: training cost?")).toEqual(['Acme Coder', 'Acme Coder 2']);
  });

  it('GIVEN "first" among models that fit equally THEN the earliest', () => {
    expect(picked("zorvex's first 15B code model?")).toBe('Acme Coder');
  });

  it('GIVEN a size no model of that organisation has THEN none, not the nearest sibling', () => {
    expect(picked("zorvex's 70B model: training cost?")).toBe('none');
  });

  it('GIVEN a company question with a year THEN it is not read as a model description', () => {
    expect(resolve('how much did zorvex spend on salaries in 2025?')).toBeUndefined();
  });

  it('GIVEN the organisation and "models" in the plural only THEN no single model is picked', () => {
    expect(resolve("what did zorvex's models cost to train?")).toBeUndefined();
  });

  it('GIVEN only the organisation and "model" while it has several THEN no model is picked', () => {
    expect(resolve("what did zorvex's model cost?")).toBeUndefined();
  });

  it('GIVEN a money year ("2023 USD") THEN it is not read as the release year', () => {
    expect(picked("zorvex's 130B model, amortised cost in 2023 USD?")).toBe('Acme-130B');
  });
});

describe('descriptors as data', () => {
  it('GIVEN a descriptor naming an unknown organisation THEN the load fails naming the descriptor and field', () => {
    const dir = folder({
      'organisations.yaml': ORGS,
      'descriptors.yaml':
        'kind: descriptors\nentries:\n  - { id: x, means: nothing real, phrases: [ghost lab], orgs: [ghost] }\n',
    });
    expect(() => loadKnowledge(dir, { cacheDir: false })).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir, { cacheDir: false })).toThrow(/descriptors › x › orgs\[0\]/);
  });

  it('GIVEN a descriptor that points at nothing THEN the load fails', () => {
    const dir = folder({
      'descriptors.yaml': 'kind: descriptors\nentries:\n  - { id: x, means: empty row, phrases: [foo] }\n',
    });
    expect(() => loadKnowledge(dir, { cacheDir: false })).toThrow(KnowledgeError);
  });
});
