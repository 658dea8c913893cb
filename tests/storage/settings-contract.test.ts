// Settings and workspace-scoped misses, on both Store implementations: the SQLite file and a real PostgreSQL server.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store } from '../../src/storage/store.js';
import { freshDatabase } from '../support/postgres-server.js';

const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
});
const IMPLEMENTATIONS: Array<[string, () => Promise<Store>]> = [
  ['SQLite', async () => openSqliteStore(':memory:')],
  ['Postgres', async () => openPostgresStore(await freshDatabase(inject('postgresUrl')), { poolSize: 2 })],
];

describe.each(IMPLEMENTATIONS)('%s store', (_name, openStore) => {
  const open = async () => {
    const s = await openStore();
    opened.push(s);
    return s;
  };

  it('GIVEN a setting never set THEN it is undefined; once put THEN it reads back, and a second put replaces it', async () => {
    const s = await open();
    expect(await s.getSetting('gaps-workspace:slack')).toBeUndefined();
    await s.putSetting('gaps-workspace:slack', 'on');
    await s.putSetting('gaps-workspace:slack', 'off');
    expect(await s.getSetting('gaps-workspace:slack')).toBe('off');
    // Settings live beside the scheduler's own keys without touching them.
    expect(await s.getLastTick()).toBeUndefined();
  });

  it('GIVEN misses in two workspaces THEN a workspace-wide scope counts only its own workspace’s public channels', async () => {
    const s = await open();
    const at = new Date('2026-06-01T10:00:00Z');
    await s.recordMiss({ text: 'q one', platform: 'slack', channelId: 'C1', teamId: 'TA', at });
    await s.recordMiss({ text: 'q one', platform: 'slack', channelId: 'C2', teamId: 'TA', at });
    await s.recordMiss({ text: 'q private', platform: 'slack', channelId: 'D1', teamId: 'TA', private: true, at });
    await s.recordMiss({ text: 'q other', platform: 'slack', channelId: 'C9', teamId: 'TB', at });
    const since = new Date('2026-05-01T00:00:00Z');
    const mine = await s.missesSince(since, { platform: 'slack', publicChannels: true, teamId: 'TA' }, 10);
    expect(mine).toEqual({ top: [{ text: 'q one', count: 2 }], groups: 1 });
    const any = await s.missesSince(since, { platform: 'slack', publicChannels: true }, 10);
    expect(any.groups).toBe(2);
    const channel = await s.missesSince(since, { platform: 'slack', channelId: 'D1' }, 10);
    expect(channel.top).toEqual([{ text: 'q private', count: 1 }]);
  });
});
