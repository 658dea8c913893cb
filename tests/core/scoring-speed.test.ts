// The speed-ups in retrieval keep its results exact: BM25 read from arrays made once per question gives the very sum
// the plain formula gives (same terms, same order), whichever side is iterated, and the per-cue counter shared by
// every question is left clean, so resolving a question twice, or after another, reads it the same.
import { describe, expect, it } from 'vitest';
import { DataNameIndex } from '../../src/core/datasets/names.js';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { resolveQuery } from '../../src/core/resolve.js';
import { yuanPerDollar } from '../../src/core/understand/exchange-rate.js';
import { CueMatcher, cueWords, expandPhrase } from '../../src/knowledge/cues.js';
import { articleView, KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { phraseKey, tokenize } from '../../src/knowledge/normalize.js';
import { RecentMemo } from '../../src/knowledge/recent.js';

const index = new KnowledgeIndex(articleView(loadKnowledge()));

/** BM25 as written out plainly: the question's distinct terms in first-occurrence order. */
function plainScore(fact: KnowledgeIndex['facts'][number], queryTerms: string[]): number {
  const k1 = 1.2;
  const b = 0.5;
  const counts = new Map<string, number>();
  for (const t of queryTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const norm = k1 * (1 - b + (b * fact.length) / index.avgLength);
  let s = 0;
  for (const [q, times] of counts) {
    const w = fact.terms.get(q);
    if (w) s += times * index.idf(q) * ((w * (k1 + 1)) / (w + norm));
  }
  return s;
}

describe('BM25 scoring', () => {
  it('GIVEN a short question THEN every fact scores exactly as the plain formula', () => {
    const terms = resolveQuery(index, 'what did gpt-4 cost to train and what did it cost again').terms;
    for (const fact of index.facts) expect(index.score(fact, terms)).toBe(plainScore(fact, terms));
  });

  it('GIVEN a question longer than any fact THEN the fact-side sum is still exactly the plain one', () => {
    const words = [...new Set(index.facts.flatMap((f) => [...f.terms.keys()]))].slice(0, 400);
    const terms = [...words, ...words.slice(0, 50)];
    for (const fact of index.facts) expect(index.score(fact, terms)).toBe(plainScore(fact, terms));
  });
});

describe('cue counting', () => {
  it('GIVEN a question resolved after others THEN it reads the same as the first time', () => {
    const q = 'the chinese lab owned by a quant fund: what did its reasoning model cost to train?';
    const first = resolveQuery(index, q);
    resolveQuery(index, 'open-washing, picks and shovels, the ad business of the company behind Facebook');
    resolveQuery(index, 'mixture of experts models trained on huawei chips with zero nvidia dependency');
    expect(resolveQuery(index, q)).toEqual(first);
  });
});

describe('recent memos of tokens and keys', () => {
  it('GIVEN a key asked on every round among many one-off keys THEN it is computed once and stays exact', () => {
    let computed = 0;
    const memo = new RecentMemo<string>(8, (k) => {
      computed++;
      return k.toUpperCase();
    });
    for (let round = 0; round < 50; round++) {
      expect(memo.get('hot phrase')).toBe('HOT PHRASE');
      for (let k = 0; k < 5; k++) expect(memo.get(`one-off ${round} ${k}`)).toBe(`ONE-OFF ${round} ${k}`);
    }
    expect(computed).toBe(1 + 50 * 5);
  });

  it('GIVEN a key dropped from both generations THEN it is computed again with the same value', () => {
    const memo = new RecentMemo<number>(2, (k) => k.length);
    expect(memo.get('abc')).toBe(3);
    for (const k of ['a', 'bb', 'cccc', 'ddddd', 'eeeeee']) memo.get(k);
    expect(memo.get('abc')).toBe(3);
  });

  it('GIVEN a name keyed again after hundreds of other texts THEN its tokens and key are the same', () => {
    const name = 'Llama-3.1-405B-Instruct vs GPT-4o mini: who’s cheaper?';
    const tokens = structuredClone(tokenize(name));
    const key = phraseKey(name);
    for (let k = 0; k < 3000; k++) phraseKey(`question ${k} about h${k}00 chips`);
    expect(tokenize(name)).toEqual(tokens);
    expect(phraseKey(name)).toBe(key);
  });
});

describe('patterns made once, read the same on every question', () => {
  const engine = createEngine(loadKnowledge());
  const fresh = (text: string) => renderFullText(engine.answerFresh({ text, surface: 'terminal' }));
  const cases: Array<[string, string]> = [
    ['total gpu-hours: 16 A100s running 10 days?', '3,840 GPU-hours'],
    ['64 h100s for two weeks — how many gpu-days?', '896 GPU-days'],
    ['how much are 32 b200s for 5 days in gpu hours', '3,840 GPU-hours'],
    ['assume 730 hrs in a month; 4 GPUs at $2/hr, monthly cost?', '$5,840'],
    ['what does together charge for llama 3 70b?', 'Together AI: input $0.9'],
    ['deepseek licence?', 'DeepSeek releases its models under a mix of MIT and custom licences'],
  ];
  it('GIVEN each question asked after the others, twice over THEN every answer holds its figure both times', () => {
    for (let round = 0; round < 2; round++)
      for (const [q, wanted] of round ? [...cases].reverse() : cases) expect(fresh(q), q).toContain(wanted);
  });
});

describe('readings shared within a question', () => {
  const knowledge = loadKnowledge();
  const names = new DataNameIndex(knowledge);

  it('GIVEN a data-set reading a caller narrows THEN the next reading of that text is as first read', () => {
    const q = 'how many 80GB H100s hold llama 3.1 405b, and what does gpt-4o mini cost?';
    const first = structuredClone(names.find(q, true, true, true));
    const read = names.find(q, true, true, true);
    read.mentions = read.mentions.slice(1);
    read.unknownVariant = { text: 'changed', siblings: [] };
    for (let k = 0; k < 40; k++) names.find(`question ${k} about h${k}00 chips`, true);
    expect(names.find(q, true, true, true)).toEqual(first);
    expect(structuredClone(names.find(q, false, true, false))).toEqual(structuredClone(names.find(q)));
  });

  it('GIVEN a code after a model word or a chip word THEN a version or a chip, whichever the words say', () => {
    expect(names.chipCodes('deepseek v4 on 8 h100s and a tpu v4 pod')).toEqual(['h100', 'tpu v4']);
  });

  it('GIVEN a text and its lower-cased form THEN the same tokens, offsets and all', () => {
    const text = 'Llama-3.1-405B-Instruct on 8xH100s: WHO’S cheaper, GPT-4o or Claude’s Opus? İ';
    expect(tokenize(text)).toEqual(structuredClone(tokenize(text.toLowerCase())));
  });

  it('GIVEN cue phrases sharing their first word THEN each cue is met by the words that match it', () => {
    const matcher = new CueMatcher(knowledge.cues.values());
    const words = cueWords('how much does it cost to train a frontier model, and how much would it cost per year?');
    const found = matcher.match(words);
    expect(found.size).toBeGreaterThan(0);
    for (const [, said] of found) expect(words.join(' ')).toContain(said);
    expect(matcher.match(words)).toEqual(found);
  });
});

describe('cue phrases found through their first two words', () => {
  const knowledge = loadKnowledge();
  const matcher = new CueMatcher(knowledge.cues.values());
  /** Every phrase in table order, tried at each word in turn: the matcher as first written. */
  const table = [...knowledge.cues.values()].flatMap((cue) =>
    cue.whole
      ? []
      : cue.phrases.flatMap(expandPhrase).flatMap((p) => {
          const runs = p.split('…').map((r) => cueWords(r));
          return runs.length && runs.every((r) => r.length) ? [{ id: cue.id, runs }] : [];
        }),
  );
  const at = (ws: string[], run: string[], i: number) => run.every((w, k) => ws[i + k] === w);
  function plainMatch(ws: string[]): Array<[string, string]> {
    const found = new Map<string, string>();
    const tried = new Set<(typeof table)[number]>();
    for (let i = 0; i < ws.length; i++)
      for (const c of table) {
        if (!at(ws, c.runs[0]!, i) || found.has(c.id) || tried.has(c)) continue;
        if (c.runs.length > 1) tried.add(c);
        let end = i + c.runs[0]!.length;
        for (let r = 1; r < c.runs.length && end >= 0; r++) {
          let next = -1;
          for (let j = end; j + c.runs[r]!.length <= ws.length; j++)
            if (at(ws, c.runs[r]!, j)) {
              next = j + c.runs[r]!.length;
              break;
            }
          end = next;
        }
        if (end >= 0) found.set(c.id, ws.slice(i, end).join(' '));
      }
    return [...found];
  }
  const questions = [
    'how much did it cost to train, how many gpus did they use, and how long did the run take?',
    'which chip is cheapest per hour to rent, and which one gives the most flops per dollar?',
    'who pays for the gpus when the lab rents them, and who owns the weights after training?',
    'the cost of the h100 cluster per month vs the cost per token served — which is cheaper at scale?',
    'epoch says the training compute was what, and how much of the budget went to gpus vs staff?',
  ];
  it('GIVEN questions whose words start hundreds of phrases THEN the same cues, met by the same words, in the same order', () => {
    for (const q of [...questions, questions.join(' ')]) {
      const ws = cueWords(q);
      const found = [...matcher.match(ws)].filter(([id]) => !knowledge.cues.get(id)?.whole);
      expect(found, q).toEqual(plainMatch(ws));
    }
  });
});

describe('a text read for names with each setting', () => {
  const knowledge = loadKnowledge();
  const text = 'llama 3.1 405b on 64 h100 sxm cards vs mixtral 8x22b on tpu v5p, and what does gpt-4o mini cost?';
  const settings: Array<[boolean, boolean, boolean]> = [
    [false, true, false],
    [true, true, true],
    [true, false, false],
    [true, true, false],
    [false, false, true],
  ];
  it('GIVEN two indexes reading the settings in opposite orders THEN each setting reads the same in both', () => {
    const [forward, backward] = [new DataNameIndex(knowledge), new DataNameIndex(knowledge)];
    const read = (names: DataNameIndex, order: typeof settings) =>
      new Map(order.map((s) => [String(s), structuredClone(names.find(text, ...s))]));
    const a = read(forward, settings);
    const b = read(backward, [...settings].reverse());
    for (const s of settings) expect(a.get(String(s)), String(s)).toEqual(b.get(String(s)));
    expect(a.get(String(settings[1]))?.mentions.length).toBeGreaterThan(2);
  });
});

describe('exchange rates read once per text', () => {
  it('GIVEN a rate asked of several texts in turn THEN each text gives its own rate', () => {
    const a = yuanPerDollar('¥2.96B of compute at 7.1 CNY/USD — in dollars?');
    const b = yuanPerDollar('$1 = ¥7.25, so what is ¥500M?');
    expect(a?.value).toBeCloseTo(7.1);
    expect(b?.value).toBeCloseTo(7.25);
    expect(yuanPerDollar('¥2.96B of compute at 7.1 CNY/USD — in dollars?')).toEqual(a);
  });
});
