// A licence asked of a data-set model: the licence's name and its grade lead; commercial use asked is a licence asked;
// a misspelt attribute word is read as the word. Phrasings here are the tests' own, not the evaluation sets' lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { correctAskWords, editDistance } from '../../src/core/datasets/ask-words.js';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

const firstLines = (a: string, n = 3) => a.split('\n').slice(0, n).join('\n');

describe('misspelt attribute words', () => {
  const vocabulary = new Set(['license', 'licence', 'bandwidth', 'memory', 'parameters']);
  const noName = () => false;
  it.each([
    ['kimi lisence?', 'kimi licence?'],
    ['hunyuan licnese', 'hunyuan license'],
    ['h200 bandwith', 'h200 bandwidth'],
    ['deepseek paramters', 'deepseek parameters'],
  ])('GIVEN %s THEN it reads %s', (typed, read) => {
    expect(correctAskWords(typed, vocabulary, noName)).toBe(read);
  });
  it('GIVEN an English word or a name word THEN it is left alone', () => {
    expect(correctAskWords('licensee memoir', vocabulary, noName)).toBe('licensee memoir');
    expect(correctAskWords('lisence', vocabulary, (w) => w === 'lisence')).toBe('lisence');
  });
  it('GIVEN two words a swap apart THEN their distance is one', () => {
    expect(editDistance('licnese', 'license', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('a licence asked of a data-set model', () => {
  it.each([
    ['what licence is kimi k2.5 under?', /Modified MIT License — graded partial/],
    ['kimi k2.5 licnese?', /Modified MIT License/],
    ['tencent hunyuan lisence', /Tencent Hunyuan Community License Agreement — graded closed/],
    ['gpt-oss licence?', /GPT OSS licence: Apache 2\.0/],
  ])('GIVEN %s THEN the licence name and its grade lead', (q, want) => {
    expect(firstLines(ask(q))).toMatch(want);
  });

  it.each([
    'can we use command a commercially?',
    'is command a ok for commercial use?',
    "can i ship cohere's command a in our product?",
  ])('GIVEN %s THEN the non-commercial licence is said', (q) => {
    const a = firstLines(ask(q));
    expect(a).toMatch(/CC-BY-NC-4\.0/);
    expect(a).toMatch(/non-commercial licence/);
  });

  it('GIVEN a permissive licence asked about commercial use THEN no non-commercial line', () => {
    expect(ask('can i use gpt-oss commercially?')).not.toMatch(/non-commercial/);
  });

  it.each(['is gemma osi open?', 'is gemma osi approved?'])('GIVEN %s THEN OSI is no unknown word', (q) => {
    const a = ask(q);
    expect(a).not.toMatch(/anything on “osi”/);
    expect(a).toMatch(/Gemma Terms of Use — graded closed/);
  });

  it.each(["osai index: how is llama 3.1's license rated?", "what grade does the osai index give llama 3's license?"])(
    'GIVEN a release named with the licence word (%s) THEN the release is graded',
    (q) => {
      expect(firstLines(ask(q))).toMatch(/Llama 3(\.1)? licence: Meta Llama 3 Community License — graded closed/);
    },
  );

  it('GIVEN a family whose graded release and other releases differ THEN both licences', () => {
    const a = ask('what licence are the grok weights under?');
    expect(a).toMatch(/xAI Community License Agreement/);
    expect(a).toMatch(/Grok-1.*Apache-2\.0|Apache-2\.0.*Grok-1/);
  });

  it('GIVEN an article family asked if open source THEN the articles lead', () => {
    expect(ask('is llama open source?').split('\n')[0]).toMatch(/^Llama licence/);
  });
});
