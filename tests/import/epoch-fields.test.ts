// Epoch columns beyond cost and compute: utilisation, power, organisation as written, country, every domain.
import { describe, expect, it } from 'vitest';
import { DraftBook } from '../../src/import/draft.js';
import { importEpochDates, importEpochModels } from '../../src/import/epoch.js';
import { modelKey } from '../../src/import/names.js';
import { OrgResolver } from '../../src/import/orgs.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const HEADER =
  'Model,Organization,Country (of organization),Publication date,Domain,Parameters,Training time (hours),Hardware utilization (MFU),Training power draw (W),Training compute cost (cloud)';

function draft(row: string) {
  const hand = loadKnowledge(undefined, { generated: false });
  const b = new DraftBook();
  importEpochModels([HEADER, row].join('\n'), b, new OrgResolver([], hand.entities), new Map(), modelKey);
  return [...b.models.values()][0];
}

describe('Epoch fields', () => {
  it('GIVEN an MFU fraction and a power draw in watts THEN a utilisation percentage and a power figure', () => {
    const d = draft('Pangu Ultra,Huawei,China,2025-04-10,Language,1.35e11,,0.52,6426121.277,');
    const mfu = d?.figures.find((f) => f.metric === 'hardware_utilization');
    expect(mfu).toMatchObject({ value: 52, unit: 'percent' });
    expect(d?.figures.find((f) => f.metric === 'training_power')).toMatchObject({ value: 6426000, unit: 'watts' });
  });

  it('GIVEN a repeated organisation and a country THEN both kept as Epoch writes them, repeats dropped', () => {
    const d = draft(
      'Falcon-40B,"Technology Innovation Institute,Technology Innovation Institute",United Arab Emirates,2023-03-15,Language,4e10,1440,,,',
    );
    expect(d?.orgAsWritten).toBe('Technology Innovation Institute');
    expect(d?.country).toBe('United Arab Emirates');
  });

  it('GIVEN an exact training time THEN the hours are kept as the source gives them', () => {
    expect(draft('BLOOM-176B,BigScience,France,2022-07-11,Language,1.76e11,2808,,,')?.figures).toContainEqual(
      expect.objectContaining({ metric: 'training_time', value: 2808 }),
    );
  });

  it('GIVEN a game-playing model with a cost THEN it is imported like a language model', () => {
    const d = draft('OpenAI Five,OpenAI,United States of America,2019-04-13,Games,1.59e8,7104,,786395,11072136.6');
    expect(d?.name).toBe('OpenAI Five');
    expect(d?.what.has('Games model')).toBe(true);
    expect(d?.figures.find((f) => f.method === 'cloud')?.value).toBe(11100000);
  });

  it('GIVEN a name whose last part is a number ("STORM-B/8") THEN the whole name is kept', () => {
    expect(draft('STORM-B/8,USC,United States of America,2024-12-01,Vision,1e8,,,,')?.name).toBe('STORM-B/8');
  });
});

describe('chip names', () => {
  it('GIVEN a chip named "… Ada Generation" THEN it is also called "… Ada", as people say it', async () => {
    const { chipAliases } = await import('../../src/import/epoch.js');
    expect(chipAliases('NVIDIA RTX 6000 Ada Generation', 'NVIDIA')).toContain('RTX 6000 Ada');
  });
});

describe("Epoch's dated rows with no figures", () => {
  const H = 'Model,Organization,Publication date,Model accessibility,Parameters';
  it('GIVEN a model another list carries and its dated updates THEN each a version, the first its release date', () => {
    const b = new DraftBook();
    const d = b.model(modelKey('GPT-4o'), 'GPT-4o', 2);
    d.released = '2024-10-03';
    const csv = [H, 'GPT-4o (Aug 2024),OpenAI,2024-08-06,API access,', 'GPT-4o,OpenAI,2024-05-13,API access,'].join(
      '\n',
    );
    expect(importEpochDates(csv, b, modelKey)).toBe(2);
    expect(d.released).toBe('2024-05-13');
    expect(d.versions.map((v) => v.date)).toEqual(['2024-05-13', '2024-08-06']);
    expect(d.access).toBe('API access');
  });

  it('GIVEN a dated row for a model no list carries THEN nothing is added', () => {
    const b = new DraftBook();
    expect(importEpochDates([H, 'Unheard-Of 1,Nobody,2024-01-01,API access,'].join('\n'), b, modelKey)).toBe(0);
    expect(b.models.size).toBe(0);
  });
});
