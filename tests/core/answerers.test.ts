import { describe, expect, it } from 'vitest';
import { ANSWERERS } from '../../src/core/answer/index.js';
import { findAmounts } from '../../src/core/calc.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { mention, question, realContext } from './support/question.js';

const ctx = realContext();
const entity = (id: string) => ctx.index.entity(id)!;
const text = (r: ReturnType<(typeof ANSWERERS)['help']>) => (r ? renderPlainText(r) : '');

describe('answerers, each given a hand-built question', () => {
  it('GIVEN thanks THEN one short line, no figures and no sources', () => {
    const r = ANSWERERS.smalltalk(question({ cues: new Set(['thanks']) }), ctx)!;
    expect(r.kind).toBe('notice');
    expect(r.title).toMatch(/welcome/i);
    expect(r.fields).toEqual([]);
    expect(r.sources).toEqual([]);
  });

  it('GIVEN a measure no article quantifies THEN declines it by name without a figure', () => {
    const r = ANSWERERS.untracked(question({ untracked: 'electricity' }), ctx)!;
    expect(r.kind).toBe('unknown');
    expect(text(r)).toMatch(/don't have a sourced figure for “electricity”/);
    expect(text(r)).not.toMatch(/\$\d/);
  });

  it('GIVEN an expression THEN its value; GIVEN a division by zero THEN a sentence saying so', () => {
    expect(text(ANSWERERS.arithmetic(question({ expression: '$1B / 50' }), ctx))).toContain('$20M');
    const zero = ANSWERERS.arithmetic(question({ expression: '5 / 0' }), ctx)!;
    expect(zero.kind).toBe('error');
    expect(text(zero)).toMatch(/divides by zero/);
    expect(text(zero)).not.toMatch(/NaN|Infinity/);
  });

  it('GIVEN fifty companies splitting $1B THEN $20M each with the inputs shown', () => {
    const words = 'if 50 companies split a $1b model how much does each pay';
    const r = ANSWERERS.split(question({ words, amounts: findAmounts(words) }), ctx)!;
    expect(text(r)).toContain('$20M each');
    expect(text(r)).toMatch(/Inputs: total \$1B, 50 companies/);
  });

  it('GIVEN a token volume and a price THEN tokens × price', () => {
    const words = '100m tokens at $0.07 per million';
    const r = ANSWERERS.tokens(question({ words, amounts: findAmounts(words) }), ctx)!;
    expect(text(r)).toContain('cost $7.');
  });

  it('GIVEN a family with a version the knowledge lacks THEN declines it and lists the versions it has', () => {
    const bad = mention('llama-3.1-405b', { via: 'family', versionUnknown: true, text: 'Llama 3.2' });
    const r = ANSWERERS['unknown-version'](question({ badVersion: bad }), ctx)!;
    expect(r.kind).toBe('unknown');
    expect(text(r)).toMatch(/“Llama 3.2”/);
    expect(text(r)).toMatch(/Nearest things I know: .*Llama/);
  });

  it('GIVEN only an unknown name THEN declines it plainly first, with no figure in the first line', () => {
    const r = ANSWERERS['unknown-name'](question({ unknownNames: ['Falcon 180B'], words: 'falcon 180b cost' }), ctx)!;
    expect(r.lines[0]).toMatch(/I don't have a sourced figure for “Falcon 180B”/);
    expect(r.lines[0]).not.toMatch(/\$\d/);
  });

  it('GIVEN two models and their training cost THEN both figures and the ratio', () => {
    const q = question({
      words: 'deepseek v3 vs gpt 4 training cost',
      candidates: [mention('deepseek-v3', { start: 0, end: 2 }), mention('gpt-4', { start: 3, end: 5 })],
      metrics: ['training_cost'],
      explicitCompare: true,
    });
    const r = ANSWERERS.compare(q, ctx)!;
    expect(r.kind).toBe('comparison');
    expect(text(r)).toMatch(/GPT-4 .* is ≈\d+(\.\d)?× DeepSeek V3/);
  });

  it('GIVEN one named model and a metric THEN its sourced figure with the source', () => {
    const q = question({
      words: 'what did deepseek v3 cost',
      specific: [mention('deepseek-v3')],
      lead: entity('deepseek-v3'),
      metrics: ['training_cost'],
      figureRequest: true,
    });
    const r = ANSWERERS.entity(q, ctx)!;
    expect(r.title).toMatch(/DeepSeek V3 — training cost/);
    expect(text(r)).toContain('$5.6M');
    expect(r.sources.map((s) => s.id)).toContain('paradox');
  });

  it('GIVEN a company named with its valuation and revenue asked as a multiple THEN the multiple from its own figures', () => {
    const words = 'anthropic valuation as a multiple of revenue';
    const q = question({ words, lead: entity('anthropic'), metrics: ['valuation', 'revenue'] });
    const r = ANSWERERS['own-figures'](q, ctx);
    expect(r?.kind).toBe('calculation');
    expect(text(r)).toMatch(/≈\d/);
  });

  it('GIVEN a family several models share and a metric THEN asks which one, listing each with its figure', () => {
    const fam = mention('llama-3', { ids: ['llama-3', 'llama-3.1-405b'], via: 'family', text: 'llama' });
    const r = ANSWERERS.family(question({ ambiguous: fam, metrics: ['training_cost'] }), ctx)!;
    expect(r.kind).toBe('clarify');
    expect(text(r)).toMatch(/Llama 3\b.*\n.*Llama 3.1 405B|Llama 3.1 405B.*\n.*Llama 3\b/);
  });

  it('GIVEN "the startup" and money raised THEN lists every holder of that figure', () => {
    const words = 'how much did the startup raise';
    const r = ANSWERERS.referent(question({ words, metrics: ['raised'], pronoun: true }), ctx)!;
    expect(r.kind).toBe('clarify');
  });

  it('GIVEN which model cost the most THEN a ranking, highest first', () => {
    const words = 'which model cost the most to train';
    const r = ANSWERERS.rank(question({ words }), ctx);
    expect(r?.title).toMatch(/highest/);
  });

  it('GIVEN nothing that matches THEN says so and offers examples', () => {
    const r = ANSWERERS['no-match'](question({ words: 'zzz' }), ctx)!;
    expect(r.kind).toBe('unknown');
    expect(r.suggestions.length).toBeGreaterThan(0);
  });
});
