// Content checks read the whole reply (renderFullText: title, lines, fields, notes); the chat-speed plain text
// is checked by the eval sets, tests/golden and chat-shape.
// One engine over the real knowledge, shared by the calculation tests: ask in plain text and check that every
// expected string is there and that no broken number (NaN, Infinity, undefined) reaches the user.
import { expect } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

export const engine = createEngine(loadKnowledge());
export const say = (text: string) => renderFullText(engine.answer({ text, surface: 'terminal' }));

/** Each phrasing's answer contains every expected string and no broken number. */
export function expectAll(cases: Array<[string, string[]]>): void {
  for (const [q, wanted] of cases) {
    const out = say(q);
    for (const w of wanted) expect(out, q).toContain(w);
    expect(out, q).not.toMatch(/NaN|Infinity|undefined/);
  }
}
