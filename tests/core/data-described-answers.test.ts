// Data-set questions that describe a model instead of naming it, answered through the whole engine on the real
// knowledge: the described model's figures with their credit line, a named model read against the organisation
// named beside it, and Epoch's cost methods side by side.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('models described instead of named', () => {
  it('GIVEN a maker, a size and a trait THEN that model’s Epoch figures with Epoch’s credit line', () => {
    const a = ask("tsinghua's 130B bilingual model: training chip and count?");
    expect(a).toContain('GLM-130B');
    expect(a).toContain('768');
    expect(a).toContain('Epoch AI, Notable AI Models');
  });

  it('GIVEN several models of a size alike and only one with the figure asked THEN that one’s figure', () => {
    expect(ask('training bill for the trillion-parameter model from moonshot?')).toContain('$4.6M');
  });

  it('GIVEN a maker described by its industry THEN its model', () => {
    expect(ask("the saudi oil giant's LLM - how much compute went into training it?")).toContain('Aramco Metabrain AI');
  });

  it('GIVEN "successor to" a model described by its size THEN the next generation, not the model itself', () => {
    const a = ask("google's 2023 successor to its 540B language model: epoch's amortised training cost?");
    expect(a).toContain('PaLM 2');
    expect(a).not.toMatch(/^PaLM —/);
  });

  it('GIVEN a descriptive word that is also a question word ("open-weights") THEN it describes, it is not asked', () => {
    const a = ask("xAI's first open-weights model - size in parameters?");
    expect(a).toContain('Grok-1');
    expect(a).toContain('314 billion parameters');
  });

  it('GIVEN a data set named and a maker whose model it grades THEN that model’s grades', () => {
    const a = ask("black forest labs' image model in the osai index: licence, and is anything open?");
    expect(a).toContain('FLUX');
    expect(a).toContain('Non-Commercial');
  });

  it('GIVEN a short name another maker’s model holds, beside the maker named THEN the named maker’s model', () => {
    const a = ask("LLM360's K2 in the openness index: how many criteria open?");
    expect(a).toContain('K2 Think V2');
    expect(a).not.toContain('Moonshot');
  });

  it('GIVEN a version the data lacks beside its maker THEN it is declined, not described into a sibling', () => {
    expect(ask('per-million pricing for mistral large 4?')).toMatch(/don't have|not in my sources/i);
  });

  it('GIVEN a company question naming a year THEN no model is picked for it', () => {
    const a = ask('how much did meta spend on AI researcher salaries in 2025?');
    expect(a).not.toMatch(/^Which|Llama 4 Maverick|Epoch AI, Notable/);
  });

  it('GIVEN a place that describes a lab THEN it is not misread as a model name one letter away', () => {
    expect(ask("what's the estimated training cost range for the paris-based lab's models?")).not.toContain('Parti');
  });
});

describe("Epoch's cost methods asked together", () => {
  it('GIVEN all three cost estimates asked THEN each method on its own line, none summed', () => {
    const a = ask("google's 2020 open-domain chatbot: all three of epoch's cost estimates?");
    expect(a).toContain('Meena');
    expect(a).toContain('amortised hardware + energy');
    expect(a).toContain('cloud rental prices');
    expect(a).toContain('upfront purchase price');
  });

  it('GIVEN two methods and "how many times" THEN their ratio, each figure shown beside it', () => {
    const a = ask("per epoch, how many times larger is GPT-4's upfront-hardware cost than its cloud-rental cost?");
    expect(a).toMatch(/upfront ÷ cloud = ≈9\.9\d×/);
    expect(a).toContain('not combined');
  });
});

describe('chips and generations described', () => {
  it('GIVEN a maker, a generation and a chip noun THEN that chip’s specs from the hardware table', () => {
    const a = ask("google's second-generation TPU: bf16, HBM, TDP?");
    expect(a).toContain('Google TPU v2');
    expect(a).toContain('280 W');
    expect(a).toContain('Epoch AI, Machine Learning Hardware');
  });

  it('GIVEN the GPUs an organisation owns (plural) THEN the articles’ fleet, not a chip description', () => {
    expect(ask('How many GPUs does the DeepSeek team have, which kind, and what are they worth?')).toContain('50,000');
  });

  it('GIVEN a generation number of a model family THEN the model whose own name carries it', () => {
    const a = ask("anthropic's gen-5 sonnet on its own api - per million in/out?");
    expect(a).toContain('Claude Sonnet 5');
    expect(a).not.toMatch(/Which anthropic/);
  });
});

describe('what is asked, beside a name', () => {
  it('GIVEN a word of the model’s own name that is also a question word ("Solar Open") THEN the figure asked', () => {
    const a = ask("upstage's solar open 100B - training time?");
    expect(a).toContain('1,572 hours');
    expect(a).not.toMatch(/openness/);
  });

  it('GIVEN prices and the context size asked together THEN both', () => {
    const a = ask('glm-4.6 on z.ai: price per M in/out and how big a context does it take?');
    expect(a).toContain('input $0.6');
    expect(a).toContain('200,000 tokens');
  });

  it('GIVEN "who built" beside a training figure THEN Epoch’s organisation too', () => {
    expect(ask('who built yi-large, and what confidence does epoch attach to its compute estimate?')).toContain(
      '01.AI',
    );
  });

  it('GIVEN a first generation named without its "1" ("Baichuan-7B") THEN that model; another size stays unknown', () => {
    expect(ask('baichuan-7b weights licence per MOT?')).toContain('Baichuan-7B License');
    expect(ask('baichuan-9b licence per MOT?')).toMatch(/won't answer with another size/);
  });

  it('GIVEN a maker-first name that a longer model name starts inside THEN the longer name', () => {
    const a = ask("LG's EXAONE deep 32B - what did it train on, and how many?");
    expect(a).toContain('EXAONE Deep 32B');
    expect(a).toContain('512');
  });
});
