import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX } from '../../src/core/cite.js';
import { createEngine } from '../../src/core/engine.js';
import { fitForChat, MAX_BODY_LINES } from '../../src/core/fit.js';
import { renderPlainText } from '../../src/core/render-text.js';
import type { Reply } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
/** Every question of the golden set: the public sample and the eval sets, as recorded in the repo. */
const questions = readFileSync(new URL('../golden/answers.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).q as string);
const replies = questions.map((q) => ({ q, reply: engine.answer({ text: q, surface: 'terminal' }) }));
const offenders = (bad: (r: Reply) => boolean) => replies.filter(({ reply }) => bad(reply)).map(({ q }) => q);

describe('replies read at chat speed', () => {
  it('GIVEN any question of the golden set THEN the first line of the answer fits in a chat preview', () => {
    expect(offenders((r) => (r.lines[0] ?? '').length > HEADLINE_MAX)).toEqual([]);
  });

  it('GIVEN any question of the golden set THEN the body is at most a few lines, the rest folded', () => {
    expect(offenders((r) => r.kind !== 'help' && r.lines.length > MAX_BODY_LINES)).toEqual([]);
  });

  it('GIVEN any question of the golden set THEN no line repeats the title', () => {
    expect(
      offenders((r) => r.lines.some((l) => r.title.length > 0 && l.toLowerCase().startsWith(r.title.toLowerCase()))),
    ).toEqual([]);
  });

  it('GIVEN any question of the golden set THEN sources are named as readers know them, never "the wiki"', () => {
    expect(
      offenders((r) => /\bthe (wiki|chapter)\b|\[(paradox|fm-economics|who-pays)\]/i.test(renderPlainText(r))),
    ).toEqual([]);
  });

  it("GIVEN an article answer with the data sets' figures under it THEN no article line follows their heading", () => {
    // The names the articles are cited by in a line's brackets: "[… · Open Source Paradox]".
    const articles = [...loadKnowledge().sources.values()].filter((s) => s.file).map((s) => s.name);
    const cited = (line: string) => articles.some((a) => line.includes(`${a}]`));
    const misplaced = (r: Reply) => {
      const text = renderPlainText(r).split('\n');
      const heading = text.findIndex((l) => /From the data sets:/.test(l));
      return heading >= 0 && text.slice(heading + 1).some((l) => !/^(Sources|Try):/.test(l) && cited(l));
    };
    expect(replies.some(({ reply }) => renderPlainText(reply).includes('From the data sets:'))).toBe(true);
    expect(offenders(misplaced)).toEqual([]);
  });

  it('GIVEN a long reply THEN extra bullets become fields or notes and nothing is lost from the text', () => {
    const lines = ['The answer.', ...Array.from({ length: 7 }, (_, i) => `• Item ${i}: value ${i}`), '• A long point.'];
    const reply: Reply = { kind: 'answer', title: 'T', lines, fields: [], notes: [], sources: [], suggestions: [] };
    const fitted = fitForChat(reply);
    expect(fitted.lines).toHaveLength(MAX_BODY_LINES);
    expect(fitted.fields.map((f) => f.label)).toEqual(['Item 4', 'Item 5', 'Item 6']);
    expect(fitted.notes).toEqual(['A long point.']);
  });

  it('GIVEN a line that starts with the title THEN the title is said once', () => {
    const reply: Reply = {
      kind: 'answer',
      title: 'GPT-4 — training cost',
      lines: ['GPT-4 — training cost: ~$79M.', 'GPT-4 Turbo is cheaper.'],
      fields: [],
      notes: [],
      sources: [],
      suggestions: [],
    };
    expect(fitForChat(reply).lines).toEqual(['~$79M.', 'GPT-4 Turbo is cheaper.']);
  });
});
