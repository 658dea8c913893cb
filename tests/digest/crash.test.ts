// A bot process SIGKILLed between posting and marking, then restarted: exactly one digest in the stand-in.
// Each "process" is tests/digest/fixtures/deliver-once.ts run with tsx against a real SQLite file.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestComposer } from '../../src/digest/composer.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { slotKey } from '../../src/storage/store.js';
import { type SlackStandin, start as startSlackStandin } from '../support/slack-standin.js';
import { subscription } from './support/harness.js';
import { sampleKnowledge } from './support/knowledge.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/deliver-once.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'aiecon-crash-'));
let standin: SlackStandin;
beforeAll(async () => {
  standin = await startSlackStandin();
});
afterAll(async () => {
  await standin?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs one bot process; resolves with its exit signal and parsed output. */
function runBot(
  db: string,
  now: string,
  kill?: 'after-post' | 'before-post',
): Promise<{
  signal: string | null;
  out?: { recovered: string[]; tick: { due: number; claimed: number; skipped: number } };
}> {
  return new Promise((resolve) => {
    const env = {
      ...process.env,
      FIXTURE_DB: db,
      FIXTURE_SLACK_URL: standin.url,
      FIXTURE_NOW: now,
      FIXTURE_KILL: kill ?? '',
    };
    execFile(process.execPath, ['--import', 'tsx', FIXTURE], { env, timeout: 30_000 }, (err, stdout) => {
      const signal = (err as { signal?: string } | null)?.signal ?? null;
      resolve({ signal, out: stdout.trim() ? JSON.parse(stdout.trim().split('\n').at(-1)!) : undefined });
    });
  });
}

/** A fresh database with one daily 09:00 UTC subscription in `channel`, last checked at 08:59. */
async function seed(name: string, channel: string): Promise<string> {
  const db = join(dir, `${name}.db`);
  const store = openSqliteStore(db);
  const composer = await createDigestComposer(sampleKnowledge(), store);
  await store.upsertSubscription(subscription('slack', channel, '0 9 * * *', 'UTC'));
  await store.initState(`slack:${channel}`, composer.baseline());
  await store.setLastTick(new Date('2026-03-02T08:59:00Z'));
  await store.close();
  return db;
}

/** Resolves once the stand-in has received a chat.postMessage for `channel`. */
async function postArrived(channel: string): Promise<void> {
  while (!standin.calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === channel))
    await new Promise((r) => setTimeout(r, 20));
}

const slotStatus = async (db: string, key: string) => {
  const store = openSqliteStore(db);
  const slot = await store.getSlot(key);
  await store.close();
  return slot;
};

describe('GIVEN a bot process killed with SIGKILL', () => {
  it('GIVEN the kill lands after posting and before marking THEN the restart finds the post and the channel holds exactly one digest', async () => {
    const db = await seed('after-post', 'C0CRASH');
    const key = slotKey('slack:C0CRASH', new Date('2026-03-02T09:00:00Z'));
    const killed = await runBot(db, '2026-03-02T09:00:30Z', 'after-post');
    expect(killed.signal).toBe('SIGKILL');
    expect(standin.messages('C0CRASH')).toHaveLength(1);
    expect((await slotStatus(db, key))!.status).toBe('claimed');

    const restarted = await runBot(db, '2026-03-02T09:03:00Z');
    expect(restarted.out).toEqual({ recovered: ['found'], tick: { due: 0, claimed: 0, skipped: 0 } });
    expect(standin.messages('C0CRASH')).toHaveLength(1);
    expect(await slotStatus(db, key)).toMatchObject({ status: 'sent', messageId: standin.messages('C0CRASH')[0]!.ts });
  }, 60_000);

  it('GIVEN the kill lands after claiming and before posting THEN the restart within the grace posts it once', async () => {
    const db = await seed('before-post', 'C0CLAIM');
    expect((await runBot(db, '2026-03-02T09:00:30Z', 'before-post')).signal).toBe('SIGKILL');
    expect(standin.messages('C0CLAIM')).toHaveLength(0);
    expect((await runBot(db, '2026-03-02T09:20:00Z')).out!.recovered).toEqual(['sent']);
    expect(standin.messages('C0CLAIM')).toHaveLength(1);
  }, 60_000);

  it('GIVEN the bot stayed down past slots THEN the newest within the grace posts once and the rest are recorded skipped', async () => {
    const db = await seed('downtime', 'C0DOWN');
    expect((await runBot(db, '2026-03-02T09:00:30Z')).out!.tick).toEqual({ due: 1, claimed: 1, skipped: 0 });
    // Down from Monday 09:01 until Wednesday 09:30: Tuesday is missed, Wednesday is 30 minutes late.
    expect((await runBot(db, '2026-03-04T09:30:00Z')).out!.tick).toEqual({ due: 2, claimed: 1, skipped: 1 });
    // Down again until Friday 11:00: both Thursday and Friday are beyond the grace.
    expect((await runBot(db, '2026-03-06T11:00:00Z')).out!.tick).toEqual({ due: 2, claimed: 0, skipped: 2 });
    expect(
      standin.messages('C0DOWN').map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key),
    ).toEqual([
      slotKey('slack:C0DOWN', new Date('2026-03-02T09:00:00Z')),
      slotKey('slack:C0DOWN', new Date('2026-03-04T09:00:00Z')),
    ]);
    expect(await slotStatus(db, slotKey('slack:C0DOWN', new Date('2026-03-03T09:00:00Z')))).toMatchObject({
      status: 'skipped',
      reason: 'missed',
    });
  }, 60_000);
});

describe('GIVEN two bot processes on one database file', () => {
  it('GIVEN the second process starts while the first is still posting THEN it leaves the live claim alone and the channel holds one digest', async () => {
    const db = await seed('two-processes', 'C0TWO');
    let release!: () => void;
    standin.faultNext('chat.postMessage', { until: new Promise<void>((r) => (release = r)) });
    const first = runBot(db, '2026-03-02T09:00:30Z');
    await postArrived('C0TWO');
    // The first process's post is in flight; a second process starts ten seconds later and finishes.
    const second = await runBot(db, '2026-03-02T09:00:40Z');
    expect(second.out).toEqual({ recovered: [], tick: { due: 0, claimed: 0, skipped: 0 } });
    release();
    expect((await first).out).toEqual({ recovered: [], tick: { due: 1, claimed: 1, skipped: 0 } });
    expect(standin.messages('C0TWO')).toHaveLength(1);
    expect(await slotStatus(db, slotKey('slack:C0TWO', new Date('2026-03-02T09:00:00Z')))).toMatchObject({
      status: 'sent',
      messageId: standin.messages('C0TWO')[0]!.ts,
    });
  }, 60_000);
});
