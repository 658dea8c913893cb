// Declined first, plainly: a release code, a graded index, a company figure or a model the knowledge lacks is never
// answered with a neighbour's figure. Phrasings here are the tests' own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { openingMetric } from '../../src/core/asked-metric.js';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import type { Question } from '../../src/core/understand/question.js';
import { leadStandsIn } from '../../src/core/understand/stand-in.js';
import { createUnderstander } from '../../src/core/understand/understand.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Entity } from '../../src/knowledge/schema.js';

let ask: (q: string) => string;
let understand: ReturnType<typeof createUnderstander>;
let engine: ReturnType<typeof createEngine>;
beforeAll(() => {
  engine = createEngine(loadKnowledge());
  understand = createUnderstander(engine.index);
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

const firstLine = (text: string) => text.split('\n')[0]!;

describe('a release code the data sets lack', () => {
  it('GIVEN a family name and a year-month code no known name continues THEN declined, naming the releases held', () => {
    const text = ask('mistral-large-2701 input price per million?');
    expect(firstLine(text)).toBe('Not in my sources: mistral-large-2701');
    expect(text).toContain('Mistral Large 2411');
    expect(text).not.toMatch(/\$\d/);
  });

  it('GIVEN a known year-month code THEN that release is answered', () => {
    expect(firstLine(ask('mistral-large-2407 input price per million?'))).toContain('Mistral Large 2407');
  });
});

describe('an index that does not grade the model', () => {
  it('GIVEN the index named as "the openness index" and a model it does not grade THEN declined, no other figures', () => {
    const text = ask('does the openness index grade reka core?');
    expect(firstLine(text)).toMatch(/^Not in my sources: Reka Core's OSAI index grades/);
    expect(text).not.toContain('parameters');
  });
});

describe('a model the knowledge lacks, named after one it has', () => {
  it('GIVEN a lead whose name starts an unknown name THEN the lead stands in for it', () => {
    const lead = { name: 'Mistral AI', aliases: ['mistral'] } as unknown as Entity;
    expect(leadStandsIn({ lead, unknownNames: ['Mistral Large 3'] } as unknown as Question)).toBe(true);
    expect(leadStandsIn({ lead, unknownNames: ['Falcon 180B'] } as unknown as Question)).toBe(false);
    expect(leadStandsIn({ lead: undefined, unknownNames: ['Mistral Large 3'] } as unknown as Question)).toBe(false);
  });

  it('GIVEN a size and a model the maker has no figure for THEN declined, never a calculation on the maker', () => {
    const text = ask("Epoch's training FLOP for the 675B Mistral Large 3?");
    expect(firstLine(text)).toMatch(/^Not in my sources/);
    expect(text).not.toContain('calculation');
  });
});

describe('a company figure the sources lack', () => {
  it('GIVEN a money metric opening a question that names another THEN it is the one asked', () => {
    const q = understand('which valuation came with Mistral funding?');
    expect(openingMetric(engine.index, q)).toBe('valuation');
    expect(openingMetric(engine.index, understand('how much did Mistral raise?'))).toBeUndefined();
  });

  it('GIVEN the opening metric missing while the other is held THEN declined first', () => {
    const text = ask('which valuation came with Mistral funding?');
    expect(text.split('\n')[1]).toBe(
      "I don't have a figure for Mistral AI's valuation in my sources; here is what I do have on Mistral AI.",
    );
  });

  it('GIVEN a question ending on "figure?" for a money metric the company lacks THEN declined first', () => {
    const text = ask(
      'Hugging Face, the hub everyone downloads open models from, and its enterprise side: valuation figure?',
    );
    expect(text.split('\n')[1]).toMatch(/^I don't have a figure for Hugging Face's valuation/);
  });
});

describe('a chip code several chips share', () => {
  it('GIVEN what it sold for at launch THEN it asks which chip, naming the variants', () => {
    const text = ask('what did the V100 sell for at launch?');
    expect(text).toMatch(/could mean several chips/);
    expect(text).toContain('V100 PCIe 16 GB');
  });
});
