// Subjects described instead of named: where a company is based, a product it owns, a person who leads it. The
// descriptor data in knowledge/organisations.yaml stands for every usual phrasing (knowledge/descriptors.ts).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { descriptorCues } from '../../src/knowledge/descriptors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Entity } from '../../src/knowledge/schema.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const textOf = (text: string) => renderPlainText(engine.answer({ text, surface: 'terminal' }));
const titleOf = (text: string) => engine.answer({ text, surface: 'terminal' }).title;

describe('descriptor data', () => {
  it('GIVEN an organisation based in a city, owning a product and led by a person THEN each gives its phrasings', () => {
    const org = {
      kind: 'organisations',
      cues: [],
      based_in: ['Lyon'],
      products: ['Widgetly'],
      people: ['Ada Example'],
    } as unknown as Entity;
    const cues = descriptorCues(org);
    expect(cues).toContain('Lyon based');
    expect(cues).toContain('Widgetly parent');
    expect(cues).toContain('Widgetly owner');
    expect(cues).toContain('Ada Example');
    expect(cues).toContain('Example company');
  });

  it('GIVEN a model (not an organisation) THEN it has no descriptor phrasings', () => {
    expect(descriptorCues(kb.entities.get('llama-3.1-405b')!)).toEqual([]);
  });
});

describe('a company described by its city, product or leader', () => {
  it('GIVEN a product the company owns with "parent" or "owner" THEN answers for that company', () => {
    expect(titleOf('how much is the tmall owner committing to AI?')).toMatch(/^Alibaba/);
    expect(textOf('how much is the tmall owner committing to AI?')).toMatch(/\$53B/);
    expect(titleOf('what did the whatsapp owner spend on AI in 2025?')).toMatch(/^Meta/);
  });

  it('GIVEN "the <product> giant", two products joined by a slash THEN that company, its commitment', () => {
    expect(titleOf('what is the alipay giant pouring into AI?')).toMatch(/^Alibaba/);
    expect(textOf('the tmall/aliexpress giant: how much is it putting into AI?')).toMatch(/\$53B/);
  });

  it('GIVEN a possessive product name ("taobao\'s parent") THEN it is not declined as an unknown name', () => {
    const text = textOf("taobao's parent: how many times has qwen been downloaded?");
    expect(text).not.toMatch(/taobao/i);
    expect(text).toMatch(/700M/);
  });

  it('GIVEN "the <city>-based lab" THEN answers for the lab based there, not a data-set model one letter away', () => {
    const text = textOf('how much money has the paris-based lab raised?');
    expect(text).toMatch(/Mistral/);
    expect(text).toMatch(/\$3\.05B/);
    expect(text).not.toMatch(/Parti/);
  });

  it("GIVEN a leader's name or nickname THEN answers for the company they lead", () => {
    expect(titleOf("how much revenue does jensen huang's company make?")).toMatch(/^Nvidia/);
    expect(textOf("what does zuck's company spend on AI?")).toMatch(/\$72B/);
  });

  it('GIVEN a model named after its maker\'s description ("the facebook parent\'s 405B model") THEN the model', () => {
    expect(titleOf("what did the facebook parent's 405B model cost to train?")).toMatch(/^Llama 3\.1 405B/);
    expect(titleOf('what did the stable diffusion maker raise?')).toMatch(/Stability AI/);
  });

  it('GIVEN a description after "besides" THEN that company is not the subject', () => {
    expect(titleOf('besides the chip giant, which companies sit in the hardware layer?')).not.toMatch(/^Nvidia/);
  });
});

describe("a chip's maker asked beside a model", () => {
  it('GIVEN "who made the chips" after a model THEN the model\'s hardware, not the model\'s maker', () => {
    const text = textOf('how many accelerators did glm-5 use, and who built the chips?');
    expect(text).toContain('Huawei Ascend');
    expect(titleOf('who made glm-5')).toMatch(/Zhipu/);
  });
});

describe('a company called by its usual nickname or ticker', () => {
  it.each([
    ['how big was oai’s loss in 2025?', 'OpenAI'],
    ['team green annual revenue', 'Nvidia'],
    ['what does team red make', 'AMD'],
  ])('GIVEN %s THEN it is about %s', (question, name) => {
    expect(titleOf(question)).toContain(name);
  });

  it('GIVEN a data set called by its short name, one letter from a nickname THEN the data set, not the company', () => {
    expect(textOf('per the osai index, how open is gemma?')).toContain('Open Source AI Index');
    expect(titleOf('licence of deepseek according to osai')).not.toContain('OpenAI');
  });
});
