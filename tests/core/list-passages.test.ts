// "Which startups…", "list the labs…": a question asking for several things by kind is answered by the article's
// point that names them, not by one member's profile (src/core/passages.ts, answer/article.ts).
import { describe, expect, it } from 'vitest';
import { asksForList } from '../../src/core/passages.js';
import { say } from '../support/ask-engine.js';

describe('asksForList', () => {
  it.each([
    'which chinese startups are caught in the squeeze',
    'what labs are losing staff',
    'name the firms in the winning quadrant',
    'who are the members of the consortium',
    'list all open-weight providers',
    "the wiki's examples of open-washing",
  ])('GIVEN "%s" THEN it asks for a list', (q) => expect(asksForList(q)).toBe(true));

  it.each([
    'which cloud giant uses free models',
    'what does the chapter say',
    'what is open-washing',
    "what's the gross margin",
  ])('GIVEN "%s" THEN it asks for one thing', (q) => expect(asksForList(q)).toBe(false));
});

describe('a list question that names an article', () => {
  it('GIVEN the squeezed startups asked per the team-sport piece THEN all three are named in the lead', () => {
    const lead = say("which chinese startups are caught in the squeeze between open and revenue, per Lambert's piece?")
      .split('\n')
      .slice(0, 2)
      .join(' ');
    for (const n of ['Moonshot', 'MiniMax', 'Zhipu']) expect(lead).toContain(n);
  });

  it('GIVEN the labs losing staff asked as "list the labs" THEN Qwen and Ai2', () => {
    const out = say('list the labs the team-sport piece says are losing staff');
    expect(out).toContain('Qwen');
    expect(out).toContain('Ai2');
  });

  it('GIVEN the winning quadrant asked by "which companies" THEN Meta, Alibaba and DeepSeek lead', () => {
    const lead = say('which companies does the paradox chapter put in the winning strategy quadrant?').split('\n')[1]!;
    for (const n of ['Meta', 'Alibaba', 'DeepSeek']) expect(lead).toContain(n);
  });
});

describe('a reasons question whose answer is filed under a neighbouring topic', () => {
  it.each([
    ['why do regulated sectors such as banking and healthcare prefer self-hosted open models?', /on-premise/],
    ['why do rising training bills force labs to chase ever larger user bases?', /fixed costs/],
    ['how do consulting and LLM-ops firms make money off open models?', /consultancies/],
  ])('GIVEN %s THEN the point that covers it leads', (q, want) => {
    expect(say(q).split('\n').slice(0, 3).join(' ')).toMatch(want);
  });
});

describe('examples asked of an article', () => {
  it('GIVEN the examples an essay gives of a kind of licence THEN its point naming them all leads', () => {
    const out = say('what examples does the econ essay give of a permissive-but-restrictive licence?');
    expect(out).toContain('LLaMA 2');
    expect(out).toContain('Mistral');
  });
});
