// An article's figure and a data set's estimate for the same model, both asked: each shown with its source and
// method (src/core/answer/article-beside-data.ts); a data set's publisher named as a source is not a side.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe("the articles' figure beside a data set's estimate", () => {
  it("GIVEN an article's figure quoted and Epoch's cloud estimate asked THEN both, each with its source", () => {
    const out = say("what's Gemini Ultra's training bill in the wiki, and what's Epoch's cloud-rental estimate?");
    expect(out).toMatch(/Articles: ~\$191M \[training run estimate .* Foundation Model Economics\]/);
    expect(out).toMatch(/~\$206M — final training run at cloud rental prices/);
    expect(out.indexOf('Articles:')).toBeLessThan(out.indexOf('$206M'));
  });

  it('GIVEN "every estimate" of a model from the articles and Epoch THEN every article figure and each Epoch method', () => {
    const out = say("all the estimates for Llama 3.1 405B's training cost: the articles and Epoch");
    for (const v of ['$170M', '$60–640M', '$60M', '$52.9M', '$176M']) expect(out).toContain(v);
  });

  it('GIVEN only Epoch asked THEN the data set answers alone', () => {
    expect(say('what did PaLM cost to train according to Epoch?')).not.toMatch(/Articles:/);
  });
});

describe("a data set's publisher named as a source", () => {
  it('GIVEN a model and "vs Epoch" THEN no ratio against Epoch AI\'s own 2040 projection', () => {
    const out = say('Gemini Ultra training cost: the articles vs Epoch');
    expect(out).not.toMatch(/\$233B/);
    expect(out).toMatch(/\$191M/);
  });

  it("GIVEN Epoch's own projection named by what it covers THEN it is a side of the comparison", () => {
    expect(
      say("Epoch's 2040 projection for the priciest training run vs Gemini Ultra's cost: how many times?"),
    ).toMatch(/1,220×/);
  });
});

describe('a gap the source states as a range', () => {
  it('GIVEN the saving of a marketplace over AWS asked in percent THEN the source’s 50–60% leads, the worked gap follows', () => {
    const out = say('renting an H100 from a GPU marketplace instead of AWS: what percentage do I save?');
    expect(out).toMatch(/^GPU rental\nSavings: ~50–60% \[price difference, GPU marketplace vs AWS/);
    expect(out).toMatch(/61% less/);
  });

  it('GIVEN a rental with no percent asked THEN no range line', () => {
    expect(say('rent 4 H100s for 6 months on AWS')).not.toMatch(/Savings:/);
  });
});

describe('the articles beside Epoch when the data sets did not read the question as theirs', () => {
  it.each([
    ['PaLM: the book cost vs Epoch at cloud prices — how far apart?', ['$12M', '$14.5M']],
    ['the 405B llama — wiki figure vs epoch estimates', ['$170M', '$52.9M']],
    ["Llama 2 70B per the chapter, beside Epoch's amortised 2023-dollar estimate", ['$10M', '$1.1M']],
    ['Epoch vs the chapter on DeepSeek V3 training (2023 dollars)', ['$5.6M', '$5.39M']],
  ])('GIVEN %s THEN the articles’ figure first, then Epoch’s by method', (q, values) => {
    const out = say(q);
    expect(out).toMatch(/^[^\n]*the articles and the data sets/);
    for (const v of values) expect(out).toContain(v);
    expect(out.indexOf('Articles:')).toBeLessThan(out.indexOf(values[1]!));
  });

  it("GIVEN a method named with a price word ('cloud-rental-price estimate') THEN the training cost, not the API price", () => {
    const out = say("GPT-4: the wiki's figure beside Epoch's cloud-rental-price estimate");
    expect(out).toContain('~$79M');
    expect(out).not.toContain('per million tokens');
  });
});

describe("a data-set answer of another kind beside the articles' words", () => {
  it("GIVEN Epoch's chips and run length priced at the wiki's rate THEN the priced GPU-hours, not the two sides", () => {
    const out = say(
      "how many H100s and how many days did Epoch record for Llama 3.1 405B, and what would those GPU-hours cost at the wiki's marketplace rate?",
    );
    expect(out).not.toMatch(/the articles and the data sets/);
    expect(out).toMatch(/GPU-hours/);
  });
});

describe("Epoch's figure asked against the one reported elsewhere", () => {
  it.each([
    ["does epoch's number for deepseek r1's training cost match the $294k headline?", ['$294K', '$6.77M']],
    ['does epoch agree with the $5.6M deepseek v3 number?', ['$5.6M', '$5.39M']],
    ['epoch vs the reported figure for deepseek v3 training cost - do they agree?', ['$5.6M', '$5.39M']],
    ["is epoch's gpt-4 training cost in line with the $100M people quote?", ['$100M+', '$81.4M']],
  ])('GIVEN %s THEN the reported figure and Epoch’s, each with its source', (q, values) => {
    const out = say(q);
    for (const v of values) expect(out).toContain(v);
  });
});

describe('a model of the articles read from a description by the data sets', () => {
  it('GIVEN a description only the data sets read ("the 671b moe model from china") THEN the articles’ figure too', () => {
    const out = say('the 671b moe model from china training cost');
    expect(out).toMatch(/Read “the 671b moe model” as DeepSeek V3/);
    expect(out).toContain('Articles: ~$5.6M');
    expect(out).toContain('~$5.39M');
  });
});

describe("the gap between the articles' figure and Epoch's estimate", () => {
  it('GIVEN a difference, ratio or share asked THEN it is worked first, the method named, both figures after', () => {
    const minus = say("gemini ultra — the articles' $191M subtracted from epoch's cloud-rental estimate?");
    expect(minus).toMatch(/Epoch's cloud-rental estimate \(\$206M\)/);
    expect(minus).toMatch(/\): \$15M\./);
    expect(minus).not.toMatch(/−\$15M/);
    expect(say("how much higher is epoch's cloud estimate for gemini ultra than the articles' figure?")).toMatch(
      /is \$15M more than the articles' \$191M/,
    );
    expect(say("gemini ultra: articles' $191M as a % of epoch's cloud-price estimate")).toMatch(/92\.7% of Epoch's/);
    expect(say("gpt-4 — epoch cloud cost over the wiki's $79M, how many times?")).toMatch(/≈1\.03×/);
  });

  it('GIVEN Epoch set against a headline figure with a ratio asked THEN no unrelated sourced multiple is applied', () => {
    const out = say("deepseek v3: ratio of epoch's amortised cost to the $5.6M headline");
    expect(out).not.toMatch(/\$101M/);
    expect(out).toMatch(/≈0\.96×/);
  });
});
