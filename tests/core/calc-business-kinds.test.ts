// Business arithmetic with the user's own numbers, each kind asked several ways: a gross margin when the cost is
// written per seat before its amount or the revenue is abbreviated, months to pay back an acquisition cost, a
// split whose count changes ("if 20 of them bail"), and a split by a list of weights.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a gross margin of a price and a cost', () => {
  it('GIVEN a price per seat a month and a cost "per seat is $X" THEN the margin of the two per seat', () => {
    expectAll([
      ['we charge $49/seat/mo and llm cost per seat is $11.27. gross margin %?', ['77%']],
      ['price per user is $30/mo, inference cost per user: $9. margin?', ['70%']],
    ]);
  });

  it('GIVEN "rev" and two cost lines THEN (revenue − costs) ÷ revenue', () => {
    expectAll([
      ['rev $3.2M, llm costs $1.1M, other cogs $0.4M. gross margin %?', ['53.1%']],
      ["rev $800k/mo, cogs $200k/mo and serving $100k/mo, what's our gross margin", ['62.5%']],
    ]);
  });
});

describe('a profit or margin of a price against what serving it costs, per payer or per period', () => {
  it('GIVEN a subscription and the tokens an average user burns at a price THEN price − tokens × price per user', () => {
    expectAll([
      ['$15/month plan; a typical subscriber uses 1.2M tokens at $6/M. margin?', ['52%', '$7.80 a month']],
      ['profit per user: users pay $12 a month, each one burns 900k tokens at $3 per million', ['$9.30 a month']],
    ]);
  });

  it('GIVEN a count of seats times a price and a monthly bill THEN (seats × price − bill) ÷ (seats × price)', () => {
    expectAll([
      ['what is our gross margin: 1,200 seats at $45/mo against an inference bill of $31k/mo', ['42.6%', '$54,000']],
      ['2,400 customers paying $99/mo, hosting 40k/mo and support 25k/mo. gross profit per month?', ['$172,600']],
      ['450 seats × $60/mo, gpu bill 9k a month. gross margin?', ['66.7%']],
    ]);
  });

  it('GIVEN what is billed and what it costs per call and calls a month THEN the monthly profit', () => {
    expectAll([
      ['we bill $0.05 per call and it costs us $0.03 per call, 400k calls a month. monthly gross profit?', ['$8,000']],
      ['we charge $0.01 per query; each query is 2k tokens at $2/M. profit on 500k queries a month?', ['$3,000']],
      ['we charge $29/seat/mo and llm cost per seat is $7.40/mo. profit per seat?', ['$21.60']],
    ]);
  });

  it('GIVEN token counts "in" and "out" with a rate after them THEN both sides are priced', () => {
    expectAll([
      [
        'we charge $0.004 per call; each call is ~2,000 tokens in and 400 out on a model at $1/M in, $3/M out. margin?',
        ['20%'],
      ],
    ]);
  });

  it('GIVEN tokens no "each" or "per" ties to a payer THEN no profit per user is made up', () => {
    const out = say('$20/mo sub, we spent 2.5M tokens at $4/M on evals. profit per user?');
    expect(out).not.toMatch(/Profit:|Loss:/);
  });
});

describe('months to pay back an up-front amount from what a customer brings in', () => {
  it('GIVEN what a customer pays, what serving costs and the CAC THEN CAC ÷ (pays − costs)', () => {
    expectAll([
      [
        'customer pays $2,000/mo, our serving cost is $650/mo, CAC was $9,450. how many months to pay back CAC',
        ['7 months', '$9,450 ÷ ($2,000/mo − $650/mo)'],
      ],
      [
        'CAC is $12k; each account brings in $1,500 a month and costs us $300 a month to serve. payback period?',
        ['10 months'],
      ],
      ['payback on a $5,000 CAC if ARPU is $400/mo and COGS $150/mo', ['20 months']],
    ]);
  });

  it('GIVEN costs at or above what comes in THEN a clear sentence, no months', () => {
    const out = say('users pay $20/month, compute costs $25/month, CAC $100. payback?');
    expect(out).toContain('never paid back');
    expect(out).not.toMatch(/NaN|Infinity|months —/);
  });
});

describe('a split whose count changes', () => {
  it('GIVEN "if N of them leave" THEN the split among those who remain', () => {
    expectAll([
      [
        'a $600M cluster shared equally by 40 startups, what does each pay? and if 15 of them walk away?',
        ['$15M per startup', '$600M ÷ 25 startups'],
      ],
      ['10 labs share a $300M cluster. what if 2 drop out?', ['$37.5M per lab']],
    ]);
  });

  it('GIVEN "if N more join" THEN the split among the larger count; GIVEN "if only N" THEN N', () => {
    expectAll([
      ['a $90k bill split among 6 teams; what if 3 more join?', ['$10,000 per team']],
      ['40 members split $8M. what if only 35 sign up?', ['$228,571 per member']],
    ]);
  });
});

describe('a split worked for two counts of the same parties', () => {
  it('GIVEN "N vs only M signing up" and one case named again by its number THEN each case and the difference', () => {
    expectAll([
      [
        '$300M training run split across 12 countries or just 8 joining. how much extra per country if only 8?',
        ['$25M per country', '$37.5M per country', 'Difference: $12.5M per country'],
      ],
      [
        'a $10M cluster shared by 20 labs vs 25 labs: how much less does each lab pay with 25?',
        ['$500,000 per lab', '$400,000 per lab', 'Difference: $100,000 per lab'],
      ],
      [
        '40 startups share a $2M compute grant, or 50 sign up — each gets how much less with 50?',
        ['$50,000 per startup', '$40,000 per startup', 'Difference: $10,000 per startup'],
      ],
      ['a $60M run split by 10 partners or 15 partners: each pays how much more in the 10 case?', ['Difference: $2M']],
    ]);
  });

  it('GIVEN the case number again THEN it is never read as a multiple', () => {
    expect(say('a $10M cluster shared by 20 labs vs 25 labs: how much less does each lab pay with 25?')).not.toContain(
      '$250M',
    );
  });
});

describe('a group covering one share between them, the others splitting the rest', () => {
  it('GIVEN "N cover half between them", "put in 40% together" THEN each of the group and each of the others', () => {
    expectAll([
      [
        'a $90M cluster: two founders put in 40% together, the other 12 members split the rest. what does each pay?',
        ['$18M', '$4.5M', '(40% ÷ 2)'],
      ],
      [
        "$1.2B run — 4 big labs cover a third of it jointly, the remaining 20 share what's left evenly. each big lab vs each of the others?",
        ['$100M', '$40M'],
      ],
      [
        '5 sponsors fund 60% combined of a $50M grant; the other 10 split the remainder. per sponsor and per other?',
        ['$6M', '$2M'],
      ],
    ]);
  });
});

describe('a split by a list of weights', () => {
  it('GIVEN weights named by "by …" or "ratio" THEN each part is its weight over their sum', () => {
    expectAll([
      [
        'split a $2.4M training bill across 3 BUs by headcount 120 / 80 / 40',
        ['$1.2M', '$800,000', '$400,000', '120/240'],
      ],
      ['allocate $90k across teams in a 3:2:1 ratio', ['$45,000', '$30,000', '$15,000']],
      ['divide $1.2M among 4 teams by GPU hours used: 500/300/150/50', ['$600,000', '$60,000']],
    ]);
  });

  it('GIVEN percentages that add to 100 THEN they are still shares', () => {
    expectAll([['our $50k bill across 2 teams, 30/70', ['$15,000', '$35,000', '× 30%']]]);
  });
});

describe('an amount per a thing the question counts, and a markup on top', () => {
  it('GIVEN "N tokens per <thing>" and a count of the thing THEN tokens × count × price, then the markup', () => {
    expectAll([
      [
        'quoting a client: ~2M tokens per doc, 300 docs, $1.10/M, plus a 25% markup. what do we quote',
        ['$825', '× (1 + 25%)'],
      ],
      ['500 contracts, 40k tokens per contract at $3/M, add 30% margin on top - price to charge?', ['$78']],
      ['1,200 tickets a month, 3k tokens a ticket, $2/M: monthly cost?', ['$7.20 a month']],
    ]);
  });

  it('GIVEN a margin on a revenue (not added on top) THEN it is still a share of it', () => {
    expectAll([['a $20M revenue at 40% margin - gross profit?', ['$8M']]]);
  });
});

describe('a saving asked per two periods', () => {
  it('GIVEN "per month and per year" THEN each result and the difference in both', () => {
    expectAll([
      [
        'moving 4M requests/mo from $0.012 per req to $0.005 per req - savings per month and per year?',
        ['$28,000 a month, $336,000 a year'],
      ],
    ]);
  });
});

describe('a product whose two factors both change', () => {
  it('GIVEN a price from A to B and the volume up or down by p% THEN (B ÷ A) × (1 ± p) − 1', () => {
    expectAll([
      [
        'vendor cut price from $0.40 to $0.25 per M, and our volume grew 70% after the cut. did the bill go up or down, by what %?',
        ['goes up 6.3%', '(1 + 70%)'],
      ],
      ['price went from $10 to $8 per seat but seats fell 15%. revenue up or down, by how much?', ['goes down 32%']],
      ['we went from $3/M to $1.50/M and usage is up 40%, what % change in spend?', ['goes down 30%']],
    ]);
  });

  it('GIVEN changes that cancel THEN says there is no change', () => {
    expectAll([['price went from $10 to $8 per seat and seats rose 25%. revenue up or down?', ['No change overall']]]);
  });
});

describe('a cost asked of a price at a margin', () => {
  it('GIVEN a price and a margin and the cost asked THEN price × (100% − margin)', () => {
    expectAll([
      ['we charge $10 per seat at a 60% margin, what does a seat cost us?', ['$4 per user', '(100% − 60%)']],
      ['price is $50/mo at a 70% gross margin. what is our cost per month?', ['$15 a month']],
    ]);
  });

  it('GIVEN a margin written "with" and the profit asked THEN a share of the price, not a markup', () => {
    expectAll([['we sell at $2 per request with 30% margin; what profit per request?', ['× 30%']]]);
  });
});

describe('a gross margin with rates per different periods, cents, or a share of hours sold', () => {
  it('GIVEN a price per user a month and a cost per user a day THEN both per user over the same month', () => {
    expectAll([
      ['price $30/user/month, llm cost $0.70/user/day, 12k users, gross margin', ['29%']],
      ['subscription is $15 per seat per month; serving each seat costs $0.25 a day. margin?', ['49.3%']],
      ['2,000 customers paying $99/mo each, gpu cost $1.10 per customer per day — gross margin?', ['66.2%']],
    ]);
  });

  it('GIVEN prices per million written in cents THEN the margin of the two per million', () => {
    expectAll([
      ["we charge $1.20/M tokens and our serving cost is 30c per million — what's our margin", ['75%']],
      ['api resale: buy at $0.80 per million, sell at $1.50 per million. gross margin?', ['46.7%']],
    ]);
  });

  it('GIVEN a rented rate, a resale rate and the share of hours that sell THEN the margin on hours sold', () => {
    expectAll([
      ['buy capacity at $3/hr, sell it at $4.50/hr, 85% of hours get booked — gross margin', ['21.6%']],
      ['we lease h100s at $1.80/hr and rent them out at $2.60/hr; utilisation is 70%. margin?', ['1.1%']],
    ]);
  });
});

describe('a rental priced by a bare number per GPU-hour, plus a fixed fee', () => {
  it('GIVEN count × hours × a bare rate per gpu-hr + a fee THEN the rental plus the fee, never multiplied', () => {
    expectAll([
      ['rent 16 h100s for 72 hours at 2.40/gpu-hr plus $1,500 for data prep. total?', ['$4,265']],
      ['4x l40s for 10 days at 0.90 per gpu-hour, plus $250 storage — all in cost?', ['$1,114']],
    ]);
  });

  it('GIVEN a count bought for a sum, a dash, then a price per one asked THEN the sum ÷ the count', () => {
    expectAll([
      ['100k chips for $2.5B — implied cost per chip?', ['$25,000']],
      ['bought 2,000 GPUs for $60M - what is that per GPU', ['$30,000']],
    ]);
  });
});

describe('growth, runway, payback and shares with the user’s own numbers', () => {
  it('GIVEN a multiple "pricier/bigger every year" or "% month over month" THEN compounded, never divided', () => {
    expectAll([
      ['a $40M cluster bill that gets 2x bigger each year — what is it after 4 years?', ['$640M']],
      ['frontier runs cost $500M now and get 2.5x more expensive every year. cost in 2 years?', ['$3.13B']],
      ['we have 50k subscribers, growing 8% m/m. subscribers after a year?', ['126K']],
    ]);
  });

  it('GIVEN cash raised without a "$" and a monthly burn THEN months of runway, no company pulled in', () => {
    expectAll([
      ['we have 4.5M in the bank and burn 300k a month, how many months of runway', ['15 months']],
      ['cash 900k, burn rate 75k/month — runway?', ['12 months']],
    ]);
  });

  it('GIVEN an up-front cost over a monthly saving THEN months, beside years when it runs past two', () => {
    expectAll([['spent $2M on the cluster, it saves $55k a month, when is it paid off', ['36.4 months']]]);
  });

  it('GIVEN a current yearly spend, then the new yearly cost plus an up-front amount THEN the payback in months', () => {
    expectAll([
      ['api spend 1.2M a year, on-prem would be 200k a year plus 600k capex, how many months to break even', ['7.2']],
      ['our api bill is 90k/mo, running it ourselves costs 25k/mo plus 400k up front. payback?', ['6.2 months']],
    ]);
  });

  it('GIVEN a monthly spend over a duration and a raise THEN the spend as a share of the raise', () => {
    expectAll([['if we spend 120k/mo on inference for 12 months, what share of our 5M raise is that?', ['28.8%']]]);
  });

  it('GIVEN heavy payers paying a multiple of what each of the others pays THEN shares over both counts', () => {
    expectAll([
      [
        'a $90M fund: 5 anchor partners each pay triple what each of 20 regular partners pays — what does each pay?',
        ['$2.57M', '$7.71M'],
      ],
    ]);
  });

  it('GIVEN a total split by a ratio and "who pays what" THEN each part, never a sourced figure of that size', () => {
    expectAll([['split a $9M run between two labs in a 2:1 ratio, who pays how much', ['$6M', '$3M']]]);
  });
});

describe('depreciation and a platform’s cut with sums written without a "$"', () => {
  it('GIVEN a count at a bare price each, depreciated over years THEN count × price ÷ the years, per month', () => {
    expectAll([
      ['we bought 64 gpus at 30k each, depreciated straight-line over 4 years. depreciation per month?', ['$40,000']],
      ["a 2.4M cluster depreciated over 5 years, what's the yearly depreciation", ['$480,000']],
    ]);
  });

  it('GIVEN a share a platform takes and what we keep asked THEN the amount less the share, never the share', () => {
    expectAll([
      ['the platform takes a 15% fee on $800k of sales — what do we net?', ['$680,000']],
      ['marketplace commission is 20%, we sold $250k. how much do we get?', ['$200,000']],
    ]);
  });
});

describe('one amount as a percentage of another set beside it', () => {
  it('GIVEN two amounts joined by "vs" and a bare % asked THEN the first as a share of the second', () => {
    expectAll([
      ['$72B of AI spend vs $160B ad revenue, as a %?', ['45%']],
      ['our cloud bill $2.4M against $15M revenue - what percent?', ['16%']],
      ['$450k in grants compared to a $3M budget, as a percentage', ['15%']],
    ]);
  });

  it('GIVEN a word of change between the two THEN still the change from the first to the second', () => {
    expectAll([
      ['$5M vs $8M — % increase?', ['up 60%']],
      ['$30 vs $10, how much cheaper in %?', ['down 66.7%']],
    ]);
  });
});

describe('a price per million tokens cut by a factor', () => {
  it('GIVEN "$X per M" followed by a verb of change THEN the price per million tokens, not per thing', () => {
    expectAll([
      ['something costing $150 per M drops 280-fold. new price?', ['$0.536 per million tokens']],
      ['$60 per M falls 10x — new price?', ['$6 per million tokens']],
    ]);
  });
});

describe('an amount in another currency at the exchange rate the user gives', () => {
  it('GIVEN the rate written with its direction THEN the amount in the other currency', () => {
    expectAll([
      ['€45k compute credit, eur/usd 1.08 — in dollars?', ['$48.6K', '€45k × 1.08']],
      ['¥2.96B at 7.1 CNY/USD is how many dollars', ['$417M', '¥2.96B ÷ 7.1']],
      ['a €2.5M grant, 1 EUR = 1.09 USD, how much in usd', ['$2.73M']],
      ["our chinese unit's ¥120M revenue at 7.2 yuan to the dollar, in usd?", ['$16.7M']],
      ['$500k in euros at eur/usd 1.08', ['€463K']],
    ]);
  });

  it('GIVEN the converted amount in a calculation THEN it enters in dollars and the rate is no input', () => {
    expectAll([['€45k, eur/usd 1.08, split 3 ways', ['$16,200', '€45k at 1.08 dollars per euro']]]);
  });

  it('GIVEN a bare rate and the currency asked THEN the rate is read as the market quotes it', () => {
    // Euros and pounds are quoted in dollars each (EUR/USD 1.08); yuan so many to the dollar.
    expectAll([
      ['€45k at 1.08 — in dollars?', ['$48.6K']],
      ['¥1M in dollars at 7.2', ['$139K']],
    ]);
  });
  it('GIVEN a bare rate and no currency asked THEN no conversion is worked', () => {
    expect(say('€45k at 1.08')).not.toMatch(/\$48[.,]6/);
  });
});

describe('a bare number that a word of money names is dollars', () => {
  it('GIVEN "bill is N" and a share moved to a cheaper price THEN the saving in dollars', () => {
    expectAll([
      ['bill is 18,400; 65% of it can move to batch at half price. savings?', ['$5,980']],
      [
        'our monthly api bill is 9,000 and 40% of it could go to a model at a third of the price. how much saved?',
        ['$2,400'],
      ],
    ]);
  });

  it('GIVEN a number that is a rate or one of a list beside a money word THEN it stays what it was', () => {
    expectAll([['splitting a $12M training bill 45/35/20 between three partners — each pays?', ['$5.4M', '$2.4M']]]);
  });
});

describe("a what-if on the user's own revenue and costs", () => {
  it('GIVEN a revenue and a loss, profit or costs, and changes to revenue or costs THEN the new profit or loss', () => {
    expectAll([
      [
        "say a lab has 11.6B revenue and a 5B loss. cut costs 20%, revenue flat — what's the new P&L?",
        ['a loss of $1.68B', '(11.6B + 5B loss) × 0.8'],
      ],
      [
        'we have $40M revenue and $55M in costs. if revenue grows 30% and costs rise 10%, profit or loss?',
        ['a loss of $8.5M'],
      ],
      ['startup: revenue $8M, a $3M loss. revenue doubles, costs up 25% — new loss?', ['a profit of $2.25M']],
      ["our sales are $12M with a $2M profit; costs jump 40% — what's the profit now?", ['a loss of $2M']],
    ]);
  });

  it('GIVEN costs set against revenue with "vs" and a period on one side THEN the changed loss per that period', () => {
    expectAll([
      [
        'we spend $50M a year and earn $20M. if we cut costs 30% and double revenue, profit or loss?',
        ['a profit of $5M a year'],
      ],
      [
        'costs $8M a month vs revenue of $3M. halve costs, revenue up 50% — monthly profit or loss?',
        ['$500,000 a month'],
      ],
      [
        'a startup makes $12M and spends $30M a year; costs fall 25% and revenue doubles: new loss?',
        ['a profit of $1.5M a year'],
      ],
      ['costs $5M/mo vs revenue $20M/yr; cut costs 10%: loss?', ['a loss of $34M a year']],
      [
        '$70M/yr of spend against $10M of revenue. trim spend 50% and quadruple revenue: the loss?',
        ['a profit of $5M a year'],
      ],
    ]);
  });

  it('GIVEN a number no change or base places THEN no profit or loss is worked', () => {
    const out = say('revenue $20M and a loss of $6M, cut costs by 30% and hire 10 people — new bottom line?');
    expect(out).not.toContain('profit of $1.8M');
  });
});

describe('a funnel: a count, the share that converts and what each payer pays', () => {
  it('GIVEN payers named just before what they pay THEN the price is per one of the count', () => {
    expectAll([
      ['700M downloads, 0.1% convert to cloud customers paying $500/yr — revenue?', ['$350M a year']],
      ['2M app installs, 3% become subscribers paying $8/mo. monthly revenue?', ['$480,000 a month']],
      ['1,000 customers paying $99/mo — ARR?', ['$1.19M a year']],
    ]);
  });
});

describe('deal terms worked from the user numbers', () => {
  it('GIVEN an investment and a pre- or post-money valuation THEN the stake of the post-money value', () => {
    expectAll([
      ['raising $5M at a $20M pre-money valuation, what % do the new investors get?', ['20%', '$25M post-money']],
      ['investor puts in $2.5M at $10M post, what stake do they get?', ['25%']],
      ['how much dilution from a $3M raise at a pre-money of $12M?', ['20%']],
      ["a $15M round at $60M pre, what's the investor's share", ['20%']],
    ]);
    expect(say('we raise $4M on a $16M pre with a $1M option pool top-up, investor stake?')).toMatch(/can't work out/);
  });

  it('GIVEN two percentages joined as a move THEN percentage points and the relative change', () => {
    expectAll([
      ['churn fell from 8% to 6% — relative drop and points?', ['2 percentage points', '25% relative decrease']],
      ['utilisation 55% → 70%, how much is that?', ['15 percentage points', '27.3%']],
      ['our take rate moved 12% to 15%. change in pp and in relative terms', ['3 percentage points', '25%']],
    ]);
  });

  it('GIVEN a cost written off in a straight line over a life THEN the book value after the time given', () => {
    expectAll([
      ['bought servers for $900k, depreciated straight-line over 3 years. book value after 18 months?', ['$450,000']],
      [
        'a $240k DGX with a 5-year useful life and $40k salvage value, straight line. net book value after 2 years?',
        ['$160,000', '$80,000 written off'],
      ],
      [
        'we wrote off a $1.5M gpu cluster over 4 yrs. how much has been depreciated after 3 years?',
        ['$1.13M', '$375,000'],
      ],
      ['$600k of hardware, 3-year straight line depreciation: carrying value 9 months in?', ['$450,000']],
      [
        '$80k of gpus depreciated over 2 years — what are they worth on the books after 3 years',
        ['$0', 'fully written off'],
      ],
    ]);
    expectAll([['a $2M cluster amortised over 4 years, cost per month?', ['$41,667 a month']]]);
  });
});

describe('deals priced against list', () => {
  it('GIVEN a commitment term beside the time the GPUs run THEN the term names the price, the saving is over the run', () => {
    expectAll([
      [
        'h100s are $2.80/hr on demand; a 1-year reservation knocks 30% off. we run 16 of them around the clock for a year. savings?',
        ['$117,734'],
      ],
      [
        'a 12-month contract gets 20% off the $4/gpu-hr list price. 8 gpus for 6 months full time — how much do we save?',
        ['$28,032'],
      ],
      [
        'list $2/hr per gpu, 3-year commitment is 40% cheaper. 100 gpus 24/7, what does the commitment save per month?',
        ['$58,400 a month'],
      ],
      ['3-year commit at $2/hr for 8 GPUs, total commitment cost?', ['$420,480']],
    ]);
  });

  it('GIVEN a monthly and a yearly price with the discount asked THEN the gap as a share of the dearer', () => {
    expectAll([
      ['pro plan is $20 a month or $200 billed yearly — how big is the annual discount in %?', ['16.7%']],
      ['$1,200/yr vs $110/month: what percent do we save going annual?', ['9.1%']],
      ['$30/mo or $300/yr — effective discount on the yearly plan?', ['16.7% less than $360 a year']],
    ]);
  });
});

describe('buying a thing that lasts a while against renting by the hour', () => {
  it('GIVEN a price, a life, a running cost and a rental rate THEN the hours of use where they cost the same', () => {
    expectAll([
      [
        'own: $40k server with a 5 year life and no running cost, or rent at $1.50/hr. how many hours a year before owning is cheaper?',
        ['5,333 hours of use a year', '26,667 hours of use'],
      ],
      [
        'a $12k workstation that lasts 4 years, $0.05/hr power, vs a cloud box at $1.25/hr: break-even hours of use?',
        ['10,000 hours of use', '2,500 hours of use a year'],
      ],
    ]);
  });

  it('GIVEN a break-even past the life THEN renting stays cheaper, no usage figure as an answer', () => {
    expectAll([
      [
        '$90k box lasting 3 years plus $0.40/hr to run, or rent at $1.20/hr. break-even in hours of use?',
        ['more than its 3 years life holds: renting stays cheaper'],
      ],
    ]);
  });
});

describe('a margin of a price charged per one thing', () => {
  it('GIVEN a cost per one thing, a price written alone and a count THEN both worked for the count', () => {
    expectAll([
      [
        'transcription: our cost $0.12/request, we bill $0.30. margin on 50,000 requests and margin %?',
        ['60%', 'gross profit $9,000'],
      ],
    ]);
    expect(
      say('transcription: our cost $0.12/request, we bill $0.30. margin on 50,000 requests and margin %?'),
    ).not.toMatch(/-[\d,]+%/);
  });

  it('GIVEN paying users at a monthly price and a cost per user THEN the margin per user, whatever their count', () => {
    expectAll([
      ['2,000 subscribers paying $15/mo, serving cost per subscriber is $4. gross margin?', ['73.3%']],
      ['40k paying users at $12/mo, inference cost per user is $3. gross margin %?', ['75%']],
    ]);
  });
});

describe('a price charged and prices paid per token, times the one volume', () => {
  it('GIVEN a selling price and a serving cost per million tokens and tokens a period THEN the spread × volume', () => {
    expectAll([
      ['sell at $2/M tokens, costs $1.20/M to serve, 5B tokens a month. monthly gross profit?', ['$4,000 a month']],
      ['we resell tokens: buy at $0.15/M, charge $0.40/M. 30B tokens a month — profit per month?', ['$7,500 a month']],
      [
        'serving costs $0.25 per million tokens and we charge $1 per million; we push 800M tokens a day. daily profit?',
        ['$600 a day'],
      ],
      ['gross margin if we sell at $3/M tokens and it costs us $1.80/M, on 2B tokens a month?', ['40%', '$2,400']],
      [
        'we charge $0.60/M tokens and pay $0.20/M for gpus plus $0.05/M for bandwidth, 10B tokens/month. monthly profit?',
        ['$3,500 a month'],
      ],
    ]);
  });
});

describe('a cut to the user’s own spending, then how far spending stays above revenue', () => {
  it('GIVEN spending, revenue and a cut THEN the gap left, named as asked', () => {
    expectAll([
      [
        'company burns $5M a year on gpus and earns $2M. cut gpu spend by 25%: how much does spend still exceed revenue?',
        ['$1.75M a year above revenue'],
      ],
      [
        'our costs are $800k a month and revenue is $300k a month. if costs drop by half, how far above revenue are costs?',
        ['$100,000 a month above revenue'],
      ],
      [
        'revenue $4M, spending $10M. spending falls 30% and revenue grows 50% — how much does spending still exceed revenue?',
        ['$1M above revenue'],
      ],
      [
        'a lab spends $12M and earns $3M; revenue triples. how far are costs still above revenue?',
        ['$3M above revenue'],
      ],
    ]);
  });
});

describe('a split that loses members, the gap asked', () => {
  it('GIVEN an even split and some who leave WHEN how much more each remaining one pays is asked THEN the gap first', () => {
    expectAll([
      [
        '20 universities split a $10M cluster evenly. if 4 drop out, how much more does each of the rest pay?',
        ['Up by $125,000 per university', '$500,000', '$625,000'],
      ],
      [
        'a $600k gpu server shared by 12 startups; 3 of them leave. how much extra does each remaining startup owe?',
        ['Up by $16,667 per startup'],
      ],
      [
        '8 friends split a $2,400 bill; two leave before paying. how much more does each of the others pay?',
        ['Up by $100 per friend'],
      ],
      ['30 labs share a $90M training run. if 5 labs pull out, how much more per lab?', ['Up by $600,000 per lab']],
    ]);
    expect(say('40 members split a $2M cluster; 8 members quit. what does each remaining member pay now?')).toContain(
      '$62,500 per member',
    );
  });
});

describe('a share of a spend written as parts', () => {
  it('GIVEN people and compute with a year written on one part THEN the share of the yearly total', () => {
    expectAll([
      [
        '50 engineers at $250k loaded cost plus $3M of compute a year - what share of total spend is compute?',
        ['19.4%'],
      ],
      ['6 researchers at $300k each and $2.2M of gpus per year: what percent of the budget goes to people?', ['45%']],
      ['12 staff at $150k, $500k/yr hosting. what % of total spend is staff?', ['78.3%']],
      ['a team of 8 at $200k fully loaded each + $900k compute per year. what % of spend is people?', ['64%']],
    ]);
  });

  it('GIVEN a month on one part and none on the other THEN no share (the periods are not known to match)', () => {
    expect(say('3 engineers at $180k each plus $20k/mo of gpus. what % of spend is compute?')).not.toMatch(/\d%/);
  });
});

describe('a budget with a reserve held back, and a yearly budget against a monthly price', () => {
  it('GIVEN a share held back THEN only the rest is spent', () => {
    expectAll([
      [
        'we have $600k; set aside 25% for salaries and spend the rest on gpu-hours at $3. how many gpu-hours?',
        ['150,000 GPU-hours'],
      ],
      ['$2M raised, keep 10% in reserve, rest on H100 time at $2/hr. how many gpu-hours does that buy?', ['900,000']],
      [
        'reserve 30% of a $900k budget and put the remainder into compute at $1.80 per gpu-hour. gpu-hours?',
        ['350,000 GPU-hours'],
      ],
      ['$1.5M in hand, hold back 20%. how much can we spend?', ['$1.2M']],
    ]);
  });

  it('GIVEN a budget written per year and a cost per month WHEN how long is asked THEN the pot over the cost', () => {
    expectAll([
      [
        'we have a $60k annual budget and the cluster costs $7,500 a month. how many months does it cover?',
        ['8 months'],
      ],
      ['a budget of $100k a year; inference runs $12k/mo. how long does the budget last?', ['8.3 months']],
      ['our $40k/yr grant pays for a $2,500/month server. for how many months?', ['16 months']],
      ['$30k/yr budget and $900/mo per gpu for 2 gpus. how many months?', ['16.7 months']],
    ]);
  });
});
