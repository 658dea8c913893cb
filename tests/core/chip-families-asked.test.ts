// A chip family named as hardware ("blackwell gpu", "ascend chip", "google's tpus") and asked a chip's own figure:
// which member, those holding the figure first, each with it; none holding it: declined. Phrasings are the tests' own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

describe('a chip family asked what a member costs', () => {
  it.each([
    ['what does a blackwell card cost', /B300 \(Blackwell Ultra\): release price: ~\$43K/],
    ['hopper gpu price', /H100 SXM5 80GB: release price: ~\$33.6K/],
    ['how much are google tpus', /TPU v7 Ironwood: release price: ~\$12K/],
    ['ascend chip price pls', /Ascend 910B: release price: ~\$16\.9K/],
    ['amd instinct accelerator pricing', /MI300X: release price: ~\$15K/],
  ])('GIVEN %s THEN asks which one, the members with a list price first', (q, figure) => {
    const out = ask(q);
    expect(out).toMatch(/could mean several chips/);
    expect(out.split('\n').find((l) => l.startsWith('• '))).toMatch(figure);
  });

  it('GIVEN a family none of whose chips has a list price THEN declined, the chips named', () => {
    const out = ask('what will a rubin chip cost');
    expect(out).toMatch(/^I don't have a sourced figure for “rubin's list price”/m);
    expect(out).not.toMatch(/\$/);
    expect(out).toContain('NVIDIA VR200');
    // A spec is named as users read it, never by its id.
    expect(ask('rubin flops fp16')).toMatch(/^I don't have a sourced figure for “rubin's FP16\/BF16 performance”/m);
  });

  it('GIVEN a longer question where the chip word names hardware in general THEN no chip family is asked back', () => {
    expect(ask('roughly how much of a big lab’s training budget ends up paying for the tpus themselves?')).not.toMatch(
      /could mean several chips/,
    );
  });

  it('GIVEN the user’s own amounts and a price per GPU THEN it is no chip’s list price', () => {
    expect(ask('20k gpus bought for $700M, price per gpu?')).not.toMatch(/list price at release/);
  });
});

describe('a chip family asked a spec', () => {
  it.each([
    ['how fast is the ascend chip', /Ascend 9\d0\w*: FP16\/BF16 performance/],
    ['trainium chips memory?', /Trainium1: memory: 32 GB/],
  ])('GIVEN %s THEN each member with that spec', (q, figure) => {
    const out = ask(q);
    expect(out).toMatch(/which one do you mean, each with what I have/);
    expect(out).toMatch(figure);
    expect(out).not.toMatch(/I don't have the/);
  });
});

describe('a series stem typed, whose row is one of several lettered chips', () => {
  it.each([
    ['how much hbm is on the mi300', /MI300A/, /MI300X/],
    ['ascend 910 tdp?', /Ascend 910A/, /Ascend 910C/],
    ['whats the memory bandwidth of an ascend 910', /Ascend 910A/, /Ascend 910C/],
  ])('GIVEN %s THEN each lettered chip with its value, not the stem row alone', (q, a, b) => {
    const out = ask(q);
    expect(out).toMatch(a);
    expect(out).toMatch(b);
  });

  it('GIVEN a figure only one lettered chip holds THEN asked which, not answered for the series', () => {
    expect(ask('mi300 list price')).toMatch(/could mean several chips/);
  });

  it.each([
    ['mi300x hbm', /MI300X:[\s\S]*192 GB/, /MI300A/],
    ['memory on the l40', /L40:[\s\S]*48 GB/, /L40S/],
  ])('GIVEN the lettered code itself or a code one other chip extends (%s) THEN that chip alone', (q, own, other) => {
    const out = ask(q);
    expect(out).toMatch(own);
    expect(out).not.toMatch(other);
  });
});

describe('a chip code its bins extend by a digit', () => {
  it.each([
    [
      'ascend 910b memory?',
      /memory by ascend 910b variant.*32 GB: .*Huawei Ascend 910B4.*64 GB: .*Huawei Ascend 910B2/s,
    ],
    ['bandwidth of the huawei ascend 910b', /ascend 910b variant.*1\.6 TB\/s: .*910B3/s],
  ])('GIVEN %s THEN each bin with its value', (q, want) => {
    expect(ask(q)).toMatch(want);
  });

  it('GIVEN one bin named THEN that chip alone', () => {
    expect(ask('ascend 910b2 memory')).toMatch(/^Huawei Ascend 910B2 — specs\n.*memory: 64 GB/s);
    expect(ask('ascend 910b2 memory')).not.toContain('910B4');
  });
});
