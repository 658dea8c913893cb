// AIECON_DB paths SQLite cannot use: each stops start-up at once with a sentence naming the variable and the path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'aiecon-dbfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fifo = join(dir, 'fifo.db');
execFileSync('mkfifo', [fifo]);
const file = join(dir, 'plain-file');
writeFileSync(file, 'not a folder');

describe('GIVEN an AIECON_DB the bot cannot use', () => {
  const UNUSABLE: Array<[string, string]> = [
    ['a folder under /proc that cannot be created', '/proc/1/aiecon/aiecon.db'],
    ['a file directly under /proc', '/proc/aiecon.db'],
    ['a named pipe', fifo],
    ['a device', '/dev/null'],
    ['a folder', dir],
    ['a path through a file', join(file, 'aiecon.db')],
  ];
  for (const [what, path] of UNUSABLE)
    it(`GIVEN ${what} THEN opening the store fails at once with a ConfigError naming AIECON_DB and the path`, () => {
      const t0 = performance.now();
      let error: unknown;
      try {
        openSqliteStore(path);
      } catch (err) {
        error = err;
      }
      expect(performance.now() - t0).toBeLessThan(2_000);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(`AIECON_DB=${path}:`);
    });

  it('GIVEN a path whose folders do not exist yet THEN they are made and the store opens', async () => {
    const path = join(dir, 'a', 'b', 'aiecon.db');
    const store = openSqliteStore(path);
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(existsSync(path)).toBe(true);
  });
});
