// A deal the sources do not give (a price paid for a company, a stake in one, when it was bought) is declined
// first, never answered with the buyer's profile; open words that only pick a model out ask nothing of it; a maker
// named before a family of its own chips, or a chip series, asks which chip. Phrasings are the tests' own.
import { describe, expect, it } from 'vitest';
import { say as ask } from '../support/ask-engine.js';

const firstLine = (text: string) => text.split('\n')[0]!;

describe('a deal no source gives', () => {
  it.each([
    ['how much did nvidia spend on its stake in mistral', "Nvidia's stake"],
    ['google acquisition of deepmind - the price?', "Google's acquisitions"],
    ['when did meta acquire the startup behind llama tooling', "Meta's acquisitions"],
    ['how much did microsoft shell out for the inflection acquihire', "microsoft's acquisitions"],
    ["what's amazon's equity stake in anthropic worth these days", "AWS's stake"],
  ])('GIVEN %s THEN declined as the first-named company’s deal, no figure', (q, named) => {
    const out = ask(q);
    expect(firstLine(out)).toBe(`Not in my sources: ${named}`);
    expect(out).not.toMatch(/\$\d/);
  });

  it('GIVEN a stake the user prices with their own sums THEN no decline', () => {
    expect(ask('we put in $3M for a 15% stake, what is that post-money?')).not.toMatch(/Not in my sources/);
  });

  it('GIVEN a chip bought at its acquisition price THEN the list price, not a decline', () => {
    expect(ask('h100 acquisition price')).toMatch(/release price: ~\$33\.6K/);
  });
});

describe('open words that only pick the model out', () => {
  it('GIVEN a training cost asked of "the open one" THEN its training cost is declined, no openness grade', () => {
    const out = ask('what did grok-1 cost to train, the open-weights one');
    expect(firstLine(out)).toBe("Not in my sources: Grok-1's training cost");
    expect(out).not.toMatch(/Apache/);
  });

  it('GIVEN a training figure of "the open <model>" THEN that figure', () => {
    expect(ask('parameter count of the open grok-1')).toMatch(/314 billion parameters/);
  });

  it('GIVEN how open the model is THEN still its openness', () => {
    expect(ask('is grok-1 open weights?')).toMatch(/openness/);
  });
});

describe('which chip of a maker’s family or series', () => {
  it('GIVEN the maker before a chip family THEN asks which member, each with its figure', () => {
    const out = ask('amazon aws trainium tdp?');
    expect(out).toMatch(/could mean several chips/);
    expect(out).toMatch(/Trainium2: thermal design power: 500 W/);
  });

  it('GIVEN a series code two chips share THEN asks which, each with its list price', () => {
    const out = ask('how much is an amd mi350');
    expect(out).toMatch(/could mean several chips/);
    expect(out).toMatch(/MI350X: release price: ~\$25K/);
    expect(out).toMatch(/MI355X: release price: ~\$30K/);
  });

  it('GIVEN one chip of the series by its own code THEN that chip', () => {
    const out = ask('mi355x list price');
    expect(out).toMatch(/release price: ~\$30K/);
    expect(out).not.toMatch(/several chips|MI350X/);
  });
});

describe('which member, when a maker is typed before the family or a licence is asked of it', () => {
  it('GIVEN a training cost of the maker-prefixed family THEN declined, then which member, each with its cost', () => {
    const out = ask('training bill for nvidia nemotron?');
    expect(firstLine(out)).toBe("Not in my sources: Nemotron's training cost");
    expect(out).toMatch(/which one do you mean/);
    expect(out).toMatch(/Nemotron-3-8B: ~\$214K/);
    expect(out).toMatch(/Nemotron-4 340B: ~\$21\.3M/);
  });

  it('GIVEN whether a maker’s licence is a named one THEN which release, each with its licence', () => {
    const out = ask('is the deepseek licence really MIT?');
    expect(out).toMatch(/The licence depends on the DeepSeek release — which one do you mean\?/);
    expect(out).toMatch(/DeepSeek R1, [^:]*: MIT/);
  });

  it('GIVEN one release named by its version THEN no ask-back over the maker’s other releases', () => {
    expect(ask("is meta's llama 2 licence really permissive?")).not.toMatch(/depends on the Meta release/);
  });
});
