// One reading of a token workload (src/core/datasets/token-workload.ts) and the bill it gives on a named model. The
// phrasings are our own, written to vary numbers, units, word order and the names of each side, not an evaluation
// set's lines.
import { describe, expect, it } from 'vitest';
import { readWorkload, type WorkloadWords, workloadWordsOf } from '../../src/core/datasets/token-workload.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { expectAll, say } from '../support/ask-engine.js';

const kb = loadKnowledge('knowledge');
const cue = (id: string) => kb.cues.get(id)?.phrases ?? [];
const words = workloadWordsOf({
  input: cue('token-input-side'),
  output: cue('token-output-side'),
  cached: cue('token-cached-side'),
  units: cue('workload-unit'),
  inputOnly: cue('token-input-only'),
}) as WorkloadWords;
const read = (q: string) => readWorkload(q, words);

describe('reading a token workload', () => {
  it('GIVEN each side under another name or after its number THEN both sides are counted, small counts too', () => {
    expect(read('one call with 12k input tokens and 800 output?')).toMatchObject({ input: 12000, output: 800 });
    expect(read('20M in 5M out. cost?')).toMatchObject({ input: 20e6, output: 5e6 });
    expect(read('500M prompt tokens + 50M completion tokens a month')).toMatchObject({
      input: 500e6,
      output: 50e6,
      per: 'month',
    });
    expect(read('a 150k-token prompt and ~2k tokens back')).toMatchObject({ input: 150e3, output: 2e3 });
    expect(read('9k tokens in, 700 tokens generated')).toMatchObject({ input: 9e3, output: 700 });
    expect(read('2 billion input tokens, outputs are tiny (~20M)')).toMatchObject({ input: 2e9, output: 20e6 });
  });

  it('GIVEN a scale in words or letters and "input only" THEN the whole volume is read and the output left out', () => {
    expect(read('a 1 trillion token corpus, input only')).toMatchObject({ plain: 1e12, inputOnly: true });
    expect(read('half a billion tokens, input only')).toMatchObject({ plain: 5e8 });
    expect(read('3T tokens of input')).toMatchObject({ input: 3e12 });
  });

  it('GIVEN counts of work per call, user and day THEN each is a factor and the span multiplies the daily rate', () => {
    const w = read('5,000 dau x 20 msgs/day x (600 in + 250 out tokens), monthly cost at 30 days?');
    expect(w).toMatchObject({ input: 600, output: 250, perUnit: true, per: 'day', span: { value: 30, unit: 'day' } });
    expect(w?.factors.map((f) => f.value)).toEqual([5000, 20]);
    expect(read('40k tickets a month; each ticket is 3k tokens in and 500 out')).toMatchObject({
      factors: [{ value: 40000, unit: 'tickets', per: 'month' }],
    });
  });

  it('GIVEN a number the reading cannot place THEN no workload, so nothing is dropped from a bill', () => {
    expect(read('1B tokens a month at the nov 2022 price')).toBeUndefined();
    expect(read('1,000 requests and 5M tokens')).toBeUndefined();
    expect(read('$15/seat and 2M input tokens per seat')).toBeUndefined();
  });

  it('GIVEN a tier threshold or a price unit THEN it is no count of tokens', () => {
    expect(read('1,000 requests, each 300k tokens in and 5k out, at the over-200k pricing')).toMatchObject({
      input: 300e3,
      output: 5e3,
    });
    expect(read('what changes once the prompt goes over 200k tokens?')).toBeUndefined();
  });
});

describe('the bill of a workload on a named model', () => {
  it('GIVEN small per-call counts THEN the total leads, with both sides in the formula', () => {
    expectAll([
      ['cost of one gpt-4o request with 8k prompt tokens and 600 output?', ['GPT-4o on OpenAI: $0.026', '600 output']],
      ['gpt-4.1 call: 3,000 input, 450 output - price?', ['GPT-4.1 on OpenAI: $0.0096']],
      ['deepseek v3 — 5B tokens in, answers are short (~100M). bill?', ['100M output', '→ $1,460']],
    ]);
  });

  it('GIVEN calls × users × days THEN the per-call cost is multiplied out', () => {
    expectAll([
      [
        '12,000 users × 15 chats/day × (1,200 in + 300 out) on gpt-5-mini — monthly at 30 days?',
        ['$4,860 over 30 days'],
      ],
      [
        'we process 40k tickets a month with claude haiku 4.5; each is 3k tokens in and 500 out. cost?',
        ['$220 a month'],
      ],
      [
        '10k users, ~50 queries/mo each, ~800 tokens in + 300 out per query on gpt-4o-mini. cost per user?',
        ['$150', '$0.015'],
      ],
    ]);
  });

  it('GIVEN prompts on each side of a long-prompt threshold THEN the tier applies per request', () => {
    expectAll([
      ['1,000 gemini 2.5 pro calls, each a 120k-token prompt and ~1k tokens back. total?', ['$160', 'under the 200K']],
      ['500 gemini 2.5 pro requests with 250k-token prompts and 4k tokens back each', ['prompts above 200K', '$342.5']],
    ]);
  });

  it('GIVEN a share of cache hits or cached tokens counted THEN those are billed at the cached price', () => {
    expectAll([
      [
        'claude sonnet 4.5, 50M input tokens of which 60% are prompt-cache hits, 5M output',
        ['$144', '30M cached input'],
      ],
      ['gpt-4.1: 30M cached input tokens + 10M uncached input + 5M output, cost?', ['GPT-4.1 on OpenAI: $75']],
    ]);
  });
});

describe("a named model's prices at the user's traffic mix or budget", () => {
  it('GIVEN an input:output ratio and a blended price asked THEN (in × price + out × price) ÷ the parts', () => {
    expectAll([
      ["what's the effective price per million for claude sonnet 4 at a 4:1 input:output mix", ['$5.4/M blended']],
      ['gpt-4o blended rate with 10 input tokens for every output token', ['$3.18/M blended']],
    ]);
  });

  it('GIVEN a budget and the tokens of one request by side THEN the requests it buys, never one side priced alone', () => {
    expectAll([
      [
        'with $2k a month, how many gpt-4o-mini calls can we make at 1,500 input and 300 output tokens each?',
        ['4.94M calls a month', '$0.000405'],
      ],
      ['how many gpt-4.1 queries will $90 cover when each is 4k tokens in and 1k out', ['5,625 queries', '$0.016']],
    ]);
    expect(say('gpt-4o: 900 input and 250 output tokens, how many requests for $100?')).not.toContain('$0.00225 [');
  });

  it('GIVEN only the output side asked THEN tokens of no side are priced at the output price, never the input price', () => {
    expectAll([
      ['gpt-4o, output only, 50M tokens a month — cost?', ['50M output × $10/M = $500']],
      ['cost of 10M tokens on claude sonnet 4, all of it generated (output only)', ['10M output × $15/M = $150']],
      ['output-only workload: 1B tokens a year on gemini 2.5 pro, annual bill?', ['1B output × $10/M']],
    ]);
    expect(say('claude opus 4 (not 4.1 or 4.5) output only: 3M tokens a day for 10 days')).not.toContain('input');
  });

  it('GIVEN a share of input served from the prompt cache and a price per million asked THEN the blended input price', () => {
    expectAll([
      [
        'effective input price per million for claude sonnet 4 with a 75% cache hit rate?',
        ['$0.975/M', '75% cache hits'],
      ],
      ['gpt-4o with 30% of prompts served from cache — blended input $/M', ['$2.13/M']],
      [
        '40M gpt-4o input tokens with 25% of them cache hits. cost?',
        ['30M input × $2.5/M', '10M cached input × $1.25/M'],
      ],
    ]);
  });

  it('GIVEN the traffic split by percentages of each side THEN the blended price per million, listed or given', () => {
    expectAll([
      ['gpt-4.1 at 70% input, 30% output: what is the blended price per million?', ['$3.8/M']],
      ['blended $/M for o3 if traffic is 90% input / 10% output', ['$2.6/M']],
      ['input $1.25/M, output $10/M, mix is 90% input 10% output: effective $/M?', ['$2.13 per million tokens']],
      [
        'plan B charges $0.40/M in and $1.60/M out; with traffic 80% in / 20% out what is its blended price?',
        ['$0.64'],
      ],
    ]);
  });

  it('GIVEN a rate per hour with hours a day, days a week or round the clock THEN every one of them multiplies the bill', () => {
    expect(read('900 calls per hour, each 2k in and 100 out, 10 hours a day, 20 days')).toMatchObject({
      per: 'hour',
      hoursPerDay: 10,
      span: { value: 20, unit: 'day' },
    });
    expect(read('500k tokens an hour 24/7 for 30 days')).toMatchObject({ per: 'hour', hoursPerDay: 24 });
    expectAll([
      [
        'deepseek v3 handles 1,200 requests an hour, each 3k tokens in and 500 out, 24/7 — cost for 30 days?',
        ['$1,175.04 over 30 days', '× 1,200 requests/hour × 30 days × 24 hours a day'],
      ],
      ['claude haiku 4.5: 40M input tokens per hour, 10 hours a day, 20 days — input bill?', ['$8,000 over 20 days']],
      ['gpt-4o mini at 800 calls/hr, each 1.5k in / 200 out, 8-hour days, 21 working days. cost?', ['$46.37']],
      ['o3 generates ~400k output tokens an hour round the clock; 30-day month cost?', ['$2,304']],
      [
        'we run 2,000 chats an hour on gemini 2.5 pro, 1k tokens in and 400 out each, 12 hours a day, 5 days a week, 4 weeks. total?',
        ['$2,520', '× 4 weeks × 5 days a week × 12 hours a day'],
      ],
      ['gpt-4.1 at 500k input tokens an hour, monthly bill?', ['$730 a month']],
      ['gpt-4.1: 3M input tokens per hour — daily and monthly cost?', ['$6 an hour', '$144', '$4,380']],
    ]);
  });

  it('GIVEN hours of work the reading cannot place THEN no figure that leaves them out', () => {
    // Working days of a rate per hour with no length of the working day; shifts of unsaid number.
    for (const q of [
      'claude sonnet 4.5, 1M output tokens an hour over 22 workdays?',
      'claude sonnet 4.5, 1M output tokens an hour, 8h shifts, 22 days?',
    ]) {
      const out = say(q);
      expect(out, q).not.toMatch(/\$7,920|\$15\b(?! per| ·)/);
      expect(out, q).not.toContain('Computed');
    }
    expect(read('2M tokens a day, 8 hours a day, 30 days')).toBeUndefined();
    expect(read('1M tokens an hour, 5 days a week, 20 days')).toBeUndefined();
  });

  it('GIVEN a number no reading places (a split between models) THEN no bill that leaves it out', () => {
    for (const q of [
      'split 2B input tokens a month 60/40 between gemini 2.5 flash and gemini 2.5 pro, cost?',
      'we divide 300M output tokens 70/30 across gpt-4.1 and o3 — total cost?',
    ]) {
      const out = say(q);
      expect(out, q).not.toContain('Computed');
      expect(out, q).not.toMatch(/Difference: \$/);
    }
  });
});

describe('text the question converts into tokens, billed on a named model', () => {
  it("GIVEN words, pages or bytes and the user's own rate THEN the tokens are priced and the conversion shown", () => {
    expectAll([
      ['120k words at 1.3 tokens per word through gpt-4o input. cost?', ['GPT-4o on OpenAI: $0.39', '156K tokens']],
      [
        'send 800 pages of 400 words each to gpt-4.1 as input, 1.3 tokens per word. cost?',
        ['GPT-4.1 on OpenAI: $0.832', '× 800 pages'],
      ],
      [
        '2,000 support tickets averaging 350 words, 1.3 tokens per word, gpt-4o-mini input only. cost?',
        ['× 2,000 tickets', '455 tokens each'],
      ],
      ['a 2GB text dump at 4 bytes per token into claude sonnet 4 as input — cost?', ['$1,500', '500M tokens']],
      [
        'we push 450 GB of text a month through gpt-4.1-nano at ~4 bytes per token, input only. monthly bill?',
        ['$11.3K a month'],
      ],
    ]);
  });

  it('GIVEN words with no rate to tokens THEN no bill is worked from them', () => {
    expect(say('12M words through gpt-4o as input. cost?')).not.toMatch(/Computed/);
    expect(read('12m words as input')).toBeUndefined();
  });
});

describe('a model named by the start of its name', () => {
  it('GIVEN a name only a size-extended model continues THEN that model is priced', () => {
    expectAll([
      ['qwen3-coder-480b on bedrock, 10M in / 2M out. cost?', ['Qwen3-Coder-480B-A35B on AWS Bedrock']],
      ['qwen3 coder 480b price', ['Qwen3-Coder-480B-A35B — token prices']],
      ['price per million of qwen3-coder-30b?', ['Qwen3-Coder-30B-A3B']],
    ]);
  });
});

describe('embedding models, priced by the input token alone', () => {
  it('GIVEN tokens, docs or bytes to embed with a named embedding model THEN its own list price bills them', () => {
    expectAll([
      ['how much to embed 2B tokens with voyage 3?', ['Voyage 3 on Voyage: $120', '2B input × $0.06/M']],
      ['12M docs of ~900 tokens each through text-embedding-3-large. cost?', ['$1,404']],
      ['text-embedding-3-small on 8GB of text at 4 bytes per token, cost?', ['$40', '2B tokens']],
      ['text-embedding-3-large price', ['OpenAI: input $0.13 per million tokens']],
    ]);
    expect(say('embed 1B tokens with text-embedding-3-small')).not.toMatch(/GPT-4 API price/);
  });
});

describe('traffic routed across named models by shares', () => {
  it('GIVEN a share beside each model THEN each share is billed at its own price and the total leads', () => {
    expectAll([
      [
        'we send 80% of 500M input tokens to claude haiku 4.5 and 20% to claude sonnet 4.5 — bill?',
        ['Routed across 2 models: $700', '400M input × $1/M'],
      ],
      ['200M in / 40M out a month, gpt-4.1 gets 25%, gpt-4.1-mini 75%. monthly cost?', ['$180 + $108 = $288']],
      ['60% on deepseek v3, 40% on gpt-4o for 10M input tokens', ['$11.62']],
      ['300M daily input tokens on gpt-4o-mini, cost?', ['$45 a day']],
    ]);
  });

  it('GIVEN a share placed on no model THEN no routed figure', () => {
    expect(say('10M input tokens: 60% to deepseek v3 and the rest to gpt-4o')).not.toMatch(/Routed/);
  });
});

describe('a cache share in words and units of work by their own names', () => {
  it('GIVEN "half", "a third" or "three quarters" of the input cached THEN that share is billed at the cached price', () => {
    expect(read('10M input tokens, half of it cached, 2M output')).toMatchObject({ input: 10e6, share: 0.5 });
    expect(read('90M in per day (three quarters cached) + 9M out per day')).toMatchObject({ share: 0.75 });
    expectAll([
      ['gpt-4o, 10M input tokens, half cached, 2M output', ['$38.75', '5M cached input × $1.25/M']],
      [
        'gpt-4.1 at 90M in per day (three quarters cached) + 9M out per day: weekly cost?',
        ['$1,055.25 a week', '67.5M cached input'],
      ],
      [
        'claude sonnet 4, 2B input tokens a month with a third of them cached and 300M output. monthly bill?',
        ['$8,700 a month', '667M cached input'],
      ],
    ]);
    expect(say('claude sonnet 4, 2B input tokens a month with a third of them cached and 300M output')).not.toMatch(
      /for a \d+(\.\d+)?B model/,
    );
  });

  it('GIVEN texts, reviews, papers or sentences counted with tokens each THEN the count multiplies the bill', () => {
    expectAll([
      ['gpt-4o mini: tag 2M product reviews, 300 input tokens and 20 output tokens per review. cost?', ['$114']],
      ['summarise 40k papers with claude haiku 3.5, each 6k tokens in, 500 out', ['$272', '40,000 papers']],
      ['deepseek v3 translating 1.5M sentences, 40 in 45 out each', ['$90.45']],
      ['labelling 12M short texts on gpt-5 nano, 200 tokens in and 3 out each', ['$134.4']],
    ]);
  });
});

describe('models priced per second of audio, per image or per character (LiteLLM)', () => {
  it("GIVEN hours or minutes of audio, images, or characters THEN they are billed at the model's listed unit price", () => {
    expectAll([
      ['how much would transcribing 10,000 minutes of audio with whisper-1 cost', ['$60', '600K seconds', 'LiteLLM']],
      ['transcribing 500 podcast episodes of 45 min each with whisper-1', ['$135', '1.35M seconds']],
      ['3,000 support calls averaging 4 minutes each through whisper-1, cost?', ['$72']],
      ['cost to generate 300 images with dall-e 3', ['$12', '300 images × $0.04 per image']],
      ['40 products with 6 images each on dall-e-3', ['240 images', '$9.6']],
      ['tts-1-hd for 2M characters', ['$60', '$0.00003 per character']],
      ['whisper-1 price', ['$0.0001 per second', 'OpenAI']],
    ]);
  });

  it('GIVEN an amount in words, or a rate with a span THEN no figure is worked from the unit price', () => {
    expect(say('an 80,000-word novel through tts-1, cost?')).toMatch(/can't work out/);
    expect(say('dall-e-3: 1,000 images a day for 30 days?')).toMatch(/can't work out/);
    expect(say('who made whisper-1?')).not.toMatch(/per second/);
  });
});

describe('a web-search fee per query beside the token bill (LiteLLM)', () => {
  it('GIVEN the search context size and the fee asked THEN every query pays the fee on top of its tokens', () => {
    expectAll([
      [
        'sonar pro, high search context, 20k requests a day at 2k in and 500 out each, including the search fee. daily bill?',
        ['$550 a day', '20,000 requests × $0.014 search fee (high search context) = $280'],
      ],
      [
        'gpt-4o search preview, low search context, 5k calls, 800 in 200 out each, plus the search fee',
        ['$170', '$0.03 search fee'],
      ],
    ]);
  });

  it('GIVEN a search fee asked without the context size its sizes differ by THEN no bill leaves it out', () => {
    expect(say('sonar pro: 50k queries, 1k input and 300 output tokens each, plus search fees')).not.toMatch(/\$375/);
  });
});

describe("one token volume split by side at a named model's list prices", () => {
  it('GIVEN a monthly volume and input/output shares THEN each share at its side price, summed', () => {
    expectAll([
      ['1B tokens a month on gpt-4o, 75% input / 25% output — monthly bill?', ['$4,375 a month']],
      ['gpt-4.1 at 500M tokens a month, split 60% in 40% out. cost?', ['$2,200 a month']],
      ['gpt-4o-mini, 800M tokens/mo, 90% input. monthly bill?', ['$156 a month']],
      ['300M tokens a month on gpt-4.1-mini at 3:1 input:output — monthly cost?', ['$210 a month']],
    ]);
  });

  it("GIVEN a maker's name made a describing word ('qwen-based') THEN the model named is the subject", () => {
    expectAll([
      ["our qwen-based bot: deepinfra's qwen2.5-72b-instruct, 900M in 300M out a month. monthly cost?", ['$225']],
    ]);
  });
});
