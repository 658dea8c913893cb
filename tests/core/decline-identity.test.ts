// A question names its subject with identifying tokens (a version, a chip code) and asks a measure: when the
// knowledge lacks either, the reply declines without a neighbour's figure. Phrasings are the tests' own.
import { describe, expect, it } from 'vitest';
import { say as ask } from '../support/ask-engine.js';

const firstLine = (text: string) => text.split('\n')[0]!;

describe('a version code another entity writes', () => {
  it('GIVEN a maker and a version code only another model uses (TPU "v5p") THEN that version is declined', () => {
    for (const q of ["DeepSeek V5's training bill?", 'training cost of deepseek v5', 'deepseek-v5 cost to train?']) {
      const text = ask(q);
      expect(firstLine(text)).toMatch(/^Not in my sources: deepseek[ -]v5/i);
      expect(text).not.toMatch(/\$\d/);
    }
  });

  it('GIVEN a version the maker does write THEN it is answered', () => {
    expect(ask('DeepSeek V3 training cost?')).toContain('$5.6M');
  });
});

describe('renting a chip the articles give no rate for', () => {
  it('GIVEN any chip code besides the H100 asked for a rental rate THEN declined, never priced as an H100', () => {
    for (const [q, chip] of [
      ['monthly cost to rent an H200 from a marketplace?', 'H200'],
      ['h200 hourly on aws', 'H200'],
      ['what would a B300 go for per month rented?', 'B300'],
    ] as const) {
      const text = ask(q);
      expect(firstLine(text)).toBe(`Not in my sources: ${chip} rental prices`);
      expect(text).not.toMatch(/\$\d/);
    }
  });

  it("GIVEN the user's own rate for that chip THEN it is worked, not declined", () => {
    expect(ask('4 H200s at $3.10/hr for 10 days')).toContain('$2,976');
  });

  it('GIVEN the H100 THEN the sourced rates answer', () => {
    expect(ask('how much to rent an H100 for a month')).toContain('$1,100');
  });
});

describe('a measure no article quantifies, asked as a bare noun phrase', () => {
  it('GIVEN "<company> headcount?" or "<company> employees" THEN declined, with no profile in its place', () => {
    for (const q of [
      'DeepSeek headcount?',
      'anthropic employees',
      'mistral workforce size',
      "anthropic's headcount?",
    ]) {
      const text = ask(q);
      expect(firstLine(text)).toMatch(/^Not in my sources: (DeepSeek|Anthropic|Mistral AI)'s head count$/);
    }
  });
});

describe('a bare family name whose data-set versions each hold the figure asked', () => {
  it('GIVEN a family the articles do not know ("grok") asked a training figure THEN it asks which version', () => {
    for (const q of ['how many FLOP did grok take to train', 'what did grok cost to train?', 'nemotron params?']) {
      const text = ask(q);
      expect(firstLine(text)).toMatch(/^Which (grok|nemotron)\?/);
      // A figure appears only beside the version it belongs to, never as the family's.
      for (const line of text.split('\n').filter((l) => /\$\d/.test(l))) expect(line).toMatch(/^• (Grok|Nemotron)/);
    }
  });

  it('GIVEN a bare name an article model takes as alias ("kimi") and several versions with the figure THEN asks', () => {
    const text = ask('parameter count for kimi');
    expect(firstLine(text)).toBe('Which kimi?');
    expect(text).toContain('Kimi K2.5');
  });

  it('GIVEN the maker named beside the family ("TII\'s Falcon") THEN the family is asked about, not the maker', () => {
    const text = ask("Epoch's training cost for TII's Falcon?");
    expect(firstLine(text)).toBe('Which Falcon?');
    expect(text).toContain('Falcon-180B');
  });

  it('GIVEN an article alias ("mixtral") asked of a data set that lists several releases under it THEN those', () => {
    const text = ask('MOT licence for mixtral?');
    expect(text).toContain('Mixtral 8x7B');
    expect(text).toContain('Mixtral 8x22B');
  });
});

describe('a maker and a family the articles know', () => {
  it('GIVEN "Meta Llama" asked a training cost THEN it still asks which, never one small Llama\'s Epoch row', () => {
    const text = ask('meta llama: what did training cost, roughly?');
    expect(text).not.toMatch(/^Llama 2-7B/);
  });
});
