// Postgres schema as numbered migrations, the same tables as the SQLite ones (src/storage/migrations.ts) so
// one row mapping serves both. Append new ones; never edit an applied one.
import type { Migration } from './migrations.js';

/** Every Postgres migration in order. Times are BIGINT milliseconds since the epoch (UTC). */
export const PG_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'digest subscriptions, slots with leases, snapshots, misses, seen events',
    sql: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        pattern TEXT NOT NULL,
        timezone TEXT NOT NULL,
        label TEXT NOT NULL,
        gaps BOOLEAN NOT NULL DEFAULT false,
        skip_empty BOOLEAN NOT NULL DEFAULT false,
        created_by TEXT,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE digest_state (
        subscription_id TEXT PRIMARY KEY,
        state TEXT NOT NULL
      );
      CREATE TABLE slots (
        key TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        scheduled_at BIGINT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped')),
        claimed_at BIGINT NOT NULL,
        reply TEXT,
        next_state TEXT,
        message_id TEXT,
        reason TEXT,
        done_at BIGINT,
        owner TEXT,
        lease_until BIGINT
      );
      CREATE INDEX slots_pending ON slots (scheduled_at) WHERE status = 'claimed';
      CREATE TABLE snapshots (
        hash TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE misses (
        id BIGSERIAL PRIMARY KEY,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        platform TEXT NOT NULL,
        channel_id TEXT,
        at BIGINT NOT NULL
      );
      CREATE INDEX misses_by_time ON misses (platform, at);
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE seen_events (
        id TEXT PRIMARY KEY,
        at BIGINT NOT NULL
      );
      CREATE INDEX seen_events_by_time ON seen_events (at);
    `,
  },
  {
    version: 2,
    name: 'conversation context per thread, DM or reply chain, with an expiry',
    sql: `
      CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        context TEXT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX conversations_expiry ON conversations (expires_at);
    `,
  },
  {
    version: 3,
    name: 'feedback on answers; misses remember whether they were asked in private',
    sql: `
      CREATE TABLE feedback (
        id BIGSERIAL PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT,
        private BOOLEAN NOT NULL DEFAULT false,
        question TEXT NOT NULL,
        intent TEXT NOT NULL,
        figures TEXT NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        reason TEXT,
        at BIGINT NOT NULL
      );
      CREATE INDEX feedback_by_channel ON feedback (platform, channel_id, at);
      ALTER TABLE misses ADD COLUMN private BOOLEAN NOT NULL DEFAULT false;
    `,
  },
  {
    version: 4,
    name: 'subscriptions carry their next run, so a tick reads only what is due',
    // 0: not computed yet (new or changed subscription); the scheduler works it out from the last tick.
    sql: `
      ALTER TABLE subscriptions ADD COLUMN next_run_at BIGINT NOT NULL DEFAULT 0;
      CREATE INDEX subscriptions_due ON subscriptions (next_run_at);
    `,
  },
  {
    version: 5,
    name: 'Slack installations per workspace; subscriptions remember their workspace',
    // Rows from single-token mode keep NULL team ids: they post with SLACK_BOT_TOKEN as before.
    sql: `
      ALTER TABLE subscriptions ADD COLUMN team_id TEXT;
      ALTER TABLE subscriptions ADD COLUMN enterprise_id TEXT;
      CREATE INDEX subscriptions_by_team ON subscriptions (team_id);
      CREATE INDEX subscriptions_by_enterprise ON subscriptions (enterprise_id);
      CREATE TABLE slack_installations (
        key TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        is_enterprise_install BOOLEAN NOT NULL DEFAULT false,
        installation TEXT NOT NULL,
        installed_at BIGINT NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'misses remember their Slack workspace, so workspace-wide gaps stay inside one workspace',
    sql: 'ALTER TABLE misses ADD COLUMN team_id TEXT;',
  },
  {
    version: 7,
    name: 'retention reads old done slots and old misses by time',
    sql: `
      CREATE INDEX slots_done ON slots (scheduled_at) WHERE status <> 'claimed';
      CREATE INDEX misses_at ON misses (at);
    `,
  },
];
