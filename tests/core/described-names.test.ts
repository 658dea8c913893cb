// Subjects described instead of named (src/core/described-names.ts): an owner and a trait, a place and a kind of
// company, a person by their role. Read through the knowledge; when exactly one thing fits, the question is read
// with its name; otherwise it is left as typed.
import { describe, expect, it } from 'vitest';
import { nameDescribed } from '../../src/core/described-names.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { engine } from '../support/ask-engine.js';

const read = (text: string) => nameDescribed(engine.index, text)?.text;
const say = (text: string) => renderPlainText(engine.answer({ text, surface: 'terminal' }));

describe('an owner and a trait', () => {
  it('GIVEN a company described by a cue and a word of one model of a company it owns THEN reads that model', () => {
    expect(read('how cheap was the quant fund’s reasoning model to train?')).toBe(
      'how cheap was DeepSeek R1 to train?',
    );
  });

  it('GIVEN a named company and a word of one of its model names, with no noun THEN reads that model', () => {
    expect(read("what did google's ultra cost?")).toBe('what did Gemini Ultra cost?');
  });

  it('GIVEN a description that already names the model THEN leaves the question as typed', () => {
    expect(read("what did Meta's 405B model cost?")).toBeUndefined();
    expect(read('what did deepseek v3 cost?')).toBeUndefined();
  });

  it('GIVEN a size, a year or a generation of one of the owner’s models THEN reads that model', () => {
    expect(read("openai's 175-billion-parameter model: cost?")).toBe('GPT-3: cost?');
    expect(read("what did openai's 2023 flagship cost?")).toBe('what did GPT-4 cost?');
    expect(read("training bill of openai's fifth-gen flagship?")).toBe('training bill of GPT-5?');
  });

  it('GIVEN "biggest" among models that all give a size THEN reads the largest', () => {
    expect(read("what did zuck's biggest 3.1 model cost?")).toBe('what did Llama 3.1 405B cost?');
  });

  it('GIVEN "newest" among models some of which are undated THEN leaves the question as typed', () => {
    expect(read("what did zuck's newest llama cost?")).toBeUndefined();
  });

  it('GIVEN the owner after the noun, or "its" for an owner named before THEN reads the model', () => {
    expect(read('reasoning model from the chinese lab: training bill?')).toBe('DeepSeek R1: training bill?');
    expect(read("google's ultra vs its 2022 one?")).toBe('Gemini Ultra vs PaLM?');
  });

  it('GIVEN a trait no model of the owner has THEN leaves the question as typed (no neighbour stands in)', () => {
    expect(read("what did openai's reasoning model cost?")).toBeUndefined();
    expect(read("meta's 8B model: training cost?")).toBeUndefined();
  });

  it('GIVEN a variant of a described model ("turbo version of") THEN reads the variant', () => {
    expect(read("price of openai's turbo version of its 2023 flagship?")).toBe('price of GPT-4 Turbo?');
  });

  it('GIVEN words after the owner that go on to name something else THEN leaves them alone', () => {
    expect(read("TDP of meta's second-gen MTIA chip?")).toBeUndefined();
    expect(read("how many V3 bills fit in the e-commerce giant's 3-year AI commitment?")).toBeUndefined();
    expect(read("OpenAI's $5B R&D: how many GPT-4 runs?")).toBeUndefined();
  });
});

describe('a company by its place and kind, a person by their role', () => {
  it('GIVEN a city and a kind that fit one company THEN reads that company', () => {
    expect(read('how many GPUs does the Hangzhou lab have?')).toBe('how many GPUs does DeepSeek have?');
    expect(read('how much has the french startup raised?')).toBe('how much has Mistral AI raised?');
  });

  it('GIVEN a kind that fits several companies of a country THEN leaves the question as typed', () => {
    expect(read('what does the chinese lab earn?')).toBeUndefined();
  });

  it('GIVEN a model family followed by a company word ("the GLM shop") THEN its maker, not an unknown name', () => {
    const out = say("the GLM shop's revenue");
    expect(out).toMatch(/^Zhipu AI — revenue: ~¥312M/);
    expect(out).not.toMatch(/“shop”/);
    expect(say("the kimi outfit's valuation")).not.toMatch(/“outfit”/);
  });

  it('GIVEN a fund described with "lab" THEN reads the lab it owns', () => {
    expect(read("how big is the quant fund's lab's GPU fleet?")).toMatch(/^how big is DeepSeek/);
  });

  it('GIVEN a company’s boss THEN reads the person who leads it, and the answer gives their statement', () => {
    expect(read("what did anthropic's boss say a future model could cost?")).toBe(
      "what did Anthropic's CEO say a future model could cost?",
    );
    expect(say("anthropic's boss: what could a future model cost to train?")).toMatch(/\$1B/);
  });
});

describe("a maker's models ordered by date", () => {
  it('GIVEN "first" or "original" with a maker THEN it is not read as a model whose name carries a 1, nor as a model the articles happen to describe as original', () => {
    expect(read("deepseek's first model training cost") ?? '').not.toMatch(/DeepSeek R1/);
    expect(read("meta's original llama") ?? '').not.toMatch(/Llama 3/);
  });
});

describe('the answer to a described subject', () => {
  it('GIVEN a described model THEN answers with its figure and says what the description was read as', () => {
    const out = say('the hedge-fund-owned lab’s reasoning model: what was the compute bill?');
    expect(out).toMatch(/DeepSeek R1/);
    expect(out).toMatch(/\$294K/);
    expect(out).toMatch(/Read “.*reasoning model” as DeepSeek R1/);
  });

  it('GIVEN two described models and a ratio asked THEN computes the ratio of their training costs', () => {
    expect(say("google's ultra vs the chinese lab's reasoning model: how many times the training cost?")).toMatch(
      /650×/,
    );
  });
});
