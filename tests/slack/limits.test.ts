// What an unauthenticated or malformed request may cost: Bolt's HTTPReceiver behind the guard, fed raw sockets and
// correctly signed requests.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/adapters/slack/app.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { eventBody, FORM, JSON_TYPE, postSigned } from '../support/slack-requests.js';
import { type SlackStandin, start } from '../support/slack-standin.js';
import { echoEngine, SECRET } from './fixture.js';

const LIMITS = { maxBodyBytes: 64 * 1024, headersTimeoutMs: 500, requestTimeoutMs: 800, maxConnections: 6 };
let standin: SlackStandin;
let slack: SlackApp;
let port: number;
let events: string;
beforeAll(async () => {
  standin = await start();
  slack = createSlackApp({
    botToken: 'xoxb-limits',
    signingSecret: SECRET,
    apiUrl: standin.url,
    dispatcher: new Dispatcher(echoEngine),
    httpLimits: LIMITS,
  });
  port = (await slack.start(0)).port!;
  events = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
});
afterAll(async () => {
  await slack.stop();
  await standin.close();
});

/** Opens a raw socket and writes `head`; resolves with everything the server sends until it closes. */
function rawRequest(
  head: string,
  opts: { keepOpenMs?: number } = {},
): Promise<{ data: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let data = '';
    const socket: Socket = connect(port, '127.0.0.1', () => socket.write(head));
    socket.on('data', (d) => (data += String(d)));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ data, closedAfterMs: Date.now() - t0 }));
    if (opts.keepOpenMs) setTimeout(() => socket.destroy(), opts.keepOpenMs);
  });
}

const command = (fields: Record<string, string>, timestamp?: number) => {
  const body = new URLSearchParams({
    command: '/aiecon',
    user_id: 'U0ASKER',
    channel_id: 'C0GENERAL',
    response_url: standin.responseUrl(),
    ...fields,
  }).toString();
  return postSigned(events, { secret: SECRET, body, contentType: FORM, timestamp });
};

describe('GIVEN requests no Slack would send', () => {
  it('GIVEN a body declared larger than the cap THEN 413 at once, before it is read', async () => {
    const { data } = await rawRequest(
      `POST ${SLACK_EVENTS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`,
      { keepOpenMs: 2_000 },
    );
    expect(data).toMatch(/^HTTP\/1\.1 413/);
  });

  it('GIVEN a chunked body that grows past the cap THEN 413, and the app still answers the next request', async () => {
    const big = 'x'.repeat(LIMITS.maxBodyBytes + 1);
    const res = await fetch(events, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE },
      body: new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode(big));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await command({ text: 'help' })).status).toBe(200);
  });

  it('GIVEN a client that sends headers and then trickles the body THEN the server closes it at the request deadline', async () => {
    const { closedAfterMs } = await rawRequest(
      `POST ${SLACK_EVENTS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: 1000\r\n\r\n{`,
      { keepOpenMs: 10_000 },
    );
    expect(closedAfterMs).toBeLessThan(5_000);
  });

  it('GIVEN more idle connections than the cap THEN the extra ones are refused and a request after them is answered', async () => {
    const sockets: Socket[] = [];
    for (let i = 0; i < LIMITS.maxConnections; i++)
      sockets.push(
        await new Promise<Socket>((r) => {
          const s = connect(port, '127.0.0.1', () => r(s));
          s.on('error', () => undefined);
        }),
      );
    const extra = await rawRequest(`POST ${SLACK_EVENTS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n`, {
      keepOpenMs: 2_000,
    });
    expect(extra.data).toBe('');
    for (const s of sockets) s.destroy();
    // The server frees their places once it sees them close; a refused connection makes fetch throw (status 0).
    const status = () =>
      command({ text: 'help' }).then(
        (r) => r.status,
        () => 0,
      );
    await expect.poll(status, { timeout: 5_000, interval: 50 }).toBe(200);
  });

  it('GIVEN a correctly signed request stamped ten minutes in the future THEN 401, like a stale one', async () => {
    const res = await command({ text: 'help' }, Math.floor(Date.now() / 1000) + 600);
    expect(res.status).toBe(401);
  });
});

describe('GIVEN signed payloads without a usable text', () => {
  it('GIVEN /aiecon with no text field THEN it is acknowledged with an answer, not an error', async () => {
    const res = await command({});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral' });
  });

  it('GIVEN a mention whose text is not a string THEN it is acknowledged and answered as an empty question', async () => {
    standin.reset();
    const body = eventBody({
      type: 'app_mention',
      text: 42,
      user: 'U0ASKER',
      channel: 'C0TEXT',
      ts: '1700000400.000100',
    });
    const res = await postSigned(events, { secret: SECRET, body, contentType: JSON_TYPE });
    expect(res.status).toBe(200);
    const [post] = await standin.waitFor('chat.postMessage', 1);
    expect(post!.body.channel).toBe('C0TEXT');
  });
});
