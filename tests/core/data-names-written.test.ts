// Data-set names as people write them, not as the data sets key them: a repository path's last part, a serving
// word after the name, a family name that is also an English word, a tier set apart from the name, an
// organisation with a size, a release described by its size, punctuation inside a name, and chip fields in
// plain words.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('names as written', () => {
  it('GIVEN a repository name without its owner ("Mistral-7B-v0.1") THEN the model it names, not a missing version', () => {
    const a = ask('which licence does Mistral-7B-v0.1 carry in the model openness tool?');
    expect(a).toContain('Apache-2.0');
    expect(a).not.toMatch(/^Not in my sources/);
  });

  it('GIVEN an article model written short with its size ("palm 540") THEN the articles answer, not the data sets', () => {
    expect(ask('what did palm 540 cost to train?')).toContain('$12M');
  });

  it('GIVEN a serving word after a name ("instruct") THEN the same model', () => {
    expect(ask('MOT licence of the weights of gemma 2 9b instruct?')).toContain('Gemma Terms of Use');
    const cost = ask('training cost of Llama-3.1-405B-Instruct?');
    expect(cost.split('\n')[0]).toContain('Llama 3.1 405B');
    expect(cost).not.toMatch(/Not in my sources/);
  });

  it('GIVEN a family name that is also an English word, with a version ("Gemma 3") THEN the index grades its family', () => {
    const a = ask("what grade does the EU index give Gemma 3's licence?");
    expect(a).toContain('Gemma-3-27B-IT');
    expect(a).toMatch(/licence: Gemma Terms of Use — graded closed/);
  });

  it('GIVEN a tier word set apart from the name ("gpt-5 tier (mini)") THEN that tier, never the base model', () => {
    const a = ask('the small gpt-5 tier (nano): output price per million?');
    expect(a.split('\n')[0]).toContain('GPT-5 nano');
  });

  it('GIVEN a name and a tier word with other words between THEN the base model as named', () => {
    expect(ask('gpt-5 price per million vs the mini?').split('\n')[0]).not.toContain('nano');
  });

  it('GIVEN an organisation and a size ("BigScience 176B") THEN the model it describes, not a missing version', () => {
    expect(ask('the bigscience 176B model: which chips trained it, and how many?')).toContain('384');
  });

  it('GIVEN a release described by maker and size THEN that release', () => {
    const a = ask("openai's 120B open-weight release: what licence does the openness tool show?");
    expect(a).toContain('gpt-oss-120b');
    expect(a).toContain('Apache-2.0');
  });

  it('GIVEN a name with a dot after one letter ("A.X K1") THEN it is shown whole', () => {
    expect(ask("SK Telecom's 519B model: epoch training compute?")).toContain('A.X K1');
  });

  it('GIVEN an article model with a serving word, asked for its cheapest provider THEN the price lists answer', () => {
    expect(ask('which provider has Kimi K2 instruct at the lowest price?')).toContain('Cheapest provider of Kimi K2');
  });
});

describe('chip fields in plain words', () => {
  it('GIVEN "how fast" next to memory THEN the memory bandwidth', () => {
    expect(ask('B200: how much HBM, and how fast is it?')).toMatch(/memory bandwidth: [\d.]+ TB\/s/);
  });

  it('GIVEN "how fast" alone THEN the chip’s throughput', () => {
    expect(ask('how fast is the MI300X?')).toMatch(/FP16\/BF16 performance/);
  });
});

describe('openness asked per component', () => {
  it('GIVEN one MOT component asked in plain words THEN its licence leads, without the whole list', () => {
    const a = ask('chatglm2 per the model openness tool: licence of its architecture?');
    expect(a).toContain('Model Openness Tool — model architecture: Apache-2.0');
    expect(a).not.toContain('licences per released component');
  });

  it('GIVEN "the code" THEN every code component the release lists', () => {
    const a = ask('MOT: DeepSeek-V3 weights licence, and the code?');
    expect(a).toContain('model parameters (final): DeepSeek License Agreement');
    expect(a).toContain('model architecture: MIT');
  });

  it('GIVEN a component the release does not list THEN it says so before what it has', () => {
    const a = ask('which licence covers the final weights of Mistral-7B-v0.1 in the openness tool?');
    expect(a).toContain('no model parameters (final) listed');
    expect(a).toContain('Apache-2.0');
  });

  it('GIVEN a provider model id pasted whole, longer than eight words THEN the model it names, with that price', () => {
    const a = ask('price per million for vertex_ai/meta/llama-3.1-405b-instruct-maas');
    expect(a).toContain('Llama 3.1 405B');
    expect(a).toContain('Google Vertex AI: input $5 · output $16');
    expect(ask('what does accounts/fireworks/models/llama-v3p1-405b-instruct-long cost per million tokens')).toContain(
      'Fireworks: input $0.1',
    );
  });

  it('GIVEN the correct spelling of a chip the data misspells ("L20 PCIe" for "PCle") THEN that chip', () => {
    expect(ask("what was the L20 PCIe's list price?")).toContain('$4,299');
    expect(ask('memory of an nvidia l20 pcie card')).toContain('48 GB');
  });

  it('GIVEN a family and a size that several variants carry ("nvlm 72b") THEN asks which, each with its figure', () => {
    for (const q of ['nvlm 72b parameter count', 'which gpus trained the nvlm 72b']) {
      const a = ask(q);
      expect(a, q).toMatch(/which one/);
      for (const v of ['NVLM-D 72B', 'NVLM-H 72B', 'NVLM-X 72B']) expect(a, q).toContain(v);
    }
  });
});
