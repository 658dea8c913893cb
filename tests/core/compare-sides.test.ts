import { describe, expect, it } from 'vitest';
import { ANSWERERS } from '../../src/core/answer/index.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { mention, question, realContext } from './support/question.js';

const ctx = realContext();
const sides = (...ids: string[]) => ids.map((id, i) => mention(id, { start: i * 3, end: i * 3 + 1 }));
const text = (r: ReturnType<(typeof ANSWERERS)['compare']>) => (r ? renderPlainText(r) : '');

describe('comparisons by the attribute asked, of every side named', () => {
  it('GIVEN two models compared by hardware, one with a chip count and one only described THEN each side its own hardware, no ratio', () => {
    const q = question({
      words: 'palm vs gemini ultra what chips did each train on',
      metrics: ['hardware', 'training_cost'],
      candidates: sides('palm', 'gemini-ultra'),
      explicitCompare: true,
    });
    const out = text(ANSWERERS.compare(q, ctx));
    expect(out).toMatch(/TPU v4/);
    expect(out).toMatch(/v5p/);
    expect(out).not.toMatch(/≈\d/);
  });

  it('GIVEN a company named beside its own two models THEN the company is not a third side', () => {
    const q = question({
      words: 'palm vs gemini ultra which google chips',
      metrics: ['hardware'],
      candidates: sides('palm', 'gemini-ultra', 'google'),
      explicitCompare: true,
    });
    const r = ANSWERERS.compare(q, ctx)!;
    expect(r.title).toBe('PaLM vs Gemini Ultra — hardware');
  });

  it('GIVEN a hardware question that names one company and a market, no comparison asked THEN no side-by-side', () => {
    const q = question({
      words: 'how many h100s does meta have',
      metrics: ['hardware'],
      candidates: sides('h100-rental', 'meta'),
    });
    expect(ANSWERERS.compare(q, ctx)?.title ?? '').not.toMatch(/H100 rental prices vs Meta/);
  });

  it('GIVEN three models and a training cost THEN all three ranked, highest first, with every source', () => {
    const q = question({
      words: 'rank palm gpt-4 and gemini ultra by training cost',
      metrics: ['training_cost'],
      candidates: sides('palm', 'gpt-4', 'gemini-ultra'),
    });
    const r = ANSWERERS.compare(q, ctx)!;
    expect(r.lines[0]).toMatch(/^1\. Gemini Ultra: ~\$191M/);
    expect(r.lines[1]).toMatch(/^2\. GPT-4: ~\$79M .*\$100M\+/);
    expect(r.lines[2]).toMatch(/^3\. PaLM: ~\$12M/);
  });

  it('GIVEN two models with the same training cost THEN says they are the same instead of a 1× ratio', () => {
    const q = question({
      words: 'kimi k2 n gpt3 same train cost',
      metrics: ['training_cost'],
      candidates: sides('kimi-k2', 'gpt-3'),
    });
    const out = text(ANSWERERS.compare(q, ctx));
    expect(out).toMatch(/are the same: \$4\.6M each/);
    expect(out).not.toMatch(/≈1×/);
  });
});
