// SQLite schema as numbered migrations. Append new ones; never edit an applied one (files in the field already ran it).

/** One schema step; `version` strictly increases. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration in order. Times are integer milliseconds since the epoch (UTC). */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'digest subscriptions, slots, snapshots, misses',
    sql: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        pattern TEXT NOT NULL,
        timezone TEXT NOT NULL,
        label TEXT NOT NULL,
        gaps INTEGER NOT NULL DEFAULT 0,
        skip_empty INTEGER NOT NULL DEFAULT 0,
        created_by TEXT,
        created_at INTEGER NOT NULL
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
        scheduled_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped')),
        claimed_at INTEGER NOT NULL,
        reply TEXT,
        next_state TEXT,
        message_id TEXT,
        reason TEXT,
        done_at INTEGER
      );
      CREATE INDEX slots_pending ON slots (scheduled_at) WHERE status = 'claimed';
      CREATE TABLE snapshots (
        hash TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE misses (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        platform TEXT NOT NULL,
        channel_id TEXT,
        at INTEGER NOT NULL
      );
      CREATE INDEX misses_by_time ON misses (platform, at);
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'slot claims carry an owner and a lease',
    // A claim is live while its lease runs; only an expired lease (crashed or hung owner) may be taken over.
    sql: `
      ALTER TABLE slots ADD COLUMN owner TEXT;
      ALTER TABLE slots ADD COLUMN lease_until INTEGER;
    `,
  },
  {
    version: 3,
    name: 'platform event ids seen, to answer a retried or replayed event once',
    sql: `
      CREATE TABLE seen_events (
        id TEXT PRIMARY KEY,
        at INTEGER NOT NULL
      );
      CREATE INDEX seen_events_by_time ON seen_events (at);
    `,
  },
  {
    version: 4,
    name: 'conversation context per thread, DM or reply chain, with an expiry',
    sql: `
      CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        context TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX conversations_expiry ON conversations (expires_at);
    `,
  },
  {
    version: 5,
    name: 'feedback on answers; misses remember whether they were asked in private',
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT,
        private INTEGER NOT NULL DEFAULT 0,
        question TEXT NOT NULL,
        intent TEXT NOT NULL,
        figures TEXT NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        reason TEXT,
        at INTEGER NOT NULL
      );
      CREATE INDEX feedback_by_channel ON feedback (platform, channel_id, at);
      ALTER TABLE misses ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 6,
    name: 'subscriptions carry their next run, so a tick reads only what is due',
    // 0: not computed yet (new or changed subscription); the scheduler works it out from the last tick.
    sql: `
      ALTER TABLE subscriptions ADD COLUMN next_run_at INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX subscriptions_due ON subscriptions (next_run_at);
    `,
  },
  {
    version: 7,
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
        is_enterprise_install INTEGER NOT NULL DEFAULT 0,
        installation TEXT NOT NULL,
        installed_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: 'misses remember their Slack workspace, so workspace-wide gaps stay inside one workspace',
    sql: 'ALTER TABLE misses ADD COLUMN team_id TEXT;',
  },
  {
    version: 9,
    name: 'retention reads old done slots and old misses by time',
    sql: `
      CREATE INDEX slots_done ON slots (scheduled_at) WHERE status <> 'claimed';
      CREATE INDEX misses_at ON misses (at);
    `,
  },
];
