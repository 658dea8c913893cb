// A change between one thing's sourced figures at two points in time, asked as a compound rate, a percentage, a
// multiple or a gap in dollars, with the point of a range the question names. New phrasings, not question-set lines.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
const say = (text: string) => renderPlainText(engine.answer({ text, surface: 'terminal' }));

function expectAll(cases: Array<[string, string[]]>): void {
  for (const [q, wanted] of cases) {
    const out = say(q);
    for (const w of wanted) expect(out, q).toContain(w);
    expect(out, q).not.toMatch(/NaN|Infinity|undefined/);
  }
}

describe('a change between two dated sourced figures', () => {
  it('GIVEN a market size in two years THEN the compound annual rate over the years between', () => {
    expectAll([
      ['machine learning market 2024 vs its 2030 projection: compound annual growth?', ['+31% a year', '6 years']],
    ]);
  });

  it('GIVEN a reported figure and an undated projection with "by" a year THEN the rate over the years to it', () => {
    expectAll([['API spending, 2025 run rate up to the top end of the projection by 2030: CAGR?', ['+48.2% a year']]]);
  });

  it('GIVEN the midpoint of a projected range THEN the percentage change to it from the earlier year', () => {
    expectAll([["percent rise from Meta's 2025 AI spend to the middle of its 2026 budget?", ['up 73.6%']]]);
  });

  it('GIVEN a gap in dollars asked at both ends of a range THEN both differences', () => {
    expectAll([["Meta's 2026 AI budget minus its 2025 spend, in dollars, low and high end?", ['+$43B', '+$63B']]]);
  });
});
