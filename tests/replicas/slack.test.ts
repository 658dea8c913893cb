// Two replicas of the real bot (main.ts, separate processes) on one real PostgreSQL database, behind one
// Slack stand-in: what a user sees must be what one bot would do.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.js';
import { freshDatabase } from '../support/postgres-server.js';
import { eventBody, JSON_TYPE, postSigned } from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start as startStandin } from '../support/slack-standin.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SECRET = 'replica-signing-secret';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface Replica {
  child: ChildProcess;
  events: string;
  port: number;
  /** Everything the replica logged so far (pino JSON lines, info and up). */
  log: () => string;
}

async function startReplica(databaseUrl: string, apiUrl: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-replica-1',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (log += d));
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica exited with ${child.exitCode}`);
    const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    if (res?.status === 200) break;
    if (Date.now() > end) throw new Error('replica never became ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, events: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, log: () => log };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` until it holds; throws after `ms`. */
async function until(what: string, cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await settle(20);
  }
}

describe('two replicas on one Postgres', () => {
  let standin: SlackStandin;
  let a: Replica;
  let b: Replica;
  let url: string;

  beforeAll(async () => {
    standin = await startStandin();
    url = await freshDatabase(inject('postgresUrl'));
    [a, b] = await Promise.all([startReplica(url, standin.url), startReplica(url, standin.url)]);
  }, 90_000);

  afterAll(async () => {
    for (const r of [a, b]) {
      if (!r || r.child.exitCode !== null) continue;
      const exited = new Promise((resolve) => r.child.once('exit', resolve));
      r.child.kill('SIGTERM');
      // A replica that cannot finish its shutdown still must not outlive the test.
      const timer = setTimeout(() => r.child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await standin?.close();
  });

  const deliver = (replica: Replica, body: string) =>
    postSigned(replica.events, { secret: SECRET, body, contentType: JSON_TYPE });

  it('GIVEN one Slack event delivered to both replicas (a retry landing on the other) THEN it is answered once', async () => {
    const body = eventBody({
      type: 'app_mention',
      text: `<@${STANDIN_BOT.user_id}> what did DeepSeek V3 cost?`,
      user: 'U0REP',
      channel: 'C0REP1',
      ts: '500.000100',
      event_ts: '500.000100',
    });
    const [ra, rb] = await Promise.all([deliver(a, body), deliver(b, body)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    await standin.waitFor('chat.postMessage', 1, 10_000);
    // The replica that lost the event says so once it has decided; only then is "answered once" settled.
    const eventId = JSON.parse(body).event_id as string;
    const declined = () =>
      [a, b].some((r) =>
        r
          .log()
          .split('\n')
          .some((l) => l.includes(eventId) && l.includes('not answered again')),
      );
    await until('one replica to decline the event as seen before', declined, 10_000);
    expect(standin.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0REP1')).toHaveLength(1);
  }, 30_000);

  it('GIVEN a mention answered by one replica THEN a follow-up in its thread reaching the other is answered about the same subject', async () => {
    const before = standin.callsTo('chat.postMessage').length;
    await deliver(
      a,
      eventBody({
        type: 'app_mention',
        text: `<@${STANDIN_BOT.user_id}> what did DeepSeek V3 cost?`,
        user: 'U0REP',
        channel: 'C0REP2',
        ts: '600.000100',
        event_ts: '600.000100',
      }),
    );
    await standin.waitFor('chat.postMessage', before + 1, 10_000);
    await deliver(
      b,
      eventBody({
        type: 'message',
        channel_type: 'channel',
        text: 'and what licence is it under?',
        user: 'U0REP',
        channel: 'C0REP2',
        ts: '600.000200',
        thread_ts: '600.000100',
      }),
    );
    const posts = await standin.waitFor('chat.postMessage', before + 2, 10_000);
    const followUp = posts[before + 1]!.body;
    expect(followUp).toMatchObject({ channel: 'C0REP2', thread_ts: '600.000100' });
    expect(String(followUp.text)).toMatch(/DeepSeek/);
    expect(String(followUp.text)).toMatch(/licen[cs]e/i);
  }, 30_000);

  it('GIVEN the database refuses connections THEN /readyz answers 503 naming the store while /healthz stays 200; GIVEN it is back THEN ready again', async () => {
    const name = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    const readyz = async () => {
      const res = await fetch(`http://127.0.0.1:${b.port}/readyz`);
      return { status: res.status, body: (await res.json()) as { checks: Record<string, boolean> } };
    };
    const readyAs = async (status: number) => {
      const end = Date.now() + 15_000;
      for (let r = await readyz(); ; r = await readyz()) {
        if (r.status === status || Date.now() > end) return r;
        await settle(200);
      }
    };
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      const down = await readyAs(503);
      expect(down.status).toBe(503);
      expect(down.body.checks).toMatchObject({ store: false, knowledge: true });
      expect((await fetch(`http://127.0.0.1:${b.port}/healthz`)).status).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const up = await readyAs(200);
    expect(up.status).toBe(200);
    expect(up.body.checks.store).toBe(true);
  }, 40_000);
});
