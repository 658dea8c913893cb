import { describe, expect, it } from 'vitest';
import { createDigestComposer } from '../../src/digest/composer.js';
import { buildRotationItems } from '../../src/digest/rotation.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { subscription } from './support/harness.js';

describe('GIVEN the real knowledge folder', () => {
  const knowledge = loadKnowledge();

  it('GIVEN every rotating item THEN each names its source, and ids are unique', () => {
    const items = buildRotationItems(knowledge);
    expect(items.length).toBeGreaterThan(knowledge.figureCount - 1);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.sourceIds.length, item.field.label).toBeGreaterThan(0);
      for (const s of item.sourceIds) expect(knowledge.sources.has(s), `${item.field.label}: ${s}`).toBe(true);
    }
  });

  it('GIVEN a new subscription THEN its digest says nothing changed and cites the featured item', async () => {
    const store = openSqliteStore(':memory:');
    const composer = await createDigestComposer(knowledge, store);
    const sub = subscription('slack', 'C1', '0 9 * * *', 'UTC');
    await store.upsertSubscription(sub);
    await store.initState(sub.id, composer.baseline());
    const { reply, empty } = await composer.compose(sub, new Date('2026-03-02T09:00:00Z'));
    expect(empty).toBe(true);
    expect(reply.kind).toBe('digest');
    expect(reply.fields).toHaveLength(1);
    expect(reply.sources.length).toBeGreaterThan(0);
    await store.close();
  });
});
