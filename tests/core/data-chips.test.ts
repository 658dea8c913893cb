// Chip names as typed (code + qualifiers in any spelling) and the arithmetic done with chip specs; phrasings of
// our own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('chip names', () => {
  it('GIVEN a chip code with a form factor or memory size THEN the one chip that has them', () => {
    expect(ask('list price for an sxm h100?')).toContain('NVIDIA H100 SXM5 80GB');
    expect(ask('A100 40 GB memory bandwidth')).toContain('NVIDIA A100 SXM4 40 GB');
    expect(ask('nvidia h20 hbm capacity')).toContain('NVIDIA HGX H20');
  });

  it('GIVEN a chip code followed by the words of its bracketed nickname THEN that chip, never a version we lack', () => {
    const a = ask('launch price and power draw of the gb300 blackwell ultra');
    expect(a).toContain('NVIDIA GB300 (Blackwell Ultra)');
    expect(a).toContain('1,400 W');
    expect(ask('mxc500 oam power?')).toContain('450 W');
    // A nickname word of another chip is no qualifier of this one.
    expect(ask('h100 rubin ultra tdp')).not.toContain('700 W');
  });

  it('GIVEN a bare code several chips share and a spec asked THEN each variant’s value, shared values together', () => {
    const a = ask('what is the tdp of an a100?');
    expect(a).not.toContain('Which');
    expect(a).toMatch(/300 W: NVIDIA A100 PCIe/);
    expect(a).toMatch(/400 W: NVIDIA A100, NVIDIA A100 SXM4 40 GB, NVIDIA A100 SXM4 80 GB/);
  });

  it('GIVEN a chip variant the data lacks THEN it is declined, not answered with a sibling', () => {
    const l = ask('memory bandwidth of the L40S?');
    expect(l).toContain('I don’t have “L40S”'.replace('’', "'"));
    expect(l).not.toMatch(/TB\/s/);
    expect(ask('h100 pcie 94gb fp16 throughput')).toMatch(/I don't have “h100 pcie 94gb”/i);
  });

  it('GIVEN GPUs counted, not specified THEN a chip family stays the articles’ word', () => {
    expect(ask('how many h100s has meta bought?')).not.toContain('Which');
  });
});

describe('chip arithmetic', () => {
  it('GIVEN two chips and FLOP/s per dollar THEN each ratio and the one between them', () => {
    const a = ask('fp16 flops per dollar, h100 sxm vs mi300x, at list prices?');
    expect(a).toMatch(/GFLOP\/s per dollar/);
    expect(a).toMatch(/AMD Instinct MI300X gives 2\.96× the FLOP\/s per dollar/);
  });

  it('GIVEN FLOP/s per list-price dollar at a precision THEN the ratio at that precision', () => {
    expect(ask('which gives more fp8 flop/s per list-price dollar: h200 or mi355x?')).toMatch(
      /AMD Instinct MI355X gives 2\.32× the FLOP\/s per dollar of NVIDIA H200 SXM/,
    );
    expect(ask('a100 40gb vs rtx 4090 — bf16 tflops per release-price dollar, how many times better?')).toMatch(
      /NVIDIA GeForce RTX 4090 gives [\d.]+× the FLOP\/s per dollar/,
    );
  });

  it('GIVEN a release price per PFLOP/s or TFLOP/s THEN each price over its peak, in that unit, and the multiple', () => {
    const a = ask('h200 vs mi355x: list price per fp8 PFLOP/s, how many times cheaper is amd?');
    expect(a).toMatch(/\$15,159 per PFLOP\/s/);
    expect(a).toMatch(/\$6,522 per PFLOP\/s/);
    expect(a).toMatch(/≈2\.3×/);
    expect(ask('dollars per bf16 TFLOP/s for the b300')).toMatch(/per TFLOP\/s/);
  });

  it("GIVEN a model's weights at a precision on a named chip THEN cards from the chip's memory, priced when asked", () => {
    const a = ask('a 236B model in bf16 on MI300X: how many cards, and their list price?');
    expect(a).toMatch(/3 AMD Instinct MI300X cards, \$45,000 at release price/);
    expect(a).toMatch(/472 GB ÷ 192 GB = 2\.46/);
    expect(ask('deepseek v3 weights at fp8 on b200s — cards needed?')).toMatch(/At least 4 cards of 180 GB/);
    expect(ask('how many rtx 4090s to fit 70B params at 4-bit, and what do they cost at launch price?')).toMatch(
      /2 NVIDIA GeForce RTX 4090 cards, \$3,198/,
    );
    // A number the reading cannot place is never left out of a count of cards.
    expect(ask('how many H200s hold 671B params at fp8 with 10% headroom?')).not.toMatch(/cards of 141 GB/);
  });

  it("GIVEN a count of a chip asked of a sum an article gives THEN whole chips at the chip's release price", () => {
    expect(ask("how many h100s could you buy with deepseek v3's training cost?")).toMatch(
      /DeepSeek V3's training cost \(~\$5\.6M, Open Source Paradox\) ÷ NVIDIA H100 SXM5 80GB's release price .* = 166 H100s/,
    );
    expect(ask("how many GPUs could mistral's total funding buy at the H100 release price?")).toMatch(/90,773 H100s/);
    // Two figures the article gives for one year are both worked, never one picked.
    const a = ask("how many MI300X could meta's 2025 AI spend buy at release price?");
    expect(a).toMatch(/4,800,000 MI300Xs/);
    expect(a).toMatch(/4,333,333 MI300Xs/);
  });

  it("GIVEN the user's sum and a count of a chip asked with no price word THEN the sum at release price", () => {
    expect(ask('how many B300s does $10M buy?')).toMatch(
      /\$10M ÷ NVIDIA B300 \(Blackwell Ultra\)'s release price .* = 232 B300s/,
    );
    expect(ask('how many MI300Xs can I afford with $2M?')).toMatch(/133 MI300Xs/);
  });

  it('GIVEN a chip named by its number after its series word appeared earlier THEN that chip', () => {
    expect(ask('20,000 ascend chips at the 910B list price — what is the fleet worth?')).toMatch(
      /20,000 ascend chips × Huawei Ascend 910B's release price \(\$16\.9K, Epoch AI hardware\) = \$337M/,
    );
  });

  it('GIVEN a model and a chip count THEN the run time from its training compute, at the utilisation given', () => {
    expect(ask('how many days would 8,192 H100 SXMs take for Llama 3.1 405B at 50% utilisation?')).toMatch(
      /8,192 × 989 TFLOP\/s × 50%\) = 2,605 hours/,
    );
  });

  it('GIVEN a model’s fleet and a chip’s list price THEN Epoch’s chip count times the price', () => {
    expect(ask('Llama 3.1 405B cluster at the H100 SXM5 list price — how much?')).toContain(
      '16,384 × $33.6K = $551M at release price',
    );
  });

  it('GIVEN a chip’s TDP and a price per kWh THEN the power bill', () => {
    expect(ask('electricity for an h100 sxm running 1,000 hours at $0.20/kWh?')).toContain(
      '700 W TDP × 1,000 hours × $0.20/kWh = $140; 700 kWh',
    );
  });

  it('GIVEN two chips and one spec THEN both values and which is higher', () => {
    expect(ask('hbm: h200 or mi300x, which has more?')).toMatch(/has the higher memory/);
  });

  it("GIVEN two chips and a % increase of one spec asked THEN the higher one's excess over the lower, in %", () => {
    expect(ask("from the mi300x to the mi355x, what's the launch price increase in %?")).toContain('100% higher');
    expect(ask('h200 sxm vs h100 sxm5 memory — % increase?')).toContain('76.3% higher');
    expect(ask('a100 sxm4 80gb to h100 sxm5 tdp, percent rise?')).toContain('75% higher');
    expect(ask('mi300x vs h100 sxm5 launch price — how much more in %?')).toContain('124% higher');
  });
});

describe('a chip named with its memory size or form factor in front or left out of its name', () => {
  it.each([
    ['when did the 40GB A100 SXM come out and what did it cost', ['NVIDIA A100 SXM4 40 GB', '$15K', '2020-05-14']],
    ['80GB H100 SXM release price', ['NVIDIA H100 SXM5 80GB', '$33.6K']],
    ['h100 pcie 80gb specs', ['NVIDIA H100 PCIe', '80 GB']],
  ])('GIVEN %s THEN that chip', (q, parts) => {
    const out = ask(q);
    for (const p of parts) expect(out).toContain(p);
  });

  it('GIVEN a memory size no chip of that code and form factor has THEN declined with the versions known', () => {
    const out = ask('release date of the A100 80 GB PCIe');
    expect(out).toMatch(/I don't have “A100 80 GB PCIe”/);
    expect(out).toContain('NVIDIA A100 SXM4 80 GB');
  });
});
