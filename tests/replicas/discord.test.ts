// Two replicas of the real bot with Discord configured on one real Postgres: exactly one gateway connection;
// when the leader dies, the other replica connects and answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messageConversation } from '../../src/adapters/discord/mention.js';
import { openPostgresStore } from '../../src/storage/postgres.js';
import type { Store } from '../../src/storage/store.js';
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
  let store: Store;

  beforeAll(async () => {
    standin = await startDiscordStandIn();
    const url = await freshDatabase(inject('postgresUrl'));
    replicas = await Promise.all([startReplica(url, standin), startReplica(url, standin)]);
    store = await openPostgresStore(url, { poolSize: 1 });
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await standin?.close();
    await store?.close();
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

  it('GIVEN two replicas THEN an answer carries 👍/👎 and a 👎 with a reason is listed by /aiecon feedback', async () => {
    const asked = mention('how much did Mistral raise?');
    const answer = await standin.waitFor(
      () => standin.messages.find((m) => m.body.message_reference?.message_id === asked),
      'the answer',
    );
    expect(answer.body.components.at(-1).components.map((b: { custom_id: string }) => b.custom_id)).toEqual([
      'aiecon_fb:up',
      'aiecon_fb:down',
    ]);
    // The leader keeps the question under the answer's id just after posting it; a person clicks later than that.
    await until('the answer remembered', async () =>
      Boolean(await store.getConversation(messageConversation(answer.channelId, answer.id), new Date())),
    );
    const down = standin.dispatchComponent({ customId: 'aiecon_fb:down', messageId: answer.id });
    const prompt = await standin.waitFor(() => standin.callbacks.find((c) => c.interactionId === down.id), 'prompt');
    const wrong = prompt.body.data!.components[0].components.find((b: { custom_id: string }) =>
      b.custom_id.endsWith(':wrong_figure'),
    );
    const why = standin.dispatchComponent({ customId: wrong.custom_id, messageId: answer.id });
    await standin.waitFor(() => standin.callbacks.find((c) => c.interactionId === why.id), 'noted');
    const list = standin.dispatchInteraction({ subcommand: 'feedback' });
    const listed = await standin.waitFor(() => standin.callbacks.find((c) => c.interactionId === list.id), 'list');
    expect(JSON.stringify(listed.body.data)).toContain('how much did Mistral raise?');
    expect(JSON.stringify(listed.body.data).toLowerCase()).toContain('wrong figure');
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
