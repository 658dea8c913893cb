// Chips and GPU fleets worked with sourced figures: Epoch's release price and TDP, Epoch's run figures and the
// articles' H100 rental rates, with the user's counts, hours, budgets, $/kWh and PUE. Each phrasing is our own.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe("a count of chips at Epoch's release price", () => {
  it('GIVEN a count whose chip is named by two words before its code THEN count × the price', () => {
    expectAll([
      ["72 blackwell ultra B300s at epoch's price = ?", ['72 blackwell ultra B300s', '$43K', '$3.1M']],
      ["what do 16 amd instinct mi355x cost at epoch's list price", ['16 amd instinct mi355x', '$480,000']],
    ]);
  });

  it('GIVEN a count written with a glued "+" ("600k+") THEN the count is the number, not money', () => {
    expectAll([
      ["if meta's 600k+ H100s were valued at epoch's H100 SXM release price, what's the fleet worth", ['$20.2B']],
    ]);
  });

  it('GIVEN a count and a price split by a full stop ("600k H100s. at $25k") THEN count × the price, never the price ÷ the count', () => {
    expectAll([["600k H100s. at $25k what's the fleet worth", ['$15B']]]);
  });

  it('GIVEN a budget and two chips with no count THEN what the budget buys of each, worked apart', () => {
    expectAll([
      [
        "$5M chip budget: how many google tpu v7 ironwood vs h100 sxm can we buy at epoch's prices",
        ['416 chips', '148 chips'],
      ],
      ["budget 1.2M usd - number of b300 or tpu v7 chips at epoch's list price?", ['27 chips', '100 chips']],
    ]);
  });
});

describe("a budget spent on whole chips at Epoch's list price", () => {
  it('GIVEN a budget, one chip and "how many … left over" THEN whole chips and the money that remains', () => {
    expectAll([
      [
        "$2M budget, H100 SXM5 at epoch's release price: how many can we buy and what's left?",
        ['59 full chips', '$17,600 left over'],
      ],
    ]);
  });

  it('GIVEN whole cards asked and then their combined TDP THEN the TDP of the whole cards, never price × TDP', () => {
    expectAll([
      [
        "3.5 million for MI300X at list price — how many whole cards and what's the total TDP in kW?",
        ['233 cards', '233 cards × AMD Instinct MI300X', '175 kW'],
      ],
      ['$2 mil on b300s at list: how many cards, and their combined power in kW?', ['46 cards', '50.6 kW']],
    ]);
    expect(
      say("3.5 million for MI300X at list price — how many whole cards and what's the total TDP in kW?"),
    ).not.toContain(' 0 kW');
  });
});

describe("a fleet's power bill at Epoch's TDP", () => {
  it('GIVEN a budget spent at the list price and only the power asked THEN the whole cards it buys, then their TDP', () => {
    expectAll([
      ["$250k of h200s at list price: what's their total TDP in kW?", ['8 cards', '5.6 kW']],
      ['if we spend $2M on MI300X at launch price, total power at TDP in MW?', ['133 cards', '0.0998 MW (99.8 kW)']],
    ]);
    // Never the price multiplied into the power and divided by the budget.
    expect(say('bought as many rtx 4090s as $100k gets at launch msrp. combined TDP in kW?')).toContain('27.9 kW');
  });

  it('GIVEN a count at TDP and the power asked by its unit ("how many megawatts") THEN in that unit, not a price', () => {
    expectAll([
      ['how many megawatts for 20k gb200s at tdp', ['24 MW']],
      ['5000 a100 sxm4 80gb at their thermal design power: how many kW', ['2,000 kW (2 MW)']],
      ['at tdp, 2,048 MI300X cards — how many megawatts is that?', ['1.54 MW']],
    ]);
    expect(say('how many kilowatts do 64 h100s draw at tdp')).not.toContain('release price');
    // "a 10,000-GPU cluster": the article before the count, never the A10.
    expect(say('what does a 10,000-GPU B200 cluster draw in megawatts at tdp')).toContain('10 MW');
  });

  it('GIVEN a price in cents per kWh written "10c/kWh" and a year THEN the year enters as 8,760 h', () => {
    expectAll([
      [
        "512 B200s flat out for a year at 10c/kWh, what's the power bill (chip TDP only)",
        ['(= 8,760 h)', '4,485,120 kWh', '$448,512'],
      ],
      ['64 mi355x at TDP, PUE 1.3, 12c/kWh, 730 hrs - monthly power cost?', ['× PUE 1.3', '$10,204']],
    ]);
  });

  it('GIVEN a chip named by its line and a number ("Ascend 910C", "Gaudi 3") THEN its TDP, and the count is kept', () => {
    expectAll([
      [
        "glm-5 was trained on ~100K huawei chips. if they're ascend 910c at epoch's TDP, one day of power at 6c/kWh is?",
        ['Huawei Ascend 910C', '(= 24 h)', '$100,800'],
      ],
      ['power bill for 300 gaudi 3 cards at tdp over a month, $0.09/kWh', ['300 gaudi 3 cards', '$17,739']],
    ]);
  });
});

describe('a share of a rent or a budget that a power bill is', () => {
  it('GIVEN "what share of the $X/mo rent" THEN the bill as a % of that amount, not the rent times the hours', () => {
    expectAll([
      [
        'what share of the $1,100/mo marketplace h100 rent would be electricity if the card pulls its full TDP for 720h at 15c/kWh?',
        ['$75.60', '6.9% of $1,100/mo'],
      ],
      ['1000 h100s at tdp for a month at $0.10/kWh - what % of our $2M monthly budget is that?', ['$51,100', '2.6%']],
    ]);
  });
});

describe("a run's electricity and cost from Epoch's run figures", () => {
  it("GIVEN Epoch's training power draw and hours at a $/kWh THEN power × hours × price, and a share asked of a cost", () => {
    expectAll([
      [
        "using epoch's training power draw and training hours for llama 3.1 405b, what was the energy bill at 7 cents/kWh?",
        ['~22.6 MW training power draw', '2,142 hours of training', '$3.39M'],
      ],
      [
        "grok 3's electricity: epoch's power draw x training hours at 6c/kWh, and what % of epoch's 2023-usd cost estimate is that?",
        ['$14.2M', '6.5% of', 'amortised hardware + energy'],
      ],
      ['energy cost of the llama 3.1 405b run at 5c/kWh?', ['$2.42M']],
    ]);
  });

  it('GIVEN a cost divided by the GPU-hours THEN the implied rate per GPU-hour, first', () => {
    expectAll([
      [
        "llama 3.1 405b: divide epoch's cloud-price cost estimate by the GPU-hours (gpus x hours) - implied $/H100-hour?",
        ['Implied:', '$5.02 per GPU-hour'],
      ],
      ["what $/gpu-hour does epoch's cloud cost for gpt-4 imply, given its gpu-hours?", ['$1.43 per GPU-hour']],
    ]);
  });

  it('GIVEN a cost written over the GPU-hours THEN the implied rate; a rate given prices the hours instead', () => {
    expectAll([
      ["grok 3's cloud cost per gpu-hour, from epoch's chips and hours", ['$4.92 per GPU-hour']],
      ["epoch's upfront cost for gpt-4 over its gpu hours?", ['$14.14 per GPU-hour']],
    ]);
    expect(say("falcon-180b: how many gpu-hours does epoch imply, and what's that at $1.50/hr?")).not.toContain(
      'Implied',
    );
  });

  it("GIVEN GPU-hours priced at a rate per hour and a second part against Epoch's estimate THEN both parts", () => {
    expectAll([
      ["falcon-180b: how many gpu-hours does epoch imply, and what's that at $1.50/hr?", ['17.7M GPU-hours', '$26.5M']],
      [
        "if someone rented gemini 1.0 ultra's TPU fleet (epoch's chip count + hours) at $1.20/chip-hour, what'd that come to, and how does it stack up vs epoch's cloud estimate?",
        ['$164M', 'less than', '~$206M'],
      ],
      ["grok 3 gpu-hours at $2/hr - what % of epoch's cloud estimate is that", ['$346M', '40.7% of']],
    ]);
  });
});

describe("renting at the articles' H100 rates", () => {
  it('GIVEN people each wanting a number of GPUs THEN the counts multiply, at the one place named', () => {
    expectAll([
      [
        '6 MLEs each want 8 H100s for 2 months, marketplace pricing. budget?',
        ['48 H100s', '6 MLEs × 8 H100s', '$105,600'],
      ],
      ['8 H100s per team for 3 months, 5 teams - rental cost?', ['40 H100s', '$132K', '$336K']],
    ]);
  });

  it('GIVEN a budget and a duration THEN the GPUs it keeps running, in whole GPUs', () => {
    expectAll([
      [
        'got $250k of aws credits - how many H100s can we keep runing for 6 months',
        ['14 H100s', '$2,800/month × 6 months'],
      ],
    ]);
  });

  it('GIVEN a saving per year THEN a year of both rates', () => {
    expectAll([['how much do we save per yr renting 64 H100s on a gpu marketplace instead of aws', ['$1.31M']]]);
  });

  it("GIVEN a bill set against a named model's headline cost THEN the bill and how far it is from that cost", () => {
    expectAll([
      [
        "say the quant fund's V3 run used 2,048 gpus for ~2 months and you paid aws h100 monthly rates - what's that bill vs their headline number?",
        ['$11.5M', '~$5.6M'],
      ],
    ]);
  });

  it("GIVEN a chip bought at Epoch's price against renting at the sourced rates THEN months to break even per rate", () => {
    expectAll([
      [
        "buy vs rent: at epoch's H100 SXM price, after how many months does owning beat renting at the marketplace rate? and vs aws?",
        ['30.5 months', '12 months'],
      ],
      ['buying an h100 at its launch price vs renting on aws - breakeven in months?', ['12 months']],
    ]);
  });

  it('GIVEN a count of chips bought and rented THEN the count multiplies the price and the rent alike', () => {
    expectAll([
      [
        "buying 16 H100 at epoch's release price versus renting them at the AWS monthly rate: months to break even?",
        ['12 months', '16 H100 ×'],
      ],
      ["buy 4 h100s at epoch's release price or rent them at $2.50/gpu-hr, break even in months?", ['18.4 months']],
    ]);
    expect(
      say("buying 16 H100 at epoch's release price versus renting them at the AWS monthly rate: months to break even?"),
    ).not.toContain('192');
  });

  it('GIVEN a monthly cost of owning beside the sourced rent THEN it is subtracted from the rent, never taken as the rent', () => {
    expectAll([
      [
        "buy one h100 at epoch's list price or rent it at the marketplace rate; hosting and power run $200 a month. break-even months?",
        ['37.3 months'],
      ],
    ]);
    expect(
      say(
        "buy one h100 at epoch's list price or rent it at the marketplace rate; hosting and power run $200 a month. break-even months?",
      ),
    ).not.toContain('168 months');
  });
});

describe('renting a count of cards at the sourced rates', () => {
  it('GIVEN cards counted without the word GPU, on AWS against a marketplace THEN both bills and the difference', () => {
    expectAll([
      ['16 cards on aws for a year vs a gpu marketplace: difference?', ['16 H100s', '$211K', '$538K', '$326K']],
    ]);
  });
});

describe('what a chip calculation reads or declines', () => {
  it('GIVEN a period written alone as a list item ("…, one year") THEN it is the span of the bill', () => {
    expectAll([
      ['power bill: 256 h100s at TDP, PUE of 1.4, $0.11/kWh, one year', ['one year (= 8,760 h)', '$241,748']],
    ]);
  });

  it('GIVEN a budget written without "$" THEN it is still the budget that rents the GPUs', () => {
    expectAll([['we have 1.2M budget, how many gpus can we run on aws for a year?', ['35 H100s', '35.7']]]);
  });

  it("GIVEN a chip whose price Epoch lacks THEN a decline, never another chip's price", () => {
    expectAll([
      [
        "at epoch's b200 price how many months of aws h100 rent is one b200?",
        ["I don't have a sourced figure for “NVIDIA B200's release price”"],
      ],
    ]);
  });
});

describe("a chip's price and its power bill added, and chips named with their memory", () => {
  it('GIVEN a count at the release price plus a period of power at TDP THEN the two worked apart and added', () => {
    expectAll([
      ['first-year cost of 12 h100 sxm5s at release price plus a year of power at TDP at 15c/kWh', ['$414,238']],
      ['total cost of 64 h200s at list price plus 6 months of electricity at TDP, $0.09/kWh', ['$1.94M']],
      [
        "what's the all-in for 16 mi300x: epoch's launch price and 2 years of power at their tdp at 10 cents per kWh",
        ['$261,024'],
      ],
    ]);
    expect(
      say(
        "what's the all-in for 16 mi300x: epoch's launch price and 2 years of power at their tdp at 10 cents per kWh",
      ),
    ).not.toContain('kW.');
  });

  it('GIVEN a price asked of a chip Epoch gives no price for, beside its power THEN a decline, never the power alone', () => {
    expectAll([
      [
        'buy 100 b200 at release price + run them at TDP for 90 days at $0.15/kWh, PUE 1.3 — total?',
        ["I don't have a sourced figure for “NVIDIA B200's release price”"],
      ],
    ]);
  });

  it('GIVEN a memory size in the chip\'s name ("H100 SXM5 80GB", "A100 80GB") THEN it names the variant, not an amount', () => {
    expectAll([
      ["$1.5M on H100 SXM5 80GB cards at epoch's release price — how many?", ['44 chips']],
      [
        "with $750k, how many A100 80GB at epoch's launch price can i get",
        ["I don't have a sourced figure for “NVIDIA A100 SXM4 80 GB's release price”"],
      ],
    ]);
  });
});

describe('buying a chip against renting it, in the unit of time asked', () => {
  it('GIVEN hours, days or weeks named as the unit of the time asked THEN the break-even in that unit', () => {
    expectAll([
      [
        "buy an h200 at epoch's list price or rent one at $2.50/hr: hours until renting costs as much as buying?",
        ['12,000 hours'],
      ],
      ['mi300x at release price versus cloud rental of $1.80 an hour, break-even in days?', ['347.2 days']],
      [
        '16 gpus bought at $25k apiece vs renting them at $1.90 per gpu-hour: hours until buying breaks even',
        ['13,157.9 hours'],
      ],
    ]);
  });

  it('GIVEN the rent written before the word "rent" ("$1.10/hr rent") THEN that amount is the rent', () => {
    expectAll([['a100 list price vs $1.10/hr rent: months to break even', ['18.7 months']]]);
  });
});

describe("the user's own price per chip set against Epoch's", () => {
  it('GIVEN a sum paid for a count of chips and a gap asked THEN the price per chip, then the gap to the release price', () => {
    expectAll([
      [
        "we paid $2.4M for 100 h100s — what % below epoch's h100 sxm5 release price is that per card?",
        ['$2.4M ÷ 100 h100s = $24,000', '28.6% lower'],
      ],
      [
        "$9M for 300 MI300X vs epoch's launch price: how much more per card, and what percent more?",
        ['$9M ÷ 300 MI300X = $30,000', '= $15,000', '100% higher'],
      ],
    ]);
  });
});

describe("a chip's memory or peak from Epoch times or into the user's count or target", () => {
  it('GIVEN a count of chips and memory asked in total THEN count × the chip memory, in the unit named', () => {
    expectAll([
      ['total HBM of 256 MI300X in TB?', ['49.15 TB', '49,152 GB']],
      ["combined VRAM of 16 H200s in GB, per epoch's sheet", ['2,256 GB']],
      ['a 1,024-GPU H200 SXM cluster: total HBM in TB using the per-chip memory', ['144.4 TB', '144,384 GB']],
    ]);
  });

  it('GIVEN a budget at the list price, the cards and their memory asked THEN the cards bought, then their memory', () => {
    expectAll([
      [
        "$5M on H20s at epoch's release price: how many cards, and how much HBM is that in TB total?",
        ['416 cards', '39.94 TB'],
      ],
      ['$2M of MI300X at list price — their total memory in TB?', ['133 cards', '25.54 TB']],
    ]);
    expect(
      say("$5M on H20s at epoch's release price: how many cards, and how much HBM is that in TB total?"),
    ).not.toMatch(/HBM is that in TB total: \$/);
  });

  it('GIVEN memory asked of a count THEN no release-price bill stands in for it', () => {
    const out = say('how much memory do 256 MI300X have in total?');
    expect(out).toContain('49,152 GB');
    expect(out).not.toContain('$3.84M');
  });

  it('GIVEN a FLOP/s target and a chip THEN the chips it takes at the precision named, rounded up', () => {
    expectAll([
      ['how many H100 SXM5s do we need for 20 PFLOP/s at fp8?', ['10.1 H100s', '11 to carry it', 'FP8']],
      ['target 10 PFLOP/s bf16: how many MI300X?', ['7.7 MI300Xs', '8 to carry it']],
      ["we need 1 exaflop/s of fp8. how many B200s at epoch's peak?", ['223 to carry it']],
    ]);
  });

  it('GIVEN tokens and a chip with two peaks THEN the FP8 peak is never set against the BF16 one', () => {
    for (const q of ['2T tokens on H100 SXM', 'H100 SXM5, 500B tokens'])
      expect(say(q), q).not.toMatch(/FP8 performance[^\n]*÷[^\n]*FP16\/BF16 performance/);
  });

  it("GIVEN 6ND on a named chip at a share of Epoch's peak THEN GPU-hours from that peak", () => {
    expectAll([
      ["7B params on 2T tokens (6ND) on H100 SXM at 40% MFU of epoch's bf16 peak — gpu-hours?", ['58,958 GPU-hours']],
      [
        'how many H200 gpu-hours to train a 70B model on 15T tokens with 6ND at 50% utilisation of the peak?',
        ['3.54M GPU-hours'],
      ],
    ]);
  });

  it('GIVEN GPU-hours asked of tokens THEN the tokens are not priced at sourced token prices', () => {
    const out = say('13B params trained on 1T tokens (6ND), A100 at 35% MFU — gpu-hours?');
    expect(out).not.toContain('per million tokens');
  });

  it("GIVEN a model's weights on a named chip and its price asked THEN the cards that hold them, at Epoch's price", () => {
    expectAll([
      [
        "405B model in bf16 on MI300X, epoch's memory per card: how many cards and their release price?",
        ['5 AMD Instinct MI300X cards', '$75,000'],
      ],
      [
        "70B model in fp16 on H200s: how many cards, and the cost at epoch's list price?",
        ['1 NVIDIA H200 SXM card', '$30,000'],
      ],
    ]);
    expect(say("70B model in fp16 on H200s: how many cards, and the cost at epoch's list price?")).not.toContain(
      "Epoch AI's training cost",
    );
  });
});
