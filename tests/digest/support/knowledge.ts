// Small hand-made Knowledge objects, so digest tests do not depend on the real knowledge folder.
import type { Knowledge } from '../../../src/knowledge/load.js';
import type { Entity, Figure, MetricEntry, SourceEntry } from '../../../src/knowledge/schema.js';

/** A figure with sensible defaults. */
export function fig(over: Partial<Figure> & Pick<Figure, 'metric'>): Figure {
  return {
    value: 1_000_000,
    bound: 'about',
    unit: 'money',
    currency: 'USD',
    period: '2024',
    scope: 'compute only',
    basis: 'estimate',
    source: 'src-a',
    ...over,
  } as Figure;
}

/** A concept entity with the given figures. */
export function entity(id: string, name: string, figures: Figure[] = []): Entity {
  return {
    kind: 'concepts',
    file: 'concepts.yaml',
    id,
    name,
    aliases: [],
    description: `${name}, a thing in the test knowledge.`,
    cues: [],
    figures,
    points: [],
    related: [],
  } as Entity;
}

const metrics: MetricEntry[] = [
  {
    id: 'training_cost',
    label: 'training cost',
    keywords: ['cost'],
    class: 'money',
    near: [],
    general: false,
    whole: false,
  },
  { id: 'revenue', label: 'revenue', keywords: ['revenue'], class: 'money', near: [], general: false, whole: false },
];
const sources: SourceEntry[] = [
  { id: 'src-a', title: 'Source A', file: '001_aa.txt', as_of: '2025-01', kind: 'article' },
  { id: 'src-b', title: 'Source B', file: '002_bb.txt', as_of: '2025-06', kind: 'article' },
];

/** Knowledge holding exactly these entities. */
export function knowledgeOf(entities: Entity[]): Knowledge {
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    metrics: new Map(metrics.map((m) => [m.id, m])),
    cues: new Map(),
    descriptors: new Map(),
    entities: new Map(entities.map((e) => [e.id, e])),
    counts: {
      sources: sources.length,
      metrics: metrics.length,
      cues: 0,
      models: 0,
      organisations: 0,
      licences: 0,
      concepts: entities.length,
      markets: 0,
      chips: 0,
      descriptors: 0,
      additions: 0,
    },
    figureCount: entities.reduce((n, e) => n + e.figures.length, 0),
    dataFigureCount: 0,
  };
}

/** Three entities with comparable training costs and one revenue figure. */
export function sampleKnowledge(): Knowledge {
  return knowledgeOf([
    entity('alpha', 'Alpha', [
      fig({ metric: 'training_cost', value: 5_600_000 }),
      fig({ metric: 'revenue', value: 2e9, unit: 'money/year', period: '2025', source: 'src-b' }),
    ]),
    entity('beta', 'Beta', [fig({ metric: 'training_cost', value: 78_000_000, source: 'src-b' })]),
    entity('gamma', 'Gamma', [fig({ metric: 'training_cost', value: 12_000_000 })]),
  ]);
}
