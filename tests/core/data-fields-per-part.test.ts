// A question that asks several fields of one data-set row ("cloud cost; also the GPU count") gets each of them:
// fields are read part by part, so a cost method's "cluster" never swallows a chip count asked beside it.
import { beforeAll, describe, expect, it } from 'vitest';
import { questionParts, trainingAsked } from '../../src/core/datasets/training-answers.js';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

describe('fields asked part by part', () => {
  it('GIVEN a cost method and a chip count in separate parts THEN both fields are read', () => {
    expect(trainingAsked('falcon-180b per epoch: cloud cost; also the gpu count')).toEqual(
      expect.arrayContaining(['hardware', 'training_cost']),
    );
    expect(trainingAsked('how many chips + amortised cost for nemotron-4 340b')).toContain('hardware');
    // "hardware and energy" names a cost method, not the chips.
    expect(trainingAsked('amortised hardware and energy cost of gpt-4')).not.toContain('hardware');
    // Runs counted are not chips.
    expect(trainingAsked('how many gemini ultra training runs would $1b pay for')).not.toContain('hardware');
    // A size describing the model asks for nothing.
    expect(trainingAsked("nvidia's 340b-param model: cloud cost")).not.toContain('parameters');
    expect(questionParts('amortised hardware and energy cost, and the chip count')).toHaveLength(2);
  });

  it('GIVEN a cost method and a chip count in one question THEN the cost and the exact chip count', () => {
    const a = ask("GPT-4 — Epoch's cloud-rental cost and number of A100s");
    expect(a).toContain('$81.4M');
    expect(a).toContain('25,000');
    const b = ask('Inflection-2 GPU count + 2023-dollar cost');
    expect(b).toContain('5,000');
    expect(b).toContain('$13.5M');
  });

  it('GIVEN a run Epoch counts without naming the chip THEN the count when counted, the type declined when asked', () => {
    expect(ask('how many GPUs trained grok 4?')).toContain('200,000');
    expect(ask('which gpu model trained grok 4, per epoch?')).toMatch(/Not in my sources: Grok 4's chip type/);
  });

  it('GIVEN who made a model and whether it is released THEN the organisation and the accessibility label', () => {
    const a = ask('Gopher: who made it, and params?');
    expect(a).toContain('DeepMind');
    expect(a).toContain('280 billion');
    expect(ask('was Llama 4 Behemoth ever released, and its parameter count?')).toContain('Unreleased');
  });

  it('GIVEN a chip asked when it came out THEN its release date from Epoch’s hardware table', () => {
    expect(ask('when was the MI300X released?')).toContain('2023-12-06');
    const b = ask('B200 launch date + memory');
    expect(b).toContain('2024-11-15');
    expect(b).toContain('180 GB');
  });

  it('GIVEN a described model and a chip counted THEN the chip is what is asked, not the subject', () => {
    expect(ask('how many H100s did Meta’s 405B model from 2024 use per Epoch?')).toContain('16,384');
  });

  it('GIVEN a provider model id after other words THEN those words stay the question ("context length of …")', () => {
    const a = ask('what is the context length of openai/gpt-4o-mini');
    expect(a).toContain('GPT-4o mini — context window');
    expect(a).toContain('128,000 tokens');
  });

  it('GIVEN an article model the articles name no chips for THEN Epoch’s chip type answers', () => {
    expect(ask('What chip was Kimi K2 trained on?')).toContain('H800');
  });
});
