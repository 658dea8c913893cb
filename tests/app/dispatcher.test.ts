import { describe, expect, it } from 'vitest';
import { Dispatcher, MAX_QUESTION_CHARS, TOO_LONG } from '../../src/app/dispatcher.js';
import type { Engine } from '../../src/core/types.js';

/** An engine that counts its calls. */
function countingEngine(): Engine & { calls: number } {
  const e = {
    calls: 0,
    answer: () => {
      e.calls++;
      return { kind: 'answer' as const, title: 't', lines: [], fields: [], notes: [], sources: [], suggestions: [] };
    },
  };
  return e;
}

describe('Dispatcher: question length', () => {
  it('GIVEN a question over the length cap THEN a short reply says so and the engine does no work', async () => {
    const engine = countingEngine();
    const reply = await new Dispatcher(engine).dispatch('a'.repeat(MAX_QUESTION_CHARS + 1), { surface: 'slack' });
    expect(reply).toBe(TOO_LONG);
    expect(reply.lines.join(' ')).toContain('1,000 characters');
    expect(engine.calls).toBe(0);
  });

  it('GIVEN a question at the cap, padded with spaces THEN the engine answers it', async () => {
    const engine = countingEngine();
    await new Dispatcher(engine).dispatch(`  ${'a'.repeat(MAX_QUESTION_CHARS)}  `, { surface: 'terminal' });
    expect(engine.calls).toBe(1);
  });

  it('GIVEN a text that is not a string THEN it is read as empty, not thrown on', async () => {
    const engine = countingEngine();
    const reply = await new Dispatcher(engine).dispatch(undefined as unknown as string, { surface: 'slack' });
    expect(reply.kind).toBe('answer');
  });
});
