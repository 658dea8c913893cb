// Kinds of misunderstanding, each met with phrasings of its own: a contraction read as a name, a metric the
// subject lacks answered with its other figures, a description resolved to its neighbour.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import type { StructuredCommand } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tokenize } from '../../src/knowledge/normalize.js';

const engine = createEngine(loadKnowledge());
const textOf = (text: string) => renderFullText(engine.answer({ text, surface: 'terminal' }));

describe('contractions', () => {
  it('GIVEN “isn’t”, “won’t” or “doesnt” THEN each reads as its two words, so no half of it is a name', () => {
    const words = (s: string) => tokenize(s).map((t) => t.t);
    expect(words("why isn't it open")).toEqual(['why', 'is', 'not', 'it', 'open']);
    expect(words('it won’t, can’t')).toEqual(['it', 'will', 'not', 'can', 'not']);
    expect(words('doesnt cant')).toEqual(['does', 'not', 'can', 'not']);
  });

  it('GIVEN a question with a negative contraction THEN it is never declined as an unknown name', () => {
    for (const q of [
      "isn't DeepSeek open source?",
      'why wasn’t Mistral profitable',
      "Llama isn't truly open, is it?",
      'shouldnt open models be cheaper',
      "couldn't Meta charge for Llama?",
    ]) {
      const text = textOf(q);
      expect(text, q).not.toMatch(/“(isn|wasn|shouldnt|couldn|t)”/);
      expect(text, q).not.toMatch(/^Not in my sources/);
    }
  });
});

/** The reply's first two lines: where a decline must come before any figure. */
const opening = (q: string) => textOf(q).split('\n').slice(0, 2).join(' ');

describe('a metric the subject lacks', () => {
  it('GIVEN a benchmark score asked of a model THEN says it has none before anything else', () => {
    expect(opening("what's DeepSeek V3's MMLU score?")).toMatch(
      /^(?:DeepSeek V3 |Not in my sources: [^\n]*?)?I don't have a (?:sourced )?figure for “?DeepSeek V3/,
    );
  });

  it('GIVEN "what does X charge" THEN reads it as a price and declines a company that has none', () => {
    const text = opening('what does Stability AI charge for its API?');
    expect(text).toMatch(/don't have a sourced figure for “Stability AI's price”/);
    expect(text).not.toMatch(/\$\s?\d/);
  });

  it('GIVEN a share or stock price THEN declines it as a measure no article quantifies', () => {
    for (const q of ["what is Meta's stock price today?", 'at what price per share did Zhipu list?'])
      expect(opening(q), q).toMatch(/^Not in my sources: (Meta's |Zhipu AI's )?(stock price|price per share)/);
  });

  it('GIVEN fine-tuning asked of a model that has only a training cost THEN declines, not the training bill', () => {
    for (const q of ['what would it cost to fine-tune Llama 3.1 405B?', 'how much to fine-tune GPT-3?']) {
      const text = opening(q);
      expect(text, q).toMatch(/fine-tuning cost”, so I won't guess/);
      expect(text, q).not.toMatch(/\$\s?\d/);
    }
  });

  it('GIVEN "a 30B model" when no model of that size is known THEN declines the size instead of a neighbour', () => {
    for (const q of ['how much would training a 30B model cost?', 'what does it take to fine-tune an 8B model?'])
      expect(opening(q), q).toMatch(/^Not in my sources: \d+B model/);
  });

  it('GIVEN a 7B fine-tune, which the sources price THEN answers with it', () => {
    expect(textOf('what would fine-tuning a 7B model for one country cost?')).toMatch(/Under \$1,000/);
  });
});

describe('figures worked against each other', () => {
  it('GIVEN a price that fell between two dates THEN the multiple reads as so many times lower, never ≈0×', () => {
    const text = textOf('by what factor did GPT-3.5-class prices drop from Nov 2022 to Oct 2024?');
    expect(text).not.toMatch(/≈0×/);
    expect(text).toMatch(/28\d×/);
  });
});

describe('one question, not two', () => {
  it('GIVEN two nouns joined by "and" THEN no other thing’s figure is added as if a second part asked for it', () => {
    const text = textOf('how do universities and non-profit labs pay to train models?');
    expect(text).not.toMatch(/^\S[^\n•]* — training cost: /m);
  });
});

describe('commands the platform already separated', () => {
  const asked = (command: StructuredCommand, text = '') => engine.answer({ text, surface: 'discord', command });

  it('GIVEN a structured compare THEN the engine compares its two options, whatever the text says', () => {
    const reply = asked({ name: 'compare', options: { a: 'DeepSeek V3', b: 'GPT-4' } }, 'something else entirely');
    expect(reply.kind).toBe('comparison');
    expect(renderFullText(reply)).toMatch(/DeepSeek V3[\s\S]*GPT-4/);
  });

  it('GIVEN a structured calc THEN its expression is worked, not read as a question', () => {
    const reply = asked({ name: 'calc', options: { expression: '$5.6M / 2048' } });
    expect(reply.kind).toBe('calculation');
    expect(renderFullText(reply)).toMatch(/2,734/);
  });

  it('GIVEN a structured ask whose question starts with "compare" THEN it stays a question', () => {
    const reply = asked({ name: 'ask', options: { question: 'compare notes: what did GPT-3 cost?' } });
    expect(reply.intent).not.toBe('compare');
    expect(renderFullText(reply)).toMatch(/\$4\.6M/);
  });
});

describe('a company named to say whose model is meant', () => {
  it('GIVEN a company and a description of one of its models THEN the model is the subject, not the company', () => {
    expect(opening('training bill of the 540B model Google built in 2022?')).toMatch(/^PaLM — training cost ~\$12M/);
  });

  it('GIVEN "the <company> model" and the company has one model THEN that model answers', () => {
    expect(textOf('how much did the Zhipu model cost to train?')).toMatch(/^GLM-5[\s\S]*\$100M\+/);
  });

  it('GIVEN "the <company> model" and the company has several THEN asks which one instead of picking', () => {
    expect(engine.answer({ text: "what did Meta's model cost to train?" }).kind).toBe('clarify');
  });

  it('GIVEN a licence named as what a described model carries THEN the model is the subject', () => {
    expect(textOf('is the MIT-licensed model trained on 100K chips free of Nvidia?')).toMatch(/^GLM-5/);
  });
});

describe('a subject left out', () => {
  it('GIVEN a company figure asked of no one THEN asks which company, listing those that have it', () => {
    for (const q of ['so how much got raised?', 'what were the losses?']) {
      const reply = engine.answer({ text: q });
      expect(reply.kind, q).toBe('clarify');
      expect(reply.title, q).toMatch(/^Which (money raised|loss)\?/);
    }
  });
});

describe('explanations that stay on their topic', () => {
  it('GIVEN a topic and a metric word it has no figure for THEN no other thing’s figure stands in for it', () => {
    const reply = engine.answer({ text: "what's the open model consortium proposal for funding frontier models?" });
    expect(reply.title).toMatch(/^Open model consortium/);
  });
});
