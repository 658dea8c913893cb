// A figure asked for a year after every source's date, which no source forecasts, is declined plainly: today's
// prices or rates would read as that year's. Phrasings here are the tests' own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
let intentOf: (q: string) => string | undefined;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
  intentOf = (q) => engine.answer({ text: q }).intent;
}, 60_000);

/** The reply's first sentence after its title: where a decline must come before any figure. */
const opening = (text: string) => text.split('\n')[1]!.split(/(?<=[.!?])\s/)[0]!;

describe('a price asked for a year past the sources', () => {
  it.each([
    'how much would claude opus cost per million output tokens in 2029?',
    'deepseek v3 per-token pricing for 2031',
    'expected A100 monthly rent in 2028',
    'projected o1 api price 2027',
    'what will gemini 2.5 pro charge per mtok next year',
  ])('GIVEN %s THEN declined first, with no dollar figure', (question) => {
    const text = ask(question);
    expect(opening(text)).toMatch(/^I don't have .* for 20\d\d: my sources end in 2026/);
    expect(text).not.toMatch(/\$\d/);
  });

  it('GIVEN the year typed THEN the question without it is offered', () => {
    expect(ask('gpt-5 api pricing in 2029?')).toContain('ask “gpt-5 api pricing” for those');
  });
});

describe('a year the sources do name, or numbers of the user', () => {
  it('GIVEN a projection a source makes for that year THEN it is answered', () => {
    expect(ask('how large will the machine learning market be in 2030?')).toContain('$282B');
  });

  it("GIVEN another thing's projection for that year only THEN it does not make the year answerable", () => {
    expect(intentOf('mistral large price per token in 2030')).toBe('future-year');
  });

  it('GIVEN a growth rate of the user for the years ahead THEN it is worked, not declined', () => {
    expect(intentOf('we spend $40k a month on inference, up 10% a year: spend next year?')).not.toBe('future-year');
  });
});
