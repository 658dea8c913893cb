// The real main.ts as a child process (Slack over HTTP against the stand-in, a copy of the knowledge):
// readiness, SIGHUP reloads and SIGTERM, as an operator would drive them.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.js';
import { eventBody, JSON_TYPE, postSigned } from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start as startStandin } from '../support/slack-standin.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SECRET = 'process-signing-secret';
const QUESTION = 'what did DeepSeek V3 cost to train?';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 45_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('main as a process: readiness, SIGHUP reload, SIGTERM', () => {
  let standin: SlackStandin;
  let child: ChildProcess;
  let dir: string;
  let stderr = '';
  let port: number;
  let healthPort: number;
  let ts = 0;
  const models = () => join(dir, 'knowledge/models.yaml');

  /** Mentions the bot and resolves with the text of its threaded answer. */
  async function ask(question: string): Promise<string> {
    const at = `${++ts}.000100`;
    const before = standin.callsTo('chat.postMessage').length;
    const body = eventBody({
      type: 'app_mention',
      text: `<@${STANDIN_BOT.user_id}> ${question}`,
      user: 'U0OPS',
      channel: 'C0OPS',
      ts: at,
      event_ts: at,
    });
    const res = await postSigned(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, {
      secret: SECRET,
      body,
      contentType: JSON_TYPE,
    });
    expect(res.status).toBe(200);
    const posts = await standin.waitFor('chat.postMessage', before + 1, 10_000);
    return String(posts[before]!.body.text) + JSON.stringify(posts[before]!.body.blocks);
  }

  const logged = (msg: string, after = 0) =>
    until(`log "${msg}"`, () => (stderr.indexOf(msg, after) >= 0 ? stderr.indexOf(msg, after) : undefined), 20_000);

  beforeAll(async () => {
    standin = await startStandin();
    dir = mkdtempSync(join(tmpdir(), 'aiecon-process-'));
    cpSync(join(ROOT, 'knowledge'), join(dir, 'knowledge'), { recursive: true });
    [port, healthPort] = [await freePort(), await freePort()];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: 'xoxb-process-1',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: standin.url,
        PORT: String(port),
        HEALTH_PORT: String(healthPort),
        AIECON_DB: join(dir, 'aiecon.db'),
        AIECON_KNOWLEDGE_DIR: join(dir, 'knowledge'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  }, 60_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await standin.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN the bot started THEN /readyz on HEALTH_PORT reports knowledge, store and Slack ready', async () => {
    const body = await until('readiness', async () => {
      const res = await fetch(`http://127.0.0.1:${healthPort}/readyz`).catch(() => undefined);
      return res?.status === 200 ? ((await res.json()) as Record<string, unknown>) : undefined;
    });
    expect(body).toMatchObject({ checks: { knowledge: true, store: true, slack: true } });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  }, 60_000);

  it('GIVEN a figure changed on disk WHEN SIGHUP THEN answers use the new knowledge without a restart', async () => {
    expect(await ask(QUESTION)).toContain('$5.6M');
    writeFileSync(models(), readFileSync(models(), 'utf8').replace('value: 5600000', 'value: 5900000'));
    const mark = stderr.length;
    child.kill('SIGHUP');
    await logged('knowledge reloaded', mark);
    expect(await ask(QUESTION)).toContain('$5.9M');
  }, 30_000);

  it('GIVEN a broken knowledge folder WHEN SIGHUP THEN the log names the problem and answers stay as they were', async () => {
    writeFileSync(models(), readFileSync(models(), 'utf8').replace('currency: USD', 'currency: 42'));
    const mark = stderr.length;
    child.kill('SIGHUP');
    await logged('knowledge reload failed', mark);
    expect(stderr.slice(mark)).toMatch(/models\.yaml › [a-z0-9-]+ › figures\[\d+\]\.currency/);
    expect(await ask(QUESTION)).toContain('$5.9M');
  }, 30_000);

  it('GIVEN SIGTERM THEN the bot drains, closes and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('answers in flight finished');
    expect(stderr).not.toContain('xoxb-process-1');
  }, 30_000);
});
