import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('data-set questions asking several things at once', () => {
  it('GIVEN "specs" of a chip THEN every spec the chip has, not only the one metric "specs" is a keyword of', () => {
    expectAll([
      ['huawei ascend 910c specs', ['128 GB', '3.2 TB/s', '700 W']],
      ['tpu v5p spec sheet', ['95 GB', '459 TFLOP/s']],
      ['h100 sxm specs', ['80 GB', '989 TFLOP/s']],
    ]);
  });

  it('GIVEN a chip priced in other words ("launch at", "go for") THEN its release price, beside anything else asked', () => {
    expectAll([
      ['what did the h200 sxm launch at and how much hbm', ['$30K', '141 GB']],
      ['what does an mi300x go for', ['$15K']],
      ['ascend 910B memory and price', ['$16.9K', '32 GB']],
    ]);
  });

  it('GIVEN "size" asked of a model beside another figure THEN its parameter count too', () => {
    expectAll([
      ['glm-4.5 size and dataset', ['355 billion', '23.1T tokens']],
      ['what is the size of qwen3-235b-a22b and its training compute', ['235 billion', 'FLOP']],
      ['how large is falcon-180b and how long did it train', ['180 billion', 'hours']],
    ]);
  });

  it('GIVEN openness and a training figure asked in one question THEN both, the figure right under the headline', () => {
    expectAll([
      ['grok-1 weights licence in MOT and param count', ['Apache-2.0', '314 billion']],
      ['is falcon-180b open source, and how many parameters', ['Open weights', '180 billion']],
      ['how open is mixtral 8x7b and what chips trained it', ['Apache-2.0', 'no hardware']],
    ]);
  });
});

describe('a second question counting chips by their code', () => {
  it("GIVEN a model's maker asked, then 'and how many <chip>s' THEN the run's chip count, not the chip's rental prices", () => {
    expectAll([
      ['who built grok 3, and how many gpus did it use?', ['80,000 NVIDIA H100', 'xAI']],
      ['falcon 180b — who made it, and how many A100s?', ['4,096 NVIDIA A100', 'Technology Innovation Institute']],
    ]);
    expect(say('EXAONE Deep 32B: which lab, and how many H100s?')).not.toMatch(/\$1,100\/month/);
  });
});
