// "Never a borrowed figure": a figure the knowledge lacks is declined first and plainly, and what it has nearby
// follows labelled as something else, never as the answer.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

/** The reply's first line (title folded in or not): the decline must be there, with no money figure. */
const first = (q: string) => say(q).split('\n').slice(0, 2).join(' ');

describe('declines with no borrowed figure', () => {
  it('GIVEN a training cost asked of a model Epoch lists without one THEN declines the cost, then its other figures', () => {
    for (const q of [
      'ballpark $ to train stable diffusion 3?',
      'how much to train nemotron 3 ultra',
      'dollars spent training nemotron 3 ultra',
      'how much did NVIDIA pay to train Nemotron 3 Ultra',
      'training cost of nemotron 3 ultra?',
    ]) {
      const out = say(q);
      expect(out.split('\n')[1], q).toMatch(/^I don't have .*training cost/);
      expect(out, q).toMatch(/Other figures I have for .* \(not the one asked\)/);
      expect(out, q).not.toContain('could mean several');
    }
  });

  it('GIVEN one model under two names (a maker-prefixed price-list name) THEN no ask-back with a single candidate', () => {
    expect(say('training cost of nemotron 3 ultra?')).not.toMatch(/which one do you mean/);
  });

  it('GIVEN another provider named for an H100 rental THEN declines, then the sourced rates labelled as elsewhere', () => {
    for (const q of [
      'lambda labs h100 per-hour price?',
      'lambda h100 price per hour',
      'how much does lambda charge for an h100 an hour',
      "what's an H100 per-hour on coreweave?",
      'runpod H100 hourly rate',
    ]) {
      const out = say(q);
      expect(out.split('\n')[1], q).toMatch(/^I don't have .*H100 rental prices/);
      expect(out, q).toMatch(/Not what you asked — what my sources have: .*GPU marketplace .*AWS/);
      expect(out, q).not.toContain('release price');
    }
  });

  it('GIVEN "a 70B model" (any model of a size) THEN no ask-back between unrelated models and no borrowed size', () => {
    for (const q of [
      'what does it cost to fine-tune a 70B model for one domain?',
      'how much to fine-tune a 70B model for a legal domain',
      'cost to fine tune a 70 billion parameter model',
      "the 7B results were meh so we're going bigger. what does it cost to fine-tune a 70B model for one domain?",
    ]) {
      const out = say(q);
      expect(out, q).not.toMatch(/could mean several|Llama 2 70B|GPT-3/);
      expect(first(q), q).toMatch(/I don't have a fine-tuning cost for a 70B model .* for a 7B model, not 70B/);
    }
  });

  it('GIVEN a model of the size asked named with the definite article THEN that model still answers', () => {
    expect(say("what's the training cost of the 175B model?")).toContain('GPT-3');
  });

  it('GIVEN "a 70B model" next to a monthly cost THEN no chip named "A70" is invented', () => {
    expect(say('how much does it cost to serve a 70B model per month?')).not.toContain('A70B');
  });

  it('GIVEN "how many <people> left" a team whose points only name them THEN the missing count is said first', () => {
    for (const q of [
      'how many researchers have left the qwen team',
      'how many engineers quit Ai2 last year?',
      'how many people left Moonshot',
    ])
      expect(say(q).split('\n')[1], q).toMatch(/^I don't have a figure for .*'s number of/);
  });

  it("GIVEN a chip's price the data lack, beside another chip's THEN the missing one is declined first", () => {
    for (const q of [
      'trainium2 vs h100 list price',
      'whats the price per trainium2 chip vs the H100 list price?',
      'I want to compare with H100 list prices. whats the price per trainium2 chip?',
    ]) {
      const out = say(q);
      expect(out.split('\n')[1], q).toMatch(/I don't have (the )?release price (of|for) Amazon Trainium2/);
      expect(out, q).not.toMatch(/^Amazon Trainium2:$/m);
    }
    expect(say('whats the price per trainium2 chip?')).toMatch(/I don't have .*Trainium2's release price/);
  });

  it("GIVEN a company's spend on a model family as a whole THEN declined, the single runs labelled as not a total", () => {
    for (const [q, what] of [
      ['how much has nvidia spent on the nemotron program', "Nvidia's total spend on Nemotron"],
      ['how much has meta spent on llama overall', "Meta's total spend on Llama"],
      ['how much has meta poured into the llama project so far', "Meta's total spend on Llama"],
      ['total investment on the llama programme by meta?', "Meta's total spend on Llama"],
    ]) {
      const out = say(q!);
      expect(out, q).toContain(`I don't have a sourced figure for “${what}”`);
      expect(out, q).toContain('single training runs, not a total');
      expect(out, q).not.toContain('could mean several');
    }
  });

  it("GIVEN a company's spend on a model family per year THEN declined as a total, not its AI budget or one run", () => {
    for (const [q, what] of [
      ['what does google spend on gemini per year', "Google's total spend on Gemini"],
      ["meta's yearly spend on llama?", "Meta's total spend on Llama"],
      ['how much does alibaba pour into qwen every year', "Alibaba's total spend on Qwen"],
      ['nvidia spends how much a year on nemotron?', "Nvidia's total spend on Nemotron"],
    ]) {
      const out = say(q!);
      expect(out, q).toContain(`I don't have a sourced figure for “${what}”`);
      expect(out, q).not.toContain('could mean several');
    }
    // The company's own AI budget, asked with no model family named, is still answered.
    expect(say('how much does meta spend on AI each year')).toContain('$72B');
  });

  it('GIVEN a sum asked of an idea that holds no such sum THEN said to be missing before its description', () => {
    for (const q of [
      "how much did the consortium's 50 companies commit",
      'how much have the consortium members pledged so far',
      'so how much have the fifty consortium firms committed in total?',
    ])
      expect(say(q), q).toMatch(/I don't have a figure for Open model consortium's AI spend/);
    // A figure the idea holds, or a ratio it opens on, is answered.
    expect(say('how much would the consortium model cost')).toContain('$1B');
    expect(say('how much bigger is the real cost of frontier AI than the compute bill?')).not.toMatch(/I don't have/);
  });

  it('GIVEN who the members of a consortium are THEN declined as members, not described', () => {
    for (const q of [
      'which 50 companies are in the open model consortium?',
      'who are the members of the open model consortium',
      'who has joined the open model consortium so far?',
      'list the companies in the consortium',
    ])
      expect(say(q).split('\n')[0], q).toMatch(/^Not in my sources: .*members$/);
    expect(say('which companies are in the winning strategy quadrant?')).toContain('Meta, Alibaba');
  });

  it("GIVEN a company's spend on one named model THEN that model's training cost, not the company's AI budget", () => {
    for (const [q, want] of [
      ['how much did meta spend on llama 3', 'Llama 3 — training cost'],
      ['what did openai spend on gpt-4?', 'GPT-4 — training cost'],
      ['how much did google spend on gemini ultra', 'Gemini Ultra — training cost'],
    ])
      expect(say(q!), q).toContain(want);
    expect(say('how much did meta spend on llama 3')).not.toContain('$72B');
  });

  it('GIVEN a change in a spend across a family THEN not declined as a total ("by what factor … grow")', () => {
    expect(
      say("By what factor did Meta's training spend grow from its earlier Llama models to the 405B one?"),
    ).toContain('56');
  });

  it('GIVEN a size with a word between the article and it ("a small 7b", "a tiny 13B") THEN no one model of that size', () => {
    for (const q of ["what's the cost to train a small 7b model", 'cost to train a tiny 13B model?']) {
      const out = say(q);
      expect(out, q).not.toMatch(/ProGen2|Nemotron|Read “/);
    }
  });

  it("GIVEN a chip's cost asked in a few words THEN its list price, the articles' rents after, never a training cost", () => {
    for (const q of [
      'how much does an h100 cost',
      'what does an h100 cost',
      'h100 cost?',
      'h100 price?',
      'price of an h100',
    ]) {
      const out = say(q);
      expect(out, q).toMatch(/release price: ~\$33\.6K/);
      expect(out, q).toMatch(/To rent instead: ~\$1,100\/month .*~\$2,800\/month/);
      expect(out, q).not.toMatch(/training cost|I don't have/);
    }
    expect(say('what does an a100 cost')).toMatch(/NVIDIA A100 .*\n• release price: ~\$15K/);
  });

  it("GIVEN a chip the articles know as a rent asked a spec ('how fast is the h100') THEN each variant's spec, no rents", () => {
    const fast = say('how fast is the h100');
    expect(fast).toMatch(/H100 SXM5 80GB: FP16\/BF16 performance: .*989 TFLOP\/s/);
    expect(fast).not.toMatch(/\$1,100\/month/);
    const energy = say('how much energy does an h100 use');
    expect(energy).toMatch(/700 W: NVIDIA H100 SXM5 80GB/);
    expect(energy).not.toMatch(/\$1,100\/month|release price/);
  });

  it('GIVEN a token bill set against renting GPUs THEN the GPU count never multiplies the token bill', () => {
    const out = say(
      'llama 3.3 70b on groq at 2B tokens in + 500M out a month vs just renting 2 h100s on a marketplace - which is cheaper?',
    );
    expect(out).toContain('$1,575');
    expect(out).not.toMatch(/× 2 h100s|\$3,150/);
  });
});

describe('a training cost set against another model', () => {
  it('GIVEN a cost asked of two models Epoch gives no cost for THEN declined, never their compute divided', () => {
    for (const q of [
      'did mistral large 2 cost less to train than glm-4.5?',
      'training spend: qwen2.5-72b vs glm-4.5, which was cheaper?',
    ]) {
      const out = say(q);
      expect(out, q).toMatch(/I don't have .*training cost/);
      expect(out, q).not.toMatch(/FLOP ÷/);
    }
  });

  it('GIVEN a version the knowledge lacks beside a known model THEN no cue reads its version as another model', () => {
    const out = say('was gemma 3 cheaper to train than llama 3.1 405b?');
    expect(out).toMatch(/I don't have a sourced figure for “gemma 3”/);
    expect(out).not.toContain('Llama 3 vs');
  });
});
