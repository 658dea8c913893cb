// Slack redelivers an event it thinks was not acknowledged in time (x-slack-retry-num), and an attacker can replay
// a signed body within five minutes: each event is answered once, even when the copy reaches another app
// sharing the database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store } from '../../src/storage/store.js';
import { eventBody, JSON_TYPE, postSigned } from '../support/slack-requests.js';
import { STANDIN_BOT } from '../support/slack-standin.js';
import { SECRET, type SlackFixture, startFixture } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'aiecon-redelivery-'));
let a: SlackFixture;
let b: SlackFixture;
const stores: Store[] = [];
beforeAll(async () => {
  const file = join(dir, 'events.db');
  stores.push(openSqliteStore(file), openSqliteStore(file));
  a = await startFixture({ eventLog: stores[0] });
  b = await startFixture({ eventLog: stores[1] });
});
afterAll(async () => {
  await a.close();
  await b.close();
  for (const s of stores) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const mentionBody = (ts: string) =>
  eventBody({
    type: 'app_mention',
    text: `<@${STANDIN_BOT.user_id}> what did it cost?`,
    user: 'U0ASKER',
    channel: 'C0RETRY',
    ts,
    event_ts: ts,
  });
const deliver = (url: string, body: string, retry?: number) =>
  postSigned(url, {
    secret: SECRET,
    body,
    contentType: JSON_TYPE,
    headers: retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : undefined,
  });

describe('GIVEN Slack delivering the same event more than once', () => {
  it('GIVEN one event and its three retries THEN every delivery is acknowledged and the question is answered once', async () => {
    const body = mentionBody('1700000100.000100');
    for (const retry of [0, 1, 2, 3]) expect((await deliver(a.events, body, retry)).status).toBe(200);
    await a.standin.waitFor('chat.postMessage', 1);
    await a.handled();
    expect(a.standin.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('GIVEN a retry that reaches another app sharing the database THEN it is not answered again', async () => {
    const body = mentionBody('1700000200.000100');
    await deliver(a.events, body);
    await a.standin.waitFor('chat.postMessage', 2);
    expect((await deliver(b.events, body, 1)).status).toBe(200);
    await b.handled();
    expect(b.standin.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('GIVEN two different events THEN both are answered', async () => {
    a.standin.reset();
    await deliver(a.events, mentionBody('1700000300.000100'));
    await deliver(a.events, mentionBody('1700000301.000100'));
    await a.standin.waitFor('chat.postMessage', 2);
  });
});
