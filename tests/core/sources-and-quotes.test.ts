// Articles named the way readers name them ("the wiki", "the who-pays essay", "the chapter") are where to look,
// not what the question is about; figures quoted to say which thing is meant are not inputs to a calculation.
import { describe, expect, it } from 'vitest';
import { ANSWERERS } from '../../src/core/answer/index.js';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { resolveQuery } from '../../src/core/resolve.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { firstIntent, question, realContext } from './support/question.js';

const ctx = realContext();
const resolve = (text: string) => resolveQuery(ctx.index, text);

describe('articles named as sources', () => {
  it('GIVEN an article named by its short name THEN it is a source of the question, not a subject or an unknown name', () => {
    const res = resolve('bottom line of the who-pays essay?');
    expect(res.articles).toEqual(['who-pays']);
    expect(res.mentions).toEqual([]);
    expect(res.unknownNames).toEqual([]);
    expect(res.terms).not.toContain('essai');
  });

  it('GIVEN a piece named by a word that is also a topic alias ("team-sport piece") THEN the article, not the topic', () => {
    const res = resolve("what's the takeaway of the team-sport piece?");
    expect(res.articles).toEqual(['team-sport']);
    expect(res.mentions.map((m) => m.ids[0])).not.toContain('open-model-consortium');
  });

  it('GIVEN a word only one article\'s short names hold before a name two share ("the funding essay") THEN that article', () => {
    expect(resolve('what does the funding essay say about hosting?').articles).toEqual(['who-pays']);
    expect(resolve('per the consortium essay, which small models keep thriving?').articles).toEqual(['team-sport']);
    expect(resolve('what does the essay say about hosting?').articles).toEqual(['econ-essay', 'who-pays']);
  });

  it('GIVEN such a word before a word short names end in ("lambert\'s piece") THEN that article, with no name matched', () => {
    expect(resolve("in lambert's piece, who backs open models?").articles).toEqual(['team-sport']);
  });

  it('GIVEN a cost shared by members but no amount asked THEN no split is worked out', () => {
    const text = renderPlainText(
      createEngine(loadKnowledge()).answer({
        text: 'what do consortium members get back for chipping in?',
        surface: 'terminal',
      }),
    );
    expect(text).not.toMatch(/split 50 ways/);
    expect(text).toMatch(/early access/);
  });

  it('GIVEN a data set named by its short name THEN its words are not an unknown name', () => {
    expect(resolve('what licence does the OSAI index list for GLM-5?').unknownNames).toEqual([]);
  });

  it('GIVEN an entity whose name is also a data set alias ("Epoch AI") THEN it stays the entity', () => {
    expect(resolve("OpenAI's R&D in Epoch AI's estimate").mentions.map((m) => m.ids[0])).toContain('epoch-ai');
  });

  it('GIVEN an article named and no company or model THEN the article row answers', () => {
    const q = question({ words: 'bottom line', res: { articles: ['who-pays'] } as never });
    expect(firstIntent(q)).toBe('article');
  });

  it("GIVEN the bottom line of an article asked THEN that article's concluding points, cited to it", () => {
    const words = 'bottom line';
    const q = question({
      words,
      cues: new Set(['article-summary']),
      res: { ...resolve(words), articles: ['who-pays'] },
    });
    const r = ANSWERERS.article(q, ctx)!;
    expect(r.title).toMatch(/^Who Pays for Open-Source AI\?/);
    expect(renderPlainText(r)).toMatch(/monetise without closing/);
    expect(r.sources.map((s) => s.id)).toEqual(['who-pays']);
  });

  it('GIVEN a topic question naming an article THEN the topic that article discusses, not its neighbour', () => {
    const words = 'what key points about the cost of frontier training';
    const res = { ...resolve(words), articles: ['team-sport'] };
    const r = ANSWERERS.article(question({ words, res }), ctx)!;
    expect(r.sources.map((s) => s.id)).toContain('team-sport');
  });

  it('GIVEN the priciest model of a named article THEN only that article’s figures are ranked', () => {
    const words = 'which model cost the most to train';
    const res = { ...resolve(words), articles: ['fm-economics'] };
    const r = ANSWERERS.rank(question({ words, res }), ctx)!;
    expect(r.sources.map((s) => s.id)).toEqual(['fm-economics']);
  });
});

describe('things described by their own figures', () => {
  const engine = createEngine(loadKnowledge());
  const ask = (text: string) => engine.answer({ text, surface: 'terminal' });

  it('GIVEN a company asked for by two of its sourced figures THEN names it instead of dividing the figures', () => {
    const r = ask('name the company that pulled in ~$11M of revenue against ~$99M a year of cloud bills');
    expect(renderPlainText(r)).toMatch(/Stability/);
    expect(r.title).not.toMatch(/Calculation/);
  });

  it('GIVEN a company described by a figure and a period asked THEN its own figure is converted, not the quote', () => {
    const r = ask('which company has ~$99M a year of cloud bills? what is that per month');
    expect(r.title).toMatch(/^Stability AI/);
    expect(renderPlainText(r)).toMatch(/\$8\.25M a month/);
  });

  it('GIVEN the same number given as the user’s own input, no thing asked for THEN it is still calculated', () => {
    expect(renderPlainText(ask('$99M a year is how much per month?'))).toMatch(/\$8\.25M/);
  });

  it('GIVEN an option of a named thing asked for by its figure ("who\'s the $2,800 option") THEN the options, not a sum', () => {
    const r = ask("one H100 for a month: who's the $2,800 option, and who's cheaper?");
    expect(r.title).toBe('H100 rental prices');
    expect(renderPlainText(r)).toMatch(/\$1,100 on a GPU marketplace against about \$2,800 on AWS/);
  });

  it('GIVEN two makers named and a product used to say which one ("the claude maker") THEN the makers are compared', () => {
    const r = ask('anthropic vs openai valuations - how many times bigger is the claude maker?');
    expect(r.title).toBe('Anthropic vs OpenAI — valuation');
  });
});

describe('a second part of a question', () => {
  const engine = createEngine(loadKnowledge());
  const ask = (text: string) => renderPlainText(engine.answer({ text, surface: 'terminal' }));

  it('GIVEN a second part with only a cost word ("and why does it cut costs?") THEN no figure borrowed from elsewhere', () => {
    expect(ask('what is model routing and why does it cut costs?')).not.toMatch(/price drop|GPT-3\.5/);
  });
});

describe('a company named as the occasion of a question about a topic', () => {
  const engine = createEngine(loadKnowledge());
  const ask = (text: string) => engine.answer({ text, surface: 'terminal' });

  it('GIVEN "after <company>, what should enterprises ask about closed models" THEN the topic that answers it', () => {
    const r = ask(
      'after DeepSeek, what question does the chapter say enterprises should be asking about closed models?',
    );
    expect(renderPlainText(r)).toMatch(/premium is still justified/);
  });

  it('GIVEN the company as the subject ("what is OpenAI doing…") THEN the company answers', () => {
    expect(ask("what's OpenAI doing to get out of the model-layer squeeze?").title).toBe('OpenAI');
  });

  it('GIVEN an article summary asked THEN each point says which topic it is about', () => {
    const r = ask('give me the key points of the Interconnects consortium summary');
    expect(r.lines.some((l) => l.startsWith('• Nvidia as open-model backer — '))).toBe(true);
  });
});

describe('unit shorthand', () => {
  it('GIVEN a price asked per "mtok" THEN the unit is not declined as an unknown name', () => {
    const { index } = realContext();
    expect(resolveQuery(index, 'gpt-4 turbo price per mtok?').unknownNames).toEqual([]);
    expect(resolveQuery(index, 'gpt4 launch vs turbo $/mtok').unknownNames).toEqual([]);
  });
});
