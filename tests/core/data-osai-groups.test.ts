// A family or maker word the openness index grades several systems under, asked of the index: which one, each with
// its grade, never one member's profile from the articles.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe('several graded systems under one word, the index named', () => {
  it("GIVEN a family's versions graded separately THEN asks which, each with its score", () => {
    for (const q of ['llama openness per the european open source ai index', 'what grade does osai give llama']) {
      const a = say(q);
      expect(a, q).toMatch(/which one do you mean/);
      for (const v of ['Llama 2', 'Llama 3.1', 'Llama 4']) expect(a, q).toContain(v);
      expect(a, q).toMatch(/\d+\/100/);
    }
  });

  it("GIVEN a maker's licence asked of the index THEN each system with the licence the index records", () => {
    const a = say('which licence does osai list for deepseek?');
    expect(a).toMatch(/which one do you mean/);
    expect(a).toContain('DeepSeek License Agreement');
    expect(a).toContain('MIT');
  });

  it('GIVEN one version named THEN that version alone, no question back', () => {
    expect(say('how open is llama 3.1 according to the osai index')).not.toMatch(/which one do you mean/);
  });
});
