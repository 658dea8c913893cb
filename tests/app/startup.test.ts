// Start-up with a bad Slack token and the crash path, each in a real child process: the process stops with a
// message naming the variable to fix, and no token reaches its output.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackStandin, start } from '../support/slack-standin.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const CRASH = fileURLToPath(new URL('./fixtures/crash.ts', import.meta.url));
const TOKEN = 'xoxb-1234567890-0987654321-SeCrEtToKeNvAlUe';
const dir = mkdtempSync(join(tmpdir(), 'aiecon-startup-'));
let standin: SlackStandin;
beforeAll(async () => {
  standin = await start();
});
afterAll(async () => {
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a script under tsx with `env`; resolves with its exit code and everything it printed. */
function run(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', script],
      { env: { PATH: process.env.PATH, ...env }, timeout: 20_000 },
      (err, stdout, stderr) => resolve({ code: child.exitCode ?? (err ? -1 : 0), output: stdout + stderr }),
    );
  });
}

const slackEnv = (apiUrl: string) => ({
  SLACK_BOT_TOKEN: TOKEN,
  SLACK_SIGNING_SECRET: 'startup-signing-secret',
  SLACK_API_URL: apiUrl,
  PORT: '0',
  AIECON_DB: join(dir, `${Math.random().toString(36).slice(2)}.db`),
});

describe('GIVEN a Slack bot token that does not work', () => {
  it('GIVEN Slack answers invalid_auth THEN start-up stops naming SLACK_BOT_TOKEN, never listens, and prints no token', async () => {
    for (let i = 0; i < 3; i++) standin.failNext('auth.test', 200, {}, { ok: false, error: 'invalid_auth' });
    const { code, output } = await run(MAIN, slackEnv(standin.url));
    expect(code).toBe(1);
    expect(output).toContain('SLACK_BOT_TOKEN');
    expect(output).toContain('invalid_auth');
    expect(output).not.toContain('listening');
    expect(output).not.toContain('SeCrEtToKeNvAlUe');
  }, 30_000);

  it('GIVEN the Slack API cannot be reached THEN start-up stops naming SLACK_BOT_TOKEN and SLACK_API_URL, and prints no token', async () => {
    const { code, output } = await run(MAIN, slackEnv('http://127.0.0.1:9/api/'));
    expect(code).toBe(1);
    expect(output).toMatch(/SLACK_BOT_TOKEN.*SLACK_API_URL/);
    expect(output).not.toContain('listening');
    expect(output).not.toContain('SeCrEtToKeNvAlUe');
  }, 30_000);
});

describe('GIVEN an AIECON_DB the bot cannot use', () => {
  // Node's recursive mkdir loops forever here (ENOENT under an existing /proc folder): start-up used to hang.
  it('GIVEN a folder under /proc that cannot be created THEN start-up stops within seconds with one line naming AIECON_DB', async () => {
    const path = '/proc/1/aiecon/aiecon.db';
    const t0 = Date.now();
    const { code, output } = await run(MAIN, { AIECON_DB: path });
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(code).toBe(1);
    expect(output).toContain(`AIECON_DB=${path}`);
    expect(output).not.toContain('"level"');
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('GIVEN the crash path', () => {
  it('GIVEN a stray rejection and an uncaught exception carrying the token THEN both are logged redacted and the process exits 1', async () => {
    const { code, output } = await run(CRASH, { FIXTURE_TOKEN: TOKEN });
    expect(code).toBe(1);
    expect(output).toContain('"msg":"unhandled rejection"');
    expect(output).toContain('"msg":"uncaught exception; exiting"');
    expect(output).not.toContain('SeCrEtToKeNvAlUe');
    for (const line of output.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  }, 30_000);
});
