// Ambiguous names asked for a figure: the ask-back lists the candidates a user most likely meant, each with its own
// figure for what was asked, and never picks one silently.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

const CLARIFY = /which (one|version|model|of)|could mean|did you mean/i;

describe('a maker asked for a per-token price', () => {
  it('GIVEN a maker named in any words with a per-token price asked THEN which of its models, each with its price', () => {
    for (const q of [
      'what does mistral charge per token',
      'mistral price per million tokens',
      'deepseek price per million tokens',
      'openai price per million tokens',
      'meta price per million tokens',
    ]) {
      const out = say(q);
      expect(out, q).toMatch(CLARIFY);
      // Every candidate shown carries its own price.
      const bullets = out.split('\n').filter((l) => l.startsWith('• '));
      expect(bullets.length, q).toBeGreaterThanOrEqual(2);
      for (const b of bullets) expect(b, q).toMatch(/input \$\d/);
    }
  });

  it('GIVEN a family or maker asked for prices THEN the most widely sold models are offered first, not legacy ones', () => {
    const first = (q: string) =>
      say(q)
        .split('\n')
        .find((l) => l.startsWith('• ')) ?? '';
    expect(first('llama price per million tokens')).toMatch(/Llama 3\.3 70B/);
    expect(first('claude pricing')).not.toMatch(/Claude( 2)?:/);
    expect(say('openai price per million tokens')).toMatch(/GPT-5/);
  });

  it('GIVEN a family or an article model priced only under its versions THEN which version, each with its price', () => {
    for (const q of [
      'llama price per million?',
      'what does gemma cost per million tokens',
      'llama 4 price per million tokens',
      'qwen3 price per million tokens',
    ]) {
      const out = say(q);
      expect(out, q).toMatch(CLARIFY);
      expect(out, q).toMatch(/input \$\d/);
      // "tokens" in a price question is no training-data figure.
      expect(out, q).not.toMatch(/training data/);
    }
  });

  it('GIVEN an unknown name next to a near spelling of a maker THEN no maker stands in for it', () => {
    expect(say('price per token for aleph alpha luminous')).not.toMatch(CLARIFY);
  });
});

describe('a family asked for its cheapest or priciest version, a maker beside its own model', () => {
  it('GIVEN "cheapest/priciest <family> variant|model|size" THEN the versions ranked by list price, not one picked', () => {
    const cases: Array<[string, RegExp]> = [
      ["cheapest gpt-5 variant, what's it cost per million", /^Cheapest “gpt-5” version I have: GPT-5 nano/m],
      ['which claude model is the cheapest per token', /^Cheapest “claude” version I have: Claude Haiku/m],
      ['most expensive claude model per token', /^Priciest “claude” version I have: Claude Opus/m],
      ['which gpt-4o variant is cheapest per token', /^Cheapest “gpt-4o” version I have: GPT-4o mini/m],
      ['cheapest openai model per million tokens', /^Cheapest OpenAI model I have: /m],
    ];
    for (const [q, lead] of cases) expect(say(q), q).toMatch(lead);
    // The cheapest provider of one model is still the providers ranked.
    expect(say('cheapest provider for llama 3.1 405b')).toMatch(/Cheapest provider of Llama 3\.1 405B/);
  });

  it('GIVEN a maker named beside its own model with "input vs output" THEN that model priced, not two subjects', () => {
    expect(say('what does openai charge for gpt-5 input vs output')).toMatch(/input \$1\.25 · output \$10/);
    expect(say('anthropic claude sonnet 4 input vs output price')).toMatch(/input \$3 · output \$15/);
  });
});

describe("a family's licence where its releases differ", () => {
  it('GIVEN a bare family name asked for its licence THEN the releases grouped by licence and which one is meant', () => {
    const out = say('qwen license?');
    expect(out).toMatch(/licence depends on the qwen release — which one do you mean\?/i);
    expect(out).toMatch(/Apache-2\.0/);
    expect(out).toMatch(/Qwen2\.5-72B: Qwen License Agreement/);
    // One release named: its own licence, no ask-back.
    expect(say('qwen2.5-72b licence')).not.toMatch(/which one do you mean/);
    // Releases that all carry one licence add nothing under the family's answer.
    expect(say('gemma licence')).not.toMatch(/releases the Model Openness Tool lists/);
  });
});

describe('a Claude model said the other way round', () => {
  it('GIVEN "sonnet 3.5", "3.5 sonnet" or "opus 3" THEN that Claude model priced, never GPT-3.5', () => {
    for (const q of ['sonnet 3.5 price per million', '3.5 sonnet price per million', 'sonnet 3.7 output price']) {
      const out = say(q);
      expect(out, q).toMatch(/^Claude 3\.[57] Sonnet — token prices/);
      expect(out, q).not.toMatch(/GPT-3\.5/);
    }
    expect(say('opus 3 input price')).toMatch(/^Claude Opus 3 — token prices/);
  });
});

describe("an article's umbrella entry asked for a price", () => {
  it('GIVEN "mixtral price" THEN the Mixtral models each with its price, not Mistral 7B under "Mistral models"', () => {
    const out = say('mixtral price');
    expect(out).toMatch(/which one do you mean/);
    expect(out).toMatch(/Mixtral 8x7B: Mistral: input \$0\.7/);
    expect(out).toMatch(/Mixtral 8x22B: Mistral: input \$0\.9/);
    expect(out).not.toMatch(/^Mistral models — token prices/m);
  });
});
