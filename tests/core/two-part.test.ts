import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { splitTwoParts } from '../../src/core/two-part.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
const ask = (text: string) => engine.answer({ text, surface: 'terminal' });

describe('two questions in one message', () => {
  it('GIVEN "…, and whose …" THEN two parts; GIVEN one question with "and" THEN none', () => {
    expect(splitTwoParts('which open model has 700M+ downloads, and whose licence has a 700M-user cap?')).toEqual([
      'which open model has 700M+ downloads',
      'whose licence has a 700M-user cap?',
    ]);
    expect(splitTwoParts('compare training cost and hardware of GPT-3 and PaLM')).toBeUndefined();
    expect(splitTwoParts('cost, and why?')).toBeUndefined();
  });

  it('GIVEN a second part about "that" asking a figure of a related topic THEN both parts are answered', () => {
    const text = renderPlainText(
      ask('how much does one frontier training run cost today, and how fast has that grown?'),
    );
    expect(text).toMatch(/\$50–200M/);
    expect(text).toMatch(/2–3×/);
  });

  it('GIVEN a second part about "it" whose figure only an unrelated topic has THEN that figure is not borrowed', () => {
    const text = renderPlainText(ask('what is model routing and why does it cut costs?'));
    expect(text).not.toMatch(/280×/);
  });

  it('GIVEN two parts about two different things THEN both are answered, each under its own name', () => {
    const r = ask("don't mix these up: which open model has 700M+ downloads, and whose licence has a 700M-user cap?");
    const text = renderPlainText(r);
    expect(text).toMatch(/Qwen/);
    expect(text).toMatch(/Llama licence/);
  });

  it('GIVEN a second part that leans on the first ("…and where is it headed?") THEN one answer about the first', () => {
    const r = ask("what's the API spending run rate and where's it headed?");
    expect(r.title).toMatch(/^AI API spending/);
    expect(r.title).not.toMatch(/·/);
  });
});
