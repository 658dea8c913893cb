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
