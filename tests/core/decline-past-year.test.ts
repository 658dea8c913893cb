// A year before the price lists' date asked of a token price: today's prices would read as that year's, so the year
// is said to be missing first and today's prices follow labelled with their date.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

const firstLines = (a: string) => a.split('\n').slice(0, 2).join(' ');

describe('token prices asked for a past year', () => {
  it('GIVEN a past year THEN "I don\'t have … for YEAR" before any price', () => {
    for (const [q, year] of [
      ['gpt-4o per-million-token price back in 2023?', '2023'],
      ['what was claude 3 opus charging per mtok during 2024', '2024'],
      ['gpt-3.5 turbo input price in 2022', '2022'],
      ['deepseek v3 token cost for 2025', '2025'],
    ]) {
      const a = say(q!);
      const opening = a.split('\n').find((l) => /\$\s?\d|don't have/.test(l)) ?? '';
      expect(opening, q).toMatch(new RegExp(`don't have .* for ${year}`));
      expect(firstLines(a), q).toContain('as of');
    }
  });

  it('GIVEN a dated model id or no year THEN the prices with no year note', () => {
    for (const q of ['gpt-4o-2024-08-06 price per million', 'gpt-4o token price'])
      expect(say(q), q).not.toMatch(/don't have/);
  });
});
