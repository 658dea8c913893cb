import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { SMALL_TALK } from '../../src/core/replies.js';
import { CueMatcher } from '../../src/knowledge/cues.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const ask = (text: string) => engine.answer({ text, surface: 'terminal' });
const order = ['thanks', 'farewell', 'greeting', 'acknowledgement'];

describe('small talk by a general rule', () => {
  it('GIVEN a message made only of small-talk phrases THEN a short reply of its strongest kind, nothing searched', () => {
    const cases: Array<[string, string]> = [
      ['lol ok', 'acknowledgement'],
      ['ok thanks', 'thanks'],
      ['cool', 'acknowledgement'],
      ['cool cool', 'acknowledgement'],
      ['got it, cheers!', 'thanks'],
      ['ok bye', 'farewell'],
      ['hi there, thanks', 'thanks'],
    ];
    for (const [text, kind] of cases) {
      const reply = ask(text);
      expect(reply.intent, text).toBe('smalltalk');
      expect(reply.title, text).toBe(SMALL_TALK[kind]);
    }
  });

  it('GIVEN small-talk words around a question THEN the question is answered', () => {
    expect(ask('ok what did deepseek v3 cost').intent).not.toBe('smalltalk');
    expect(ask('how much').intent).not.toBe('smalltalk');
  });

  it('GIVEN words that fit no small-talk phrase THEN the matcher says so', () => {
    const matcher = new CueMatcher(kb.cues.values());
    expect(matcher.madeOf(['lol', 'ok'], order)).toBe('acknowledgement');
    expect(matcher.madeOf(['ok', 'llama'], order)).toBeUndefined();
    expect(matcher.madeOf([], order)).toBeUndefined();
  });
});
