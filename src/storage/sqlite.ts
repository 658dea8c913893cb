// The embedded default Store: one SQLite file (better-sqlite3), WAL, versioned migrations. Needs no server.

import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parseContext } from '../core/conversation/context.js';
import { databasePathError, prepareDatabaseFile } from './db-file.js';
import { MIGRATIONS } from './migrations.js';
import {
  EVENT_PRUNE_EVERY,
  missScopeParams,
  NEVER,
  normaliseMiss,
  num,
  type Row,
  scopeParams,
  stateFromJson,
  stateToJson,
  toFeedback,
  toSlot,
  toSubscription,
} from './rows.js';
import { startCheckpointer, WalSync } from './sqlite-durability.js';
import { sqliteInstallations } from './sqlite-installations.js';
import type { Feedback, Lease, Miss, MissCount, Slot, Store, Subscription } from './store.js';

export { normaliseMiss } from './rows.js';

/** Store methods that write: each resolves only once its write is on disk. */
const WRITES: ReadonlySet<string> = new Set<keyof Store>([
  'upsertSubscription',
  'removeSubscription',
  'setNextRun',
  'initState',
  'claimSlot',
  'renewLease',
  'takeOverExpired',
  'markSent',
  'markSkipped',
  'setLastTick',
  'putSnapshot',
  'recordMiss',
  'recordFeedback',
  'setFeedbackReason',
  'firstSighting',
  'putConversation',
  'putInstallation',
  'removeInstallation',
  'pruneRetained',
]);

/** Per file, the batch a connection of this process has open, and when it ends. */
const openBatches = new Map<string, { db: Database.Database; done: Promise<void> }>();

/** The Store's methods as SQLite runs them: synchronously (better-sqlite3). */
type SyncStore = {
  [K in Exclude<keyof Store, 'batch'>]: Store[K] extends (...a: infer A) => Promise<infer R> ? (...a: A) => R : never;
};

/** Opens (creating folder and file on first start) and migrates the SQLite store at `file`; ":memory:" works for tests. */
export function openSqliteStore(file: string): Store {
  const db = openDatabase(file);

  const q = {
    upsertSub: db.prepare(
      `INSERT INTO subscriptions (id, platform, channel_id, kind, pattern, timezone, label, gaps, skip_empty, created_by, created_at,
         team_id, enterprise_id)
       VALUES (@id, @platform, @channel_id, @kind, @pattern, @timezone, @label, @gaps, @skip_empty, @created_by, @created_at,
         @team_id, @enterprise_id)
       ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, pattern = excluded.pattern, timezone = excluded.timezone, label = excluded.label,
         gaps = excluded.gaps, skip_empty = excluded.skip_empty, created_by = excluded.created_by, created_at = excluded.created_at,
         team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, next_run_at = 0`,
    ),
    getSub: db.prepare('SELECT * FROM subscriptions WHERE id = ?'),
    delSub: db.prepare('DELETE FROM subscriptions WHERE id = ?'),
    delState: db.prepare('DELETE FROM digest_state WHERE subscription_id = ?'),
    listSubs: db.prepare('SELECT * FROM subscriptions ORDER BY id'),
    dueSubs: db.prepare('SELECT * FROM subscriptions WHERE next_run_at <= ? ORDER BY next_run_at LIMIT ?'),
    setNextRun: db.prepare('UPDATE subscriptions SET next_run_at = ? WHERE id = ?'),
    getState: db.prepare('SELECT state FROM digest_state WHERE subscription_id = ?'),
    initState: db.prepare(
      'INSERT INTO digest_state (subscription_id, state) VALUES (?, ?) ON CONFLICT(subscription_id) DO NOTHING',
    ),
    setState: db.prepare(
      'INSERT INTO digest_state (subscription_id, state) VALUES (?, ?) ON CONFLICT(subscription_id) DO UPDATE SET state = excluded.state',
    ),
    claim: db.prepare(
      `INSERT INTO slots (key, subscription_id, platform, channel_id, scheduled_at, status, claimed_at, reply, next_state,
         owner, lease_until)
       VALUES (?, ?, ?, ?, ?, 'claimed', ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING`,
    ),
    renew: db.prepare(`UPDATE slots SET lease_until = ? WHERE key = ? AND status = 'claimed' AND owner = ?`),
    // One statement, so two processes taking over at once cannot both win a row.
    takeOver: db.prepare(
      `UPDATE slots SET owner = ?, lease_until = ?
       WHERE status = 'claimed' AND (lease_until IS NULL OR lease_until <= ?) RETURNING *`,
    ),
    markSent: db.prepare(
      `UPDATE slots SET status = 'sent', message_id = ?, done_at = ? WHERE key = ? AND status = 'claimed'`,
    ),
    markSkipped: db.prepare(
      `UPDATE slots SET status = 'skipped', reason = ?, done_at = ? WHERE key = ? AND status = 'claimed'`,
    ),
    getSlot: db.prepare('SELECT * FROM slots WHERE key = ?'),
    pending: db.prepare(`SELECT * FROM slots WHERE status = 'claimed' ORDER BY scheduled_at`),
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ),
    putSnap: db.prepare('INSERT INTO snapshots (hash, json, created_at) VALUES (?, ?, ?) ON CONFLICT(hash) DO NOTHING'),
    getSnap: db.prepare('SELECT json FROM snapshots WHERE hash = ?'),
    addMiss: db.prepare(
      'INSERT INTO misses (text, norm, platform, channel_id, private, team_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    // Scope: one channel (@channel set), or every public channel (@channel null) of one workspace (@team, when
    // set): private ones never mix.
    missTop: db.prepare(
      `SELECT norm, text, COUNT(*) AS n, MAX(at) AS last FROM misses WHERE platform = @platform AND at > @since
         AND (channel_id = @channel OR (@channel IS NULL AND private = 0 AND (@team IS NULL OR team_id = @team)))
       GROUP BY norm ORDER BY n DESC, last DESC LIMIT @limit`,
    ),
    missGroups: db.prepare(
      `SELECT COUNT(DISTINCT norm) AS g FROM misses WHERE platform = @platform AND at > @since
         AND (channel_id = @channel OR (@channel IS NULL AND private = 0 AND (@team IS NULL OR team_id = @team)))`,
    ),
    addFeedback: db.prepare(
      `INSERT INTO feedback (platform, channel_id, private, question, intent, figures, vote, reason, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    setReason: db.prepare('UPDATE feedback SET reason = ? WHERE id = ? AND vote = -1'),
    downvotes: db.prepare(
      `SELECT * FROM feedback WHERE vote = -1 AND platform = @platform AND at > @since
         AND (channel_id = @channel OR (@channel IS NULL AND private = 0))
       ORDER BY at DESC, id DESC LIMIT @limit`,
    ),
    // A row older than the TTL counts as unseen: the insert refreshes it and reports a change.
    sight: db.prepare(
      `INSERT INTO seen_events (id, at) VALUES (?, ?)
       ON CONFLICT(id) DO UPDATE SET at = excluded.at WHERE seen_events.at <= ?`,
    ),
    forgetEvents: db.prepare('DELETE FROM seen_events WHERE at <= ?'),
    getConvo: db.prepare('SELECT context FROM conversations WHERE key = ? AND expires_at > ?'),
    putConvo: db.prepare(
      `INSERT INTO conversations (key, context, expires_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET context = excluded.context, expires_at = excluded.expires_at`,
    ),
    dropExpiredConvos: db.prepare('DELETE FROM conversations WHERE expires_at <= ?'),
    pruneSlots: db.prepare(
      `DELETE FROM slots WHERE key IN
         (SELECT key FROM slots WHERE status <> 'claimed' AND scheduled_at < ? ORDER BY scheduled_at LIMIT ?)`,
    ),
    pruneMisses: db.prepare(
      `DELETE FROM misses WHERE id IN (SELECT id FROM misses WHERE at < @before OR id <=
         (SELECT id FROM misses ORDER BY id DESC LIMIT 1 OFFSET @keep) ORDER BY id LIMIT @limit)`,
    ),
    pruneSnapshots: db.prepare(
      `DELETE FROM snapshots WHERE hash IN (SELECT hash FROM snapshots WHERE created_at < @before
         AND hash NOT IN (SELECT hash FROM snapshots ORDER BY created_at DESC LIMIT @keep) LIMIT @limit)`,
    ),
  };
  // Expired conversations are swept at most this often, from putConversation; reads ignore them anyway.
  const SWEEP_EVERY_MS = 10 * 60_000;
  let lastSweep = 0;

  const markSentTx = db.transaction((key: string, messageId: string, now: Date) => {
    const row = q.getSlot.get(key) as Row | undefined;
    if (row?.status !== 'claimed') return;
    q.markSent.run(messageId, now.getTime(), key);
    const slot = toSlot(row);
    // Only a still-subscribed channel keeps state; `digest off` between post and mark leaves none behind.
    if (slot.nextState && q.getSub.get(slot.subscriptionId))
      q.setState.run(slot.subscriptionId, stateToJson(slot.nextState));
  });
  const removeTx = db.transaction((id: string) => {
    q.delState.run(id);
    return q.delSub.run(id).changes > 0;
  });

  let sightings = 0;

  const sync: SyncStore = {
    upsertSubscription(sub: Subscription) {
      q.upsertSub.run({
        id: sub.id,
        platform: sub.platform,
        channel_id: sub.channelId,
        kind: sub.schedule.kind,
        pattern: sub.schedule.pattern,
        timezone: sub.schedule.timezone,
        label: sub.schedule.label,
        gaps: sub.options.gaps ? 1 : 0,
        skip_empty: sub.options.skipEmpty ? 1 : 0,
        created_by: sub.createdBy ?? null,
        created_at: sub.createdAt.getTime(),
        team_id: sub.teamId ?? null,
        enterprise_id: sub.enterpriseId ?? null,
      });
    },
    getSubscription(id) {
      const r = q.getSub.get(id) as Row | undefined;
      return r ? toSubscription(r) : undefined;
    },
    removeSubscription: (id) => removeTx(id),
    listSubscriptions: () => (q.listSubs.all() as Row[]).map(toSubscription),
    dueSubscriptions: (upTo, limit) => (q.dueSubs.all(upTo.getTime(), limit) as Row[]).map(toSubscription),
    setNextRun(id, at) {
      q.setNextRun.run(at ? at.getTime() : NEVER, id);
    },

    getState(id) {
      const r = q.getState.get(id) as Row | undefined;
      return r ? stateFromJson(String(r.state)) : { shown: [] };
    },
    initState(id, state) {
      q.initState.run(id, stateToJson(state));
    },

    claimSlot(slot: Slot, reply, nextState, now, lease?: Lease) {
      const info = q.claim.run(
        slot.key,
        slot.subscriptionId,
        slot.platform,
        slot.channelId,
        slot.scheduledAt.getTime(),
        now.getTime(),
        reply ? JSON.stringify(reply) : null,
        nextState ? stateToJson(nextState) : null,
        lease?.owner ?? null,
        lease ? lease.until.getTime() : null,
      );
      return info.changes > 0;
    },
    renewLease: (key, lease) => q.renew.run(lease.until.getTime(), key, lease.owner).changes > 0,
    takeOverExpired: (now, lease) =>
      (q.takeOver.all(lease.owner, lease.until.getTime(), now.getTime()) as Row[])
        .map(toSlot)
        .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime()),
    markSent: (key, messageId, now) => markSentTx(key, messageId, now),
    markSkipped(key, reason, now) {
      q.markSkipped.run(reason, now.getTime(), key);
    },
    getSlot(key) {
      const r = q.getSlot.get(key) as Row | undefined;
      return r ? toSlot(r) : undefined;
    },
    pendingClaims: () => (q.pending.all() as Row[]).map(toSlot),

    getSetting(key) {
      const r = q.getMeta.get(`setting:${key}`) as Row | undefined;
      return r ? String(r.value) : undefined;
    },
    putSetting(key, value) {
      q.setMeta.run(`setting:${key}`, value);
    },

    getLastTick() {
      const r = q.getMeta.get('last_tick') as Row | undefined;
      return r ? new Date(Number(r.value)) : undefined;
    },
    setLastTick(at) {
      q.setMeta.run('last_tick', String(at.getTime()));
    },

    putSnapshot(hash, json) {
      q.putSnap.run(hash, json, Date.now());
    },
    getSnapshot(hash) {
      const r = q.getSnap.get(hash) as Row | undefined;
      return r ? String(r.json) : undefined;
    },

    recordMiss(miss: Miss) {
      q.addMiss.run(
        miss.text,
        normaliseMiss(miss.text),
        miss.platform,
        miss.channelId ?? null,
        miss.private ? 1 : 0,
        miss.teamId ?? null,
        miss.at.getTime(),
      );
    },
    missesSince(since, scope, limit) {
      const params = missScopeParams(since, scope);
      const top = (q.missTop.all({ ...params, limit }) as Row[]).map(
        (r): MissCount => ({ text: String(r.text), count: num(r.n)! }),
      );
      const groups = num((q.missGroups.get(params) as Row).g) ?? 0;
      return { top, groups };
    },

    recordFeedback(f: Feedback) {
      const info = q.addFeedback.run(
        f.platform,
        f.channelId ?? null,
        f.private ? 1 : 0,
        f.question,
        f.intent,
        JSON.stringify(f.figures),
        f.vote,
        f.reason ?? null,
        f.at.getTime(),
      );
      return Number(info.lastInsertRowid);
    },
    setFeedbackReason(id, reason) {
      return q.setReason.run(reason, id).changes > 0;
    },
    downvotesSince(since, scope, limit) {
      return (q.downvotes.all({ ...scopeParams(since, scope), limit }) as Row[]).map(toFeedback);
    },

    firstSighting(eventId, now, ttlMs) {
      const cutoff = now.getTime() - ttlMs;
      // Expired ids are dropped now and then, so the table holds about one TTL's worth of events.
      if (++sightings % EVENT_PRUNE_EVERY === 0) q.forgetEvents.run(cutoff);
      return q.sight.run(eventId, now.getTime(), cutoff).changes > 0;
    },
    getConversation(key, now) {
      const r = q.getConvo.get(key, now.getTime()) as Row | undefined;
      return r ? parseContext(String(r.context)) : undefined;
    },
    putConversation(key, context, expiresAt) {
      q.putConvo.run(key, JSON.stringify(context), expiresAt.getTime());
      const now = Date.now();
      if (now - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = now;
        q.dropExpiredConvos.run(now);
      }
    },

    ...sqliteInstallations(db),

    pruneRetained(c, limit) {
      return (
        q.pruneSlots.run(c.slotsBefore.getTime(), limit).changes +
        q.pruneMisses.run({ before: c.missesBefore.getTime(), keep: c.maxMisses, limit }).changes +
        q.pruneSnapshots.run({ before: c.snapshotsBefore.getTime(), keep: c.keepSnapshots, limit }).changes
      );
    },

    ping() {
      return db.open && db.prepare('SELECT 1 AS ok').get() !== undefined;
    },

    close() {
      if (db.open) db.close();
    },
  };
  const shared = file !== ':memory:';
  const key = shared ? resolve(file) : '';
  const wal = shared ? new WalSync(`${file}-wal`) : undefined;
  let checkpointer: { stop(): Promise<void> } | undefined;
  let closing: Promise<void> | undefined;
  if (shared) {
    db.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(file, () => {
      if (db.open) db.pragma('wal_autocheckpoint = 1000');
    });
  }
  /** Once a write outside a transaction is on disk (a batch syncs once, at its end). */
  const durable = async (name: string) => {
    if (wal && WRITES.has(name) && !db.inTransaction) await wal.sync();
  };
  const othersDone = async () => {
    for (let open = openBatches.get(key); shared && open && open.db !== db; open = openBatches.get(key))
      await open.done;
  };
  const store = Object.fromEntries(
    Object.entries(sync).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        await othersDone();
        const result = (fn as (...a: unknown[]) => unknown)(...args);
        await durable(name);
        return result;
      },
    ]),
  ) as Omit<Store, 'batch' | 'close'>;
  return {
    ...store,
    // The calls inside are synchronous underneath, so the transaction spans no I/O. Another connection to the
    // same file in this process (tests run two schedulers in one process) waits for it instead of meeting a
    // locked file; other processes wait in SQLite's busy handler as always.
    async batch(fn) {
      if (db.inTransaction) return fn();
      // Checked and taken in one synchronous step after the last wait, so two batches cannot both start.
      for (let open = openBatches.get(key); shared && open && open.db !== db; open = openBatches.get(key))
        await open.done;
      let done!: () => void;
      let committed = false;
      if (shared) openBatches.set(key, { db, done: new Promise<void>((r) => (done = r)) });
      try {
        db.exec('BEGIN IMMEDIATE');
        const result = await fn();
        db.exec('COMMIT');
        committed = true;
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      } finally {
        if (shared) {
          openBatches.delete(key);
          done();
        }
        // Other connections go on while the fsync runs; the caller goes on once the batch is on disk.
        if (committed) await wal?.sync();
      }
    },
    close() {
      // The checkpointer closes first, so the main connection is the last and folds the WAL back in.
      closing ??= (async () => {
        await othersDone();
        await checkpointer?.stop();
        await wal?.close();
        sync.close();
      })();
      return closing;
    },
  };
}

/** Opens and migrates the file; a path SQLite cannot use is a ConfigError naming AIECON_DB, not a raw SqliteError. */
function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') prepareDatabaseFile(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // A claim must survive power loss too, or a restart could post a slot twice: writes resolve only after the
    // WAL is fsynced, off the event loop (sqlite-durability.ts), which NORMAL leaves to us.
    db.pragma(file === ':memory:' ? 'synchronous = FULL' : 'synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    if (db?.open) db.close();
    throw databasePathError(file, `SQLite cannot use it (${(err as Error).message})`);
  }
}

/** Applies every migration newer than the file's recorded version, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  const version = () => (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM migrations').get() as { v: number }).v;
  for (const m of MIGRATIONS) {
    if (m.version <= version()) continue;
    // IMMEDIATE takes the write lock before the version is read again: two processes starting on one new file
    // at once apply each migration once (the second waits, then finds it applied) instead of both running it.
    db.transaction(() => {
      if (m.version <= version()) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
    }).immediate();
  }
}
