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

  it('GIVEN praise, contracted thanks, goodbyes and laughs in other words THEN small talk of that kind, no figure', () => {
    const cases: Array<[string, string]> = [
      ["ok thanks, that's super helpful", 'thanks'],
      ["that's really useful, thanks", 'thanks'],
      ["you've been super helpful", 'thanks'],
      ["you're awesome", 'thanks'],
      ['appreciate it', 'thanks'],
      ['great job bot', 'thanks'],
      ['smart bot', 'thanks'],
      ["that's all for now, bye", 'farewell'],
      ['see you later', 'farewell'],
      ['hmm ok', 'acknowledgement'],
      ['hi again', 'greeting'],
    ];
    for (const [text, kind] of cases) {
      const reply = ask(text);
      expect(reply.intent, text).toBe('smalltalk');
      expect(reply.title, text).toBe(SMALL_TALK[kind]);
      expect(reply.lines.join(' '), text).not.toMatch(/\$\d/);
    }
  });

  it('GIVEN a message of emoji alone THEN small talk by what the emoji say, not a request to type something', () => {
    const cases: Array<[string, string]> = [
      ['👍', 'thanks'],
      ['🙏🙏', 'thanks'],
      ['👋', 'greeting'],
      ['😂', 'acknowledgement'],
    ];
    for (const [text, kind] of cases) expect(ask(text).title, text).toBe(SMALL_TALK[kind]);
    expect(ask('   ').title).not.toBe(SMALL_TALK.acknowledgement);
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

describe('messages about the bot itself', () => {
  it('GIVEN a question to the bot that names nothing from the knowledge THEN what it covers and where figures come from', () => {
    for (const text of [
      'who are you?',
      'are you a bot',
      'are you human',
      'is this a bot?',
      'what sources do you use?',
      'where does your data come from',
      'hey aiecon, what can you help me with?',
    ]) {
      const reply = ask(text);
      expect(reply.intent, text).toBe('about-bot');
      expect(reply.lines.join(' '), text).toMatch(/five sourced articles and licensed data sets \(Epoch AI/);
    }
  });

  it('GIVEN a message asking who or what the bot is THEN one line saying so, not the whole help', () => {
    for (const text of ['are you a bot', 'who made you', 'is this a bot?', 'are you human']) {
      const reply = ask(text);
      expect(reply.title, text).toBe('I’m aiecon, a bot');
      expect(reply.lines.length, text).toBe(1);
    }
    expect(ask('what sources do you use?').lines.length).toBeGreaterThan(1);
  });

  it('GIVEN "you" beside something the knowledge names THEN the question is answered, not the help', () => {
    expect(ask('can you tell me what GPT-4 cost').intent).not.toBe('about-bot');
    expect(ask('what do you think of meta strategy').intent).not.toBe('about-bot');
    expect(ask('can you compute 10M tokens at $2/M').intent).not.toBe('about-bot');
  });

  it('GIVEN thanks followed by praise THEN a short thanks, not a search for "helpful"', () => {
    for (const text of ['thank you so much, that was helpful', 'thanks, great answer', 'ty, that is really useful']) {
      const reply = ask(text);
      expect(reply.intent, text).toBe('smalltalk');
      expect(reply.title, text).toBe(SMALL_TALK.thanks);
    }
  });
});
