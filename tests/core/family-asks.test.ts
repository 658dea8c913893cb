// A name that covers several models: the members holding what is asked are asked about (or the one answered), and
// an answer about one member names the others. Phrasings here are the tests' own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFamilies, memberWord } from '../../src/core/datasets/family-members.js';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { shortFigure } from '../../src/core/replies.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Entity } from '../../src/knowledge/schema.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

const model = (name: string) => ({ id: name, name, kind: 'models', aliases: [], figures: [] }) as unknown as Entity;

describe('family members by name', () => {
  it('GIVEN a typed family name THEN every model continuing it by a word or a point release is a member', () => {
    const all = ['Pythia 70M', 'Pythia 1.4B', 'Pythian X', 'GPT-5', 'GPT-5 mini', 'GPT-5.1', 'GPT-50'].map(model);
    const { membersOf } = createFamilies(all);
    expect(membersOf('pythia').map((e) => e.name)).toEqual(['Pythia 1.4B', 'Pythia 70M']);
    expect(membersOf('gpt-5').map((e) => e.name)).toEqual(['GPT-5 mini', 'GPT-5.1']);
  });

  it('GIVEN a family named without the version inside its names THEN the versions around it are members', () => {
    const all = ['Gemini 2.5 Flash', 'Gemini 2.0 Flash Lite', 'Gemini 2.5 Pro', 'Gemini Flash 1.5'].map(model);
    const { membersAround } = createFamilies(all);
    expect(membersAround('gemini flash').map((e) => e.name)).toEqual(['Gemini 2.0 Flash Lite', 'Gemini 2.5 Flash']);
  });

  it('GIVEN a member THEN the word telling it apart is its variant or version, never a date or serving word', () => {
    expect(memberWord('gpt 5', model('GPT-5 mini'))).toBe('mini');
    expect(memberWord('gpt 5', model('GPT-5.1'))).toBe('5.1');
    expect(memberWord('qwen', model('Qwen2.5-72B'))).toBe('2.5');
    expect(memberWord('mistral large', model('Mistral Large 2411'))).toBeUndefined();
  });
});

describe('a name whose own entry lacks what is asked', () => {
  it('GIVEN a family the MOT lists under several sizes THEN they stand in for the name, never "not in my sources"', () => {
    const text = ask('Which licence does the Model Openness Tool give Pythia?');
    expect(text).toContain('Pythia-1.4B');
    expect(text).not.toMatch(/^Not in my sources/);
  });

  it('GIVEN releases whose weights share one licence THEN answered together, every release counted', () => {
    const text = ask('Model Openness Tool licence for Pythia?');
    expect(text).toMatch(/lists 10 releases, all with weights under Apache-2\.0/);
  });

  it('GIVEN releases whose weights carry different licences THEN it asks which, showing each licence', () => {
    const text = ask('falcon licence according to the model openness tool?');
    expect(text).toMatch(/could mean several models.* — which one/);
    expect(text).toContain('Falcon-180B — weights: Falcon-180B TII License');
    expect(text).toContain('Falcon-40B — weights: no licence recorded');
  });

  it('GIVEN a family where only one member holds the figure THEN that member answers', () => {
    const text = ask('how much did training BLOOM cost?');
    expect(text.split('\n')[0]).toContain('BLOOM-176B');
  });
});

describe('an answer about one member of a family', () => {
  it('GIVEN an article model the articles give no price for THEN the price lists answer, not "not in my sources"', () => {
    const text = ask('how is gpt-5 priced?');
    expect(text).not.toMatch(/^Not in my sources/);
    expect(text).toContain('$1.25');
  });

  it('GIVEN the model’s own name and two or more of its variants priced THEN a line asks which, variants with prices', () => {
    expect(ask('how is gpt-5 priced?')).toMatch(/“gpt-5” could mean several models — which one .*GPT-5 mini: input \$/);
  });

  it('GIVEN a name standing for one member THEN the answer names the family’s other members', () => {
    expect(ask('how much did gemini take to train?')).toMatch(/“gemini” could mean several models — which one.*Gemini/);
  });

  it('GIVEN a family none of whose members has the figure THEN declined first, then the members with training data', () => {
    const text = ask('qwen training bill - do you have one?');
    expect(text.split('\n')[0]).toMatch(/^Not in my sources/);
    expect(text).toMatch(/“qwen” could mean several models .*Qwen2-72B/);
  });

  it('GIVEN a priced family named without its versions THEN it asks which, naming the versions around the name', () => {
    const text = ask('how is gemini pro priced per million tokens?');
    expect(text).toMatch(/could mean several models.* — which one/);
    expect(text).toContain('Gemini 2.5 Pro');
  });

  it('GIVEN the size typed elsewhere in the question THEN no other members are listed', () => {
    expect(ask('what did the 70B Llama 2 cost to train?')).not.toContain('could mean several');
  });
});

describe('a family named by an ordinary word, asked its size or training cost', () => {
  it.each(['how big is falcon', 'falcon size?', 'how many params does falcon have'])(
    'GIVEN %s THEN which Falcon, each with its parameters',
    (q) => {
      const out = ask(q);
      expect(out).toMatch(/which one do you mean/);
      expect(out).toMatch(/Falcon-180B: ~180 billion parameters/);
      expect(out).toMatch(/Falcon-40B: ~40 billion parameters/);
    },
  );

  it.each(['palm training cost', 'what did palm cost to train'])(
    "GIVEN %s THEN the articles' PaLM and the other PaLM models to ask for",
    (q) => {
      const out = ask(q);
      expect(out).toContain('~$12M');
      expect(out).toMatch(/“palm” could mean several models — which one do you mean\? .*PaLM 2: ~\$5\.01M/);
    },
  );
});

describe('the other members of a family under an answer about one', () => {
  it.each([
    ['when did claude come out', /Claude 2: 2023-07-11 \(Epoch's publication date\)/],
    ['when was gemini released', /Gemini Nano-1: 2023-12-19/],
    ['gpt-5 api price?', /GPT-5 nano: input \$0\.05 · output \$0\.4 per million tokens \(OpenAI/],
  ])('GIVEN %s THEN asks which one, the others each with the figure asked', (q, figure) => {
    const out = ask(q);
    expect(out).toMatch(/could mean several models — which one do you mean\?/);
    expect(out).toMatch(figure);
  });

  it('GIVEN a full name with a size THEN no other members', () => {
    expect(ask('Llama 3.1 405B training cost')).not.toContain('could mean several');
  });
});

describe("a family's licence, or the index's licence name", () => {
  it.each(['what license is llama under?', 'llama licence?'])(
    'GIVEN %s THEN the releases grouped by licence, asked which one',
    (q) => {
      const out = ask(q);
      expect(out).toMatch(/The licence depends on the Llama release — which one do you mean\?/);
      expect(out).toMatch(/Llama 2 Community License/);
      expect(out).toMatch(/Llama 3\.1 Community License/);
    },
  );

  it('GIVEN the index asked which licence it lists THEN the licence by name with its grade', () => {
    const out = ask('what licence does the osai index list for gemma, and is it graded open?');
    expect(out.split('\n')[1]).toMatch(/Gemma licence: Gemma Terms of Use — graded closed/);
  });
});

describe('a candidate figure shortened for one line', () => {
  it('GIVEN a figure with what it covers and its source THEN the value, the cover up to its colon and the source', () => {
    expect(
      shortFigure(
        '~$5.01M — final training run: amortised hardware + energy, 2023 USD (Epoch: likely) [estimate · 2023 · Epoch AI models]',
      ),
    ).toBe('~$5.01M (final training run, Epoch AI models)');
  });

  it('GIVEN a price list line THEN the provider joins the source and the cached price is left out', () => {
    expect(
      shortFigure(
        'OpenAI: input $0.25 · output $2 · cached input $0.025 per million tokens [reported · 2 Dec 2026 · genai-prices]',
      ),
    ).toBe('input $0.25 · output $2 per million tokens (OpenAI, genai-prices)');
  });
});

describe('a family name asked a training figure that only its members hold', () => {
  it.each([
    ['how much compute went into llama 3?', /Llama 3-70B: ~7\.86×10\^24 FLOP/, /Llama 3\.1 405B: ~3\.8×10\^25 FLOP/],
    ['inflection flops', /Inflection-2: ~1×10\^25 FLOP/, /Inflection-2\.5: ~8×10\^24 FLOP/],
  ])('GIVEN %s THEN asks which member, each with its figure', (q, one, other) => {
    const out = ask(q);
    expect(out).toMatch(one);
    expect(out).toMatch(other);
  });

  it('GIVEN a model Epoch tracks on its own, lacking the figure, and one sibling holding it THEN asked which', () => {
    const out = ask('how many params does mistral large have?');
    expect(out).toMatch(/could mean several models/);
    expect(out).toMatch(/Mistral Large 2: ~123 billion parameters/);
  });

  it('GIVEN an ordinary word starting model names, asked a figure none of them holds THEN declined, members named', () => {
    const out = ask('inflection parameters');
    expect(out).toMatch(/I don't have a sourced figure/);
    expect(out).toMatch(/Inflection-2\.5/);
  });

  it('GIVEN a family name whose members hold no figure THEN declined, the members named', () => {
    const out = ask('what did o3 cost to train');
    expect(out).toMatch(/I don't have a sourced figure for “o3's training cost”/);
    expect(out).toMatch(/o3 Mini/);
  });

  it('GIVEN a family whose members each have a size from the Model Openness Tool THEN asks which, each with its own', () => {
    const out = ask('pythia size in parameters?');
    expect(out).toMatch(/could mean several models/);
    expect(out).toMatch(/Pythia-14M: ~14 million parameters/);
    expect(out).toMatch(/Pythia-12B: ~12 billion parameters/);
  });

  it('GIVEN a size typed THEN that one model, not asked', () => {
    expect(ask('llama 3.1 405b training compute')).not.toMatch(/could mean several/);
  });
});

describe('a product line named by a word inside its models’ names', () => {
  it('GIVEN a line word alone asked for a price THEN asks which of its models, each with its price', () => {
    for (const [q, member] of [
      ['haiku pricing', 'Claude Haiku'],
      ['how much does opus cost per 1M tokens', 'Claude Opus'],
      ['sonnet api price per million tokens?', 'Sonnet'],
      ["the haiku family's pricing", 'Claude Haiku'],
    ]) {
      const out = ask(q!);
      expect(out, q).toMatch(/could mean several models/);
      expect(out, q).toContain(member);
      expect(out, q).toMatch(/input \$/);
    }
  });

  it('GIVEN a series of coded names ("o-series") THEN its members, not the models with that letter inside', () => {
    const out = ask('what is o-series pricing');
    expect(out).toMatch(/could mean several models/);
    expect(out).toMatch(/• o\d/);
    expect(out).not.toContain('GPT-4o');
  });

  it('GIVEN a word many makers use in names (kinds of model, tiers) THEN no line is read from it', () => {
    for (const q of ['price of vision', 'how much does thinking cost', 'pro pricing', 'price of large models'])
      expect(ask(q), q).not.toMatch(/could mean several models/);
  });
});

describe('a name its siblings extend with a size, asked a training figure', () => {
  it.each([
    ['olmo training compute', /“olmo” could mean several models.*which one/, /OLMo-1B-hf/],
    ["what's the param count of mixtral", /which one do you mean/, /Mixtral 8x22B/],
  ])('GIVEN %s THEN which one, the sizes offered', (q, asks, member) => {
    const out = ask(q);
    expect(out).toMatch(asks);
    expect(out).toMatch(member);
  });

  it.each([
    ['ernie 3.0 titan params', /^ERNIE 3\.0 Titan — training/],
    ['gpt-3 params', /^GPT-3 — parameters\n175 billion/],
    ['llama 3.1 405b params', /^Llama 3\.1 405B — parameters\n405 billion/],
    ['palm params', /^PaLM — parameters\n540 billion/],
  ])('GIVEN one model named exactly (%s) THEN answered directly', (q, first) => {
    expect(ask(q)).toMatch(first);
  });

  it.each([
    [
      'codet5+ size in parameters',
      /^CodeT5\+ — training[\s\S]*~16 billion parameters/,
      /Other versions: .*CodeT5\+-220M \(~220 million/,
    ],
    [
      'ernie 3.0, how many params',
      /^ERNIE 3\.0 — training[\s\S]*~10 billion parameters/,
      /Other versions: ERNIE 3\.0 Titan \(~260 billion/,
    ],
    [
      'how much compute did kimi k2 use in training',
      /~2\.98×10\^24 FLOP/,
      /Other versions: Kimi K2 Thinking \(~4\.2×10\^24 FLOP\)/,
    ],
    ['olmo 3 dataset size in tokens', /~5\.5T tokens/, /Other versions: .*Olmo 3 32B Think/],
  ])(
    'GIVEN a base model named by its own name (%s) THEN its figure, the other versions listed, no ask',
    (q, answer, listed) => {
      const out = ask(q);
      expect(out).not.toMatch(/which one/i);
      expect(out).toMatch(answer);
      expect(out).toMatch(listed);
    },
  );

  it('GIVEN a base model asked two training figures THEN both, no ask', () => {
    const out = ask('size of kimi k2 in params, and its training flop?');
    expect(out).not.toMatch(/which one/i);
    expect(out).toMatch(/~1 trillion parameters/);
    expect(out).toMatch(/~2\.98×10\^24 FLOP/);
    const olmo = ask('olmo 3 — chips used and tokens trained on');
    expect(olmo).toMatch(/1,024 NVIDIA H100/);
    expect(olmo).toMatch(/5\.5T tokens/);
  });

  it('GIVEN a family none of whose members holds the figure THEN declined, not asked', () => {
    expect(ask('how much did google spend training gemma?')).not.toContain('could mean several');
  });
});

describe('a model Epoch lists in versions with different figures', () => {
  it('GIVEN a training figure asked of a model whose later version Epoch gives another value THEN both, asking which', () => {
    for (const q of [
      'how much compute did r1 take to train',
      'r1: total training FLOP, per epoch',
      'how much training compute did r1 use?',
    ]) {
      const out = ask(q);
      expect(out, q).toMatch(/3\.5×10\^24 FLOP/);
      expect(out, q).toMatch(/DeepSeek-R1 \(May 2025\): ~4\.02×10\^24 FLOP\. Which one do you mean\?/);
    }
    expect(ask('megatron-lm parameter count')).toMatch(/Megatron-LM \(1\.2B\): ~1\.2B parameters\. Which one/);
  });

  it('GIVEN versions Epoch gives the same figures THEN the figure alone, no ask', () => {
    for (const q of ['gpt-4 training compute', 'deepseek v3 training compute']) {
      expect(ask(q), q).not.toMatch(/which one/i);
    }
  });
});

describe('an ask-back with more candidates than it shows', () => {
  it('GIVEN a product line with more priced models than fit THEN the rest are named after the question', () => {
    for (const [q, also] of [
      ['opus pricing', /Also: .*Claude Opus 4\.1/],
      ['sonnet price per million', /Also: .*Claude Sonnet 5/],
      ['haiku api price', /Also: .*Haiku/],
    ] as const) {
      const first = ask(q)
        .split('\n')
        .find((l) => /could mean several/.test(l));
      expect(first, q).toMatch(/which one do you mean/);
      expect(first, q).toMatch(also);
    }
  });
});

describe('an exactly named model whose maker sells variants of it at other prices', () => {
  it('GIVEN a model priced beside variants its maker lists THEN its prices, then which one, naming the variants', () => {
    for (const [q, other] of [
      ['kimi k2 price per million output tokens?', /Kimi K2 Turbo Preview/],
      ['what is 4o api pricing per 1m', /GPT-4o mini: input \$0\.15/],
      ['4o token price', /GPT-4o mini/],
    ] as const) {
      const out = ask(q);
      expect(out, q).toMatch(/^• \w.*input \$[\d.]+ · output \$[\d.]+/m);
      const line = out.split('\n').find((l) => /could mean several models — which one do you mean\?/.test(l)) ?? '';
      expect(line, q).toMatch(other);
    }
  });

  it('GIVEN a size or a version typed THEN that model alone, no ask', () => {
    for (const q of ['PaLM 540B training cost', 'claude sonnet 4 price per million tokens']) {
      expect(ask(q), q).not.toMatch(/could mean several/);
    }
  });
});
