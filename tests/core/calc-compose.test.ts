// Calculations that compose several steps, and the dimensional check that refuses formulas whose units only
// cancel by accident. Each kind is asked several ways with different numbers: the mechanism, not one phrasing.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { composes, solve } from '../../src/core/units.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
const say = (text: string) => renderPlainText(engine.answer({ text, surface: 'terminal' }));

/** Each phrasing's answer contains every expected string and no broken number. */
function expectAll(cases: Array<[string, string[]]>): void {
  for (const [q, wanted] of cases) {
    const out = say(q);
    for (const w of wanted) expect(out, q).toContain(w);
    expect(out, q).not.toMatch(/NaN|Infinity|undefined/);
  }
}

describe('the dimensional check', () => {
  it('GIVEN two amounts of money multiplied THEN the formula does not compose, however the units cancel', () => {
    const [upfront, api, running] = parseQuantities('$85k up front, $9,500/month api, $2k/month to run');
    expect(composes([upfront!, api!, running!], [1, 1, -1])).toBe(false);
    expect(composes([upfront!, api!], [1, -1])).toBe(true);
  });

  it('GIVEN only amounts that multiply money by money THEN the solver finds no combination', () => {
    expect(solve(parseQuantities('$5 budget and $3.05B raised'), { dims: { usd: 1 } })).toBe('no-combination');
  });

  it('GIVEN a count asked of two amounts of money THEN the larger goes over the smaller, never "0 runs"', () => {
    expectAll([
      ['a $2B budget with ~10% to final training: how many $40M runs does that cover?', ['5 runs']],
      ['how many $2M pilots would 10% of a $300M budget pay for?', ['15 pilots']],
    ]);
  });
});

describe('ranges of money', () => {
  it('GIVEN "$5-20M each" against a budget THEN both ends, low and high', () => {
    expectAll([
      ['the raise was $3.05B and models cost $5-20M each. how many trainings could it fund?', ['153', '610']],
      ['a $600M budget at $50-150M per run: how many runs?', ['4 runs', '12 runs']],
    ]);
  });

  it('GIVEN a money range times a share range THEN the lowest and highest products', () => {
    expectAll([['apps earn $50-100B at 50-80% margins: gross profit?', ['$25B', '$80B']]]);
  });
});

describe('growth over a duration', () => {
  it('GIVEN a range of yearly multiples and a number of years THEN both ends compounded', () => {
    expectAll([
      ['at 2-3x a year growth, what would a $50M run cost in 2 years?', ['$200M', '$450M']],
      ['costs rise 10-20% per year; a $1M bill in 3 years?', ['$1.33M', '$1.73M']],
    ]);
  });

  it('GIVEN two amounts some years apart and a multiplier asked THEN the yearly multiple', () => {
    expectAll([['$10M to $600M over 2 years: what yearly multiplier is that?', ['7.75×']]]);
  });

  it('GIVEN two dated amounts and a linear change asked THEN the amount added each year', () => {
    expectAll([
      ['from $55.8B in 2024 to $282B in 2030: average added per year, if linear?', ['$37.7B a year']],
      ['$10M in 2020 and $40M in 2023 - how much added per year, linearly?', ['$10M a year']],
    ]);
  });
});

describe('shares and multiples of two amounts', () => {
  it('GIVEN "what % of" with no amount after "of" THEN the smaller as a share of the larger', () => {
    expectAll([
      ['the IPO raised $559M at a $6.6B valuation - what % of the company is that?', ['8.5%']],
      ['a $294K bill vs a $5.6M one - the first is what % of the second?', ['5.3%']],
      ['a $5.6M bill as a % of an $8B fund?', ['0.07%']],
    ]);
  });

  it('GIVEN "- multiple?" THEN how many times the larger is the smaller', () => {
    expectAll([['a $2T valuation vs $380B - multiple?', ['5.26×']]]);
  });
});

describe('a change to one amount of a formula', () => {
  it('GIVEN a monthly burn cut by a share and money to last THEN divided by the reduced burn', () => {
    expectAll([
      ['if they cut the ~$47M monthly burn by 30%, how many months would $559M last?', ['17 months']],
      ['our $20K monthly burn grows by 50%; how many months does $300K last?', ['10 months']],
    ]);
  });
});

describe('rates over a working day', () => {
  it('GIVEN token terms per hour, hours a day and workdays a month THEN the monthly bill', () => {
    expectAll([
      [
        'per hour we push 3M input tokens ($1.10/M) and 600K output ($4.40/M), 10 hours a day, 22 workdays a month. monthly bill?',
        ['$1,307 a month'],
      ],
    ]);
  });
});

describe('break-even', () => {
  it('GIVEN an up-front cost plus running cost against a monthly alternative THEN the months to break even', () => {
    expectAll([
      ['box costs $85k up front plus $2k/month to run; our API bill is $9,500/month. months to break even?', ['11.3']],
      [
        'buy 8 H100s at $27,500 each plus $3,000/month hosting, or rent 8 at $1,100/month each - when does buying break even?',
        ['37.9 months', 'month 38'],
      ],
      ['a $12,000 server vs $1,000 a month in the cloud: when does it pay back?', ['12 months']],
    ]);
  });

  it('GIVEN an alternative cheaper than running the purchase THEN a sentence that it never pays back', () => {
    expectAll([
      ['a $40k server plus $500 a month power vs $300 a month in the cloud: break even?', ['never pays back']],
    ]);
  });
});
