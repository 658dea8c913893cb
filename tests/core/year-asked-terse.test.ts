// A year the sources do not give, asked in a short question padded by the year's own words ("back in 2023"):
// said first, before the figures for other periods; phrasings of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('a year asked that the sources lack', () => {
  it('GIVEN "back in <year>" THEN says the year is not held before the other periods’ figures', () => {
    const a = ask('the ai api spending run rate back in 2022?');
    expect(a.split('\n')[0]).toMatch(/I don't have a sourced market size for AI API spending in 2022/);
  });
});
