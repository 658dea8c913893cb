import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../src/adapters/slack/index.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { Health, startHealthServer } from '../../src/app/health.js';
import { loadConfig } from '../../src/config.js';
import { echoEngine } from '../slack/fixture.js';
import { type SlackStandin, start } from '../support/slack-standin.js';

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('health and readiness', () => {
  let standin: SlackStandin;
  beforeAll(async () => {
    standin = await start();
  });
  afterAll(async () => standin.close());
  const dispatcher = new Dispatcher(echoEngine);
  const slackConfig = (port = '0') =>
    loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-health-1',
      SLACK_SIGNING_SECRET: 'health-secret',
      SLACK_API_URL: standin.url,
      PORT: port,
    });

  it('GIVEN Slack over HTTP THEN /healthz and /readyz answer on the events port once the token was accepted', async () => {
    const health = new Health().check('knowledge', () => true).check('store', () => true);
    const slack = await startSlack({ config: slackConfig(), dispatcher, health });
    try {
      const base = `http://127.0.0.1:${slack.port}`;
      expect(await get(`${base}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await get(`${base}/readyz`)).toMatchObject({
        status: 200,
        body: { status: 'ready', checks: { knowledge: true, store: true, slack: true } },
      });
      expect(standin.callsTo('auth.test').length).toBeGreaterThan(0);
    } finally {
      await slack.stop();
    }
  });

  it('GIVEN a token Slack refuses THEN start-up fails naming SLACK_BOT_TOKEN', async () => {
    standin.failNext('auth.test', 200, {}, { ok: false, error: 'invalid_auth' });
    await expect(startSlack({ config: slackConfig(), dispatcher, health: new Health() })).rejects.toThrow(
      /SLACK_BOT_TOKEN was refused.*invalid_auth/,
    );
  });

  it('GIVEN a store that fails or hangs THEN /readyz is 503 naming it while /healthz stays 200', async () => {
    const health = new Health(100)
      .check('knowledge', () => true)
      .check('store', () => {
        throw new Error('database is locked');
      })
      .check('discord', () => new Promise<boolean>(() => undefined));
    const server = await startHealthServer(health, 0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await get(`${base}/healthz`)).status).toBe(200);
      expect(await get(`${base}/readyz`)).toMatchObject({
        status: 503,
        body: { status: 'not ready', checks: { knowledge: true, store: false, discord: false } },
      });
      expect((await fetch(`${base}/anything`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('GIVEN shutdown has begun THEN /readyz is 503 so no new traffic is sent here', async () => {
    const health = new Health().check('knowledge', () => true);
    const server = await startHealthServer(health, 0, '127.0.0.1');
    try {
      expect((await get(`http://127.0.0.1:${server.port}/readyz`)).status).toBe(200);
      health.startDraining();
      expect(await get(`http://127.0.0.1:${server.port}/readyz`)).toMatchObject({
        status: 503,
        body: { draining: true },
      });
    } finally {
      await server.close();
    }
  });
});
