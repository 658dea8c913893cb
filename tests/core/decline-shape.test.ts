// A decline reads at chat speed: one sentence saying what is missing, then at most one line of what the knowledge has
// nearby, labelled as not what was asked; and a message addressed to the bot by name is answered as the question.
// Phrasings are the tests' own, not the evaluation sets' lines.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

/** The body of a plain-text answer: without its title and the Sources / Try lines. */
const body = (text: string) =>
  text
    .split('\n')
    .slice(1)
    .filter((l) => !/^(Sources|Try): /.test(l));

describe('a decline is one sentence and at most one nearby line', () => {
  it('GIVEN figures the knowledge lacks THEN the first line declines, no figure, and at most one line follows', () => {
    for (const q of [
      'how much revenue does Mistral make',
      'what did llama 5 cost to train',
      'what is the valuation of Hugging Face',
      'what did Gemma 2 cost to train',
      'how much money has MiniMax raised?',
      'dbrx training cost?',
    ]) {
      const lines = body(say(q));
      expect(lines[0], q).toMatch(/^I don't have a sourced figure for “[^”]+”, so I won't guess\.$/);
      expect(lines.length, q).toBeLessThanOrEqual(2);
      expect(say(q), q).not.toMatch(/What I do have|none of my five articles/);
    }
  });

  it('GIVEN a company figure it lacks THEN the nearby line says it is not what was asked', () => {
    expect(say('how much revenue does Mistral make')).toMatch(/\nNot what you asked, but on Mistral AI: /);
  });
});

describe('how many people a company employs', () => {
  it('GIVEN head count asked in any wording THEN declined as that company’s head count, never another figure', () => {
    for (const [q, who] of [
      ['how many staff does DeepSeek employ', 'DeepSeek'],
      ['how many engineers work at Mistral', 'Mistral AI'],
      ['Anthropic headcount?', 'Anthropic'],
      ['how many people work at Zhipu', 'Zhipu AI'],
      ['OpenAI employees', 'OpenAI'],
    ]) {
      const text = say(q!);
      expect(text.split('\n')[0], q).toBe(`Not in my sources: ${who}'s head count`);
      expect(text, q).not.toMatch(/\$\d/);
    }
  });
});

describe('the bot addressed by name', () => {
  it('GIVEN a leading @aiecon, "aiecon," or "hey aiecon:" THEN the question after it is answered', () => {
    for (const q of [
      '@aiecon how much did kimi k2 cost to train',
      'aiecon, how much did kimi k2 cost to train',
      'hey aiecon: how much did kimi k2 cost to train',
      '<@U0ABC123> how much did kimi k2 cost to train',
    ])
      expect(say(q).split('\n')[0], q).toBe('Kimi K2 — training cost');
  });

  it('GIVEN only the address or a greeting to the bot THEN an invitation or a greeting, never "Not in my sources"', () => {
    expect(say('@aiecon')).not.toMatch(/Not in my sources/);
    expect(say('hi aiecon')).toMatch(/^Hi/);
    expect(say('aiecon help')).toMatch(/what I can do/);
  });
});

describe('a bare "%" is the word percent', () => {
  it('GIVEN "what %" or "as a %" of a cost THEN the sourced share is answered, not a decline', () => {
    expectAll([
      ['networking as a % of a frontier training budget?', ['9–13%']],
      ['what % of a frontier training budget goes on staff?', ['20–30%']],
      ['GPU accelerators as a % of a frontier training budget', ['40–50%']],
      ['what % of queries does a fine-tuned 7B model win against GPT-5?', ['90%']],
      ["what's 40% of 10M", ['4M']],
    ]);
  });
});

describe('an ask-back that also answers', () => {
  it('GIVEN a family or chip code with several candidates THEN each is listed with its own figure, in five lines', () => {
    for (const [q, figure] of [
      ['grok price per token', /^• Grok [^:]+: .*input \$[\d.]+ · output \$[\d.]+/],
      ['gemini price per million input tokens', /^• Gemini .*: .*input \$[\d.]+/],
      ['how many parameters does llama 4 have', /^• Llama 4 \w+: ~[\d.]+ (b|tr)illion parameters/],
      ['qwen2.5 training compute', /^• Qwen2\.5[- ][\w]+: ~[\d.]+×10\^\d+ FLOP/],
    ] as const) {
      const lines = body(say(q));
      expect(lines[0], q).toMatch(
        /could mean several .* — which one do you mean, each with what I have\?( Also: .*\.)?$/,
      );
      const candidates = lines.filter((l) => l.startsWith('• '));
      expect(candidates.length, q).toBeGreaterThanOrEqual(2);
      for (const c of candidates) expect(c, q).toMatch(figure);
      expect(lines.length, q).toBeLessThanOrEqual(5);
    }
  });
});

describe('candidates that agree', () => {
  it('GIVEN every variant of a chip code giving the same figure THEN that figure once for all, not an ask-back', () => {
    // The chip-code variants' answer (datasets/chip-answers.ts) groups variants by value.
    const text = say('a100 fp16 performance?');
    expect(text).toMatch(
      /312 TFLOP\/s\): NVIDIA A100, NVIDIA A100 PCIe, NVIDIA A100 SXM4 40 GB, NVIDIA A100 SXM4 80 GB/,
    );
    expect(text).not.toMatch(/which one do you mean/);
  });

  it('GIVEN every model of a family giving the same context window THEN that figure once, both named', () => {
    const text = say('gemini 1.5 context window');
    expect(text).toMatch(/Both “gemini 1\.5” models I have give the same: .*1,000,000 tokens/);
    expect(text).not.toMatch(/which one do you mean/);
  });

  it('GIVEN models that share the context window but not the max output THEN asks which, never one output for all', () => {
    const text = say('claude 3 context window');
    expect(text).toMatch(/which one do you mean/);
    expect(text).not.toMatch(/give the same/);
  });

  it('GIVEN a spec asked of a chip family THEN each candidate shows that spec, not the first one its answer lists', () => {
    for (const line of say('ampere memory bandwidth?')
      .split('\n')
      .filter((l) => l.startsWith('• ')))
      expect(line).toMatch(/: memory bandwidth: [\d.]+ [GT]B\/s/);
  });
});

describe('a figure nobody gives is declined, not answered with a neighbour', () => {
  it('GIVEN a company asked when something happens and at a figure it lacks THEN it says it has no such figure', () => {
    for (const q of [
      'when is deepseek going public and at what valuation',
      'when will hugging face list, and at what valuation?',
      'When does Mistral reach profitability — what revenue by then?',
    ]) {
      const first = body(say(q))[0]!;
      expect(first, q).toMatch(/I don't have a sourced figure/);
      expect(first, q).not.toMatch(/\$\d/);
    }
  });

  it('GIVEN the tokens a model was trained on asked and Epoch has none THEN declined, never its cost or chips', () => {
    for (const q of [
      'how many tokens was gpt-5 trained on',
      'how many tokens was claude 3 opus trained on?',
      'grok 4: how many tokens was it trained on',
    ]) {
      const first = body(say(q))[0]!;
      expect(first, q).toMatch(/I don't have a sourced figure for “.*dataset size”/);
    }
    expect(say('gpt-4 training tokens?')).toMatch(/5\.42T tokens/);
  });
});
