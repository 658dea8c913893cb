// Leader election between replicas on a real PostgreSQL server: exactly one leads; when it goes, another takes over.
import { describe, expect, inject, it } from 'vitest';
import { elect } from '../../src/storage/leader.js';
import { freshDatabase } from '../support/postgres-server.js';

const until = async (what: string, cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('leader election', () => {
  it('GIVEN three replicas THEN exactly one leads; WHEN it stops THEN another takes over within a retry', async () => {
    const url = await freshDatabase(inject('postgresUrl'));
    const events: string[] = [];
    const replicas = ['a', 'b', 'c'].map((name) =>
      elect(
        url,
        42,
        {
          onLead: async () => void events.push(`${name} leads`),
          onLose: async () => void events.push(`${name} stops`),
        },
        100,
      ),
    );
    try {
      await until('a leader', () => replicas.some((r) => r.leading));
      await new Promise((r) => setTimeout(r, 400));
      expect(replicas.filter((r) => r.leading)).toHaveLength(1);
      const first = replicas.findIndex((r) => r.leading);
      await replicas[first]!.stop();
      await until('a new leader', () => replicas.some((r, i) => i !== first && r.leading));
      await new Promise((r) => setTimeout(r, 400));
      expect(replicas.filter((r) => r.leading)).toHaveLength(1);
      expect(events.filter((e) => e.endsWith('leads'))).toHaveLength(2);
      expect(events.filter((e) => e.endsWith('stops'))).toHaveLength(1);
    } finally {
      for (const r of replicas) await r.stop();
    }
  });
});
