// Article questions whose subject or metric is named in everyday words: a rate named by where it is charged, money
// burned and earned, a share asked of a whole the question also names. Phrasings are the tests' own.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe("the articles' H100 rates named by where they are charged", () => {
  it('GIVEN aws and the marketplace set against each other with "price" THEN the two monthly rents, not a list price', () => {
    for (const q of [
      'marketplace price for an h100 month vs aws?',
      'h100: aws price is how many times the marketplace price',
    ]) {
      const text = say(q);
      expect(text, q).toContain('$1,100');
      expect(text, q).toContain('$2,800');
      expect(text, q).not.toContain('release price');
    }
  });

  it("GIVEN a chip's price with no rent named THEN still its list price", () => {
    expect(say('what was the h100 price at launch')).toContain('release price');
  });
});

describe('money burned and earned', () => {
  it('GIVEN spending called burning and revenue called earnings THEN the two worked against each other', () => {
    for (const q of ['how many times its earnings did stability ai burn', 'stability: burned vs earned?'])
      expect(say(q), q).toMatch(/≈9×/);
  });
});

describe('a share asked of a whole the question names', () => {
  it('GIVEN "how much of <a training cost> is <a part>" THEN the part\'s share, not a choice of training costs', () => {
    const text = say('how much of a frontier model training bill is the gpus and tpus');
    expect(text).toContain('40–50%');
    expect(text).not.toContain('could mean several things');
  });
});

describe('names that are examples or aliases of another side', () => {
  it('GIVEN companies in brackets after a layer THEN the layer is the subject, its figure first', () => {
    const text = say('closed model makers (openai, anthropic): how much revenue per year?');
    expect(text.split('\n').slice(0, 2).join(' ')).toContain('$20–30B');
    expect(text).not.toContain("I don't have");
  });

  it('GIVEN a comparison written in brackets THEN still a comparison', () => {
    expect(say('anthropic (vs openai) revenue')).toMatch(/≈1\.2\d?×/);
  });

  it('GIVEN "a/b vs c" THEN the side named twice is set against c, not against itself', () => {
    const text = say('nvidia/chips layer vs closed model layer: revenue');
    expect(text).toContain('Closed model layer');
    expect(text).not.toMatch(/^Nvidia vs Chips/);
  });
});
