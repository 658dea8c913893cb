// The words of ranking a family's versions and of a price named by a count are knowledge (cues ranks-members,
// priciest-first, special-release and price-by-count in knowledge/cues.yaml); chip codes have one reader, the chip
// names. Phrasings are the tests' own.
import { describe, expect, it } from 'vitest';
import { memberRankWords } from '../../src/core/datasets/cheapest-member.js';
import { DataNameIndex } from '../../src/core/datasets/names.js';
import { cuePattern } from '../../src/knowledge/cues.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { expectAll, say } from '../support/ask-engine.js';

const kb = loadKnowledge();

describe('price vocabulary from the knowledge', () => {
  it('GIVEN the real knowledge THEN the member-ranking cues make patterns over the question, gaps included', () => {
    const words = memberRankWords(kb);
    expect(words.asked?.test('cheapest gpt-5 variant')).toBe(true);
    expect(words.asked?.test("which claude model's the most expensive")).toBe(true);
    expect(words.asked?.test('the lowest-priced mistral flavour')).toBe(true);
    expect(words.asked?.test('cheapest provider for llama')).toBe(false);
    expect(words.priciest?.test('highest priced gemini tier')).toBe(true);
    expect(words.priciest?.test('cheapest gemini tier')).toBe(false);
    expect(words.special?.test('GPT-4o Realtime Preview')).toBe(true);
    expect(words.special?.test('GPT-4o mini')).toBe(false);
  });

  it('GIVEN the real knowledge THEN the price-by-count words are there', () => {
    expect(cuePattern(kb.cues, 'price-by-count')?.test('for the price of 100 h100s')).toBe(true);
    expect(cuePattern(kb.cues, 'no-such-cue')).toBeUndefined();
  });

  it('GIVEN a cue pattern asked for again THEN the one compiled pattern, unless it is global and keeps a place', () => {
    const once = cuePattern(kb.cues, 'unpriced-gpu-host');
    expect(cuePattern(kb.cues, 'unpriced-gpu-host')).toBe(once);
    expect(cuePattern(kb.cues, 'unpriced-gpu-host', 'i')).not.toBe(once);
    expect(cuePattern(kb.cues, 'unpriced-gpu-host', 'i')?.source).toBe(once?.source);
    const global = cuePattern(kb.cues, 'price-by-count', 'g');
    expect(cuePattern(kb.cues, 'price-by-count', 'g')).not.toBe(global);
    expect(cuePattern(kb.cues, 'no-such-cue')).toBeUndefined();
  });

  it('GIVEN GPU rent at a host or on terms the sources do not price, asked twice THEN declined both times', () => {
    for (let round = 0; round < 2; round++)
      expectAll([
        [
          'what does renting an H100 on lambda labs cost per hour?',
          ['H100 rental prices (lambda labs)', "won't guess"],
        ],
        ['8 H100s on spot instances for a month — what would that cost?', ['H100 rental prices (spot)', "won't guess"]],
      ]);
  });

  it('GIVEN a special purpose named beside the ranking THEN those releases rank too, else they are left out', () => {
    expectAll([
      ['cheapest gpt-4o audio variant per token', ['version I have: GPT-4o mini audio preview']],
      ['which gpt-4o model is priciest per million tokens', ['Priciest “gpt-4o” version I have: GPT-4o (extended)']],
    ]);
  });

  it("GIVEN a chip's price named by a count of it THEN the chip's list price is worked", () => {
    expectAll([
      ['how many MI300X for the price of 100 H100s?', ['MI300X']],
      ['64 MI300Xs at list price: fleet worth?', ['64 MI300Xs × AMD Instinct MI300X', '$960,000']],
    ]);
  });
});

describe('chip codes read by the chip names', () => {
  const names = new DataNameIndex(kb);
  it('GIVEN chips named by code THEN each code once, in order, plurals and series words read', () => {
    expect(names.chipCodes('600k h100s or 64 mi300xs, or 8 h100')).toEqual(['h100', 'mi300x']);
    expect(names.chipCodes('2,048 tpu v4 chips')).toEqual(['tpu v4']);
    expect(names.chipCodes('1,000 v100s at list price')).toEqual(['v100']);
    expect(names.chipCodes('8,000 b200s')).toEqual(['b200']);
    expect(names.chipCodes("deepseek's h100s")).toEqual(['h100']);
  });

  it('GIVEN a version typed after a model name THEN no chip', () => {
    expect(names.chipCodes('deepseek v7 at list price')).toEqual([]);
    expect(names.chipCodes('deepseek v4 price per million tokens')).toEqual([]);
  });
});

describe('a model only one price list has', () => {
  it('GIVEN a model genai-prices alone prices THEN that is said first, the prices follow', () => {
    expectAll([
      ['kimi k3 price per million?', ["LiteLLM's price map (Jul 2026) has no entry for Kimi K3", 'input $3']],
      ['what do the gpt-6 models cost per M tokens', ['has no entry for any “gpt-6” model', 'GPT-6 Sol']],
    ]);
  });

  it('GIVEN a model both lists price, or one LiteLLM has under a longer name THEN no such line', () => {
    for (const q of ['gpt-4o price per million', 'claude opus 5 pricing', 'deepseek v3 price per million'])
      expect(say(q), q).not.toContain('has no entry');
  });
});

describe('a price unit written as a count', () => {
  it('GIVEN "per 1M" or "/1M" after a price word THEN both sides of the price, no worked volume', () => {
    for (const q of [
      'gpt-4o: $ per 1M in and out?',
      'claude 3.5 sonnet $/1M tokens',
      'grok 3 cost per one million tokens',
    ]) {
      const text = say(q);
      expect(text, q).toContain('output $');
      expect(text, q).not.toContain('Computed:');
    }
  });

  it('GIVEN a volume of tokens THEN it is still priced', () => {
    expect(say('what would 3M gpt-4o output tokens cost')).toContain('$30');
  });
});

describe('an article model and a price-list model asked together', () => {
  it('GIVEN the article model named first THEN the price lists answer for both, no decline of the other', () => {
    for (const q of ['gpt-4 and gpt-4o: price per million?', 'llama 3 & gpt-4o-mini pricing']) {
      const text = say(q);
      expect(text, q).not.toContain("I don't have");
      expect(text, q).toContain(q.startsWith('gpt') ? 'GPT-4o' : 'GPT-4o mini');
    }
    expect(say('gpt-4 and gpt-4o: price per million?')).toContain('$60');
  });
});
