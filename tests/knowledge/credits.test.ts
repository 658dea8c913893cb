import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';

describe('data-set credit lines', () => {
  it('GIVEN every data-set source THEN the README lists its credit line and licence', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const sets = [...loadKnowledge(undefined, { generated: false }).sources.values()].filter((s) => s.credit);
    expect(sets.length).toBe(6);
    for (const s of sets) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${s.id}\` |`));
      expect(row, s.id).toBeDefined();
      expect(row).toContain(s.credit!);
      expect(row).toContain(s.licence!);
    }
  });
});
