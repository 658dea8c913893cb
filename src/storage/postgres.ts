// The Store on PostgreSQL (node-postgres pool), selected by DATABASE_URL: several replicas share one database.
// Every method is one statement or one transaction, so replicas racing for the same slot, event or lease are
// decided by the database (unique keys, conditional updates, FOR UPDATE SKIP LOCKED), never by timing.
import pg from 'pg';
import { parseContext } from '../core/conversation/context.js';
import { log } from '../log.js';
import { pgInstallations } from './pg-installations.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
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
import type { MissCount, Store } from './store.js';

/** Connections per process; a replica's traffic is small statements, and N replicas share the server's limit. */
export const PG_POOL_SIZE = 10;
/** How long a new connection may take before the call fails. */
const CONNECT_TIMEOUT_MS = 5_000;
/** How often expired conversations are swept (by whichever replica writes one next). */
const CONVERSATION_SWEEP_MS = 10 * 60_000;
/** Advisory lock key serialising migrations when replicas start together (any constant unique to aiecon). */
const MIGRATION_LOCK = 7_311_001;

/** Connects, migrates (one replica at a time) and returns the Store. Throws if the server cannot be reached. */
export async function openPostgresStore(url: string, options: { poolSize?: number } = {}): Promise<Store> {
  // A connection attempt gives up after a while, so an unreachable server fails calls (and /readyz) instead of
  // queueing them for ever.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? PG_POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle client losing its connection (server restart) must not end the process; the pool replaces it.
  pool.on('error', (err) => log.warn('postgres idle connection failed', { err }));
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  const rows = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[];
  const count = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rowCount ?? 0;

  /** Runs `fn` on one client inside BEGIN/COMMIT. */
  async function transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  let sightings = 0;
  let lastSweep = 0;

  return {
    async upsertSubscription(sub) {
      await pool.query(
        `INSERT INTO subscriptions (id, platform, channel_id, kind, pattern, timezone, label, gaps, skip_empty, created_by, created_at,
           team_id, enterprise_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, pattern = excluded.pattern, timezone = excluded.timezone,
           label = excluded.label, gaps = excluded.gaps, skip_empty = excluded.skip_empty,
           created_by = excluded.created_by, created_at = excluded.created_at, team_id = excluded.team_id,
           enterprise_id = excluded.enterprise_id, next_run_at = 0`,
        [
          sub.id,
          sub.platform,
          sub.channelId,
          sub.schedule.kind,
          sub.schedule.pattern,
          sub.schedule.timezone,
          sub.schedule.label,
          sub.options.gaps,
          sub.options.skipEmpty,
          sub.createdBy ?? null,
          sub.createdAt.getTime(),
          sub.teamId ?? null,
          sub.enterpriseId ?? null,
        ],
      );
    },
    async getSubscription(id) {
      const [r] = await rows('SELECT * FROM subscriptions WHERE id = $1', [id]);
      return r ? toSubscription(r) : undefined;
    },
    removeSubscription: (id) =>
      transaction(async (c) => {
        await c.query('DELETE FROM digest_state WHERE subscription_id = $1', [id]);
        return ((await c.query('DELETE FROM subscriptions WHERE id = $1', [id])).rowCount ?? 0) > 0;
      }),
    listSubscriptions: async () => (await rows('SELECT * FROM subscriptions ORDER BY id')).map(toSubscription),
    dueSubscriptions: async (upTo, limit) =>
      (
        await rows('SELECT * FROM subscriptions WHERE next_run_at <= $1 ORDER BY next_run_at LIMIT $2', [
          upTo.getTime(),
          limit,
        ])
      ).map(toSubscription),
    async setNextRun(id, at) {
      await pool.query('UPDATE subscriptions SET next_run_at = $1 WHERE id = $2', [at ? at.getTime() : NEVER, id]);
    },

    async getState(id) {
      const [r] = await rows('SELECT state FROM digest_state WHERE subscription_id = $1', [id]);
      return r ? stateFromJson(String(r.state)) : { shown: [] };
    },
    async initState(id, state) {
      await pool.query(
        'INSERT INTO digest_state (subscription_id, state) VALUES ($1, $2) ON CONFLICT (subscription_id) DO NOTHING',
        [id, stateToJson(state)],
      );
    },

    async claimSlot(slot, reply, nextState, now, lease) {
      const n = await count(
        `INSERT INTO slots (key, subscription_id, platform, channel_id, scheduled_at, status, claimed_at, reply, next_state,
           owner, lease_until)
         VALUES ($1, $2, $3, $4, $5, 'claimed', $6, $7, $8, $9, $10) ON CONFLICT (key) DO NOTHING`,
        [
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
        ],
      );
      return n > 0;
    },
    renewLease: async (key, lease) =>
      (await count(`UPDATE slots SET lease_until = $1 WHERE key = $2 AND status = 'claimed' AND owner = $3`, [
        lease.until.getTime(),
        key,
        lease.owner,
      ])) > 0,
    // Rows another replica is taking over right now are skipped, not waited for: it will own them.
    takeOverExpired: async (now, lease) =>
      (
        await rows(
          `UPDATE slots SET owner = $1, lease_until = $2
           WHERE key IN (SELECT key FROM slots WHERE status = 'claimed' AND (lease_until IS NULL OR lease_until <= $3)
                         FOR UPDATE SKIP LOCKED)
             AND status = 'claimed' AND (lease_until IS NULL OR lease_until <= $3)
           RETURNING *`,
          [lease.owner, lease.until.getTime(), now.getTime()],
        )
      )
        .map(toSlot)
        .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime()),
    markSent: (key, messageId, now) =>
      transaction(async (c) => {
        const updated = await c.query(
          `UPDATE slots SET status = 'sent', message_id = $1, done_at = $2 WHERE key = $3 AND status = 'claimed'
           RETURNING *`,
          [messageId, now.getTime(), key],
        );
        const row = updated.rows[0] as Row | undefined;
        if (!row) return;
        const slot = toSlot(row);
        // Only a still-subscribed channel keeps state; `digest off` between post and mark leaves none behind.
        if (slot.nextState)
          await c.query(
            `INSERT INTO digest_state (subscription_id, state) SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = $1)
             ON CONFLICT (subscription_id) DO UPDATE SET state = excluded.state`,
            [slot.subscriptionId, stateToJson(slot.nextState)],
          );
      }),
    async markSkipped(key, reason, now) {
      await pool.query(
        `UPDATE slots SET status = 'skipped', reason = $1, done_at = $2 WHERE key = $3 AND status = 'claimed'`,
        [reason, now.getTime(), key],
      );
    },
    async getSlot(key) {
      const [r] = await rows('SELECT * FROM slots WHERE key = $1', [key]);
      return r ? toSlot(r) : undefined;
    },
    pendingClaims: async () =>
      (await rows(`SELECT * FROM slots WHERE status = 'claimed' ORDER BY scheduled_at`)).map(toSlot),

    async getSetting(key) {
      const [r] = await rows('SELECT value FROM meta WHERE key = $1', [`setting:${key}`]);
      return r ? String(r.value) : undefined;
    },
    async putSetting(key, value) {
      await pool.query(
        'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [`setting:${key}`, value],
      );
    },

    async getLastTick() {
      const [r] = await rows(`SELECT value FROM meta WHERE key = 'last_tick'`);
      return r ? new Date(Number(r.value)) : undefined;
    },
    async setLastTick(at) {
      await pool.query(
        `INSERT INTO meta (key, value) VALUES ('last_tick', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [String(at.getTime())],
      );
    },

    async putSnapshot(hash, json) {
      await pool.query(
        'INSERT INTO snapshots (hash, json, created_at) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING',
        [hash, json, Date.now()],
      );
    },
    async getSnapshot(hash) {
      const [r] = await rows('SELECT json FROM snapshots WHERE hash = $1', [hash]);
      return r ? String(r.json) : undefined;
    },

    async recordMiss(miss) {
      await pool.query(
        'INSERT INTO misses (text, norm, platform, channel_id, private, team_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          miss.text,
          normaliseMiss(miss.text),
          miss.platform,
          miss.channelId ?? null,
          Boolean(miss.private),
          miss.teamId ?? null,
          miss.at.getTime(),
        ],
      );
    },
    async missesSince(since, scope, limit) {
      const p = missScopeParams(since, scope);
      // One channel ($3 set), or every public channel ($3 null) of one workspace ($5, when set): private ones never
      // mix. The most recent wording stands for its group (Postgres wants every selected column grouped or aggregated).
      const where = `platform = $1 AND at > $2 AND (channel_id = $3 OR ($3::text IS NULL AND NOT private
        AND ($5::text IS NULL OR team_id = $5)))`;
      const top = (
        await rows(
          `SELECT norm, (ARRAY_AGG(text ORDER BY at DESC))[1] AS text, COUNT(*) AS n, MAX(at) AS last
           FROM misses WHERE ${where} GROUP BY norm ORDER BY n DESC, last DESC LIMIT $4`,
          [p.platform, p.since, p.channel, limit, p.team],
        )
      ).map((r): MissCount => ({ text: String(r.text), count: num(r.n)! }));
      // $4 is unused here but keeps the parameter numbers of `where`.
      const [g] = await rows(`SELECT COUNT(DISTINCT norm) AS g FROM misses WHERE ${where.replace(/\$5/g, '$4')}`, [
        p.platform,
        p.since,
        p.channel,
        p.team,
      ]);
      return { top, groups: num(g?.g) ?? 0 };
    },

    async recordFeedback(f) {
      const [r] = await rows(
        `INSERT INTO feedback (platform, channel_id, private, question, intent, figures, vote, reason, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          f.platform,
          f.channelId ?? null,
          Boolean(f.private),
          f.question,
          f.intent,
          JSON.stringify(f.figures),
          f.vote,
          f.reason ?? null,
          f.at.getTime(),
        ],
      );
      return num(r?.id)!;
    },
    setFeedbackReason: async (id, reason) =>
      (await count('UPDATE feedback SET reason = $1 WHERE id = $2 AND vote = -1', [reason, id])) > 0,
    async downvotesSince(since, scope, limit) {
      const p = scopeParams(since, scope);
      return (
        await rows(
          `SELECT * FROM feedback WHERE vote = -1 AND platform = $1 AND at > $2
             AND (channel_id = $3 OR ($3::text IS NULL AND NOT private))
           ORDER BY at DESC, id DESC LIMIT $4`,
          [p.platform, p.since, p.channel, limit],
        )
      ).map(toFeedback);
    },

    async firstSighting(eventId, now, ttlMs) {
      const cutoff = now.getTime() - ttlMs;
      if (++sightings % EVENT_PRUNE_EVERY === 0) await pool.query('DELETE FROM seen_events WHERE at <= $1', [cutoff]);
      // A row older than the TTL counts as unseen: the upsert refreshes it and reports a change.
      const n = await count(
        `INSERT INTO seen_events (id, at) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET at = excluded.at WHERE seen_events.at <= $3`,
        [eventId, now.getTime(), cutoff],
      );
      return n > 0;
    },

    async getConversation(key, now) {
      const [r] = await rows('SELECT context FROM conversations WHERE key = $1 AND expires_at > $2', [
        key,
        now.getTime(),
      ]);
      return r ? parseContext(String(r.context)) : undefined;
    },
    async putConversation(key, context, expiresAt) {
      await pool.query(
        `INSERT INTO conversations (key, context, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET context = excluded.context, expires_at = excluded.expires_at`,
        [key, JSON.stringify(context), expiresAt.getTime()],
      );
      const now = Date.now();
      if (now - lastSweep > CONVERSATION_SWEEP_MS) {
        lastSweep = now;
        await pool.query('DELETE FROM conversations WHERE expires_at <= $1', [now]);
      }
    },

    ...pgInstallations(pool),

    batch: (fn) => fn(),

    async pruneRetained(c, limit) {
      const slots = await count(
        `DELETE FROM slots WHERE key IN
           (SELECT key FROM slots WHERE status <> 'claimed' AND scheduled_at < $1 ORDER BY scheduled_at LIMIT $2)`,
        [c.slotsBefore.getTime(), limit],
      );
      const misses = await count(
        `DELETE FROM misses WHERE id IN (SELECT id FROM misses WHERE at < $1 OR id <=
           (SELECT id FROM misses ORDER BY id DESC LIMIT 1 OFFSET $2) ORDER BY id LIMIT $3)`,
        [c.missesBefore.getTime(), c.maxMisses, limit],
      );
      const snapshots = await count(
        `DELETE FROM snapshots WHERE hash IN (SELECT hash FROM snapshots WHERE created_at < $1
           AND hash NOT IN (SELECT hash FROM snapshots ORDER BY created_at DESC LIMIT $2) LIMIT $3)`,
        [c.snapshotsBefore.getTime(), c.keepSnapshots, limit],
      );
      return slots + misses + snapshots;
    },

    async ping() {
      return (await rows('SELECT 1 AS ok')).length === 1;
    },
    async close() {
      await pool.end();
    },
  };
}

/** Applies every migration newer than the database's recorded version, holding an advisory lock meanwhile. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
    );
    const { rows } = await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM migrations');
    const current = Number(rows[0]?.v ?? 0);
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          Date.now(),
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
