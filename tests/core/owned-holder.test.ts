// A company asked a figure it lacks that a company it owns has ("the fund's GPUs"): the owned company's figure,
// said to be theirs, instead of a decline and the owner's profile. Phrasings below are our own.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe("an owner asked its owned lab's figure", () => {
  it("GIVEN High-Flyer asked about GPUs THEN DeepSeek's ~50,000 H100s (~$1.3B), said to be DeepSeek's", () => {
    for (const q of ['how many h100s has high-flyer got?', "high flyer's gpu fleet size"]) {
      const out = say(q);
      expect(out, q).toContain('50,000 H100');
      expect(out, q).toContain('$1.3B');
      expect(out, q).toContain("the figure is DeepSeek's");
      expect(out, q).not.toContain("I don't have a figure for High-Flyer");
    }
  });

  it('GIVEN the owner asked a figure of its own THEN its own, no owned lab', () => {
    const out = say("what are high-flyer's assets under management?");
    expect(out).toContain('$8B');
    expect(out).not.toContain('owns DeepSeek;');
  });
});
