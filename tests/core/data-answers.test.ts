import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('data-set questions', () => {
  it('GIVEN a provider model id THEN the model’s prices per million tokens, with the data set credited', () => {
    const text = ask('claude-3-5-sonnet-20241022 price per M input and output tokens?');
    expect(text).toContain('Anthropic: input $3 · output $15');
    expect(text).toContain('Pydantic genai-prices, prices as of 2 Dec 2026, MIT');
    // The terminal shows the data set's page as a plain URL after its credit line.
    expect(text).toMatch(/MIT https:\/\/github\.com\/pydantic\/genai-prices/);
  });

  it('GIVEN a number of tokens THEN the bill is worked out with the unit prices shown', () => {
    const text = ask('10M output tokens on claude 3 opus - how much?');
    expect(text).toContain('10M output × $75/M = $750');
  });

  it('GIVEN a size the knowledge lacks THEN it is declined, never answered with a sibling', () => {
    const text = ask('llama 3.1 8000b price per million tokens?');
    expect(text).toMatch(/I don't have “llama 3.1 8000b”/i);
    expect(text).not.toContain('$');
  });

  it('GIVEN sizes of one family THEN each resolves to itself', () => {
    expect(ask('llama 3.1 70b price per M tokens?')).toContain('Llama 3.1 70B — token prices');
    expect(ask('llama 3.1 405b training compute?')).toContain('Llama 3.1 405B');
  });

  it('GIVEN Epoch’s cost columns THEN each method is its own line with its scope and confidence, never blended', () => {
    const text = ask("gpt-4 training cost: give me all three of epoch's estimates");
    expect(text).toContain('~$37.3M — final training run: amortised hardware + energy, 2023 USD (Epoch: likely)');
    expect(text).toContain('~$81.4M — final training run at cloud rental prices (Epoch: likely)');
    expect(text).toContain('~$806M — upfront purchase price of the training cluster (Epoch: likely)');
  });

  it('GIVEN an article model asked what it cost THEN the articles’ answer leads and Epoch’s methods follow', () => {
    const text = ask('what hardware was Llama 3.1 405B trained on?');
    expect(text.indexOf('Foundation Model Economics')).toBeLessThan(text.indexOf('From the data sets:'));
    expect(text).toContain('16,384 NVIDIA H100 SXM5 80GB chips');
  });

  it('GIVEN “is X open?” THEN the index’s grades and the component licences are shown', () => {
    const text = ask('is olmo open per the osai index?');
    expect(text).toMatch(/scores \d+\/100, open on \d+ of 12 fields/);
    expect(text).toContain('European Open Source AI Index, osai-index.eu');
  });

  it('GIVEN a chip THEN its list price and specs from Epoch’s hardware table', () => {
    expect(ask('b300 list price?')).toContain('~$43K');
    expect(ask('8 h200 sxm at release price - total?')).toMatch(/8 h200 × .*\$30K.* = \$240,000/);
  });

  it('GIVEN an ordinary word that is also a model name THEN it is a name only in context', () => {
    expect(ask('how much has Microsoft invested in OpenAI?')).toMatch(/I don't have/);
    expect(ask('falcon 180b training cost per epoch?')).toContain('Falcon-180B');
  });
});

describe("one of Epoch's cost methods named in words", () => {
  it.each([
    ['does epoch have its own number for gpt-4 if you price the run at cloud rental rates?', '$81.4M'],
    ["pricing the gpt-4 run at rented cloud gpus, what's epoch's number?", '$81.4M'],
    ["what would gpt-4's training run cost priced at cloud rental rates?", '$81.4M'],
    ['gemini ultra: what does the run cost if you price it on amortised hardware?', '$30.7M'],
  ])('GIVEN %s THEN that method’s training cost, not token prices', (q, value) => {
    const out = ask(q);
    expect(out).toContain(value);
    expect(out).not.toMatch(/per million tokens/);
  });

  it('GIVEN a training figure and a bare "$" asked THEN the cost is answered beside it', () => {
    const out = ask('gpt 4.5 training flop + $ estimate');
    expect(out).toMatch(/3\.8×10\^26/);
    expect(out).toContain('$366M');
  });
});

describe("a model's release date", () => {
  it.each([
    ['gpt-4o release date?', ['2024-05-13', 'GPT-4o (Aug 2024): 2024-08-06', 'GPT-4o (Mar 2025): 2025-03-27']],
    ['when did gpt-4 come out', ['2023-03-15', 'GPT-4 (Jun 2023): 2023-06-13']],
    ['when was deepseek r1 released', ['2025-01-20', 'DeepSeek-R1 (May 2025): 2025-05-28']],
  ])('GIVEN %s (several dated versions) THEN each version with its date, the first leading', (q, parts) => {
    const out = ask(q);
    for (const p of parts) expect(out).toContain(p);
    expect(out).toMatch(/several versions/);
  });

  it.each([
    ['when was falcon 180b released', '2023-09-06'],
    ['when did claude 3.5 sonnet launch', '2024-06-20'],
  ])('GIVEN %s THEN Epoch’s publication date', (q, date) => {
    expect(ask(q)).toContain(`publication date for`);
    expect(ask(q)).toContain(date);
  });

  it('GIVEN a version glued to a name before "param count" THEN the parameters are asked, not read as a size', () => {
    const out = ask('glm-5 param count and chip');
    expect(out).toContain('744 billion parameters');
    expect(out).toContain('Ascend 910C');
  });
});
