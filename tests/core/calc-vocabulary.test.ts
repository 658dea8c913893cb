// The calculator's word lists are knowledge (cues yearly-pay and names-a-choice in knowledge/cues.yaml), read
// through the engine like the other cues. Phrasings are the tests' own.
import { describe, expect, it } from 'vitest';
import { quantityVocabularyOf } from '../../src/core/understand/quantity-words.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { expectAll } from '../support/ask-engine.js';

describe('calculator vocabulary from the knowledge', () => {
  it('GIVEN the real knowledge THEN both word lists are there and make patterns of whole words', () => {
    const cues = loadKnowledge().cues;
    const words = quantityVocabularyOf({
      yearlyPay: cues.get('yearly-pay')?.phrases ?? [],
      choiceLabel: cues.get('names-a-choice')?.phrases ?? [],
    });
    expect(words.yearlyPay?.test('8 people at $150k fully-loaded')).toBe(true);
    expect(words.yearlyPay?.test('we are ahead of plan')).toBe(false);
    expect(words.choiceLabel?.test('go with provider #')).toBe(true);
    expect(words.choiceLabel?.test('it costs ')).toBe(false);
  });

  it('GIVEN the real knowledge THEN the budget words make patterns read beside their structure', () => {
    const cues = loadKnowledge().cues;
    const phrases = (id: string) => cues.get(id)?.phrases ?? [];
    const { budget } = quantityVocabularyOf({
      yearlyPay: [],
      choiceLabel: [],
      budget: {
        budget: phrases('names-a-budget'),
        spent: phrases('spent-from-budget'),
        left: phrases('asks-budget-left'),
        used: phrases('asks-budget-used'),
        share: phrases('asks-a-share'),
      },
    });
    expect(budget?.before.test('the quarterly budget is ')).toBe(true);
    expect(budget?.before.test('the quarterly budget is big, ')).toBe(false);
    expect(budget?.spentBefore.test('we burned through about ')).toBe(true);
    expect(budget?.leftAsked.test(' - what is still left?')).toBe(true);
    expect(budget?.shareAsked.test(' - what % of it')).toBe(true);
  });

  it('GIVEN pay words beside a per-head sum THEN the sum is pay a year; a numbered choice is a label', () => {
    expectAll([
      ['a team of 6 engineers on $200k salaries: cost per month?', ['$100,000 a month']],
      ['20 staff at $120k comp, what is the annual payroll?', ['$2.4M a year']],
      ['vendor #2 charges $3 per million tokens for 500M tokens a month: monthly bill?', ['$1,500 a month']],
    ]);
  });
});
