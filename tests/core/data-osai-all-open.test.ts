// The index's systems open on every field, asked in other words than "all 12 fields"; phrasings of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('open on every field of the index', () => {
  it('GIVEN a criterion, a category or "across the board" THEN the systems open on all twelve', () => {
    for (const q of [
      'is any system open on each single criterion of the osai index?',
      'list the osai entries graded open in every category',
      'which models come out open across the board in the open source ai index',
    ])
      expect(ask(q), q).toMatch(/Open on all 12 fields: Mustango, YuLan/);
  });

  it('GIVEN each category asked about with no grade THEN not the list of open systems', () => {
    expect(ask('what does every osai category cover')).not.toContain('Open on all 12 fields');
  });
});
