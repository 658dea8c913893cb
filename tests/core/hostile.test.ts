import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { cpuContention } from '../support/contention.js';

const engine = createEngine(loadKnowledge());
const MASS_MENTION = /<!(channel|here|everyone)|@(everyone|here|channel)\b|<@[!&]?\w+>/i;

const HOSTILE: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace', '   \n\t  '],
  ['20,000 characters', 'a'.repeat(20_000)],
  ['20,000 characters of words', 'what did deepseek cost '.repeat(900)],
  ['emoji only', '🤖💸🔥🚀'],
  ['control characters', 'what\u0000 did\u0007 gpt-4\u001b[31m cost\u202e?'],
  ['markdown', '**what** did `GPT-4` cost? [x](http://evil.example) <script>alert(1)</script>'],
  ['slack channel ping', '<!channel> what did deepseek v3 cost'],
  ['slack here/everyone', '<!here> <!everyone> @channel @here hi'],
  ['discord everyone', '@everyone @here what is open-washing'],
  ['mention tokens', '<@U123> <@!456> <@&789> <#C42> how much was gpt-3'],
  ['division by zero', '1/0'],
  ['overflow', '1e400'],
  ['deep brackets', `${'('.repeat(10_000)}1${')'.repeat(10_000)}`],
  ['sql-ish', "'; DROP TABLE subscriptions; --"],
  ['nonsense', 'asdkjh qwpoeiru zxmcnv'],
];

describe('hostile and malformed input', () => {
  for (const [name, input] of HOSTILE) {
    it(`GIVEN ${name} THEN replies briefly, never pings anyone and never crashes`, () => {
      const t0 = performance.now();
      const reply = engine.answer({ text: input });
      const text = renderPlainText(reply);
      const ms = performance.now() - t0;
      // A second of work at most, stretched by whatever else holds the CPU right now (a loaded CI box).
      if (ms >= 1_000) expect(ms).toBeLessThan(1_000 * cpuContention());
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThan(4_000);
      expect(text).not.toMatch(MASS_MENTION);
    });
  }

  it('GIVEN nonsense THEN says it has nothing and invents no figure', () => {
    for (const q of ['asdkjh qwpoeiru zxmcnv', 'asdf qwer', '🤖💸🔥🚀', "'; DROP TABLE subscriptions; --"]) {
      const reply = engine.answer({ text: q });
      expect(['unknown', 'error'], q).toContain(reply.kind);
      expect(renderPlainText(reply), q).not.toMatch(/\$\s?\d/);
    }
  });

  it('GIVEN a real question wrapped in pings THEN still answers it, without the pings', () => {
    const text = renderPlainText(engine.answer({ text: '<!channel> @everyone what did deepseek v3 cost' }));
    expect(text).toMatch(/DeepSeek V3/);
    expect(text).toMatch(/\$5\.6M/);
    expect(text).not.toMatch(MASS_MENTION);
  });

  it('GIVEN malformed arithmetic THEN explains what is wrong', () => {
    expect(renderPlainText(engine.answer({ text: '1/0' }))).toMatch(/divides by zero/);
    expect(renderPlainText(engine.answer({ text: `${'('.repeat(40)}1${')'.repeat(40)}` }))).toMatch(
      /nested too deeply/,
    );
  });

  it('GIVEN a non-string text THEN treats it as empty', () => {
    expect(engine.answer({ text: undefined as unknown as string }).kind).toBe('error');
  });
});
