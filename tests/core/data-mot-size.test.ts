// A model's size that only the Model Openness Tool gives (its release's version label), asked beside or without an
// openness question; phrasings of our own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('a size from the Model Openness Tool', () => {
  it('GIVEN a size and a licence asked of a model the tool sizes THEN both, the size cited to the tool', () => {
    const a = ask('per the model openness tool, how big is command r+ and what licence is its architecture under?');
    expect(a).toMatch(/~104 billion parameters[^\n]*Model Openness Tool/);
    expect(a).toContain('CC-BY-NC-4.0');
    expect(a).not.toContain('Epoch gives no parameters');
  });

  it('GIVEN only the size asked, the tool named THEN the size, not the licence list alone', () => {
    expect(ask('mot parameter count for arctic-instruct')).toContain('~480 billion parameters');
  });

  it('GIVEN the size asked without a data set named THEN the tool’s size, titled with its source', () => {
    const a = ask('how many params is command r plus');
    expect(a).toContain('~104 billion parameters');
    expect(a).not.toContain('(Epoch AI)');
  });
});
