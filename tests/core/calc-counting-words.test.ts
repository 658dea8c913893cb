// How counted things are read: a whole made of members ("a group of 25 orgs"), users counted by how often they are
// active ("12k monthly actives"), a count per period asked of a rate the user gives ("requests per day?"), and which
// amount is the part in "what % of that is …". Each asked several ways with different numbers.
import { describe, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a whole made of its members', () => {
  it('GIVEN "a group of N things" THEN the N things are counted, not so many per group', () => {
    expectAll([
      ['a group of 25 orgs wants to co-fund a $400M training run, equal shares. per org?', ['$16M per org']],
      ['a consortium of 40 universities splits a $50M cluster evenly, each pays?', ['$1.25M']],
      ['a team of 6 engineers costs $1.2M a year. per engineer per month?', ['$16,667']],
    ]);
  });
  it('GIVEN "a convo is 6 turns" THEN the count is still per conversation', () => {
    expectAll([
      ['a convo is 6 turns and each turn is 500 tokens; 10k convos a day at $2/M, daily cost?', ['$60 a day']],
    ]);
  });
});

describe('users counted by how often they are active', () => {
  it('GIVEN "monthly active users" or "monthly actives" THEN a head count, divided into the bill', () => {
    expectAll([
      ['infra bill last month was $42,000 and we had 12k monthly actives. cost per MAU?', ['$3.50 per user']],
      ['our $90k monthly bill over 30k monthly active users — per user?', ['$3']],
      ['8,000 daily actives and a $20k/month bill: cost per active user a month', ['$2.50']],
    ]);
  });
});

describe('a count per period of a rate the user gives', () => {
  it('GIVEN a rate of requests and a period asked THEN the count in that period', () => {
    expectAll([
      ['each replica does 40 requests per second. how many requests per day?', ['3.46M requests a day']],
      ['our api serves 300 requests a minute. requests per day?', ['432K requests a day']],
      ['we get 50 signups a day, how many signups per year', ['18,250 signups a year']],
      ['we serve 2M queries a month; how many queries per day', ['65,753 queries a day']],
    ]);
  });
  it('GIVEN a duration written in the asking words THEN the count over it', () => {
    expectAll([['a replica handles 12 req/s flat out. requests per 30-day month?', ['31.1M requests']]]);
  });
  it('GIVEN another count beside the rate THEN no count is made up from the rate alone', async () => {
    const a = await say('12 req/s per replica, 8 replicas: requests per hour?');
    if (a.includes('43,200')) throw new Error(`dropped the replicas: ${a}`);
  });
});

describe('which amount is the part of a share', () => {
  it('GIVEN "what % of that is X" THEN X is the part and the earlier amount the whole', () => {
    expectAll([
      ["deepseek's parent has $8B AUM. what % of that is the $5.6M V3 run", ['0.07%']],
      ['our revenue is $40M. what share of it was the $6M from one customer?', ['15%']],
      ['we have a $2.5M budget; what percentage of it does a $400k cluster eat', ['16%']],
      ['what % of a $2M budget is $300k', ['15%']],
    ]);
  });
});

describe('a cost per one of the things a share describes', () => {
  it('GIVEN "80% of the answers are correct" and a cost per correct answer THEN the cost divides by the share', () => {
    expectAll([
      [
        "each call costs us 2 cents and 80% of the answers are correct. what's the cost per *correct* answer",
        ['$0.025'],
      ],
      [
        'image gen is $0.04 per image but only 50% of generations are usable. cost per usable image?',
        ['$0.08 per image'],
      ],
      ['calls cost $0.01 each with a 90% success rate; cost per successful call', ['$0.0111']],
    ]);
  });
  it('GIVEN a price per page or ticket THEN it is per that thing and multiplies its count', () => {
    expectAll([['$0.05 per page, 2,000 pages a day, monthly cost?', ['$3,042 a month']]]);
  });
});

describe('a growth asked as a percentage', () => {
  it('GIVEN a compounding rate and a "total % increase" asked THEN the percentage, the multiple beside it', () => {
    expectAll([
      ['token prices creeping up 5% a month (ugh). over 12 months thats what total % increase', ['+79.6%']],
      ["costs grow 10% a year, what's the total percentage increase after 5 years", ['+61.1%']],
    ]);
  });
  it('GIVEN "10% a year" THEN no chip is read from the number and the article after it', async () => {
    const a = await say('it rises 10% a year');
    if (/A10/.test(a)) throw new Error(`read a chip: ${a}`);
  });
});

describe('small shares, speeds per chip and months defined in brackets', () => {
  it('GIVEN a share far below 1% THEN two decimals, never "0%"', () => {
    expectAll([['our api spend is 2.1M a year. what share of the 2025 API spending run rate is that', ['0.03%']]]);
  });
  it('GIVEN "one gpu does N tok/s" and a price per token THEN revenue per GPU-hour or per GPU a day', () => {
    expectAll([
      ['we sell tokens at 60c per million. one gpu does 1,500 tok/s. revenue per gpu-hour?', ['$3.24 per GPU-hour']],
      ['a card does 2,000 tok/s and tokens sell for $0.40/M; revenue per gpu per day?', ['$69.12 a day']],
    ]);
  });
  it('GIVEN "per month (730h) and per year" after "24/7" THEN both periods, and 24/7 is no split', () => {
    expectAll([
      [
        "gpu is $2.49/hr. if we leave it on 24/7, what's that per month (730h) and per year?",
        ['$1,818 a month', '$21,812 a year'],
      ],
    ]);
  });
});

describe('prices written before the things counted, and sums written with a glued B', () => {
  it('GIVEN "how many $33,600 GPUs can $5.6M buy" THEN the money before the things is each one\'s price', () => {
    expectAll([
      ['how many $33,600 GPUs can you buy with $5.6M?', ['166 GPUs']],
      ['how many $30k H100s does a $3M budget buy', ['100 H100s']],
    ]);
  });
  it('GIVEN "raised 3.05B" with no dollar sign THEN a sum of money, not a model size', () => {
    expectAll([['raised 3.05B total, burns 25M a month — how many years of runway?', ['10.2 years']]]);
  });
});

describe("the user's own amounts in euros, pounds and yuan", () => {
  it('GIVEN amounts in one currency and no rate THEN the calculation in that currency', () => {
    expectAll([
      ['€40k per month for 12 months, how much is that', ['€480,000']],
      ['we pay €1,200 a month for the box, per year?', ['€14,400 a year']],
    ]);
  });
  it('GIVEN a rate to dollars THEN every amount converted, rates too, before the calculation', () => {
    expectAll([
      ['we pay €1,200 a month for the box; at 1.1 usd per eur what is that a year in dollars', ['$15,840 a year']],
      ['8 gpus at €2.20/hr for 30 days, eur/usd 1.1, total in usd', ['$13,939']],
      ['£500k budget at 1.27 usd per gbp, how many H100 hours at $2.50/hr', ['254,000']],
      ['€2.40/gpu-hr in usd @ 1.08?', ['$2.59']],
    ]);
  });
  it('GIVEN dollar amounts and another currency asked at a bare rate THEN the result in that currency', () => {
    expectAll([['monthly api spend 45k USD, team wants it in GBP at 0.79. and per day (30d)?', ['£1,185 a day']]]);
  });
});
