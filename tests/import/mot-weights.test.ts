import { describe, expect, it } from 'vitest';
import { DraftBook } from '../../src/import/draft.js';
import { openFrom, orgAccess, weightsDoubt, weightsReleased } from '../../src/import/mot-weights.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Component } from '../../src/knowledge/schema.js';

const part = (name: string, licence: string, status: Component['status'], spdx?: string): Component => ({
  name,
  licence,
  status,
  source: 'mot',
  ...(spdx ? { spdx } : {}),
});

describe('MOT weights mapping', () => {
  it('GIVEN a MOT entry listing only unlicensed parts or a paper THEN the model is not marked open-weight', () => {
    const b = new DraftBook();
    const d = b.model('jurassic 1', 'Jurassic-1', 1);
    d.components = [part('Datasets', 'unlicensed', 'closed'), part('Research paper', 'unlicensed', 'closed')];
    expect(openFrom(d, undefined)).toBe('unknown');
    d.components = [part('Model parameters (Intermediate)', 'Proprietary', 'closed', 'LicenseRef-Proprietary')];
    expect(openFrom(d, undefined)).toBe('unknown');
    d.components = [part('Model parameters (Final)', 'Proprietary', 'closed', 'LicenseRef-Proprietary')];
    expect(weightsReleased(d.components)).toBe(false);
    expect(openFrom(d, undefined)).toBe('closed');
    d.components = [part('Distribution licence', 'Apache-2.0', 'open', 'Apache-2.0')];
    expect(openFrom(d, undefined)).toBe('open-weight');
  });

  it("GIVEN an open weights licence that Epoch contradicts (the model's own label, or a maker with no open model) THEN it is doubted and not counted open", () => {
    const b = new DraftBook();
    for (const [k, access] of [
      ['a', 'API access'],
      ['b', 'API access'],
      ['c', 'Unreleased'],
    ]) {
      const d = b.model(k!, k!, 3);
      d.org = 'lab';
      d.access = access;
    }
    const mit = [part('Model parameters (Final)', 'MIT', 'open', 'MIT')];
    const own = b.model('x', 'X 2', 1);
    own.org = 'lab';
    own.access = 'API access';
    own.components = mit;
    const orgOnly = b.model('y', 'Y-1', 1);
    orgOnly.org = 'lab';
    orgOnly.components = mit;
    const byOrg = orgAccess(b.models.values());
    expect(weightsDoubt(own, byOrg)).toContain('"API access"');
    expect(weightsDoubt(orgOnly, byOrg, 'Lab')).toContain("none of Lab's 4 models");
    expect(openFrom(orgOnly, weightsDoubt(orgOnly, byOrg))).toBe('unknown');
    // One graded open elsewhere (the index) and the maker's other releases are not doubted.
    b.model('z', 'Z', 2).openness = {
      source: 'osai-index',
      system: 'Z',
      score: 50,
      grades: [{ field: 'weights_endmodel', grade: 'open' }],
    };
    b.models.get('z')!.org = 'lab';
    expect(weightsDoubt(orgOnly, orgAccess(b.models.values()))).toBeUndefined();
  });

  it('GIVEN the imported knowledge THEN no API-only model is open-weight and Claude-1/2 weights carry a doubt', () => {
    const kb = loadKnowledge();
    const models = [...kb.entities.values()].filter((e) => e.kind === 'models');
    const gpt4o = models.find((e) => e.name === 'GPT-4o');
    expect(gpt4o?.kind === 'models' && gpt4o.open).not.toBe('open-weight');
    for (const name of ['Claude-1', 'Claude 2']) {
      const e = models.find((m) => m.name === name);
      const w = e?.kind === 'models' ? e.components?.find((c) => c.name === 'Model parameters (Final)') : undefined;
      expect(w?.doubt, name).toBeTruthy();
    }
    const opus = models.find((e) => e.name === 'Claude Opus 4');
    expect(opus?.kind === 'models' && opus.org, 'a reseller (Google Vertex) is not the maker').toBe('anthropic');
  });
});
