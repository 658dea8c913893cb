// The one word scorer both readers of descriptions weigh a description's words with (src/core/description-fit.ts).
import { describe, expect, it } from 'vitest';
import { ordinalNumber, wordFit, wordFits } from '../../src/core/description-fit.js';
import { engine, expectAll } from '../support/ask-engine.js';

const model = (name: string) => [...engine.index.kb.entities.values()].find((e) => e.name === name)!;

describe('wordFit', () => {
  it('GIVEN a word of the name THEN two points, with or without cues and description', () => {
    expect(wordFit(model('Gemini Ultra'), 'ultra')).toBe(2);
    expect(wordFit(model('Gemini Ultra'), 'ultra', true)).toBe(2);
  });

  it('GIVEN the start of a name word THEN one point, not when only the name may count', () => {
    expect(wordFit(model('Gemini Ultra'), 'gemi')).toBe(1);
    expect(wordFit(model('Gemini Ultra'), 'gemi', true)).toBe(0);
  });

  it('GIVEN a word only the description holds THEN one point, none when only the name may count', () => {
    expect(wordFit(model('DeepSeek R1'), 'budget')).toBe(1);
    expect(wordFit(model('DeepSeek R1'), 'budget', true)).toBe(0);
  });

  it('GIVEN a word that says nothing of the model THEN no point', () => {
    expect(wordFit(model('DeepSeek R1'), 'bilingual')).toBe(0);
  });
});

describe('ordinalNumber', () => {
  it('GIVEN an ordinal word or a numbered one THEN its number, else undefined', () => {
    expect(ordinalNumber('second')).toBe(2);
    expect(ordinalNumber('3rd')).toBe(3);
    expect(ordinalNumber('gen')).toBeUndefined();
  });
});

describe('wordFits', () => {
  const things = [...engine.index.kb.entities.values()].filter((e) => e.kind === 'models' || e.kind === 'chips');
  const fitsOf = wordFits(things);

  it('GIVEN any word THEN each model and chip earns exactly what wordFit gives it, asked once or again', () => {
    const words = ['ultra', 'gemi', 'budget', 'bilingual', 'open', 'base', 'llama', 'instruct', 'code', 'tpu', 'zzzq'];
    for (const round of [1, 2])
      for (const w of words) {
        const fits = fitsOf(w);
        for (const e of things) expect([round, w, e.id, fits.get(e) ?? 0]).toEqual([round, w, e.id, wordFit(e, w)]);
      }
  });
});

describe('described models, read through the indexed word fits', () => {
  it('GIVEN a model described by maker, size, year, trait or successor THEN the same model as before', () => {
    expectAll([
      ["tsinghua's 130B bilingual model from 2022 - training compute?", ['GLM-130B', '3.55×10^23']],
      ["what did google's 2023 successor to its 540B model cost to train?", ['PaLM 2', '$5.01M']],
      ["the saudi oil giant's LLM: how many parameters?", ['Aramco Metabrain AI', '250 billion']],
      ['which open-weight 120b model did openai release, and its licence?', ['gpt-oss-120b', 'Apache 2.0']],
      ['what technique makes cheap medical variants of an open base model?', ['LoRA']],
    ]);
  });
});
