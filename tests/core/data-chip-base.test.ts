// A chip named exactly by its code beside its bins and variants, a code of digits that is no amount, and a chip the
// data lacks typed in small letters; phrasings of our own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

describe('a chip named by its exact code', () => {
  it('GIVEN the one chip of that exact name holding the figure THEN its figure, no ask-back', () => {
    for (const q of ['list price of the ascend 910b?', 'huawei 910b release price', 'what does an ascend 910b cost']) {
      const a = ask(q);
      expect(a, q).toMatch(/Huawei Ascend 910B:[\s\S]*\$16\.9K/);
      expect(a, q).not.toContain('could mean several');
    }
  });

  it('GIVEN a code of digits and a letter ("910b") in a chip question THEN it is no amount of the user’s', () => {
    expect(ask('910b ascend price from the epoch hardware list')).toContain('$16.9K');
  });
});

describe('a chip the data lacks, typed in small letters', () => {
  it('GIVEN "l40s" with a spec asked THEN declined, never the L40’s figure', () => {
    for (const q of ['l40s power draw tdp?', 'nvidia l40s memory', 'release price l40s']) {
      const a = ask(q);
      expect(a, q).toMatch(/I don't have “(nvidia )?l40s”/i);
      expect(a, q).not.toMatch(/300 W|48 GB/);
    }
  });

  it('GIVEN a count of them THEN still a plural, the user’s arithmetic', () => {
    expect(ask('6 l40s at $2/hr for 10 hours')).toContain('$120');
  });
});
