// Checks the SQLite path (AIECON_DB) before SQLite opens it. A path the bot cannot use stops start-up with one
// sentence naming the variable, instead of a raw SQLite stack, or a hang: Node's recursive mkdir loops forever
// on a folder that cannot be made inside an existing one under /proc (mkdir says ENOENT, the parent exists).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../config.js';

/** A ConfigError naming AIECON_DB and the path, with what went wrong and what to do. */
export function databasePathError(file: string, why: string): ConfigError {
  return new ConfigError([
    `AIECON_DB=${file}: ${why}; set AIECON_DB to a file in a writable folder (default ./data/aiecon.db)`,
  ]);
}

/** Makes the folders a database file needs, one at a time, and refuses anything that is not (or cannot be) a file. */
export function prepareDatabaseFile(file: string): void {
  const path = resolve(file);
  if (existsSync(path) && !statSync(path).isFile())
    throw databasePathError(file, statSync(path).isDirectory() ? 'it is a folder' : 'it is not a regular file');
  const missing: string[] = [];
  let folder = dirname(path);
  while (!existsSync(folder)) {
    missing.unshift(folder);
    const up = dirname(folder);
    if (up === folder) break;
    folder = up;
  }
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw databasePathError(file, `${folder} is not a folder`);
  for (const m of missing) {
    try {
      mkdirSync(m);
    } catch (err) {
      // Another process starting on the same file made it first.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && statSync(m).isDirectory()) continue;
      throw databasePathError(file, `cannot create the folder ${m} (${(err as NodeJS.ErrnoException).code ?? err})`);
    }
  }
}
