// Two named models set against each other on openness: the verdict leads, on the one scale every model has a place on
// (the index's score, else Epoch's access label and the weights' licence, else the articles' test), each model follows
// with what every source says, and sources that disagree about the weights are named.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('openness of named models compared', () => {
  it('GIVEN two models only Epoch and the MOT describe THEN ranks them by access label and weights licence', () => {
    expectAll([
      ['which is more open, BLOOM or Falcon 40B', ['Falcon-40B is more open than BLOOM', 'BLOOM-RAIL']],
      ['which is less open, Falcon 180B or Mixtral 8x7B', ['Falcon-180B is less open than Mixtral 8x7B']],
      ['is Grok 1 more open than Claude 2?', ['Grok-1 is more open than Claude 2', 'API access only']],
    ]);
  });

  it('GIVEN a model whose sources disagree on released weights THEN says so rather than picking one', () => {
    expect(say('is Grok 1 more open than Claude 2?')).toContain('the sources disagree on Claude 2');
  });

  it('GIVEN two models the index grades THEN the index score decides, for more or less open', () => {
    expectAll([
      ['is DeepSeek R1 less open than OLMo', ['DeepSeek R1 is less open than OLMo, by the OSAI index score']],
      ['compare the openness of Llama 3.1 and Gemma', ['Most open of these: Gemma']],
    ]);
  });

  it('GIVEN two article models on no shared data-set scale THEN the articles’ test answers', () => {
    expect(say('which is more open, Llama 3 or Mistral 7B')).toContain(
      "Neither Llama 3 nor Mistral models is truly open by the articles' test",
    );
  });

  it('GIVEN least open asked of no model THEN lists the bottom of the index', () => {
    const out = say('what is the least open model in the OSAI index?');
    expect(out).toContain('Least open models (OSAI index)');
    expect(out).toContain('0/100');
  });
});
