// Model names that are ordinary words (bloom, falcon, gopher, grok), chip families asked one spec, and families the
// index grades under another release: phrasings of our own, none from an evaluation set.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('ordinary words that are model names', () => {
  it('GIVEN a data-set figure asked of a lower-case word name THEN the model answers, not "not in my sources"', () => {
    expectAll([
      ['training compute for gopher', ['Gopher', '6.31×10^23 FLOP']],
      ['how much compute did chinchilla use', ['Chinchilla', '5.76×10^23 FLOP']],
      ['how much training data did bloom see', ['BLOOM', '379B tokens']],
      ["what's the amount of training data behind chinchilla", ['1.4T tokens']],
    ]);
  });

  it('GIVEN openness asked of a lower-case word name THEN its grades', () => {
    expectAll([
      ['how open is falcon', ['Falcon', '/100']],
      ['is phi open source', ['Phi', '/100']],
      ['how open is vicuna', ['Vicuna', '/100']],
    ]);
  });

  it('GIVEN the same word used as a word in an article question THEN it stays a word', () => {
    const a = say("what's Alibaba's core revenue in that open-vs-closed financial comparison?");
    expect(a).toContain('$130B');
  });

  it("GIVEN a company named outright and a word that is also another maker's model name THEN the company", () => {
    const a = say('meta — how big is the core business these days?');
    expect(a).toContain('$160B');
    expect(a).not.toContain('CoRe');
  });
});

describe('a letter used as a label', () => {
  it.each([
    "option A $0.90/M flat vs option B $0.40/M in + $1.60/M out, our traffic is 80% in / 20% out. B's blended price?",
    'plan A is $3 per million tokens, plan B is $5 per million; for 20M tokens which plan is cheaper?',
    'vendor B: $2/M input. what is B priced at?',
  ])('GIVEN %s THEN no chip is read into the label', (q) => {
    const a = say(q);
    expect(a).not.toMatch(/could mean several chips|NVIDIA B\d00/);
  });

  it('GIVEN a label with the user’s prices asked last THEN no profile answers in their place', () => {
    const a = say('plan A $4/M flat, plan B $2/M in and $6/M out, mostly input. b rate?');
    // A decline naming the numbers read; no label's profile answers instead.
    expect(a).toMatch(/I can't work out that calculation|Cannot combine those numbers/);
    expect(a).not.toMatch(/B200|NVIDIA/);
  });

  it('GIVEN a chip code with its digits THEN still the chip', () => {
    expectAll([['b200 memory', ['NVIDIA B200', '180 GB']]]);
  });
});

describe('families the index grades as one system', () => {
  it('GIVEN a family name alone asked how open THEN the index’s grade of its system, not a question back', () => {
    for (const q of ['how open is grok', 'grok: open weights or not?']) {
      const a = say(q);
      expect(a, q).toContain('Grok 2');
      expect(a, q).toContain('8/100');
      expect(a, q).not.toMatch(/Which grok/i);
    }
  });

  it('GIVEN a version the data lacks THEN still declined, never its family’s grade', () => {
    const a = say('how open is grok 5');
    expect(a).toMatch(/I don't have “grok 5”/);
    expect(a).not.toContain('/100');
  });

  it('GIVEN a model the index grades only through a release named after it THEN that release’s grade, said so', () => {
    const a = say('how open is bloom');
    expect(a).toContain('The index grades BLOOMZ, not BLOOM on its own.');
    expect(a).toContain('96/100');
    expect(a).toContain('BigScience-BLOOM-RAIL-1.0');
  });

  it('GIVEN a family name several releases share that is the index’s system name THEN its grade', () => {
    const a = say('is starcoder open weights?');
    expect(a).toContain('StarCoder2-15B-Instruct-v0.1');
    expect(a).not.toMatch(/Which starcoder/i);
  });
});

describe('a chip code several variants share, asked one spec', () => {
  it('GIVEN a few variants THEN each variant’s value, lowest first', () => {
    const a = say('TDP of an H100');
    expect(a).toMatch(/350 W: NVIDIA H100 PCIe\n• 400 W: NVIDIA H100 NVL\n• 700 W: NVIDIA H100 SXM5 80GB/);
    expectAll([
      ['memory bandwidth of the H100?', ['2.04 TB/s: NVIDIA H100 PCIe', '3.35 TB/s: NVIDIA H100 SXM5 80GB']],
      ['power consumption of an A100', ['300 W: NVIDIA A100 PCIe']],
      [
        'how much HBM does a V100 carry',
        ['16 GB: NVIDIA Tesla V100 DGXS 16 GB', '32 GB: NVIDIA Tesla V100 DGXS 32 GB'],
      ],
      ['A100 vs H100 memory', ['80 GB: NVIDIA A100 SXM4 80 GB', '94 GB: NVIDIA H100 NVL']],
    ]);
  });
});

describe('a product line asked one spec', () => {
  it('GIVEN a product-line word rather than a chip code THEN it still asks which chip', () => {
    expect(say('gaudi memory')).toMatch(/^Which gaudi\?/);
  });
});

describe('a training run priced by a method', () => {
  it('GIVEN a run "priced at cloud rates" THEN Epoch’s cloud estimate, not token prices', () => {
    expectAll([
      ["Llama 3.1 405B's final run priced at cloud rates according to Epoch", ['~$176M', 'cloud rental prices']],
      ["what would Grok 3's training have cost priced at rental prices (Epoch)?", ['~$850M']],
    ]);
    expect(say("GPT-4's final run priced at cloud rental rates per Epoch")).not.toContain('per million tokens');
  });
});

describe('a size typed beside a family name', () => {
  it('GIVEN a size the family’s one fitting member lacks THEN never that member’s figure', () => {
    const a = say("mistral's mixture-of-experts 8x7B - how many params");
    // Mistral Large 2 may be listed as a candidate with its own size, never given as the answer.
    expect(a.split('\n')[0]).toMatch(/^Which/);
    expect(a.split('\n')[0]).not.toContain('123');
  });
});
