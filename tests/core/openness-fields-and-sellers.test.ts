// What users ask of a model's release beyond "is it open": one field (its training data, its code, its paper) and
// the licence the index names; and a price where a provider is named as the place it is bought.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('openness fields asked of a model', () => {
  it('GIVEN a release field asked (data disclosed, code, peer review) THEN the index grades that field first', () => {
    expectAll([
      ["is qwen's training data disclosed?", ['base-model training data: closed']],
      ["is Llama 3's training data public?", ['base-model training data: closed']],
      ['is the training code for OLMo available', ['training code: open']],
      ["has Gemma's paper been peer reviewed", ['peer-reviewed paper: closed']],
      ["can i get deepseek v3.2's training code?", ['training code: closed']],
      // The verb before the field ("ship", "publish"), or the code named alone, asks it too; never a training cost.
      ['does deepseek r1 ship training code', ['training code: closed']],
      ['does olmo publish its training data?', ['base-model training data: open']],
    ]);
  });

  it("GIVEN a share of the index's fields at a grade asked THEN that count over the fields graded, in %", () => {
    expectAll([
      ["what % of llama 3.1's osai fields are closed?", ['6 of 12 fields graded closed = 50%']],
      ['share of open fields for olmo in the open source ai index?', ['11 of 12 fields graded open = 91.7%']],
    ]);
    expect(say('is olmo open source?')).not.toContain('fields graded open =');
  });

  it('GIVEN any openness question the index grades THEN the licence it names is shown', () => {
    expectAll([
      ['llama 4 openness per osai', ['Llama 4 Community License']],
      ['how open is OLMo according to the OSAI index', ['Apache 2.0']],
      ['bloomz openness grade?', ['BigScience RAIL']],
    ]);
  });

  it('GIVEN a training-data amount asked THEN it is not read as an openness question', () => {
    expect(say('how many tokens of training data did Llama 3 use')).not.toContain('Open Source AI Index');
  });
});

describe('a provider named as where a model is bought', () => {
  it('GIVEN "on <provider>" by a word of its name THEN that provider’s price leads', () => {
    expectAll([
      ['llama 3.1 405b instruct on bedrock - price per million?', ['AWS Bedrock: input $5.32 · output $16']],
      ['GPT-4o price on azure', ['Microsoft Azure: input $2.75']],
      ['what does Claude 3.5 Sonnet cost on vertex', ['Google Vertex AI: input $3 · output $15']],
    ]);
  });

  it('GIVEN a provider that does not sell the model THEN says so before the others', () => {
    expect(say('how much is GPT-4o on bedrock')).toContain("I don't have a price for GPT-4o from AWS Bedrock");
    // The seller named as the one who charges, and a reseller of it ("HuggingFace (groq)") not named beside it.
    const groq = say('what does groq charge for llama 3 70b');
    expect(groq).toContain("I don't have a price for Llama 3-70B from Groq in the price lists; other providers:");
    expect(groq).not.toMatch(/from Groq or/);
  });

  it('GIVEN a seller named beside an article model whose maker also sells it THEN the seller leads, not the maker', () => {
    for (const q of ['what does together charge for deepseek v3', 'deepseek v3 price on together']) {
      expect(say(q), q).toMatch(/^DeepSeek V3 — token prices\nTogether AI: input \$1\.25/);
    }
  });

  it('GIVEN two providers set against each other ("azure vs openai") THEN both lead, in the order named', () => {
    expect(say('gpt-4o price, openai or azure?')).toMatch(
      /\nOpenAI: input \$2\.5 .*\n• Microsoft Azure: input \$2\.75/,
    );
    expect(say('o3-mini price per million — azure versus openai')).toMatch(/\nMicrosoft Azure: .*\n• OpenAI: /);
  });

  it('GIVEN a provider whose two rows in one price list differ THEN the differing row is shown beside the other list', () => {
    expect(say('deepseek r1 per-million price on the deepseek api')).toMatch(
      /litellm differs: input \$0\.28 · output \$0\.42/,
    );
  });
});

describe("a maker's graded systems asked for the licence the index records", () => {
  it('GIVEN a licence asked of a maker on the index THEN the licence name it records, beside its grade', () => {
    const minimax = say("which licence is on record in the osai index for minimax's system?");
    expect(minimax).toContain('Modified MIT (graded closed)');
    const moonshot = say("osai index: moonshot's licences?");
    expect(moonshot).toContain('Modified MIT License (graded partial)');
    expect(moonshot).toContain('graded release Kimi-Dev-72B');
  });
});
