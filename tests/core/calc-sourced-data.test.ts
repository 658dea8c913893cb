// Data-set figures entering a calculation by reference: a named model's token bill at a named provider, with cache
// hits at the cached rate; each phrasing is our own, not an evaluation set's line.
import { describe, it } from 'vitest';
import { expectAll } from '../support/ask-engine.js';

describe('token bills from the price data sets', () => {
  it('GIVEN token counts in words and a provider spelt without its space THEN that provider prices both sides', () => {
    expectAll([
      ['price one billion output tokens of grok 3 through the xai api', ['Grok 3 on X AI', '1B output × $15/M']],
      ['claude opus 4 via anthropic, 2M in, 1M out?', ['Claude Opus 4 on Anthropic', '2M input × $15/M', '→ $105']],
    ]);
  });

  it('GIVEN a share of input tokens served from the cache THEN those are billed at the cached rate, with the saving', () => {
    expectAll([
      [
        'gpt-5-mini with 200M input tokens, 50% of them cache hits: input bill?',
        ['100M input × $0.25/M = $25', '100M cached input × $0.025/M = $2.5', '→ $27.5', 'Without the cache: $50'],
      ],
      ['gpt-4.1 mini, 10M input tokens with a cache hit rate of 90%', ['9M cached input × $0.1/M']],
    ]);
  });
});
