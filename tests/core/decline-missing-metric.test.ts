// Never a borrowed figure: a metric asked that the subject has no figure for (downloads, pay, market share, speed, a
// chip's price, a rent at a host the sources do not price) is declined first and plainly; what is there follows,
// labelled. Phrasings here are the tests' own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderPlainText(engine.answer({ text: q }));
}, 60_000);

/** The first sentence a user reads: it must decline, and hold no dollar figure. */
const opening = (text: string) => text.split(/(?<=[.!?])\s|\n/)[0] ?? '';
function declinedFirst(q: string, what: RegExp) {
  const text = ask(q);
  expect(opening(text), q).toMatch(/I don't have/);
  expect(opening(text), q).toMatch(what);
  expect(opening(text), q).not.toMatch(/\$\s?\d/);
  return text;
}

describe('a metric the subject has no figure for', () => {
  it('GIVEN a download figure asked in several wordings THEN the downloads are declined for that model', () => {
    declinedFirst('how many downloads has llama 3 had', /Llama 3's downloads/);
    declinedFirst('gemma hf download numbers?', /Gemma's downloads/);
    declinedFirst('number of downloads for gemma', /Gemma's downloads/);
  });

  it('GIVEN the one model with a download figure THEN it answers with it', () => {
    expect(ask('qwen download count')).toContain('700M');
  });

  it('GIVEN a market share asked THEN it is declined, never met with revenue or a market size', () => {
    for (const q of ['amd market share?', "what is nvidia's share of the gpu market", 'nvidia marketshare in 2025'])
      declinedFirst(q, /market share/);
  });

  it('GIVEN pay asked with role words (comp, salary, make) THEN the pay is declined for the company', () => {
    declinedFirst('median comp for a research scientist at openai', /OpenAI's pay/);
    declinedFirst('what does google pay its engineers', /Google's pay/);
    declinedFirst('how much does a meta researcher make', /Meta's pay/);
    declinedFirst('anthropic engineer salaries', /Anthropic's pay/);
  });

  it('GIVEN a model speed asked (tokens/s, latency, TTFT) THEN declined, never met with its token prices', () => {
    for (const q of ['claude 3.5 sonnet latency?', 'gpt-4o output tokens per second', 'ttft of deepseek v3'])
      declinedFirst(q, /speed or latency/);
  });

  it('GIVEN customers, subscribers or a churn rate asked THEN declined for that company', () => {
    declinedFirst('how many paying customers does mistral have', /Mistral AI's number of customers/);
    declinedFirst('anthropic subscriber count', /Anthropic's number of users/);
    declinedFirst("what's openai's churn", /OpenAI's churn or retention rate/);
  });

  it('GIVEN a head count or an energy or water use in other words THEN declined as that measure', () => {
    declinedFirst('anthropic team size?', /Anthropic's head count/);
    declinedFirst('water per query for claude 3 opus', /energy or water use/);
    declinedFirst('how much energy does llama 3 use', /Llama 3's energy use/);
  });

  it('GIVEN a model the data sets know typed in full THEN the speed is declined for it, not its article family', () => {
    declinedFirst('gemini 2.5 pro time to first token', /Gemini 2\.5 Pro's speed or latency/);
  });

  it("GIVEN a company's AI spend asked that the sources lack THEN declined as its AI spend, not its revenue", () => {
    declinedFirst('how much has apple spent on ai', /Apple's AI spend/);
    declinedFirst('how much did anthropic commit to amazon for chips', /Anthropic's AI spend/);
  });
});

describe("a chip's price the data sets lack", () => {
  it('GIVEN "how much is", "charge" or "set me back" of a chip with no list price THEN declined, then its specs', () => {
    for (const q of [
      'how much is the ascend 910c',
      'what would a trainium3 set me back',
      'what does google charge for a tpu v5p',
    ]) {
      const text = declinedFirst(q, /release price/);
      expect(text).toMatch(/Other figures I have for .* \(not the one asked\)/);
    }
  });

  it('GIVEN a chip with a list price THEN "how much is" answers it', () => {
    expect(ask('how much is an mi300x')).toContain('$15K');
  });
});

describe('a GPU rent at a host or on terms the sources do not price', () => {
  it('GIVEN a node size, a count or a host in any order THEN declined for that host, the sourced rates after', () => {
    for (const [q, host] of [
      ['4xH100 node on coreweave, hourly price?', 'coreweave'],
      ['what would lambda charge for 8 h100s an hour', 'lambda'],
      ['h100 per hour on vast.ai', 'vast ai'],
      ['spot h100 price', 'spot'],
    ] as const) {
      const text = declinedFirst(q, new RegExp(`H100 rental prices \\(${host}\\)`));
      expect(text, q).toContain('Not what you asked');
    }
  });

  it('GIVEN another chip at such a host THEN that chip is declined, never the H100 named instead', () => {
    declinedFirst('h200 per gpu-hour on nebius', /H200 rental prices \(nebius\)/);
    declinedFirst('runpod 8xa100 hourly', /A100 rental prices \(runpod\)/);
  });

  it('GIVEN a rent the sources do price THEN it is worked, node sizes read as a count', () => {
    expect(ask('8xH100 for 2 months on aws')).toContain('× 8');
  });
});

describe('a count asked that the best-matching thing does not hold', () => {
  it.each([
    'le chat monthly active users?',
    'how many weekly active users does the assistant have',
    'monthly active users of pi?',
    'how many users does le chat have',
  ])('GIVEN %s with nothing known named THEN the count is declined before the nearest topic', (q) => {
    const text = declinedFirst(q, /number of users asked/);
    expect(opening(text)).not.toMatch(/700M/);
  });

  it.each([
    ['how many ppl work at mistral these days', /Mistral AI's head count/],
    ['ppl working at anthropic - how many?', /Anthropic's head count/],
    ['people employed by openai?', /OpenAI's head count/],
  ])('GIVEN %s THEN the head count is declined, not the profile', (q, what) => {
    declinedFirst(q, what);
  });
});
