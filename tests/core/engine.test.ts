import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { formatFigureValue } from '../../src/core/format.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const ask = (text: string) => engine.answer({ text, surface: 'terminal' });
const textOf = (text: string) => renderFullText(ask(text));
/** Formatted values of an entity's figures for one metric, straight from the knowledge. */
const valuesOf = (id: string, metric: string) =>
  kb.entities
    .get(id)!
    .figures.filter((f) => f.metric === metric)
    .map(formatFigureValue);

describe('resolving names', () => {
  it('GIVEN the exact name THEN answers with that model’s sourced training cost and its source', () => {
    const reply = ask('what did DeepSeek V3 cost?');
    expect(reply.kind).toBe('answer');
    for (const v of valuesOf('deepseek-v3', 'training_cost')) expect(renderFullText(reply)).toContain(v);
    expect(reply.sources.map((s) => s.id)).toContain('paradox');
  });

  it('GIVEN a typo, odd casing or a glued name THEN answers for the same entity as the clean spelling', () => {
    // A bare cost of V3 asks which cost (its training run or its token price), however the name is typed.
    const clean = ask('DeepSeek V3 cost?').title;
    expect(clean).toContain('DeepSeek V3');
    expect(ask('deepsek v3 cost??').title).toBe(clean);
    expect(ask('DEEPSEEK-V3 COST').title).toBe(clean);
    expect(ask('what did deepsek v3 cost?').title).toBe(ask('what did DeepSeek V3 cost?').title);
    expect(ask('how much was gpt4').title).toBe(ask('how much was GPT-4').title);
    expect(ask('stabilty ai revnue').title).toMatch(/Stability AI/);
  });

  it('GIVEN a description instead of a name THEN resolves the entity it describes', () => {
    expect(textOf('how big is the ad business of the company behind Facebook, Instagram and WhatsApp?')).toMatch(
      /Meta/,
    );
    expect(textOf('gross margin of the GLM maker?')).toMatch(/Zhipu/);
    expect(textOf('what hardware was the 175B model from 2020 trained on')).toMatch(/GPT-3/);
  });

  it('GIVEN a family name with several priced members THEN asks which one and lists each with its figures', () => {
    const reply = ask('what did Llama cost?');
    expect(reply.kind).toBe('clarify');
    const text = renderFullText(reply);
    expect(text).toMatch(/which one/i);
    for (const id of ['llama-2-70b', 'llama-3', 'llama-4']) expect(text).toContain(kb.entities.get(id)!.name);
  });

  it('GIVEN a model the sources never mention THEN says so first and invents no figure', () => {
    for (const q of [
      'what did Zephyr-Orca 13B cost?',
      'dbrx training cost?',
      'how much has Microsoft invested in OpenAI?',
      'what did Llama 3.2 cost to train',
    ]) {
      const reply = ask(q);
      expect(reply.kind, q).toBe('unknown');
      const first = renderFullText(reply).split('\n').slice(0, 2).join(' ');
      expect(first, q).not.toMatch(/\$\s?\d/);
      expect(renderFullText(reply), q).toMatch(/don't have/);
    }
  });

  it('GIVEN a known organisation but a figure the sources lack THEN says it has no such figure', () => {
    const reply = ask('what is the valuation of Stability AI?');
    expect(reply.kind).toBe('unknown');
    expect(renderFullText(reply)).toMatch(/don't have a sourced figure/);
  });
});

describe('disagreeing sources', () => {
  it('GIVEN GPT-4’s training cost THEN shows both sourced figures with their sources', () => {
    const text = textOf('how much did GPT-4 cost to train');
    for (const v of valuesOf('gpt-4', 'training_cost')) expect(text).toContain(v);
    expect(text).toMatch(/Foundation Model Economics/);
    expect(text).toMatch(/Open Source Paradox/);
    expect(text).toMatch(/differ/);
  });

  it('GIVEN OpenAI revenue THEN both revenue figures appear', () => {
    const text = textOf("what's openai's revenue");
    for (const v of valuesOf('openai', 'revenue')) expect(text).toContain(v);
  });
});

describe('comparisons', () => {
  it('GIVEN two models THEN computes one ratio per pair of sourced figures', () => {
    const reply = ask('how much cheaper was DeepSeek V3 to train than GPT-4?');
    expect(reply.kind).toBe('comparison');
    const text = renderFullText(reply);
    expect(text).toMatch(/≈17\.9×/); // $100M / $5.6M
    expect(text).toMatch(/≈14\.1×/); // $79M / $5.6M
  });

  it('GIVEN different metrics on each side THEN compares them as asked', () => {
    const text = textOf("Meta's 2025 AI spend vs OpenAI's revenue - how many times bigger?");
    expect(text).toMatch(/≈6\.2×/); // $72B / $11.6B
  });

  it('GIVEN "compare a b" with no metric THEN uses a metric both have', () => {
    const reply = ask('compare deepseek v3 gpt-4');
    expect(reply.kind).toBe('comparison');
    expect(reply.title).toMatch(/training cost/);
  });
});

describe('help', () => {
  it('GIVEN "help" THEN lists every command with real examples', () => {
    const reply = ask('help');
    expect(reply.kind).toBe('help');
    const text = renderFullText(reply);
    for (const name of ['ask', 'compare', 'calc']) expect(text).toContain(`• ${name}`);
    expect(text).toMatch(/what did DeepSeek V3 cost\?/);
  });

  it('GIVEN extra commands registered by the dispatcher THEN help lists them too', () => {
    const withDigest = createEngine(kb, {
      extraCommands: () => [
        {
          name: 'digest',
          usage: 'daily HH:MM TZ',
          summary: 'Schedules a digest.',
          examples: ['digest daily 09:00 UTC'],
        },
      ],
    });
    expect(renderFullText(withDigest.answer({ text: 'help' }))).toContain('• digest daily HH:MM TZ');
  });
});

describe('vague referents and unknown names', () => {
  it('GIVEN a nationality and a metric but no name THEN lists the models from there and asks which', () => {
    const reply = ask('what did the chinese model cost to train?');
    expect(reply.kind).toBe('clarify');
    const text = renderFullText(reply);
    for (const id of ['deepseek-v3', 'glm-5']) expect(text).toContain(kb.entities.get(id)!.name);
    expect(text).not.toContain(kb.entities.get('gpt-4')!.name);
  });

  it('GIVEN "the 2024 model" THEN lists only models of that year', () => {
    const reply = ask('how much did the 2024 model cost to train?');
    expect(reply.kind).toBe('clarify');
    expect(renderFullText(reply)).not.toContain(kb.entities.get('gpt-3')!.name);
  });

  it('GIVEN a pronoun with nothing to refer to THEN asks which one instead of guessing', () => {
    expect(ask('what license is it released under?').kind).toBe('clarify');
  });

  it('GIVEN a possessive brand name that is also an English word THEN declines instead of guessing', () => {
    const reply = ask("cohere's annual revenue?");
    expect(reply.kind).toBe('unknown');
    expect(renderFullText(reply).split('\n')[1]).not.toMatch(/\$\d/);
  });

  it('GIVEN an alias inside a longer description THEN the description wins', () => {
    expect(ask('which big Chinese model was trained with zero Nvidia dependency?').title).toMatch(/GLM-5/);
  });
});

describe('comparisons of one entity’s own figures', () => {
  it('GIVEN costs vs revenue of one company THEN computes the ratio between its two figures', () => {
    const reply = ask("Stability AI's costs were how many times its revenue?");
    expect(reply.kind).toBe('calculation');
    expect(renderFullText(reply)).toMatch(/≈9×/); // $99M / $11M
  });

  it('GIVEN compute bill vs total cost of one model THEN compares the two scopes', () => {
    expect(renderFullText(ask('DeepSeek V3: compute bill vs total R&D cost?'))).toMatch(/≈232×/); // $1.3B / $5.6M
  });
});

describe('arithmetic on one entity’s own figures', () => {
  it('GIVEN money raised and a monthly burn THEN says how many months it lasts', () => {
    expect(textOf("At its burn rate, how many months does Zhipu's IPO money last?")).toMatch(
      /lasts about 11\.9 months/,
    ); // $559M / $47M
  });

  it('GIVEN one figure as a multiple of another THEN divides them, bigger first', () => {
    expect(textOf("what's Anthropic's valuation as a multiple of its revenue?")).toMatch(/≈27\.1×/); // $380B / $14B
  });

  it('GIVEN two years of the same metric THEN compares the later with the earlier, per source', () => {
    const text = textOf("By what multiple does Meta's 2026 AI budget exceed its 2025 spend?");
    expect(text).toMatch(/≈1\.6× to 1\.9×/); // $115–135B vs $72B
    expect(text).toMatch(/≈1\.8× to 2\.1×/); // $115–135B vs $65B
  });

  it('GIVEN a total that covers counted things THEN divides it per unit and says it is an upper bound', () => {
    const text = textOf("What did each H100 in DeepSeek's 50k-GPU fleet cost on average?");
    expect(text).toMatch(/about \$26K each/);
    expect(text).toMatch(/upper bound/);
  });

  it('GIVEN a per-GPU figure of a fleet beside a total that leaves the fleet out THEN the total the fleet is worth', () => {
    const text = textOf(
      'the deepseek v3 H100s — what does that fleet work out to per gpu, given the $5.6M excludes it?',
    );
    expect(text).toMatch(/about \$26K each/);
    expect(text).not.toMatch(/\$112/);
  });

  it('GIVEN "about the same as" THEN lists other entities within a quarter of the figure', () => {
    const text = textOf('which open model cost about the same to train as GPT-3?');
    expect(text).toMatch(/Kimi K2/);
    expect(text).not.toMatch(/Gemini Ultra/);
  });

  it('GIVEN names after "apart from" THEN answers about something else', () => {
    expect(
      textOf('Apart from Meta and Mistral, which collaborative effort is named as releasing open models?'),
    ).toMatch(/EleutherAI/);
  });

  it('GIVEN two disagreeing single figures THEN says how far apart they are', () => {
    expect(textOf('how much did GPT-4 cost to train')).toMatch(/\$21M apart/);
  });
});

describe('one article, two figures', () => {
  it('GIVEN Meta’s 2025 AI spend THEN flags that the article gives two figures for that year and shows both', () => {
    const text = textOf('how much did Meta spend on AI in 2025?');
    expect(text).toMatch(/gives two figures for 2025/);
    for (const v of valuesOf('meta', 'ai_spend').filter((v) => /72|65/.test(v))) expect(text).toContain(v);
  });
});

describe('rankings and thresholds across entities', () => {
  it('GIVEN "which model cost the most" THEN ranks models by their highest sourced figure', () => {
    const reply = ask('which single model has the highest training cost estimate?');
    expect(reply.lines[1]).toMatch(/^• GPT-5/);
  });

  it('GIVEN "cheapest model to train" THEN ranks from the bottom', () => {
    expect(ask('cheapest model to train').lines[1]).toMatch(/^• DeepSeek R1/);
  });

  it('GIVEN a threshold in words THEN filters by it', () => {
    const text = textOf('the model that got trained for under 300 grand - who made it?');
    expect(text).toMatch(/below \$300K/);
    expect(text).toMatch(/DeepSeek R1/);
    expect(text).not.toMatch(/GPT-3/);
  });

  it('GIVEN "more than $100M" THEN lists only models above it', () => {
    const text = textOf('which models cost more than $100M to train?');
    expect(text).toMatch(/Gemini Ultra/);
    expect(text).not.toMatch(/Kimi K2/);
  });
});

describe('reasons versus figures', () => {
  it('GIVEN a definition question with a money word late in it THEN explains instead of listing figures', () => {
    const reply = ask('what is model routing and how does it save money?');
    expect(reply.kind).toBe('answer');
    expect(reply.title).toMatch(/routing/i);
  });

  it('GIVEN a why question about a company THEN answers in prose, not "no sourced figure"', () => {
    expect(ask('what could go wrong with Nvidia being the main funder of open models?').kind).toBe('answer');
  });

  it('GIVEN a terse figure question THEN gives the figure', () => {
    expect(textOf('deepseek training bill?')).toMatch(/\$5\.6M|\$294K/);
  });

  it('GIVEN "per year" once in a comparison THEN both sides are put on a yearly basis', () => {
    expect(
      textOf("per year, how many times more does Meta spend on AI than Alibaba's commitment works out to?"),
    ).toMatch(/\$17\.7B/);
  });

  it('GIVEN a plural of a known word THEN it is not taken for an unknown name', () => {
    expect(ask("what share of a frontier model's compute cost goes to the GPUs/TPUs themselves?").kind).not.toBe(
      'unknown',
    );
  });
});

describe('near misses the sources do not cover', () => {
  it('GIVEN another version or variant of a known model THEN declines and offers the family', () => {
    for (const q of [
      'How much did Alibaba spend training Qwen 2.5?',
      'Gemini 1.7 Pro training cost?',
      'what did Mistral Tiny 9 cost to train',
      'how much did DeepSeek R2 cost',
    ]) {
      const reply = ask(q);
      expect(reply.kind, q).toBe('unknown');
      expect(renderFullText(reply).split('\n').slice(0, 2).join(' '), q).not.toMatch(/\$\s?\d/);
    }
  });

  it('GIVEN a version that completes a known name THEN answers for that model', () => {
    expect(textOf('what did the 70B Llama 2 cost to train?')).toMatch(/Llama 2 70B/);
  });

  it('GIVEN a year the sources do not give THEN says so before the years they do give', () => {
    const lines = renderFullText(ask("What was OpenAI's revenue in 2024?")).split('\n');
    expect(lines[1]).toMatch(/don't have a sourced revenue for OpenAI in 2024/);
  });

  it('GIVEN a metric a company has no figure for THEN says so first', () => {
    const reply = ask("What is Mistral's annual revenue?");
    expect(reply.kind).toBe('unknown');
  });

  it('GIVEN another chip’s rent THEN does not borrow the H100 price', () => {
    expect(ask('What does it cost per month to rent an A100 on AWS?').kind).toBe('unknown');
  });

  it('GIVEN a sourced share of a sourced total in dollars THEN multiplies them', () => {
    expect(textOf("in dollars, roughly how much of OpenAI's R&D went into final training runs?")).toMatch(
      /about \$500M/,
    );
  });
});

describe('two-part questions', () => {
  it('GIVEN a second part about a figure another entity holds THEN answers it too, named with its entity', () => {
    const text = textOf('How much does a frontier training run cost now, and how fast have costs grown each year?');
    expect(text).toMatch(/\$50–200M\+/);
    expect(text).toMatch(/2–3×/);
  });
});
