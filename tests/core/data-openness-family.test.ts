// The index grades one representative release per family; named models ranked by its score.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('openness per the index', () => {
  it('GIVEN several models named and a ranking by openness THEN only those, most open first', () => {
    const a = ask('OLMo, Gemma and Salamandra: rank them by openness in the OSAI index');
    expect(a).toContain('Most open of these: OLMo');
    expect(a).not.toContain('Mustango');
    expect(a.indexOf('Salamandra')).toBeLessThan(a.lastIndexOf('Gemma'));
  });

  it('GIVEN a version the index does not grade on its own THEN its family’s grades, said to be the family’s', () => {
    const a = ask('per the OSAI index, is Gemma 2 open on licence?');
    expect(a).toContain('grades Gemma as one system');
    expect(a).toContain('Gemma-3-27B-IT');
  });
});

describe('a family licence that differs by release', () => {
  it.each([
    ['falcon: which licence?', 'Falcon', /Falcon-180B: Falcon-180B TII License/, /Falcon-H1R-7B: Falcon LLM License/],
    ['licence of stable diffusion?', 'Stable Diffusion', /OpenRAIL/, /Stability AI Community License/],
    ['deepseek license, is it apache?', 'DeepSeek', /DeepSeek License Agreement/, /: MIT/],
    ['the mistral license please', 'Mistral', /Apache-2\.0/, /Devstral-2-123B-Instruct-2512: Modified MIT License/],
  ])('GIVEN %s THEN asks which release, each licence with its releases and data set', (q, family, one, other) => {
    const a = ask(q);
    expect(a).toContain(`The licence depends on the ${family} release — which one do you mean?`);
    expect(a).toMatch(one);
    expect(a).toMatch(other);
  });

  it('GIVEN a question about what the licence allows THEN no ask-back about releases', () => {
    expect(ask('does the llama license cap users?')).not.toContain('which one do you mean');
  });

  it('GIVEN a family whose every release carries one licence THEN answered, not asked', () => {
    expect(ask('glm license?')).not.toContain('which one do you mean');
  });
});
