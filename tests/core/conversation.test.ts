import { describe, expect, it } from 'vitest';
import { type ConversationContext, nextContext, parseContext } from '../../src/core/conversation/context.js';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import type { Reply } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());

/** Asks each question in turn, carrying the context as an adapter does; returns every reply. */
function converse(...questions: string[]): Reply[] {
  let context: ConversationContext | undefined;
  return questions.map((text) => {
    const reply = engine.answer({ text, surface: 'terminal' }, context);
    context = nextContext(context, reply, text);
    return reply;
  });
}

describe('follow-ups read against the conversation', () => {
  it('GIVEN a question about a model, then "and what licence is it under?" THEN answers about that model’s licence', () => {
    const [, licence] = converse('what did DeepSeek V3 cost?', 'and what licence is it under?');
    expect(licence!.title).toMatch(/^DeepSeek V3/);
    expect(renderPlainText(licence!)).toMatch(/MIT and custom licences/);
  });

  it('GIVEN a follow-up whose answer is titled with the bare name THEN the title shows the subject and what was asked', () => {
    const [, licence, why] = converse('what did DeepSeek V3 cost?', 'and what licence is it under?', 'why?');
    expect(licence!.title).toBe('DeepSeek V3 — licence');
    expect(why!.title).toMatch(/^DeepSeek V3 — /);
    // Without a conversation the same question keeps the engine's own title (its openness answer names the licence).
    expect(engine.answer({ text: 'what licence is DeepSeek V3 under?' }).title).toBe('DeepSeek V3 — licence');
    // A bare-name answer ("why?") is titled by the follow-up alone.
    expect(engine.answer({ text: 'why did DeepSeek V3 matter?' }).title).not.toMatch(/ — why/);
  });

  it('GIVEN no conversation THEN the same follow-up asks which one is meant', () => {
    expect(engine.answer({ text: 'and what licence is it under?' }).kind).toBe('clarify');
  });

  it('GIVEN "and R1?" after a cost question THEN answers R1’s cost: the last question about the new subject', () => {
    const [, r1] = converse('what did DeepSeek V3 cost?', 'and R1?');
    expect(r1!.title).toBe('DeepSeek R1 — training cost');
  });

  it('GIVEN "and revenue?" or "ok and per token?" THEN asks that of the last subject', () => {
    expect(converse('what did GPT-4 cost?', 'ok and per token?')[1]!.title).toBe('GPT-4 — price');
    expect(converse('how much did Mistral raise?', 'and revenue?')[1]!.title).toMatch(/Mistral AI.*revenue/);
  });

  it('GIVEN "compare it with GPT-4" THEN compares the last subject with GPT-4 on the last metric', () => {
    const [, cmp] = converse('what did DeepSeek V3 cost?', 'compare it with GPT-4');
    expect(cmp!.kind).toBe('comparison');
    expect(cmp!.title).toBe('DeepSeek V3 vs GPT-4 — training cost');
  });

  it('GIVEN a bare "why?" THEN answers about the last subject, not with a list of candidates', () => {
    const [, why] = converse('what did DeepSeek V3 cost?', 'why?');
    expect(why!.title).toMatch(/^DeepSeek V3/);
  });

  it('GIVEN a new subject with its own metric THEN it replaces the old one for the next follow-up', () => {
    const replies = converse('what did DeepSeek V3 cost?', 'how much did Mistral raise?', 'and its revenue?');
    expect(replies[2]!.title).toMatch(/^Not in my sources: Mistral AI/);
  });

  it('GIVEN a name we do not know in "what about Cohere?" THEN declines it rather than answering the old subject', () => {
    const [, cohere] = converse('what did DeepSeek V3 cost?', 'what about Cohere?');
    expect(cohere!.kind).toBe('unknown');
    expect(cohere!.title).not.toMatch(/DeepSeek/);
  });

  it('GIVEN two subjects in turn, then "compare them" THEN compares both', () => {
    const [, , both] = converse('what did DeepSeek V3 cost?', 'and GPT-4?', 'compare them');
    expect(both!.kind).toBe('comparison');
    expect(both!.title).toMatch(/GPT-4 vs DeepSeek V3|DeepSeek V3 vs GPT-4/);
  });
});

describe('conversation context', () => {
  it('GIVEN a reply that named nothing THEN the context stays; GIVEN stored junk THEN it reads as no context', () => {
    const [first] = converse('what did DeepSeek V3 cost?');
    const context = nextContext(undefined, first!, 'what did DeepSeek V3 cost?');
    expect(context.subjects).toEqual(['deepseek-v3']);
    expect(nextContext(context, engine.answer({ text: 'help' }), 'help')).toEqual({ ...context, asked: 'help' });
    expect(parseContext(JSON.stringify(context))).toEqual(context);
    expect(parseContext('{"subjects": 3}')).toBeUndefined();
    expect(parseContext('not json')).toBeUndefined();
  });
});
