import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import {
  formatCount,
  formatMoney,
  formatPercent,
  formatRatio,
  formatScientific,
  trimNumber,
} from '../../src/core/format.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
const NOT_A_NUMBER = /NaN|Infinity|n\/a/;

describe('zero and degenerate inputs', () => {
  for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
    it(`GIVEN ${value} THEN no formatter prints NaN or Infinity`, () => {
      for (const f of [formatMoney, formatCount, formatPercent, formatRatio, formatScientific, trimNumber])
        expect(f(value)).not.toMatch(/NaN|Infinity/);
    });

  const QUESTIONS = [
    'self-hosting vs API at 0 users',
    'for 0M users, what does each user cost per year on hyperscaler APIs vs self-hosted open models?',
    'self-hosting vs API at 0.0001 users',
    'renting 0 H100s for 0 months',
    'how much to rent 0 GPUs for a year',
    'cost of renting 8 H100 for 0 months',
  ];
  for (const q of QUESTIONS)
    it(`GIVEN “${q}” THEN a sentence says a quantity above zero is needed, with no NaN, Infinity or n/a`, () => {
      const reply = engine.answer({ text: q });
      const text = renderPlainText(reply);
      expect(text).not.toMatch(NOT_A_NUMBER);
      expect(reply.kind).toBe('error');
      expect(text).toMatch(/above zero|at least one/);
    });

  it('GIVEN a positive count of users THEN the self-hosting comparison is still worked', () => {
    const text = renderPlainText(engine.answer({ text: 'self-hosting vs API at 5M users' }));
    expect(text).toContain('At 5M users');
    expect(text).not.toMatch(NOT_A_NUMBER);
  });
});
