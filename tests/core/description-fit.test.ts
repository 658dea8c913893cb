// The one word scorer both readers of descriptions weigh a description's words with (src/core/description-fit.ts).
import { describe, expect, it } from 'vitest';
import { ordinalNumber, wordFit } from '../../src/core/description-fit.js';
import { engine } from '../support/ask-engine.js';

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
