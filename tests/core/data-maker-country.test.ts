// Where a model's maker is based: the organisation's country from the knowledge, else the country Epoch gives for the
// model's developers (or for all the maker's other models), cited; a plain decline when no source gives one.
// Phrasings below are our own, not from any question set.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe("a model's maker and its country", () => {
  it("GIVEN a maker's country asked with or without 'who made it' THEN the maker and Epoch's country, cited", () => {
    for (const q of [
      'falcon-40b — who trained it, and in which country?',
      "what's the home country of falcon 180b's developer",
      'where is the institute behind falcon-180b located?',
    ]) {
      const out = say(q);
      expect(out, q).toContain('Technology Innovation Institute');
      expect(out, q).toContain('United Arab Emirates');
      expect(out, q).toContain('Epoch AI');
    }
  });

  it('GIVEN a maker Epoch places by its other models THEN that country', () => {
    expect(say('which country does the company that built jamba come from?')).toContain('Israel');
  });

  it('GIVEN a maker no source places THEN says so, no country guessed', () => {
    const out = say('bloomz: who built it and what nation are they in?');
    expect(out).toContain("I don't have a sourced country");
  });

  it('GIVEN only who made it THEN no country line', () => {
    expect(say('who trained falcon-180b?')).not.toContain('based in');
  });
});

describe('a name made a time by "era"', () => {
  it('GIVEN "<name>-era" or "<name> era" beside a named model THEN the named model answers, no decline for the era name', () => {
    for (const q of [
      'the davinci-era gpt-3: what did training cost?',
      "gpt-3's training bill, back in the davinci era",
    ]) {
      const out = say(q);
      expect(out, q).toContain('$4.6M');
      expect(out, q).not.toContain("I don't have a sourced figure for “davinci”");
    }
  });

  it('GIVEN an era name alone THEN it is still read as the name', () => {
    expect(say('davinci price per million tokens')).toMatch(/Davinci — token prices/);
  });
});
