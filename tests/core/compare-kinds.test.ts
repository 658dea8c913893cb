import { beforeAll, describe, expect, it } from 'vitest';
import { askedRatio } from '../../src/core/compare-derived.js';
import { chipSides, comparedSpec } from '../../src/core/datasets/chip-compare.js';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { KnowledgeIndex, numberVariants } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Entity } from '../../src/knowledge/schema.js';

let ask: (q: string) => string;
let index: KnowledgeIndex;
beforeAll(() => {
  const kb = loadKnowledge();
  index = new KnowledgeIndex(kb);
  const engine = createEngine(kb);
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

const firstLine = (text: string) => text.split('\n')[0]!;

describe('a ratio asked of each side', () => {
  it('GIVEN two metrics joined by -to-, /, ÷ or "as a multiple of" THEN the ratio is that one over the other', () => {
    for (const q of [
      'valuation-to-revenue multiple: anthropic vs openai?',
      'mistral vs openai valuation/revenue',
      'openai vs anthropic valuation ÷ revenue',
      'openai vs anthropic: valuation as a multiple of revenue',
    ])
      expect(askedRatio(index, q), q).toEqual({ num: 'valuation', den: 'revenue' });
    expect(askedRatio(index, 'openai vs anthropic: loss as a multiple of revenue')).toEqual({
      num: 'loss',
      den: 'revenue',
    });
    // "next to" sets two things side by side; it joins no ratio ("revenue next to X's loss-to-revenue multiple").
    expect(askedRatio(index, "mistral revenue next to zhipu's loss-to-revenue multiple")).toEqual({
      num: 'loss',
      den: 'revenue',
    });
  });

  it('GIVEN a ratio named by a name of its own ("revenue multiple", "price-to-sales") THEN metrics.yaml says which', () => {
    expect(askedRatio(index, 'revenue multiple for openai versus anthropic')).toEqual({
      num: 'valuation',
      den: 'revenue',
    });
    expect(askedRatio(index, 'price-to-sales, openai vs anthropic')).toEqual({ num: 'valuation', den: 'revenue' });
    expect(askedRatio(index, 'openai vs anthropic revenue')).toBeUndefined();
  });

  it('GIVEN valuation-to-revenue of two companies THEN each side’s multiple with both inputs, then the two compared', () => {
    const line = firstLine(ask('valuation-to-revenue multiple: anthropic vs openai?'));
    expect(line).toContain('Anthropic ≈27.1× (~$380B ÷ ~$14B/year, Open Source Paradox)');
    expect(line).toContain('OpenAI ≈13.5× (~$157B ÷ ~$11.6B, Open Source Paradox)');
    expect(line).toContain("Anthropic's is ≈2× OpenAI's");
  });

  it('GIVEN a side the knowledge has no input for THEN it is said plainly, never filled from another side', () => {
    const text = ask('valuation per dollar of revenue: anthropic vs openai vs mistral');
    expect(text).toContain("I don't have valuation or revenue for Mistral AI");
    expect(text).not.toMatch(/Mistral AI ≈/);
  });

  it('GIVEN a multi-year total against a yearly revenue THEN the total is spread over its years first', () => {
    const line = firstLine(ask('meta vs alibaba capex to revenue ratio'));
    expect(line).toContain('Alibaba ≈0.14× (~$17.7B/year ÷ $130B/year+');
  });
});

describe('chips set against each other on one spec', () => {
  const chip = (id: string): Entity => ({ id }) as Entity;

  it('GIVEN a chip code and one of its variants named exactly THEN the variant is the side', () => {
    const sides = chipSides([
      { typed: 'A100', members: [chip('a100'), chip('a100-sxm')] },
      { typed: 'H100 SXM', members: [chip('h100-sxm')] },
      { typed: 'H100', members: [chip('h100-pcie'), chip('h100-sxm')] },
    ]);
    expect(sides.map((s) => s.typed)).toEqual(['A100', 'H100 SXM']);
  });

  it('GIVEN speed or a price asked without a spec THEN FP16/BF16 throughput or the release price', () => {
    expect(comparedSpec([], 'how many times faster is the h100')).toBe('flops_fp16');
    expect(comparedSpec([], 'compare the h100 and a100 on price')).toBe('release_price');
    expect(comparedSpec(['memory', 'memory_bandwidth'], 'memory bandwidth')).toBe('memory_bandwidth');
  });

  it('GIVEN "our A100s" and "the H100 SXM" THEN the ratio leads, both values cited', () => {
    const line = firstLine(
      ask(
        'we still have a pile of A100s and are deciding whether upgrading to H100 SXM is worth it. on paper, how many times faster is the H100 on dense bf16?',
      ),
    );
    expect(line).toContain(
      'NVIDIA H100 SXM5 80GB has the higher FP16/BF16 performance: 989 TFLOP/s, ≈3.17× A100’s 312 TFLOP/s'.replace(
        '’',
        "'",
      ),
    );
    expect(line).toContain('Epoch AI hardware');
  });

  it('GIVEN any spec (memory, bandwidth, TDP, price) THEN the same shape', () => {
    expect(firstLine(ask('mi300x memory vs h100 sxm memory, how many x?'))).toContain(
      "AMD Instinct MI300X has the higher memory: 192 GB, ≈2.40× NVIDIA H100 SXM5 80GB's 80 GB",
    );
    expect(firstLine(ask('b300 launch price is how many x the h100 sxm’s?'))).toContain('≈1.28×');
    expect(firstLine(ask('tpu ironwood vs tpu v5p bf16 flops, what multiple?'))).toContain('≈5.03×');
  });

  it('GIVEN a code whose variants differ THEN the ratio at each variant', () => {
    const text = ask('b200 vs h100 memory bandwidth, how many x?');
    expect(firstLine(text)).toContain('≈1.96× to 3.77× H100');
    expect(text).toContain('NVIDIA H100 PCIe: 2.04 TB/s (NVIDIA B200 is ≈3.77×)');
  });

  it('GIVEN a spec one side lacks THEN that side is said to lack it', () => {
    const text = ask('h100 vs a100 fp8?');
    expect(text).toContain("I don't have FP8 performance for A100");
  });
});

describe('the gap asked between two chips: a difference, % lower or % higher', () => {
  it('GIVEN "% cheaper" or "% more" asked of two chips THEN the percentage worked from both values', () => {
    const cheaper = ask('mi300x vs h100 sxm5 release price: what percent cheaper is the mi300x?');
    expect(cheaper).toContain("AMD Instinct MI300X's release price is 55.4% lower than NVIDIA H100 SXM5 80GB's");
    expect(ask('b300 against h200 list price, how many percent more expensive?')).toContain('43.3% higher');
    expect(ask('h100 sxm5 vs a100 sxm4 40gb bf16 flops: % faster')).toContain('217% higher');
  });

  it('GIVEN "how many more" asked THEN the difference in the spec\'s unit', () => {
    expect(ask('mi300x or h100 sxm5 memory, how many more GB does the bigger one have?')).toContain(
      'Difference: 192 GB − 80 GB = 112 GB',
    );
  });

  it('GIVEN two chips with the same value THEN neither is said to be higher', () => {
    const text = ask('compare memory of mi300x and tpu v7 ironwood — difference?');
    expect(text).toContain('have the same memory: 192 GB');
    expect(text).not.toContain('has the higher');
  });
});

describe('a source named in a comparison', () => {
  it('GIVEN Epoch named with a cost method in words THEN Epoch’s figures for that method on both sides', () => {
    const line = firstLine(
      ask("using epoch's inflation-adjusted cost column, gpt-4 vs gpt-3 175b - how many times more?"),
    );
    expect(line).toContain('GPT-4 ~$37.3M ÷ GPT-3 ~$2.12M = ≈17.6×');
    expect(line).not.toContain('Foundation Model Economics');
  });

  it('GIVEN Epoch named without a method THEN each method both models have, never mixed', () => {
    const text = ask('per epoch, how much more did gpt-4 cost to train than gpt-3?');
    expect(text).toContain('≈17.6×');
    expect(text).toContain('at cloud rental prices): GPT-4 ~$81.4M ÷ GPT-3 ~$4.49M');
  });

  it('GIVEN an article named by the name replies cite it by THEN only that article’s figures', () => {
    const text = ask('per foundation model economics, gpt-4 vs gpt-3 training cost, how many x');
    expect(firstLine(text)).toContain('≈17.2×');
    expect(text).not.toContain('Open Source Paradox');
  });
});

describe('a part of a concept named with a plural', () => {
  it('GIVEN "chip layer" for the "chips layer" THEN both layers are sides', () => {
    expect(numberVariants('chips layer')).toEqual(['chip layer']);
    expect(numberVariants('gpt 4')).toEqual([]);
    const line = firstLine(ask('chip layer vs closed model layer: annual value captured?'));
    expect(line).toContain('Chips and hardware layer ($300B/year+');
    expect(line).toContain('Closed model layer (~$20–30B/year');
  });
});
