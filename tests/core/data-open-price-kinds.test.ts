// Openness and price questions as kinds: asked yes/no, by a component, of a maker, by a licence's name, or for a
// tier or an hour, each phrased unlike the question sets.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

describe('openness asked of an article model', () => {
  it('GIVEN a yes/no "is it open weight" THEN the articles’ view and licence lead, the index’s grades follow', () => {
    const a = ask('is DeepSeek R1 open weight?');
    expect(a.split('\n')[1]).toContain('open-weight under the DeepSeek licences, not truly open');
    expect(a).toContain('open on 4 of 12');
    expect(a).not.toContain('$294K');
  });

  it('GIVEN a closed model asked whether it is open THEN it is called closed, with no training bill', () => {
    const a = ask('is gpt-4 open?');
    expect(a).toContain('The articles call GPT-4 closed');
    expect(a).not.toContain('$100M');
  });

  it('GIVEN an open model named only as the subject of another question THEN it is not an openness question', () => {
    expect(ask("how popular is the e-commerce giant's open model family?")).toContain('700M+');
  });
});

describe('licences named and asked', () => {
  it('GIVEN a licence named beside a model THEN the model’s licences answer, not its profile', () => {
    const a = ask('is falcon 180b under apache 2.0?');
    expect(a).toContain('Falcon-180B TII License');
    expect(a).not.toContain('FLOP');
  });

  it('GIVEN which licences pass the test THEN MIT and Apache 2.0, the others with what they restrict', () => {
    const a = ask('what licenses pass the author’s openness test');
    expect(a).toContain('Only MIT licence and Apache 2.0 count as truly open');
    expect(a).toContain('700M monthly active users');
  });

  it('GIVEN one component of a family’s releases asked THEN that component’s licence per release', () => {
    const a = ask('pythia training code - which licence, per the openness tool?');
    expect(a).toContain('training code: MIT');
    expect(a).not.toContain('Apache-2.0');
  });

  it('GIVEN a user count in monthly actives beside a maker THEN no model is described by that number', () => {
    expect(ask("Meta's open model family: can a company with 800M MAU use it freely?")).not.toContain('ResNeXt');
  });
});

describe('openness of a maker’s systems', () => {
  it('GIVEN a maker and a graded field THEN each of its graded systems with that field', () => {
    const a = ask("in the EU open source AI index, are mistral's weights graded open?");
    expect(a).toContain('Mistral NeMo: base-model weights');
    expect(a).not.toContain('$5–20M');
  });

  it('GIVEN the most open models THEN five, each system once', () => {
    const a = ask('most open models in the OSAI index?');
    expect(a.match(/Apertus/g)?.length).toBe(1);
    expect(a).not.toContain('6.');
  });
});

describe('prices asked as kinds', () => {
  it('GIVEN the cheapest host THEN the provider whose shown input + output is lowest', () => {
    const a = ask('who sells deepseek r1 cheapest?');
    expect(a).not.toMatch(/Cheapest provider of DeepSeek R1: Deepseek\b/);
  });

  it('GIVEN a batch price no list gives THEN it says so before the standard prices', () => {
    expect(ask('claude 3.5 sonnet batch discount?')).toContain('give no Batch API price for Claude 3.5 Sonnet');
  });

  it('GIVEN "an H100 hour" THEN the monthly rates over 730 hours, not over 100', () => {
    const a = ask('going rate for one H100 hour at AWS?');
    expect(a).toContain('730 hours');
    expect(a).toContain('$3.84/hour');
  });
});
