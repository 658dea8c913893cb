// Several attributes asked at once of a chip or a model, comparisons on a named field (training compute, Epoch's
// accessibility label), and chips named by maker and code. Phrasings here are the tests' own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

describe('several chip specs asked at once', () => {
  it.each([
    ['h200 memory and bandwith?', [/141 GB/, /4\.8 TB\/s/]],
    ['mi355x price & mem?', [/\$30K/, /288 GB/]],
    ['a100 40gb launch price + bf16 tflops?', [/A100 SXM4 40 GB/, /\$15K/, /312 TFLOP\/s/]],
    ['h100 memory and bandwidth', [/80 GB/, /3\.35 TB\/s/]],
    // Under 100 TFLOP/s, three significant figures stay: 82.6, not 83.
    ['rtx 4090 single-precision throughput and memory?', [/82\.6 TFLOP\/s/, /24 GB/]],
  ])('GIVEN %s THEN every spec asked', (q, wants) => {
    const a = ask(q);
    for (const w of wants) expect(a).toMatch(w);
  });

  it('GIVEN "memory bandwidth" alone THEN the bandwidth, not the memory', () => {
    expect(ask('h100 memory bandwidth')).not.toMatch(/^• memory \[/m);
  });
});

describe('a chip named by its maker and a code of digits', () => {
  it.each([
    ['huawei 910C specs — bf16 throughput & memory?', [/Ascend 910C/, /800 TFLOP\/s/, /128 GB/]],
    ['huawei 910c memory', [/128 GB/]],
  ])('GIVEN %s THEN that chip', (q, wants) => {
    const a = ask(q);
    for (const w of wants) expect(a).toMatch(w);
  });
  it('GIVEN a maker and a bare number that only ends one of its chip names THEN no chip is read', () => {
    expect(ask('meta 300 h100s cost at list price')).not.toMatch(/MTIA/);
  });
});

describe('two models compared on a named field', () => {
  it.each([
    ['how much more compute did llama 3.1 405b use vs llama2 70b', /≈46\.9×/],
    ['which used more compute, deepseek v3 or llama 3.1 405b?', /≈11\.5×/],
    ['how many times more compute went into gpt-4 than gpt-3?', /Training compute: GPT-4/],
  ])('GIVEN %s THEN the training-compute ratio, not the costs', (q, want) => {
    const a = ask(q);
    expect(a).toMatch(want);
    expect(a.split('\n')[0]).not.toMatch(/training cost/);
  });

  it.each([
    'how does epoch tag llama 3.1 405b vs deepseek-r1 on accessibility?',
    'llama 3.1 405b vs deepseek r1 accessibility',
  ])('GIVEN %s THEN each model with its Epoch accessibility label', (q) => {
    const a = ask(q);
    expect(a).toMatch(/Llama 3\.1 405B: Open weights \(restricted use\)/);
    expect(a).toMatch(/DeepSeek R1: Open weights \(unrestricted\)/);
  });
});

describe('a model described rather than named, asked several things', () => {
  it.each([
    ["openai's open-weight 120b — exact param count and training compute?", [/116\.8 billion/, /4\.94×10\^24/]],
    ["meta's 405b: training compute?", [/3\.8×10\^25/]],
  ])('GIVEN a maker and a size (%s) THEN that model, every figure asked', (q, wants) => {
    const a = ask(q);
    for (const w of wants) expect(a).toMatch(w);
  });

  it('GIVEN a description several models fit THEN newest first, each with its licence', () => {
    const a = ask("what licence is openai's open-weight model under");
    expect(a.split('\n').find((l) => l.startsWith('• '))).toMatch(/^• gpt-oss/);
    expect(a).toMatch(/Apache 2\.0/);
  });

  it.each([
    'the GLM model zhipu trained on huawei chips — param count and exact chip per epoch?',
    'GLM trained on ascend chips: how many parameters?',
  ])('GIVEN a family narrowed by the chips it was trained on (%s) THEN that member answers', (q) => {
    const a = ask(q);
    expect(a).toMatch(/744 billion/);
    expect(a).toMatch(/Ascend 910C/);
  });
});
