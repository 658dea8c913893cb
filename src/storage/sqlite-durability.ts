// Durability without blocking the event loop. With `synchronous = FULL` every commit fsyncs on the main thread
// (better-sqlite3 is synchronous), and a busy digest tick spent half its time there: 10–60 ms stalls per slice
// that every Slack ack waited behind. Instead the connection commits with `synchronous = NORMAL` (no fsync in
// WAL mode) and a write's promise resolves only after the WAL has been fsynced on libuv's thread pool, so a
// claim is on disk before its post starts, as with FULL. Checkpoints, which fsync the database file, run on a
// second connection in a worker thread; the main connection never checkpoints while it is open.
import { type FileHandle, open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { log } from '../log.js';

/** How often the worker copies the WAL back into the database file (a PASSIVE checkpoint never blocks a writer). */
export const CHECKPOINT_EVERY_MS = 1_000;

/** fsyncs a database's WAL; calls made while one runs share the next, so a burst of writes costs two fsyncs. */
export class WalSync {
  private handle: FileHandle | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly walPath: string) {}

  /** Resolves once everything written before the call is on disk. */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = this.fsync().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    // The running fsync may have started before the caller's write: wait for the next one.
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.sync();
    });
    return this.queued;
  }

  private async fsync(): Promise<void> {
    if (this.closed) return;
    try {
      this.handle ??= await open(this.walPath, 'r');
      await this.handle.datasync();
    } catch (err) {
      // No WAL yet means nothing was written through it.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.running?.catch(() => undefined);
    await this.handle?.close();
    this.handle = undefined;
  }
}

// Plain CommonJS so the worker runs the same under tsx, vitest and the compiled build.
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = FULL');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Starts the checkpointing connection for `file`; `stop` closes it before the main connection closes. When the
 * worker fails, `onFailure` runs so the main connection checkpoints again itself (the WAL must not grow forever).
 */
export function startCheckpointer(
  file: string,
  onFailure: () => void,
  everyMs = CHECKPOINT_EVERY_MS,
): { stop(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { file, driver, everyMs } });
  worker.unref();
  worker.on('error', (err) => {
    log.warn('sqlite checkpointer stopped; checkpointing on the main connection', { err });
    onFailure();
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        // Unref'd while it runs (it must not keep a finished process alive), ref'd while someone awaits its exit.
        worker.ref();
        worker.postMessage('stop');
        // A wedged worker must not hold up shutdown.
        setTimeout(() => void worker.terminate(), 2_000).unref();
      }),
  };
}
