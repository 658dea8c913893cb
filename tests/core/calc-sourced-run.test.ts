// Accelerator time in a calculation: a model's run in GPU-hours (Epoch's chips × hours) priced at a rate, and a
// sourced sum turned into GPU time at a rate. Phrasings below are our own, not from any question set.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a run in GPU-hours priced at a rate', () => {
  it("GIVEN a model's GPU-hours or chip-hours and the user's hourly rate THEN Epoch's chips × hours × the rate", () => {
    expectAll([
      ["price GPT-4's GPU-hours at $1.50 an hour", ['57M GPU-hours', '$85.5M', '25,000 NVIDIA A100', 'Epoch AI']],
      ["Gemini Ultra's chip-hours at $0.90/hr, what's the bill?", ['137M GPU-hours', '$123M']],
      ["palm's TPU hours times $3 per hour?", ['9.44M GPU-hours', '$28.3M']],
      ['cost of llama 2 70b gpu hours at $1.2/hour', ['1.73M GPU-hours', '$2.07M']],
      ['falcon 180b re-costed at $1.20 per A100 hour (epoch chips/hours)', ['17.7M GPU-hours', '$21.2M']],
      ['GPT-3 at 90 cents per V100-hour: epoch chip count × training time?', ['3.55M GPU-hours', '$3.2M']],
    ]);
  });

  it("GIVEN the articles' H100 rate named for a run on H100s THEN the run is priced at that rate, with its source", () => {
    expectAll([
      [
        "what would llama 3.1 405b's training run cost at the AWS H100 rate?",
        ['35.1M GPU-hours', '$135M', 'on AWS', 'Foundation Model Economics'],
      ],
    ]);
  });

  it("GIVEN chips, hours and a cost method asked as parts, no rate THEN the run and Epoch's estimate by that method", () => {
    expectAll([
      ["grok 3's number of gpus, training time, and its cloud rental cost?", ['173M GPU-hours', '~$850M']],
      ['falcon 180b: how many chips, how long, and the upfront cost per epoch', ['17.7M GPU-hours', '~$131M']],
    ]);
    expect(say('grok 3: number of gpus, training time and cloud cost')).not.toContain('$4.45B');
  });

  it('GIVEN a run on other chips and the H100 rates THEN it says it will not price it at them', () => {
    const out = say("what would gpt-3's training run cost at AWS H100 prices?");
    expect(out).toContain("won't price its GPU-hours at them");
    expect(out).not.toMatch(/\$\d/);
  });

  it('GIVEN a model whose run lacks chips or hours THEN it declines instead of borrowing a figure', () => {
    for (const q of [
      "deepseek v3's GPU hours at $2/hr",
      'what would DeepSeek V3 cost at AWS rates',
      'grok 2 GPU hours at $2/hr?',
    ]) {
      const out = say(q);
      expect(out, q).toMatch(/I don't have a sourced figure for “(DeepSeek V3|Grok-2)'s GPU-hours”/);
      expect(out.split('\n')[0], q).not.toMatch(/\$\d/);
    }
  });
});

describe('which model a run is read from, and whose chips', () => {
  it("GIVEN a data-set model typed in full that an article model's alias is part of THEN the typed model's run", () => {
    expectAll([
      [
        "price GLM-130B's final run (epoch chips × hours) at 90 cents per gpu-hour",
        ['GLM-130B', '1.11M GPU-hours', '$995K'],
      ],
      ['what would opt-175b gpu hours cost at $1.75/hr', ['OPT-175B', '813K GPU-hours', '$1.42M']],
    ]);
    expect(say('what would opt-175b gpu hours cost at $1.75/hr')).not.toContain('GPT-3');
  });

  it('GIVEN a name Epoch gives no run for and one model whose name continues it does THEN that model, named', () => {
    expectAll([
      ["bloom's gpu hours at $2/hr — cost?", ["BLOOM-176B's final run", '1.08M GPU-hours', '$2.16M']],
      ["glm-130b's run: its chips at their TDP for its training hours, 10 cents per kWh — power cost?", ['$44,237']],
    ]);
  });

  it("GIVEN the user's own GPU count for a run's hours THEN their count × Epoch's hours × the rate, Epoch's count noted", () => {
    expectAll([
      [
        'its training hours on 2048 gpus: opt-175b at $1.50/gpu-hr',
        ['2048 gpus × 793.5 hours', '$2.44M', "stand in for Epoch's 1,024"],
      ],
    ]);
  });

  it("GIVEN a run's chips at TDP THEN the run's own chip variant, not the first chip whose name it starts with", () => {
    expectAll([
      [
        'opt-175b training run, chips × hours at a100 tdp, $0.08/kWh: electricity bill?',
        ["NVIDIA A100 SXM4 80 GB's TDP", '$26,001'],
      ],
    ]);
  });
});

describe('a sourced sum turned into GPU time', () => {
  it('GIVEN a model or company sum and H100-months asked THEN the sum ÷ each rate named, each with its source', () => {
    expectAll([
      [
        'how many H100 months would Llama 3s budget buy',
        ['27,273 H100-months', '10,714 H100-months', 'Open Source Paradox'],
      ],
      ["Llama 3's training budget in H100 months on AWS?", ['10,714 H100-months']],
      ["how many H100-months at marketplace prices would DeepSeek V3's $5.6M buy?", ['5,091 H100-months']],
      ["how many GPU-hours at $2.50/hr would Kimi K2's training cost cover?", ['1.84M GPU-hours']],
    ]);
  });

  it("GIVEN Epoch's cost by a method named and GPU time asked THEN Epoch's figure by that method, not the articles'", () => {
    expectAll([
      [
        "gpt-4's upfront cluster cost per epoch — how many h100 months at the aws rate would match it?",
        ['upfront purchase price', '288K H100-months'],
      ],
      ["how many gpu-hours at $2/hr does epoch's amortised cost for grok 3 buy?", ['2023 USD', '109M GPU-hours']],
      [
        "how many H100-months would llama 3.1 405b's epoch cloud cost buy at the marketplace rate?",
        ['cloud rental prices (~$176M', '160K H100-months'],
      ],
    ]);
  });

  it('GIVEN one figure from two sources THEN one calculation citing both', () => {
    const out = say("DeepSeek R1's whole training bill would rent how many H100-months on AWS?");
    expect(out).toContain('105 H100-months');
    expect(out.match(/105 H100-months/g)).toHaveLength(1);
  });
});

describe("Epoch's chip count with the user's own time or the same hours, at a rate per chip-hour", () => {
  it('GIVEN "the same number of" chips Epoch lists and a rate each per hour THEN chips × hours × the rate', () => {
    expectAll([
      ["gpt-4's run on epoch: same number of gpus, same hours, at $1/hr each — cost?", ['57M GPU-hours', '$57M']],
      [
        'falcon-180b: rent the same number of a100s for the same hours epoch lists at $1.10/hr each. total?',
        ['4,096 NVIDIA A100', '$19.5M'],
      ],
      [
        "deepseek v3's gpu count from epoch, run for 30 days at $1.80 per gpu-hour — rental bill?",
        ['2,048 NVIDIA H800', '$2.65M', 'Your 30 days stand in'],
      ],
    ]);
  });

  it('GIVEN a rate per named chip-hour ("per A100-hour", "/h200-hr") THEN it is per chip and per hour', () => {
    expectAll([
      ['64 A100s for 300 hours at $1.20 per A100-hour, cost?', ['$23,040']],
      ['256 MI300X for 2 weeks at $3.40 per MI300X-hour, cost?', ['$292,454']],
      ['$1.90/h200-hr, 64 h200s, 30 days. bill?', ['$87,552']],
    ]);
  });

  it('GIVEN a model whose chip count Epoch lacks THEN the user time is not priced', () => {
    expect(say('grok 2: same chip count epoch lists, 30 days at $2.40 per gpu-hour, rental bill?')).toMatch(
      /no chip count/,
    );
  });
});
