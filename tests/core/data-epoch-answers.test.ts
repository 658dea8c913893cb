// Epoch's training-run details asked in plain words: utilisation, power, who and where, exact hours, sizes.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('Epoch training-run details', () => {
  it('GIVEN a question about MFU THEN the utilisation as a percentage with Epoch’s confidence', () => {
    const a = ask('how well utilised was the hardware for Falcon-40B (MFU)?');
    expect(a).toContain('38.6%');
    expect(a).toContain('Epoch AI');
  });

  it('GIVEN a question about a training cluster’s power THEN megawatts, not a chip’s TDP', () => {
    expect(ask('how many megawatts did the LLaMA-65B training cluster draw?')).toMatch(/1\.6\d MW/);
  });

  it('GIVEN a question about the developer’s country THEN the organisation and country as Epoch writes them', () => {
    const a = ask('in which country is the organisation behind Pangu Ultra, per Epoch?');
    expect(a).toContain('Huawei');
    expect(a).toContain('China');
  });

  it('GIVEN a training time in hours THEN the source’s own figure, not a rounded one', () => {
    expect(ask('training time of the Amazon Titan run in hours?')).toContain('1,152 hours');
  });

  it('GIVEN a parameter count with decimals THEN four significant digits', () => {
    expect(ask('parameter count of gpt-oss-20b per Epoch?')).toMatch(/~20\.9\d? billion parameters/);
  });

  it('GIVEN a model outside language (a game-playing agent) THEN its Epoch figures answer', () => {
    expect(ask('training compute of AlphaGo Zero?')).toContain('FLOP');
  });

  it('GIVEN a chip counted by its code ("how many A100s") THEN Epoch’s chip count of the run', () => {
    expect(ask('how many A100s did TII need for falcon 180b?')).toContain('4,096');
    expect(ask('llama 3.1 405b: how many h100s')).toContain('16,384');
    expect(ask('number of H100s behind grok 3?')).toContain('80,000');
  });

  it('GIVEN "what did they train X on" THEN the run’s chips, with no empty heading', () => {
    const a = ask('what did the allen institute train olmo 3 on?');
    expect(a).toContain('1,024');
    expect(a).not.toMatch(/Hardware:\n(?!•)/);
  });

  it('GIVEN a token count asked THEN the training data size, not a token price', () => {
    expect(ask('gopher token count')).toContain('300B tokens');
    expect(ask('chinchilla: number of training tokens?')).toContain('1.4T tokens');
  });

  it('GIVEN a model named without an acronym of its name ("Megatron-Turing 530B") THEN that model', () => {
    expect(ask('megatron turing 530b cloud cost')).toContain('$6.66M');
  });

  it('GIVEN "hw" for hardware THEN the run’s chips and their count', () => {
    expect(ask('hw used for falcon-40b')).toContain('~384 NVIDIA A100 chips');
    expect(ask('turing-nlg hw?')).toContain('~256 NVIDIA Tesla V100');
  });

  it('GIVEN a dataset size asked "in tokens" THEN the training data size, not a price or market size', () => {
    expect(ask('gpt-3 dataset size in tokens')).toContain('~238B tokens');
    expect(ask('exaone deep 32b: data set size, tokens?')).toContain('~12B tokens');
  });

  it('GIVEN the maker written "from <company>" in a training question THEN the training figure, no seller’s price', () => {
    expect(ask('falcon 40b (from tii) — what hardware?')).toContain('~384 NVIDIA A100 chips');
    expect(ask('jais, the model from cerebras: what hardware was it trained on?')).toContain('Cerebras CS-2');
  });
});

describe("a model's training data asked as pretraining tokens or a corpus", () => {
  it("GIVEN 'pretraining tokens' of a model THEN Epoch's training-data size, not its token prices", () => {
    for (const [q, want] of [
      ['qwen2.5 72b pretraining tokens?', '18T tokens'],
      ['how many pretraining tokens did qwen3 235b see', '36T tokens'],
    ] as const) {
      const out = ask(q);
      expect(out, q).toContain(want);
      expect(out, q).not.toContain('per million tokens');
    }
  });
});
