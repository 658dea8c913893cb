// Two replicas of the real bot with Discord configured on one real Postgres: exactly one gateway connection;
// when the leader dies, the other replica connects and answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';
import { freshDatabase } from '../support/postgres-server.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Replica {
  child: ChildProcess;
  log: () => string;
  healthPort: number;
}

async function startReplica(databaseUrl: string, standin: DiscordStandIn): Promise<Replica> {
  const healthPort = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: standin.token,
      DISCORD_APPLICATION_ID: standin.ids.application,
      DISCORD_API_URL: standin.apiUrl,
      DATABASE_URL: databaseUrl,
      HEALTH_PORT: String(healthPort),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (log += d));
  await until('readiness', async () => {
    if (child.exitCode !== null) throw new Error(`replica exited: ${log.slice(-500)}`);
    const res = await fetch(`http://127.0.0.1:${healthPort}/readyz`).catch(() => undefined);
    return res?.status === 200;
  });
  return { child, log: () => log, healthPort };
}

describe('Discord with two replicas on one Postgres', () => {
  let standin: DiscordStandIn;
  let replicas: Replica[] = [];

  beforeAll(async () => {
    standin = await startDiscordStandIn();
    const url = await freshDatabase(inject('postgresUrl'));
    replicas = await Promise.all([startReplica(url, standin), startReplica(url, standin)]);
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await standin?.close();
  });

  const mention = (text: string) => standin.dispatchMessage({ content: `<@${standin.ids.bot}> ${text}` });

  it('GIVEN two replicas THEN exactly one holds the gateway and a mention is answered once', async () => {
    await until('a gateway session', () => standin.identifies.length >= 1);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(standin.identifies).toHaveLength(1);
    const before = standin.messages.length;
    mention('what did DeepSeek V3 cost?');
    await until('the answer', () => standin.messages.length > before, 20_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(standin.messages.length - before).toBe(1);
  }, 60_000);

  it('GIVEN the leader is killed THEN the other replica takes the gateway over and answers', async () => {
    const leader = replicas.find((r) => r.log().includes('leadership taken'))!;
    expect(leader).toBeDefined();
    leader.child.kill('SIGKILL');
    await until('a second gateway session', () => standin.identifies.length >= 2, 40_000);
    const before = standin.messages.length;
    mention('what did GPT-4 cost?');
    await until('the answer', () => standin.messages.length > before, 20_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(standin.messages.length - before).toBe(1);
  }, 90_000);
});
