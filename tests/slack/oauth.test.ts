// Slack in many workspaces: the real Bolt app in OAuth mode (started from configuration like main.ts does) on a
// real SQLite file and on a real PostgreSQL server, installed through the stand-in's oauth.v2.access, answering
// each workspace with its own token.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../src/adapters/slack/index.js';
import { manifestBotScopes } from '../../src/adapters/slack/installations.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { InFlight } from '../../src/app/in-flight.js';
import { loadConfig } from '../../src/config.js';
import { createDigestCommand } from '../../src/digest/commands.js';
import { createDigestComposer } from '../../src/digest/composer.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { setLogLevel } from '../../src/log.js';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store } from '../../src/storage/store.js';
import { FAST_BACKOFF } from '../digest/support/harness.js';
import { sampleKnowledge } from '../digest/support/knowledge.js';
import { freshDatabase } from '../support/postgres-server.js';
import { eventBody, FORM, JSON_TYPE, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, type StandinWorkspace, start } from '../support/slack-standin.js';
import { echoEngine, untilHandled } from './fixture.js';

const CLIENT_ID = '1111.2222';
const CLIENT_SECRET = 'client-secret-9f8e7d6c5b4a';
const STATE_SECRET = 'state-secret-0123456789abcdef';
const SIGNING_SECRET = 'oauth-signing-secret-0123';
const A: StandinWorkspace = { teamId: 'T0AAAA', teamName: 'Alpha', botToken: 'xoxb-alpha-1111-aaaa' };
const B: StandinWorkspace = { teamId: 'T0BBBB', teamName: 'Beta', botToken: 'xoxb-beta-2222-bbbb' };
const STATE_COOKIE = 'slack-app-oauth-state';

const STORES: Array<[string, (dir: string) => Promise<Store>]> = [
  ['SQLite', async (dir) => openSqliteStore(join(dir, 'aiecon.db'))],
  ['Postgres', async () => openPostgresStore(await freshDatabase(inject('postgresUrl')), { poolSize: 2 })],
];

describe.each(STORES)('Slack OAuth on %s: installs in many workspaces', (_name, openStore) => {
  let standin: SlackStandin;
  let store: Store;
  let slack: RunningSlack;
  let base: string;
  let dir: string;
  const clock = { now: new Date('2026-03-02T08:00:00Z') };
  let logged: string[] = [];
  const inFlight = new InFlight();
  const realWrite = process.stderr.write.bind(process.stderr);

  beforeAll(async () => {
    // Every line the bot logs, at the most talkative level, is kept to check that no secret gets out.
    setLogLevel('debug');
    logged = [];
    process.stderr.write = ((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    standin = await start();
    standin.setOAuthClient(CLIENT_ID, CLIENT_SECRET);
    dir = mkdtempSync(join(tmpdir(), 'aiecon-oauth-'));
    store = await openStore(dir);
    const composer = await createDigestComposer(sampleKnowledge(), store);
    const dispatcher = new Dispatcher(echoEngine).register(
      createDigestCommand({ store, composer, clock: () => clock.now }),
    );
    const config = loadConfig({
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standin.url,
      PORT: '0',
    });
    slack = await startSlack({ config, dispatcher, eventLog: store, workspaces: store, inFlight });
    base = `http://127.0.0.1:${slack.port}`;
  });

  afterAll(async () => {
    await slack?.stop();
    await standin?.close();
    await store?.close();
    process.stderr.write = realWrite;
    setLogLevel('error');
    rmSync(dir, { recursive: true, force: true });
  });

  /** A browser's install: the install page (state cookie + link to Slack), then Slack's redirect back with a code. */
  async function install(code: string, workspace: StandinWorkspace, opts: { forgeState?: boolean } = {}) {
    standin.grant(code, workspace);
    const page = await fetch(`${base}/slack/install`);
    const cookie = /slack-app-oauth-state=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1];
    const link = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(await page.text())?.[1];
    const authorize = new URL((link ?? '').replaceAll('&amp;', '&'));
    const state = opts.forgeState ? `${authorize.searchParams.get('state')}x` : authorize.searchParams.get('state');
    const redirect = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${state}`, {
      headers: { cookie: `${STATE_COOKIE}=${cookie}` },
      redirect: 'manual',
    });
    return { page, cookie, authorize, redirect, html: await redirect.text() };
  }

  const mention = (team: StandinWorkspace, channel: string, text: string) =>
    postSigned(`${base}/slack/events`, {
      secret: SIGNING_SECRET,
      contentType: JSON_TYPE,
      body: eventBody(
        { type: 'app_mention', user: 'U0ASKER', text: `<@UAIECONBOT> ${text}`, ts: `${Date.now() / 1000}`, channel },
        team.teamId,
      ),
    });

  const posts = (channel: string) => standin.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

  it('GIVEN the install page and Slack redirecting back with a code THEN the installation is stored with its token', async () => {
    const { page, cookie, authorize, redirect, html } = await install('code-alpha', A);
    expect(page.status).toBe(200);
    expect(cookie).toBe(authorize.searchParams.get('state'));
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('scope')?.split(',')).toEqual(manifestBotScopes());
    expect(redirect.status).toBe(200);
    expect(html).toContain('Thank you');
    // The code was exchanged with the app's credentials, and the new token checked.
    const [exchange] = standin.callsTo('oauth.v2.access');
    expect(exchange!.body).toMatchObject({ code: 'code-alpha', client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    expect(standin.callsTo('auth.test').map((c) => c.token)).toContain(A.botToken);
    const stored = await store.getInstallation({ teamId: A.teamId });
    expect(JSON.parse(stored!.json)).toMatchObject({ team: { id: A.teamId }, bot: { token: A.botToken } });
  });

  it('GIVEN a redirect whose state is not the one in the browser cookie THEN no code is exchanged and nothing is stored', async () => {
    const before = standin.callsTo('oauth.v2.access').length;
    const { redirect } = await install('code-forged', { ...B, teamId: 'T0FORGED' }, { forgeState: true });
    expect(redirect.status).toBe(400);
    expect(standin.callsTo('oauth.v2.access')).toHaveLength(before);
    expect(await store.getInstallation({ teamId: 'T0FORGED' })).toBeUndefined();
  });

  it('GIVEN two installed workspaces THEN each mention is answered with its own workspace token', async () => {
    await install('code-beta', B);
    await mention(B, 'C0BETA', 'what did deepseek v3 cost?');
    await mention(A, 'C0ALPHA', 'what did gpt-4 cost?');
    await standin.waitFor('chat.postMessage', 2, 10_000);
    expect(posts('C0BETA').map((c) => c.token)).toEqual([B.botToken]);
    expect(posts('C0ALPHA').map((c) => c.token)).toEqual([A.botToken]);
  });

  it('GIVEN a digest subscribed in workspace B THEN the scheduler posts it with B’s token', async () => {
    const res = await postSigned(`${base}/slack/events`, {
      secret: SIGNING_SECRET,
      contentType: FORM,
      body: slashCommandBody({
        text: 'digest daily 09:00 UTC',
        channel_id: 'C0BDIGEST',
        team_id: B.teamId,
        response_url: standin.responseUrl('digest-b'),
      }),
    });
    expect(await res.json()).toMatchObject({ text: expect.stringContaining('Digest scheduled') });
    expect(await store.getSubscription('slack:C0BDIGEST')).toMatchObject({ teamId: B.teamId });
    const scheduler = createScheduler({
      store,
      composer: await createDigestComposer(sampleKnowledge(), store),
      posters: [slack.poster],
      clock: () => clock.now,
      graceMs: 60 * 60_000,
      backoff: FAST_BACKOFF,
    });
    await scheduler.tick();
    clock.now = new Date('2026-03-02T09:00:30Z');
    await scheduler.tick();
    await scheduler.idle();
    const digest = posts('C0BDIGEST');
    expect(digest).toHaveLength(1);
    expect(digest[0]!.token).toBe(B.botToken);
    expect(digest[0]!.body.metadata.event_type).toBe('aiecon_digest');
  });

  it('GIVEN app_uninstalled from workspace B THEN its installation and subscriptions go, A’s stay, and B is no longer answered', async () => {
    await store.upsertSubscription({
      id: 'slack:C0ADIGEST',
      platform: 'slack',
      channelId: 'C0ADIGEST',
      schedule: { kind: 'daily', pattern: '0 9 * * *', timezone: 'UTC', label: 'daily 09:00' },
      options: { gaps: false, skipEmpty: false },
      createdAt: clock.now,
      teamId: A.teamId,
    });
    const res = await postSigned(`${base}/slack/events`, {
      secret: SIGNING_SECRET,
      contentType: JSON_TYPE,
      body: eventBody({ type: 'app_uninstalled' }, B.teamId),
    });
    expect(res.status).toBe(200);
    await expect.poll(() => store.getInstallation({ teamId: B.teamId }), { timeout: 5_000 }).toBeUndefined();
    expect(await store.getSubscription('slack:C0BDIGEST')).toBeUndefined();
    expect(await store.getInstallation({ teamId: A.teamId })).toBeDefined();
    expect(await store.getSubscription('slack:C0ADIGEST')).toBeDefined();
    await mention(B, 'C0BETA', 'still there?');
    await untilHandled(inFlight);
    expect(posts('C0BETA')).toHaveLength(1);
  });

  it('GIVEN tokens_revoked naming the bot of workspace A THEN A is forgotten too', async () => {
    await postSigned(`${base}/slack/events`, {
      secret: SIGNING_SECRET,
      contentType: JSON_TYPE,
      body: eventBody({ type: 'tokens_revoked', tokens: { bot: ['UAIECONBOT'] } }, A.teamId),
    });
    await expect.poll(() => store.getInstallation({ teamId: A.teamId }), { timeout: 5_000 }).toBeUndefined();
    expect(await store.getSubscription('slack:C0ADIGEST')).toBeUndefined();
  });

  it('GIVEN the whole flow logged at debug level THEN no token and neither OAuth secret appears in the logs', () => {
    const all = logged.join('');
    expect(all).toContain('slack app installed');
    // Bolt's request lines were written (the client secret is in oauth.v2.access's body), redacted.
    expect(all).toContain('client_secret');
    for (const secret of [A.botToken, B.botToken, CLIENT_SECRET, STATE_SECRET, SIGNING_SECRET])
      expect(all).not.toContain(secret);
  });
});
