// Data-set figures entering a calculation by reference: a named model's token bill at a named provider, with cache
// hits at the cached rate; a run's GPU-hours from Epoch's chips × training time at the rate asked; a chip's TDP over
// the time given. Each phrasing is our own, not an evaluation set's line.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('token bills from the price data sets', () => {
  it('GIVEN token counts in words and a provider spelt without its space THEN that provider prices both sides', () => {
    expectAll([
      ['price one billion output tokens of grok 3 through the xai api', ['Grok 3 on X AI', '1B output × $15/M']],
      ['claude opus 4 via anthropic, 2M in, 1M out?', ['Claude Opus 4 on Anthropic', '2M input × $15/M', '→ $105']],
    ]);
  });

  it('GIVEN a share of input tokens served from the cache THEN those are billed at the cached rate, with the saving', () => {
    expectAll([
      [
        'gpt-5-mini with 200M input tokens, 50% of them cache hits: input bill?',
        ['100M input × $0.25/M = $25', '100M cached input × $0.025/M = $2.5', '→ $27.5', 'Without the cache: $50'],
      ],
      ['gpt-4.1 mini, 10M input tokens with a cache hit rate of 90%', ['9M cached input × $0.1/M']],
    ]);
  });
});

describe("a run's GPU-hours from Epoch's chip count and training time", () => {
  it('GIVEN the chip count and training time asked with an hourly rate THEN chips × hours × rate, not a sourced total', () => {
    expectAll([
      [
        "per Epoch, llama 3.1 405b's chip count times its training hours, at $3/GPU-hour?",
        ['16,384 NVIDIA H100', '2,142 hours of training', '35.1M GPU-hours', '$105M'],
      ],
    ]);
  });

  it('GIVEN a rate per GPU-month THEN it is turned into an hourly rate over the hours given', () => {
    expectAll([
      [
        'grok 3: how many GPUs and how long did training take? cost at $2,190 per GPU-month',
        ['173M GPU-hours', '$2,190 per GPU-month ÷ 730 h', '$3/GPU-hour', '$518M'],
      ],
    ]);
  });

  it("GIVEN the articles' rental rate named THEN that sourced rate prices the hours, with its source", () => {
    expectAll([
      [
        "grok 3's GPU count and training time from epoch, priced at the wiki's AWS rental rate",
        ['on AWS ($2,800 per H100-month', '$2,800 ÷ 730 h', 'Foundation Model Economics', '$663M'],
      ],
    ]);
  });
});

describe("a chip's power bill at its TDP", () => {
  it('GIVEN a number of chips and a span in days THEN the energy is over that span, not a year', () => {
    expectAll([
      [
        '200 B200s at their TDP for two weeks at $0.15/kWh: power bill?',
        ['200 B200s × two weeks', '1,000 W', '67,200 kWh', '$10,080'],
      ],
    ]);
  });
});

describe("data-set figures worked with each other and with the user's numbers", () => {
  it('GIVEN a measure per another of one model THEN the two figures divide, each cited with its method', () => {
    expectAll([
      ['how many tokens did olmo 3 see per parameter', ['172 tokens per parameter', 'Epoch AI models']],
      [
        'llama 3.1 405b epoch cloud training cost per billion parameters',
        ['$434,568 per billion parameters', 'cloud rental prices'],
      ],
    ]);
  });

  it("GIVEN a run's cost by a named method and its chip count or the user's split THEN per chip or per party", () => {
    expectAll([
      ["epoch's upfront cost of llama 3.1 405b's cluster, per chip", ['$56,641 per GPU', '16,384']],
      ['grok 3 cloud training cost split 4 ways?', ['$213M per share', '~$850M']],
    ]);
  });

  it("GIVEN a split of a run's cost with its chips shown beside it THEN the one figure the split fits", () => {
    expectAll([
      [
        "grok 3's cloud training cost per epoch, shared by 5 backers — how much does each chip in?",
        ['$170M per backer'],
      ],
      ["three sponsors chip in equally on epoch's cloud cost for gpt-4 — each pays?", ['$27.1M per sponsor']],
    ]);
  });

  it("GIVEN a number the user quotes from the run's own figures THEN that figure, cited", () => {
    expectAll([
      ['llama 3.1 405b upfront cluster cost per chip, epoch says 16,384 chips', ['$56,641 per GPU']],
      ["llama 3.1 405b's epoch cloud cost over 16384 gpus, per gpu?", ['$10,742 per GPU', 'cloud rental prices']],
    ]);
    // A number set against Epoch's ("it used 100k") and read as money is no input: the figures, not "$1.25 per GPU".
    expect(say("epoch's amortised cost for grok 3, per gpu (it used 100k)")).not.toContain('per GPU');
  });

  it('GIVEN two chips and a spec per another spec THEN each worked from its own sheet, then the ratio', () => {
    expectAll([
      [
        'h100 sxm5 vs mi300x: GB of memory per dollar of list price',
        ['0.00238 GB per dollar', '0.0128 GB per dollar', '≈5.4×'],
      ],
      [
        'fp16 flop/s per watt, h100 sxm5 vs a100 sxm4 80gb?',
        ['1.41×10^12 FLOP/s per watt', '7.8×10^11 FLOP/s per watt'],
      ],
    ]);
  });

  it("GIVEN two figures asked outright, with no number of the user's THEN the figures, not a calculation", () => {
    expectAll([['how many tokens was falcon 40b trained on and on how many gpus', ['~1T tokens', '~384 NVIDIA A100']]]);
  });

  it("GIVEN a model's parameter count from the data sets at a precision THEN the weights' memory", () => {
    expectAll([
      ["how many GB is grok-1 at fp16, going by epoch's parameter count?", ['628 GB', "Grok-1's 314B parameters"]],
      ['kimi k2 at 4 bytes per parameter, how many TB for the weights (epoch params)?', ['4,000 GB (4 TB)']],
    ]);
  });

  it("GIVEN a model's parameter count and cards of a memory size named beside a chip THEN the cards that hold it", () => {
    expectAll([
      [
        "grok-1 at fp16 using epoch's parameter count: how many 80GB A100s to fit the weights?",
        ['628 GB', 'At least 8 cards of 80GB'],
      ],
      ["kimi k2's weights in int8, per epoch's params — how many 141GB H200s?", ['1,000 GB', 'At least 8 cards']],
      ['how many 80 GB cards would llama 3.1 405b need in fp8 (epoch param count)?', ['405 GB', 'At least 6 cards']],
    ]);
    expect(say('how many 80GB GPUs to hold a 70B model in fp16')).toContain('At least 2 cards of 80GB');
  });

  it('GIVEN a figure the data set lacks THEN it is declined, never worked from a neighbour', () => {
    expectAll([
      ["per epoch, what's mistral large 2's dataset size divided by its parameter count?", ['no dataset size']],
    ]);
  });
});

describe("compute at a chip's peak from Epoch's hardware sheet", () => {
  it("GIVEN the user's FLOP, a chip count, a precision and a utilisation THEN FLOP ÷ (chips × peak) ÷ utilisation", () => {
    expectAll([
      [
        "how many days would a 5e23 FLOP run take on 512 A100 SXM4 80GB at 45% MFU using epoch's bf16 peak?",
        ['80.5 days', '312 TFLOP/s', '÷ 45%'],
      ],
      ['2,048 b200s at their fp8 peak per epoch and 30% utilization: days to finish 2e25 FLOP?', ['83.7 days']],
      ['h200 gpu-hours needed for 3e24 flop at 50% mfu (bf16 peak, epoch)', ['1.68M GPU-hours', '÷ 50%']],
    ]);
  });

  it('GIVEN chips at a peak for a time and a utilisation THEN the FLOP done, the share multiplying', () => {
    expectAll([
      [
        'at 60% utilisation, 16 mi300x running for a week at the bf16 peak from epoch — total FLOP?',
        ['7.59×10^21 FLOP'],
      ],
      ['flop in 3 days on 64 h100 sxm5 at bf16 peak, 45% util', ['7.39×10^21 FLOP']],
    ]);
  });

  it("GIVEN a model's Epoch compute and a chip's peak THEN days, GPU-hours or the bill, each figure cited", () => {
    expectAll([
      [
        "grok-2's training compute per epoch on 4,096 H100 SXMs at 38% MFU with the bf16 peak — how long in days?",
        ['222 days', "Grok-2's training compute", 'Epoch AI models'],
      ],
      [
        'retraining grok 3 from its epoch compute on b200s at the fp8 peak, 40% mfu, $3/gpu-hour — total cost?',
        ['$162M', '÷ 40%'],
      ],
      ['gpt-4 epoch compute over 30% of the h100 sxm5 bf16 peak: how many gpu-hours', ['19.7M GPU-hours']],
      [
        "qwen2.5 72b's training compute per epoch — gpu-hours on mi300x at its fp16 peak, 50% utilization?",
        ['3.32M GPU-hours'],
      ],
    ]);
  });

  it("GIVEN the user's own chip count and speed beside a model's THEN theirs replace Epoch's", () => {
    expectAll([['olmo 3 compute per epoch on 2k gpus at 300 TFLOP/s effective each — days?', ['21.2 days']]]);
  });

  it('GIVEN a number or a share the reading cannot place THEN no figure is worked', () => {
    for (const q of [
      '8 b200s at fp8 peak for a day, 35% utilisation, 12 racks — total flop?',
      '1e24 FLOP on 1,024 H100 SXMs at bf16 peak with 20% overhead and 40% MFU — days?',
    ])
      expect(say(q), q).not.toMatch(/That comes to|Computed:/);
  });
});

describe("a model's Epoch figures in another unit or through the 6·N·D rule", () => {
  it('GIVEN training compute asked in petaflop/s-days THEN the figure converted, FLOP beside it', () => {
    expectAll([
      ["olmo 3's epoch training compute in pf-days", ['12,731 petaflop/s-days']],
      ['llama 3.1 405b compute per epoch, in petaflop/s-days', ['439,815 petaflop/s-days']],
    ]);
  });

  it("GIVEN the 6·N·D rule named with Epoch's parameter count and the user's tokens THEN 6 × N × D", () => {
    expectAll([
      ['6ND for llama 3.1 405b (epoch params) if trained on 30T tokens', ['7.29×10^25 FLOP', '405B parameters']],
      ["6*N*D with grok-1's parameter count from epoch and 10T tokens", ['1.88×10^25 FLOP']],
    ]);
  });
});

describe("Epoch's model columns worked against each other", () => {
  it('GIVEN a cost method per million or billion training tokens THEN the cost over the training data, not a token price', () => {
    expectAll([
      ["epoch's cloud cost for llama 3.1 405b per million training tokens", ['$11.28 per million tokens', '$176M']],
      [
        'what did falcon 180b cost per billion training tokens at cloud rental prices, per epoch?',
        ['$7,657 per billion tokens', '3.5T tokens'],
      ],
      ['deepseek v3: amortised cost per training token?', ['$0.364 per million tokens', 'amortised']],
      ['gpt-4 training compute per training token', ['FLOP per token', '5.42T tokens']],
    ]);
  });

  it('GIVEN a rate per chip-hour with the chip named inside it THEN chips × hours × that rate', () => {
    expectAll([
      [
        "palm 540b: epoch's chip count and training hours at $2 per v4 chip hour — total",
        ['9.44M GPU-hours', '$18.9M'],
      ],
      [
        "llama 3.1 405b — epoch's gpu count × training hours at $2.10 per H100 GPU-hour, what's the bill?",
        ['35.1M GPU-hours', '$73.7M'],
      ],
      ["what does palm 540b's run come to at $3 per tpu v4 hour, using epoch's gpu-hours?", ['$28.3M']],
    ]);
  });

  it('GIVEN the 6·N·D rule named THEN the part asked from the other two of Epoch’s figures, never another formula', () => {
    expectAll([
      ["implied training tokens for grok 3 from epoch's compute and params, using C = 6ND", ['19.4T tokens', '÷ (6 ×']],
      ["falcon 180b: epoch's training compute ÷ (6 × its parameter count) — tokens?", ['3.48T tokens']],
      ["gpt-3: what parameter count does C=6ND give from epoch's compute and data size?", ['220B parameters', '175B']],
      ["6ND for llama 3.1 405b from epoch's params and dataset size — compute?", ['3.79×10^25 FLOP']],
    ]);
    expect(say("falcon 180b: epoch's training compute ÷ (6 × its parameter count) — tokens?")).not.toMatch(/21T/);
  });
});
