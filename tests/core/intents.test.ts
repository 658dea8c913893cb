import { describe, expect, it } from 'vitest';
import { ANSWERERS } from '../../src/core/answer/index.js';
import { INTENTS } from '../../src/core/intents.js';
import { firstIntent, mention, question, realContext } from './support/question.js';

const { index } = realContext();
const entity = (id: string) => index.entity(id)!;

describe('the intent table', () => {
  it('GIVEN every row THEN its intent has an answerer and a reason', () => {
    for (const row of INTENTS) {
      expect(ANSWERERS[row.intent]).toBeTypeOf('function');
      expect(row.because.length).toBeGreaterThan(5);
    }
  });

  it('GIVEN a question nothing recognises THEN the last rows still hold, so every question gets a reply', () => {
    expect(INTENTS.at(-1)!.when(question())).toBe(true);
  });

  it('GIVEN a whole reply from the data sets THEN data-set answers it, with that reply as it came', () => {
    const reply = { kind: 'answer', title: 'GPT-4o — token prices', lines: [], fields: [], notes: [], sources: [] };
    const q = question({ data: { reply: { ...reply, suggestions: [] } as never } });
    expect(firstIntent(q)).toBe('data-set');
    expect(ANSWERERS['data-set'](q, realContext())?.title).toBe('GPT-4o — token prices');
  });

  it('GIVEN data-set figures to add under an article answer THEN the article rows answer', () => {
    expect(firstIntent(question({ data: { supplement: { lines: ['x'], sources: [] } }, lead: entity('openai') }))).toBe(
      'own-figures',
    );
  });

  it('GIVEN no letters or digits THEN empty comes before everything', () => {
    expect(firstIntent(question({ hasContent: false, cues: new Set(['help']) }))).toBe('empty');
  });

  it('GIVEN the whole message asks for help THEN help', () => {
    expect(firstIntent(question({ cues: new Set(['help']) }))).toBe('help');
  });

  it('GIVEN thanks, a greeting, a goodbye or an ok THEN small talk, before any search', () => {
    for (const cue of ['thanks', 'greeting', 'farewell', 'acknowledgement'])
      expect(firstIntent(question({ cues: new Set([cue]), unknownNames: ['lol'] }))).toBe('smalltalk');
  });

  it('GIVEN an amount of a measure no article quantifies THEN untracked', () => {
    expect(firstIntent(question({ untracked: 'electricity', lead: entity('openai') }))).toBe('untracked');
  });

  it('GIVEN a bare expression THEN arithmetic', () => {
    expect(firstIntent(question({ expression: '$1B / 50' }))).toBe('arithmetic');
  });

  it('GIVEN two numbers with units THEN units, before the sourced-rate calculators', () => {
    const q = question({
      cues: new Set(['gpu', 'rent']),
      quantities: [
        { value: 8, dims: { gpu: 1 }, raw: '8 h100s', at: 0 },
        { value: 720, dims: { hour: 1 }, raw: '30 days', at: 10 },
      ],
    });
    expect(firstIntent(q)).toBe('units');
  });

  it('GIVEN a sharing word ("chipping in") but no amount asked THEN no split is worked out', () => {
    expect(firstIntent(question({ cues: new Set(['split']) }))).not.toBe('split');
  });

  it('GIVEN split, self-hosting, GPU or ranking words THEN the calculator or ranking for them', () => {
    expect(firstIntent(question({ cues: new Set(['split', 'how-much']) }))).toBe('split');
    expect(firstIntent(question({ cues: new Set(['self-host']) }))).toBe('self-host');
    expect(firstIntent(question({ cues: new Set(['gpu']) }))).toBe('rent');
    expect(firstIntent(question({ cues: new Set(['rank']) }))).toBe('rank');
  });

  it('GIVEN a number of tokens THEN tokens', () => {
    const q = question({ amounts: [{ value: 1e8, money: false, next: 'tokens', index: 0, raw: '100M tokens' }] });
    expect(firstIntent(q)).toBe('tokens');
  });

  it('GIVEN a family with a version the knowledge lacks THEN unknown-version', () => {
    const bad = mention('llama-3', { via: 'family', versionUnknown: true });
    expect(firstIntent(question({ badVersion: bad, named: [bad] }))).toBe('unknown-version');
  });

  it('GIVEN only unknown names THEN unknown-name; GIVEN a known thing beside them THEN not', () => {
    expect(firstIntent(question({ unknownNames: ['Falcon 180B'] }))).toBe('unknown-name');
    const named = [mention('gpt-4')];
    expect(firstIntent(question({ unknownNames: ['Falcon 180B'], named }))).not.toBe('unknown-name');
  });

  it('GIVEN two things and a comparison word THEN compare; GIVEN "why" and no comparison word THEN not', () => {
    const candidates = [mention('deepseek-v3'), mention('gpt-4')];
    expect(firstIntent(question({ candidates, explicitCompare: true }))).toBe('compare');
    expect(firstIntent(question({ candidates, metrics: ['training_cost'] }))).toBe('compare');
    const why = question({ candidates, metrics: ['training_cost'], cues: new Set(['reasons']) });
    expect(firstIntent(why)).not.toBe('compare');
  });

  it('GIVEN a topic named beside a clearly described company THEN described-company', () => {
    const q = question({
      specific: [mention('h100-rental')],
      topicsOnly: true,
      strongCue: mention('deepseek', { via: 'cue', strength: 2 }),
      lead: entity('h100-rental'),
    });
    expect(firstIntent(q)).toBe('described-company');
  });

  it('GIVEN a figure asked of an unknown name next to a known one THEN unknown-subject', () => {
    const q = question({
      specific: [mention('openai')],
      named: [mention('openai')],
      lead: entity('openai'),
      unknownNames: ['Microsoft'],
      metrics: ['total_investment'],
    });
    expect(firstIntent(q)).toBe('unknown-subject');
  });

  it('GIVEN an article and two named companies, no figure asked THEN article-subjects; a figure asked THEN not', () => {
    const base = { specific: [mention('meta'), mention('mistral-ai')], lead: entity('meta') };
    const q = question({ ...base, res: { ...question().res, articles: ['econ-essay'] } });
    expect(firstIntent(q)).toBe('article-subjects');
    expect(firstIntent({ ...q, figureRequest: true, metrics: ['ai_spend'] })).not.toBe('article-subjects');
  });

  it('GIVEN one named thing THEN own-figures first, then entity', () => {
    const q = question({ specific: [mention('openai')], lead: entity('openai') });
    expect(firstIntent(q)).toBe('own-figures');
    expect(INTENTS.find((r) => r.intent === 'entity')!.when(q)).toBe(true);
  });

  it('GIVEN a topic asked for a figure it lacks THEN figure-elsewhere comes before entity', () => {
    const q = question({
      specific: [mention('frontier-training-cost')],
      lead: entity('frontier-training-cost'),
      figureRequest: true,
      metrics: ['growth'],
      leadHasAsked: false,
    });
    const rows = INTENTS.filter((r) => r.when(q)).map((r) => r.intent);
    expect(rows.indexOf('figure-elsewhere')).toBeLessThan(rows.indexOf('entity'));
  });

  it('GIVEN a family name THEN family; GIVEN a pronoun THEN referent', () => {
    expect(firstIntent(question({ ambiguous: mention('llama-3', { via: 'family' }) }))).toBe('family');
    expect(firstIntent(question({ pronoun: true }))).toBe('referent');
  });

  it('GIVEN descriptions and a money metric THEN clarify-described before described', () => {
    const described = [mention('deepseek', { via: 'cue', strength: 1 })];
    expect(firstIntent(question({ described, moneyAsked: true }))).toBe('clarify-described');
    expect(firstIntent(question({ described }))).toBe('described');
  });
});
