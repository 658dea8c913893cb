// Never a borrowed figure: a version, size, name or metric the knowledge lacks is declined first, and what it has
// nearby follows labelled as something else. Phrasings here are the tests' own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

const firstLine = (text: string) => text.split('\n')[0]!;

describe('a version the data sets lack after a family name', () => {
  it('GIVEN a family and a version no known name continues THEN it is declined, naming that major version first', () => {
    const gpt = ask('gpt-5.9 input price per million?');
    expect(firstLine(gpt)).toBe('Not in my sources: gpt-5.9');
    expect(gpt).toContain('Versions I do know: GPT-5, GPT-5.1');
    expect(gpt).not.toContain('$');
    const grok = ask('grok 9 pricing per M tokens');
    expect(firstLine(grok)).toBe('Not in my sources: grok 9');
    expect(grok).not.toContain('Which grok');
  });

  it('GIVEN a version code the family writes its names with (K2, V3) and a number no name continues THEN declined', () => {
    for (const [q, typed, known] of [
      ['kimi k2.9 output price?', 'kimi k2.9', 'Kimi K2.5'],
      ['deepseek v7 price per million tokens', 'deepseek v7', 'DeepSeek V3'],
    ] as const) {
      const text = ask(q);
      expect(firstLine(text)).toBe(`Not in my sources: ${typed}`);
      expect(text).toContain(known);
      expect(text).not.toMatch(/\$\d/);
    }
    // A revision tag the family never writes as a code ("v0.1" after Mixtral 8x22B) still names the model.
    expect(firstLine(ask('mixtral 8x22b v0.1 licence per MOT?'))).not.toMatch(/^Not in my sources/);
  });

  it('GIVEN a family and a known version THEN the version is answered, not declined', () => {
    expect(firstLine(ask('gpt-5.1 input price per million?'))).toContain('GPT-5.1 — token prices');
  });
});

describe('one model imported under one name twice', () => {
  it('GIVEN a name two imported entries share THEN it is answered as one model, never asked back between twins', () => {
    const glm = ask('training FLOP of glm 5.1?');
    expect(glm).not.toMatch(/Which glm/i);
    expect(firstLine(glm)).toBe("Not in my sources: GLM 5.1's training compute");
    // What Epoch does have follows the decline, labelled as another figure.
    expect(glm).toMatch(/\nOther figures I have for GLM 5\.1 \(not the one asked\): parameters: ~754 billion/);
  });
});

describe('a metric the subject lacks', () => {
  it('GIVEN "how many" of a count the model lacks beside a verb read as another metric THEN that count is declined first', () => {
    const k2 = ask('how many chips was kimi k2 trained with?');
    expect(k2.split('\n')[1]).toBe(
      "I don't have a figure for Kimi K2's hardware in my sources; here is what I do have on Kimi K2.",
    );
  });
});

describe('a size written after an unknown hyphenated name', () => {
  it('GIVEN "Name-X 7B" THEN the size belongs to the unknown model and is never read as money', () => {
    for (const q of ['what did Otter-Q 7B cost to train?', 'Marmot-L 30B training cost']) {
      const text = ask(q);
      expect(firstLine(text)).toMatch(/^Not in my sources: (Otter-Q 7B|Marmot-L 30B)$/);
      expect(text).not.toMatch(/\$\d/);
    }
  });
});

describe('a family asked of, where the price lists or Epoch hold several versions', () => {
  it('GIVEN a bare name that is an article model’s alias asked for a price THEN it asks which priced version', () => {
    const kimi = ask('what does kimi charge per million tokens?');
    expect(firstLine(kimi)).toBe('Which kimi?');
    expect(kimi).toContain('Kimi K2.5');
    // Each price sits beside its own version, never as the family's.
    for (const line of kimi.split('\n').filter((l) => /\$\d/.test(l))) expect(line).toMatch(/^• Kimi /);
  });

  it('GIVEN a provider named THEN the versions offered are the ones that provider sells', () => {
    const qwen = ask('qwen pricing per M tokens at dashscope');
    expect(firstLine(qwen)).toBe('Which qwen?');
    expect(qwen).toContain('Qwen-Max');
    expect(qwen).not.toContain('Qwen 1.5');
  });

  it('GIVEN a possessive family name asked for a training figure THEN only versions with that figure are offered', () => {
    const text = ask("what was inflection's training compute?");
    expect(firstLine(text)).toBe('Which inflection?');
    expect(text).toContain('Inflection-2.5');
    expect(text).not.toContain('Inflection 3 Pi');
  });

  it('GIVEN a data set named that has no model of the family THEN it is declined, naming the models it does have', () => {
    const text = ask('is claude 3 in the model openness tool?');
    expect(firstLine(text)).toBe("Not in my sources: claude 3's Model Openness Tool entry");
    expect(text).toContain('Models I have under that name:');
  });
});

describe('a figure the subject lacks, asked without "how much"', () => {
  it('GIVEN a name the articles mention only in passing, as a possessive subject THEN it is declined, not answered', () => {
    const text = ask("lambda's valuation?");
    expect(firstLine(text)).toMatch(/^Not in my sources: lambda/i);
    expect(text).not.toMatch(/\$\d/);
  });

  it('GIVEN "how many" of a thing no metric names and the answer never mentions THEN that count is declined first', () => {
    expect(ask('how many offices does mistral have?').split('\n')[1]).toBe(
      "I don't have a figure for Mistral AI's number of offices in my sources; here is what I do have on Mistral AI.",
    );
  });

  it('GIVEN a bare count or benchmark asked of a model that lacks it THEN it is declined first', () => {
    expect(ask('Gemini Ultra parameter count?')).toMatch(/I don't have a figure for Gemini Ultra's parameters/);
    expect(ask("Kimi K2's SWE-bench score?")).toMatch(/I don't have a (?:sourced )?figure for “?Kimi K2's benchmark/);
  });

  it('GIVEN a figure stated to describe the subject THEN it is not taken for the figure asked', () => {
    expect(ask('how much revenue does the lab that raised $3.05B bring in?')).toContain(
      "I don't have a figure for Mistral AI's revenue in my sources",
    );
  });

  it('GIVEN how many users a model has THEN a licence’s cap on users is not given as the answer', () => {
    expect(ask('how many MAU does llama have?')).toContain('number of users in my sources');
    expect(ask("what is the Llama licence's user cap?")).not.toContain("I don't have");
  });
});

describe('renting a chip the rates are not for', () => {
  it('GIVEN another chip and a period or a place to rent from THEN it is declined, never priced at H100 rates', () => {
    for (const q of ['two weeks of an A100 on AWS?', 'an MI300X for 3 months on a gpu marketplace - cost?']) {
      const text = ask(q);
      expect(firstLine(text)).toMatch(/^Not in my sources: (A100|MI300X?) rental prices$/);
      expect(text).not.toMatch(/\$\d/);
    }
  });
});

describe('an attribute asked of nothing named', () => {
  it('GIVEN "the licence" with no subject THEN it asks whose, listing the licences', () => {
    for (const q of ["what's the license?", 'and the licence on it?']) {
      const text = ask(q);
      expect(firstLine(text)).toBe('Which one do you mean?');
      expect(text).toContain('Apache 2.0');
    }
    // "a licence" asks what a licence is, not whose.
    expect(firstLine(ask('what is a licence?'))).not.toBe('Which one do you mean?');
  });
});

describe('a model’s figure asked of its maker', () => {
  it('GIVEN a maker with several models that have the figure THEN the family row asks which model', () => {
    const engine = createEngine(loadKnowledge());
    const reply = engine.answer({ text: 'what was the training bill of deepseek?' });
    expect(reply.intent).toBe('family');
    expect(reply.title).toBe('Which DeepSeek?');
    // An unknown model of the maker gets no figures of the maker's own beside the decline.
    expect(ask("How much did OpenAI's o3 model cost to train?")).not.toContain('Revenue');
  });
});

describe('a chip family asked for specs', () => {
  it('GIVEN a chip family and a spec THEN it asks which chip, naming them as chips', () => {
    const text = ask('gaudi memory bandwidth?');
    expect(firstLine(text)).toBe('Which gaudi?');
    expect(text).toContain('could mean several chips');
    expect(text).toContain('Intel Habana Gaudi2');
  });
});

describe('a metric narrowed by a qualifier the figures do not hold', () => {
  const second = (q: string) => ask(q).split('\n')[1];
  it('GIVEN a value asked for before a listing THEN the at-IPO figure is not given as the answer', () => {
    expect(second("Zhipu's valuation before the IPO?")).toBe(
      "I don't have a figure for Zhipu AI's valuation before its IPO in my sources; what follows is another measure.",
    );
  });

  it('GIVEN a part of a spend (salaries) THEN the whole spend is shown only after the part is declined', () => {
    expect(second("Meta's AI spending on salaries in 2026?")).toMatch(/^I don't have a figure for Meta's AI spend on/);
  });

  it('GIVEN API revenue of a company whose revenue is all lines of business THEN it is declined first', () => {
    expect(second('how much did Google earn via the API?')).toMatch(/^I don't have a figure for Google's revenue from/);
  });

  it('GIVEN API revenue of a company whose figure is API revenue THEN it is answered', () => {
    expect(ask("what's Anthropic's API revenue?")).not.toContain("I don't have");
  });
});

describe('an amount or a count of something no metric names', () => {
  it('GIVEN "how much <noun> does X have" and X has no such figure THEN that noun is declined first', () => {
    expect(ask('how much debt does MiniMax have?').split('\n')[1]).toBe(
      "I don't have a figure for MiniMax's debt in my sources; here is what I do have on MiniMax.",
    );
  });

  it('GIVEN "how many <plural> <verb> X" THEN the plural is what is counted, not the name after it', () => {
    expect(ask("how many engineers left Meta's AI lab?").split('\n')[1]).toBe(
      "I don't have a figure for Meta's number of engineers in my sources; here is what I do have on Meta.",
    );
  });
});

describe('a company figure asked of no one', () => {
  it('GIVEN a bare burn or funding figure with no subject THEN it asks which, listing the companies that have it', () => {
    const burn = ask('and the cash burn?');
    expect(firstLine(burn)).toBe('Which burn rate?');
    expect(burn).toContain('Zhipu AI');
    expect(burn).toContain('OpenAI');
    const funding = ask('how large was the funding?');
    expect(firstLine(funding)).toBe('Which money raised?');
    expect(funding).toContain('Mistral AI');
  });

  it('GIVEN a figure a topic holds too THEN the general answer stays', () => {
    expect(firstLine(ask('how much does training cost?'))).not.toBe('Which money raised?');
  });
});

describe('a chip family asked for a chip’s own figure', () => {
  it('GIVEN an architecture or product-line name THEN it asks which member, listing members only', () => {
    for (const [q, member] of [
      ['ampere memory bandwidth?', 'NVIDIA A100'],
      // Nineteen Ascend chips: the first four with the figure are listed and the rest counted.
      ['ascend fp16 performance?', 'Huawei Ascend 910C'],
    ] as const) {
      const text = ask(q);
      expect(firstLine(text)).toMatch(/^Which (ampere|ascend)\?$/);
      expect(text).toContain(member);
      expect(text).not.toMatch(/\$\d/);
    }
  });

  it('GIVEN a family none of whose members holds the figure THEN declined, the members named', () => {
    const text = ask("what's the TDP of rubin?");
    expect(text).toMatch(/I don't have a sourced figure for “rubin's thermal design power”/);
    expect(text).toContain('NVIDIA VR200');
  });

  it('GIVEN the same ordinary word with no chip figure asked THEN it is not read as a chip', () => {
    expect(ask('does the ascend of open models threaten closed labs?')).not.toMatch(/Which ascend/i);
  });
});

describe('a share or a margin the subject lacks', () => {
  it('GIVEN a share of a company’s spend asked THEN the share is declined before the spend is shown', () => {
    expect(ask('what fraction of Alibaba’s revenue comes from cloud?').split('\n')[1]).toBe(
      "I don't have a figure for Alibaba's share of revenue in my sources; here is what I do have on Alibaba.",
    );
    // A share the subject has is answered.
    expect(ask("what share of Zhipu's revenue is on-prem?")).not.toContain("I don't have");
  });

  it('GIVEN a margin asked of a company described as a product’s maker THEN that company’s margin is declined', () => {
    const text = ask('the claude maker - gross margin, roughly?');
    expect(text.split('\n')[1]).toBe(
      "I don't have a figure for Anthropic's gross margin in my sources; here is what I do have on Anthropic.",
    );
    expect(text).not.toContain('Zhipu');
  });
});
