import { describe, expect, it } from 'vitest';
import { evaluate, MAX_DEPTH } from '../../src/core/calc.js';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
const textOf = (text: string) => renderPlainText(engine.answer({ text }));

describe('the money expression parser', () => {
  it('GIVEN suffixes k/M/B/T and $ THEN scales them', () => {
    expect(evaluate('$1B / 50')).toEqual({ ok: true, value: 20e6, money: true });
    expect(evaluate('2.5k + 1M')).toMatchObject({ ok: true, value: 1_002_500 });
    expect(evaluate('1.5 trillion - 500 billion')).toMatchObject({ value: 1e12 });
  });

  it('GIVEN ×, ÷, x, ^, percent and brackets THEN follows precedence', () => {
    expect(evaluate('(191 - 5.6) ÷ 5.6')).toMatchObject({ value: (191 - 5.6) / 5.6 });
    expect(evaluate('3 × 4 + 2')).toMatchObject({ value: 14 });
    expect(evaluate('2 x 3')).toMatchObject({ value: 6 });
    expect(evaluate('2^10')).toMatchObject({ value: 1024 });
    expect(evaluate('90% * $570M')).toMatchObject({ value: 513e6 });
    expect(evaluate('-(2+3)')).toMatchObject({ value: -5 });
  });

  it('GIVEN a division by zero THEN returns divide-by-zero, not Infinity', () => {
    expect(evaluate('1/0')).toMatchObject({ ok: false, error: 'divide-by-zero' });
  });

  it('GIVEN 1e400 or a result beyond 10^18 THEN refuses it as too large', () => {
    expect(evaluate('1e400')).toMatchObject({ ok: false, error: 'too-large' });
    expect(evaluate('999T * 999T')).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('GIVEN brackets nested deeper than the limit THEN refuses quickly without recursion', () => {
    const deep = `${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
    expect(evaluate(deep.slice(0, 400))).toMatchObject({ ok: false });
    expect(evaluate(`${'('.repeat(MAX_DEPTH + 1)}1${')'.repeat(MAX_DEPTH + 1)}`)).toMatchObject({
      ok: false,
      error: 'too-deep',
    });
    expect(evaluate(deep)).toMatchObject({ ok: false, error: 'too-long' });
  });

  it('GIVEN garbage or a dangling operator THEN reports a syntax error', () => {
    expect(evaluate('2 +')).toMatchObject({ ok: false, error: 'syntax' });
    expect(evaluate('process.exit()')).toMatchObject({ ok: false, error: 'syntax' });
    expect(evaluate('(1')).toMatchObject({ ok: false, error: 'syntax' });
    expect(evaluate('')).toMatchObject({ ok: false, error: 'empty' });
  });
});

describe('worked calculations in words', () => {
  it('GIVEN companies splitting a model THEN divides and shows the inputs', () => {
    const text = textOf('if 50 companies split a $1B model how much does each pay');
    expect(text).toContain('$20M each');
    expect(text).toMatch(/Inputs: total \$1B, 50 companies/);
  });

  it('GIVEN tokens at a price per million THEN multiplies', () => {
    expect(textOf('100M tokens at $0.07 per million')).toContain('That comes to $7.');
    expect(textOf('100M tokens at $0.07 per million')).toContain('100M tokens × $0.07 per million = $7');
    expect(textOf('2B tokens at $10 per 1M tokens')).toContain('That comes to $20,000.');
  });

  it('GIVEN a token volume without a price THEN prices it at the sourced per-million rates', () => {
    const text = textOf('what would 1B tokens cost');
    expect(text).toMatch(/sourced per-million-token prices/);
    expect(text).toMatch(/\$70\b/); // 1B tokens at $0.07/M
  });

  it('GIVEN an H100 for a year THEN multiplies the sourced marketplace and AWS monthly rates by 12', () => {
    const text = textOf('H100 for a year: marketplace vs AWS');
    expect(text).toContain('$13.2K');
    expect(text).toContain('$33.6K');
    expect(text).toMatch(/Difference: \$20\.4K/);
  });

  it('GIVEN a budget THEN says how many GPU-months it buys', () => {
    expect(textOf('how many H100 months can I rent for $1M')).toMatch(/909 GPU-months/);
  });

  it('GIVEN self-hosting vs API at 10M users THEN shows the sourced costs and the saving', () => {
    const text = textOf('how does self-hosting compare with API prices at 10M users?');
    expect(text).toContain('$570M');
    expect(text).toContain('$55M');
    expect(text).toMatch(/saving \$515M\/year/);
  });

  it('GIVEN a different user count THEN scales linearly and says that it did', () => {
    const text = textOf('self-hosting vs API at 1M users');
    expect(text).toContain('$57M');
    expect(text).toMatch(/scaled them linearly/);
  });

  it('GIVEN a bare expression THEN computes it; GIVEN 1/0 THEN explains the error', () => {
    expect(textOf('calc (191-5.6)/5.6')).toMatch(/= 33\.1/);
    expect(textOf('1/0')).toMatch(/divides by zero/);
    expect(textOf('1e400')).toMatch(/too large/);
  });
});

describe('calculations that borrow a sourced figure', () => {
  it('GIVEN a named model’s training bill THEN says how many GPU-months it would rent', () => {
    const text = textOf("DeepSeek R1's whole training bill would rent how many H100-months on AWS?");
    expect(text).toMatch(/105 H100-months/); // $294K / $2,800
  });

  it('GIVEN number words THEN reads them as numbers', () => {
    expect(
      textOf('if fifty companies split the bill for a billion-dollar open model, what does each one pay?'),
    ).toContain('$20M each');
  });

  it('GIVEN per-user costs asked THEN divides the sourced annual costs by the users', () => {
    expect(
      textOf('for 10M users, what does each user cost per year on hyperscaler APIs vs self-hosted open models?'),
    ).toMatch(/\$57 on the API vs \$5\.5 self-hosted/);
  });
});
