// The SQLite store commits without fsync on the event loop: a write resolves once the WAL is fsynced on the
// thread pool, and a worker connection checkpoints. These tests check the WAL is folded back and cleaned up.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { CHECKPOINT_EVERY_MS, WalSync } from '../../src/storage/sqlite-durability.js';

const dir = mkdtempSync(join(tmpdir(), 'aiecon-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GIVEN a SQLite store on a file', () => {
  it('GIVEN many writes THEN the worker folds the WAL into the database file, and closing removes the WAL', async () => {
    const file = join(dir, 'fold.db');
    const store = openSqliteStore(file);
    const before = statSync(file).size;
    await store.batch(async () => {
      for (let i = 0; i < 2_000; i++)
        await store.recordMiss({ text: `question number ${i} ${'x'.repeat(200)}`, platform: 'slack', at: new Date() });
    });
    await new Promise((r) => setTimeout(r, CHECKPOINT_EVERY_MS * 2.5));
    expect(statSync(file).size).toBeGreaterThan(before + 200_000);
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = openSqliteStore(file);
    expect((await again.missesSince(new Date(0), { platform: 'slack', publicChannels: true }, 5)).groups).toBe(2_000);
    await again.close();
  });

  it('GIVEN a burst of syncs THEN they share fsyncs and all resolve', async () => {
    const wal = new WalSync(join(dir, 'absent.db-wal'));
    await Promise.all(Array.from({ length: 50 }, () => wal.sync()));
    await wal.close();
  });
});
