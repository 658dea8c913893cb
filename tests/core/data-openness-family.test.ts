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
