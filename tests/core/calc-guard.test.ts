// The last check on worked figures: a calculation that leaves out an amount the user wrote with a unit, or that gives
// another kind of figure than the one asked, is held back with the numbers read; numbers that only label, describe or
// restate still let the figure stand. Phrasings are our own.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

const HELD = "won't guess a figure";

describe('a worked figure that leaves out an amount the user wrote', () => {
  it('GIVEN a scaled count of things the formula drops THEN no figure, and the dropped amount is named', () => {
    // The $15 plan names its payers, so it is per install: the count is used, not dropped.
    const installs = say("our app has 300k+ installs; if 2% convert to a $15/mo plan, what's monthly revenue?");
    expect(installs).toContain('$90,000 a month');
    expect(installs).not.toContain('$0.3 a month');
  });

  it('GIVEN an exchange rate written beside a currency pair THEN no figure left in the other currency', () => {
    const fx = say('¥500k a month at an fx rate of 7.1, per year in usd?');
    expect(fx).toContain(HELD);
    expect(fx).not.toContain('¥6M a year');
  });

  it('GIVEN a growth rate asked and only sums worked THEN no sum stands as the rate', () => {
    const flat = say('monthly spend is $3k/mo for 12 months — the CAGR?');
    expect(flat).toContain(HELD);
    expect(flat).not.toContain('$36,000');
    // Worked as a rate now (calcC29): the sourced run rate to the projection's midpoint, never the run rate × 4 years.
    const cagr = say(
      "api spending run rate is 8.4B today. if it reaches the middle of the projected range in 4 years, what's the implied CAGR",
    );
    expect(cagr).toContain('+52.1% a year');
    expect(cagr).not.toContain('$33.6B');
  });
});

describe('numbers that label, describe or restate leave the figure standing', () => {
  it('GIVEN ids, 24/7, a month defined in hours, tiers never reached or today’s count THEN the worked figure', () => {
    expectAll([
      ['vendor #2 charges $0.40/M tokens, we use 500M tokens a month. monthly bill?', ['$200']],
      ['GPU #3 costs $2.10/hr; running 24/7 for a 30-day month, cost?', ['$1,512']],
      ['$2,190 a month for a server, per hour if a month is 730 hours?', ['$3 an hour']],
      ['first 200M tokens at $2/M, after that $1.50/M; we use 150M tokens. cost?', ['$300']],
      ['a $9M bill split 50/30/20 across three labs — each pays?', ['$4.5M', '$2.7M', '$1.8M']],
      [
        'we have 300 customers paying $50/mo, fixed costs are $9,000/mo and each costs $20/mo to serve. customers to break even?',
        ['300 customers'],
      ],
      ['£7,500 per month on gpus, gbp to usd at 1.27 — yearly cost in dollars?', ['$114,300']],
    ]);
  });

  it('GIVEN a change against a value from years ago THEN the change, the years no input', () => {
    expect(say('we pay $80k now vs $50k two years ago — % increase?')).not.toContain(HELD);
  });
});
