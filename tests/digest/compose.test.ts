import { describe, expect, it } from 'vitest';
import { composeDigest, type DigestInput } from '../../src/digest/compose.js';
import { buildRotationItems, pickRotation, seedOf } from '../../src/digest/rotation.js';
import { diffKnowledge, serializeSnapshot, takeSnapshot } from '../../src/digest/snapshot.js';
import type { Subscription } from '../../src/storage/store.js';
import { entity, fig, knowledgeOf, sampleKnowledge } from './support/knowledge.js';

const sub = (over: Partial<Subscription['options']> = {}): Subscription => ({
  id: 'slack:C1',
  platform: 'slack',
  channelId: 'C1',
  schedule: { kind: 'daily', pattern: '0 9 * * *', timezone: 'Europe/Berlin', label: 'daily 09:00' },
  options: { gaps: false, skipEmpty: false, ...over },
  createdAt: new Date('2026-03-01T08:00:00Z'),
});
const now = new Date('2026-03-02T08:00:00Z');

function input(over: Partial<DigestInput> = {}): DigestInput {
  const knowledge = sampleKnowledge();
  return {
    knowledge,
    items: buildRotationItems(knowledge),
    currentHash: 'h-now',
    subscription: sub(),
    state: { shown: [], snapshotHash: 'h-old' },
    diff: diffKnowledge(takeSnapshot(knowledge), knowledge),
    now,
    ...over,
  };
}

describe('knowledge diff', () => {
  const before = sampleKnowledge();
  const after = knowledgeOf([
    entity('alpha', 'Alpha', [fig({ metric: 'training_cost', value: 6_000_000 })]), // changed; revenue removed
    entity('beta', 'Beta', [
      fig({ metric: 'training_cost', value: 78_000_000, source: 'src-b' }),
      fig({ metric: 'revenue', value: 1e9, unit: 'money/year', period: '2025' }),
    ]),
    entity('gamma', 'Gamma', [fig({ metric: 'training_cost', value: 12_000_000 })]),
    entity('delta', 'Delta', [fig({ metric: 'training_cost', value: 1e8 })]),
  ]);

  it('GIVEN an added entity, an added figure, a changed value and a removed figure THEN each is found once', () => {
    const d = diffKnowledge(takeSnapshot(before), after);
    expect(d.newEntities.map((e) => e.id)).toEqual(['delta']);
    expect(d.newFigures.map((f) => `${f.entity.id}:${f.figure.metric}`)).toEqual(['beta:revenue']);
    expect(d.changedFigures.map((c) => [c.entity.id, c.oldText])).toEqual([['alpha', '~$5.6M']]);
    expect(d.removedFigures).toBe(1);
  });

  it('GIVEN the same knowledge THEN an empty diff and the same hash', () => {
    expect(diffKnowledge(takeSnapshot(before), sampleKnowledge())).toEqual({
      newEntities: [],
      newFigures: [],
      changedFigures: [],
      removedFigures: 0,
    });
    expect(serializeSnapshot(takeSnapshot(before)).hash).toBe(serializeSnapshot(takeSnapshot(sampleKnowledge())).hash);
  });

  it('GIVEN a change THEN the digest shows old → new with scope, period, basis and cites the source', () => {
    const { reply, empty } = composeDigest(
      input({ knowledge: after, items: buildRotationItems(after), diff: diffKnowledge(takeSnapshot(before), after) }),
    );
    expect(empty).toBe(false);
    expect(reply.kind).toBe('digest');
    expect(reply.title).toBe('aiecon digest — Monday, 2 March 2026');
    expect(reply.lines).toContain('What changed since 1 March 2026:');
    expect(reply.lines).toContain('• Changed: Alpha — training cost: ~$5.6M → ~$6M (compute only, 2024, estimate)');
    expect(reply.lines.some((l) => l.startsWith('• New: Delta — '))).toBe(true);
    expect(reply.lines).toContain('• New figure: Beta — revenue: ~$1B/year (compute only, 2025, estimate)');
    expect(reply.notes).toContain('1 earlier figure was withdrawn or reworded.');
    expect(reply.sources.map((s) => s.id)).toContain('src-a');
  });
});

describe('rotation', () => {
  const items = buildRotationItems(sampleKnowledge());

  it('GIVEN three comparable costs THEN four figures and three comparisons, each comparison with a ratio', () => {
    expect(items).toHaveLength(7);
    const c = items.find((i) => i.field.label === 'Alpha vs Beta — training cost')!;
    expect(c.field.value).toBe(
      'Alpha: ~$5.6M (compute only, 2024, estimate); Beta: ~$78M (compute only, 2024, estimate). Beta is ≈13.9× Alpha.',
    );
    expect(c.sourceIds).toEqual(['src-a', 'src-b']);
  });

  it('GIVEN a channel picking repeatedly THEN no repeat until all are shown, and no back-to-back repeat across cycles', () => {
    let shown: string[] = [];
    const picks: string[] = [];
    for (let i = 0; i < items.length * 3; i++) {
      const r = pickRotation(items, seedOf('slack:C1'), shown);
      picks.push(r.item!.id);
      shown = r.shown;
    }
    for (let cycle = 0; cycle < 3; cycle++)
      expect(new Set(picks.slice(cycle * items.length, (cycle + 1) * items.length)).size).toBe(items.length);
    for (let i = 1; i < picks.length; i++) expect(picks[i]).not.toBe(picks[i - 1]);
  });

  it('GIVEN two channels THEN they walk the items in different orders', () => {
    const order = (seed: string) => {
      let shown: string[] = [];
      return items.map(() => {
        const r = pickRotation(items, seedOf(seed), shown);
        shown = r.shown;
        return r.item!.id;
      });
    };
    expect(order('slack:C1')).not.toEqual(order('discord:42'));
  });

  it('GIVEN ids of items no longer in the knowledge THEN they are dropped from the shown list', () => {
    expect(pickRotation(items, 1, ['gone1', 'gone2']).shown).toHaveLength(1);
  });
});

describe('composeDigest', () => {
  it('GIVEN nothing new THEN it says so, still features one item, and is empty (for --skip-empty)', () => {
    const { reply, empty, nextState } = composeDigest(input());
    expect(empty).toBe(true);
    expect(reply.lines).toEqual(['Nothing new in the knowledge since 1 March 2026.']);
    expect(reply.fields).toHaveLength(1);
    expect(nextState).toMatchObject({ snapshotHash: 'h-now', lastSentAt: now });
    expect(nextState.shown).toHaveLength(1);
  });

  it('GIVEN --gaps and unanswered questions THEN they are listed with counts, mentions stripped, and the digest is not empty', () => {
    const { reply, empty } = composeDigest(
      input({
        subscription: sub({ gaps: true }),
        gaps: {
          top: [
            { text: 'mistral revenue @everyone', count: 3 },
            { text: 'grok cost', count: 1 },
          ],
          groups: 5,
        },
      }),
    );
    expect(empty).toBe(false);
    expect(reply.lines).toEqual([
      'Nothing new in the knowledge since 1 March 2026.',
      'Questions I could not answer since 1 March 2026:',
      '• “mistral revenue everyone” — asked 3×',
      '• “grok cost” — asked 1×',
      '• …and 3 more.',
    ]);
  });

  it('GIVEN gaps exist but the channel did not ask for them THEN they are not shown', () => {
    const { reply } = composeDigest(input({ gaps: { top: [{ text: 'x', count: 1 }], groups: 1 } }));
    expect(reply.lines.join('\n')).not.toContain('could not answer');
  });

  it('GIVEN no baseline for the channel THEN a first-digest line and not empty', () => {
    const { reply, empty } = composeDigest(input({ diff: undefined }));
    expect(empty).toBe(false);
    expect(reply.lines[0]).toMatch(/^First digest/);
  });

  it('GIVEN many changes THEN lines are capped with a count of the rest', () => {
    const many = knowledgeOf(Array.from({ length: 20 }, (_, i) => entity(`e${i}`, `E${i}`)));
    const { reply } = composeDigest(
      input({ knowledge: many, items: [], diff: diffKnowledge(takeSnapshot(knowledgeOf([])), many) }),
    );
    expect(reply.lines).toHaveLength(14);
    expect(reply.lines.at(-1)).toBe('• …and 8 more changes.');
    expect(reply.fields).toEqual([]);
  });
});
