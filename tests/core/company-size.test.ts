// A company asked for something the knowledge holds under another metric is answered, not declined: a size word
// means what size is for the subject's kind (metrics.yaml `by_kind`), and the metric asked first stands for
// its near-synonym; a metric the sources lack (a market cap) is still declined. Phrasings are the tests' own.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

const firstLine = (q: string) => say(q).split('\n')[0]!;

describe('size words by the kind of subject', () => {
  it('GIVEN "how big" of an organisation or its business THEN its revenue answers, not a market size', () => {
    for (const [q, title, figure] of [
      ["how big is meta's ad business", 'Meta — revenue', '$160B'],
      ['how big is nvidia', 'Nvidia — revenue', '$300B'],
      ['how large is anthropic', 'Anthropic — revenue', '$14B'],
      ["what's the size of alibaba's business", 'Alibaba — revenue', '$130B'],
      ['how big is the company behind chatgpt these days', 'OpenAI — revenue', '$11.6B'],
    ] as const) {
      const text = say(q);
      expect(text.split('\n')[0], q).toBe(title);
      expect(text, q).toContain(figure);
    }
  });

  it('GIVEN "how big" of a fund THEN its assets under management answer', () => {
    expect(say('how big is high-flyer')).toContain('~$8B');
    expect(firstLine('how big is high-flyer')).toBe('High-Flyer — assets under management');
  });

  it('GIVEN "how big" of a model THEN its parameter count is what is asked (of a family: which member, each with its own)', () => {
    expect(say('how big is llama 3.1 405b')).toContain('405 billion parameters');
    const qwen = say('how big is qwen');
    expect(qwen).toMatch(/which one do you mean/);
    expect(qwen).toMatch(/Qwen1\.5-72B: ~72 billion parameters/);
    expect(qwen).toContain('Qwen2-72B');
    expect(qwen).not.toContain('Qwen family:');
    expect(qwen).not.toContain('market size');
  });

  it('GIVEN "how big" of a market layer lacking a market size THEN its revenue answers', () => {
    expect(firstLine('how big is the open model layer')).toBe('Open model layer — revenue');
    expect(firstLine('how big is the AI chip market')).toMatch(/— market size$/);
  });

  it('GIVEN a metric named by its own word ("parameters", "params") of a company THEN it stays asked, never its assets', () => {
    for (const q of ['how many parameters does deepseek have', 'how many params does alibaba have']) {
      const text = say(q);
      expect(text, q).toMatch(/I don't have a figure for \w+'s parameters/);
      expect(text.split('\n')[0], q).not.toMatch(/assets under management|revenue/);
    }
  });

  it('GIVEN a company without a revenue figure THEN "how big" declines its revenue, never a market size', () => {
    expect(firstLine('how big is mistral')).toBe("Not in my sources: Mistral AI's revenue");
  });
});

describe('metrics the sources lack stay declined', () => {
  it('GIVEN a market cap, with or without a size word THEN declined as a valuation', () => {
    expect(firstLine("Nvidia's market cap")).toBe("Not in my sources: Nvidia's valuation");
    expect(firstLine("how big is nvidia's market cap")).toBe("Not in my sources: Nvidia's valuation");
    expect(firstLine('how much is meta worth')).toBe("Not in my sources: Meta's valuation");
  });

  it('GIVEN spend on training of a lab with several models THEN it asks which model', () => {
    expect(firstLine('how much did deepseek spend on training')).toBe('Which DeepSeek?');
  });
});

describe('the metric asked first stands for its near-synonym', () => {
  it('GIVEN investment, spend or funding words a company holds under a near metric THEN that figure answers', () => {
    expect(firstLine('how much has meta invested in AI')).toBe('Meta — AI spend');
    expect(firstLine('how much has alibaba invested')).toBe('Alibaba — AI spend');
    expect(firstLine('what does stability ai spend')).toBe('Stability AI — operating cost');
    expect(firstLine('how much did deepseek put into AI overall')).toBe('DeepSeek — total investment');
  });

  it('GIVEN "how much money does X make" THEN revenue answers, not a share of something worked into dollars', () => {
    expect(firstLine('how much money does openai make')).toBe('OpenAI — revenue');
    expect(firstLine('how much money does anthropic make a year')).toBe('Anthropic — revenue');
  });
});

describe('a reasons question about a company is not a figure asked of its models', () => {
  it('GIVEN "why would X give away a model that cost a fortune" THEN the company\'s reasons, not which model', () => {
    for (const [q, title] of [
      ['why would meta give away a model that cost a fortune? whats the logic', 'Meta'],
      ['why does deepseek open source models that cost millions to train', 'DeepSeek'],
    ] as const) {
      const text = say(q);
      expect(text.split('\n')[0], q).toBe(title);
      expect(text, q).not.toMatch(/^Which/);
    }
  });
});

describe('how a company makes money, when the sources give no revenue for it', () => {
  it('GIVEN "how does X make money" of a company without revenue THEN prose leads, not another metric as headline', () => {
    for (const q of [
      'how does mistral make money',
      'how does deepseek make money',
      'how does hugging face make money',
    ]) {
      const first = say(q).split('\n')[0]!;
      expect(first, q).not.toContain(' — ');
    }
    // With a revenue figure the figure still answers.
    expect(say('how much does anthropic make').split('\n')[0]).toBe('Anthropic — revenue');
  });
});

describe('a part of a company revenue asked in money', () => {
  it('GIVEN "how much came from / did it make from" a part a sourced share names THEN the share of the total, computed', () => {
    for (const q of [
      "zhipu's revenue: how much came from on-prem contracts?",
      'how much did zhipu make from on-premise deployments',
      'how much does zhipu earn from on-prem installs',
    ])
      expect(say(q), q).toContain('85% of ~¥312M is about ¥265M');
  });

  it('GIVEN "how much does X make from" its core business THEN revenue, never revenue times a margin', () => {
    const text = say('how much does nvidia make from chips');
    expect(text.split('\n')[0]).toBe('Nvidia — revenue');
    expect(text).not.toContain('$180B');
  });
});
