// What main.ts calls: open the store, build the digest command, the miss recorder and the scheduler.
import type { ChannelPoster } from '../app/channel-poster.js';
import type { MessageContext, SubcommandHandler } from '../app/dispatcher.js';
import type { Reply } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import { log } from '../log.js';
import { startRetention } from '../storage/retention.js';
import { openSqliteStore } from '../storage/sqlite.js';
import type { Store } from '../storage/store.js';
import { createDigestCommand } from './commands.js';
import { createDigestComposer, type DigestComposer } from './composer.js';
import { createScheduler, type DigestScheduler } from './scheduler.js';

/** Where the database lives unless AIECON_DB says otherwise. */
export const DEFAULT_DB_PATH = './data/aiecon.db';

/** The digest feature, wired. */
export interface Digest {
  store: Store;
  command: SubcommandHandler;
  /** Dispatcher `onReply` observer: records questions the engine could not answer, for `--gaps`. */
  recordMiss: (text: string, ctx: MessageContext, reply: Reply) => void;
  /** Starts the scheduler with the adapters' posters (recovering unmarked claims first). */
  start(posters: ChannelPoster[]): Promise<DigestScheduler>;
  /** Composes from now on against `knowledge` (SIGHUP reload); stores its snapshot like a start would. */
  reload(knowledge: Knowledge): Promise<void>;
  /** Stops the scheduler and closes the store. */
  stop(): Promise<void>;
}

/** Postgres when `databaseUrl` is set (replicas share it), else the SQLite file at `dbPath`. */
export async function openStore(options: { databaseUrl?: string; dbPath?: string }): Promise<Store> {
  if (options.databaseUrl) {
    const { openPostgresStore } = await import('../storage/postgres.js');
    return openPostgresStore(options.databaseUrl);
  }
  return openSqliteStore(options.dbPath ?? DEFAULT_DB_PATH);
}

/** Opens the store and builds the digest over the loaded knowledge. */
export async function createDigest(options: {
  knowledge: Knowledge;
  databaseUrl?: string;
  dbPath?: string;
  graceMinutes: number;
}): Promise<Digest> {
  const store = await openStore(options);
  let current = await createDigestComposer(options.knowledge, store);
  // The command and the scheduler hold this delegate, so a reload reaches both without rebuilding them.
  const composer: DigestComposer = {
    get snapshotHash() {
      return current.snapshotHash;
    },
    baseline: () => current.baseline(),
    compose: (sub, now) => current.compose(sub, now),
  };
  let scheduler: DigestScheduler | undefined;
  let retention: { stop(): Promise<void> } | undefined;
  return {
    store,
    command: createDigestCommand({ store, composer }),
    recordMiss(text, ctx, reply) {
      if (
        reply.kind !== 'unknown' ||
        (ctx.surface !== 'slack' && ctx.surface !== 'discord' && ctx.surface !== 'terminal')
      )
        return;
      store
        .recordMiss({
          text,
          teamId: ctx.teamId,
          platform: ctx.surface,
          channelId: ctx.channelId,
          private: ctx.private,
          at: new Date(),
        })
        .catch((err: unknown) => log.warn('could not record an unanswered question', { err }));
    },
    async start(posters) {
      scheduler = createScheduler({ store, composer, posters, graceMs: options.graceMinutes * 60_000 });
      await scheduler.start();
      // Old slots, misses and snapshots are pruned hourly in small batches (src/storage/retention.ts).
      retention = startRetention(store);
      log.info('digest scheduler started', {
        platforms: posters.map((p) => p.platform),
        subscriptions: (await store.listSubscriptions()).length,
      });
      return scheduler;
    },
    async reload(knowledge) {
      current = await createDigestComposer(knowledge, store);
    },
    async stop() {
      await scheduler?.stop();
      await retention?.stop();
      await store.close();
    },
  };
}
