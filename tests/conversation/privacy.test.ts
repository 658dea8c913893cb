// A question asked in a DM never appears in a channel's digest: the real Bolt app, the real digest over a
// real SQLite file, and the real engine; gaps are per channel.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { createDigest, type Digest } from '../../src/digest/index.js';
import { createFeedback } from '../../src/feedback/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { setLogLevel } from '../../src/log.js';
import { eventBody, FORM, JSON_TYPE, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start as startStandin } from '../support/slack-standin.js';

const SECRET = 'privacy-signing-secret';
let standin: SlackStandin;
let digest: Digest;
let events: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  setLogLevel('warn');
  const knowledge = loadKnowledge('knowledge');
  digest = await createDigest({
    knowledge,
    dbPath: join(mkdtempSync(join(tmpdir(), 'aiecon-privacy-')), 'aiecon.db'),
    graceMinutes: 60,
  });
  const engine = createEngine(knowledge);
  const dispatcher = new Dispatcher(engine, digest.recordMiss, { conversations: digest.store });
  dispatcher.register(digest.command).register(createFeedback({ store: digest.store, engine }).command);
  standin = await startStandin();
  const slack = createSlackApp({ botToken: 'xoxb-priv', signingSecret: SECRET, apiUrl: standin.url, dispatcher });
  const { port } = await slack.start(0);
  events = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  stop = async () => {
    await slack.stop();
    await standin.close();
    digest.store.close();
  };
});
afterAll(async () => stop());

const post = (body: string, contentType: string) => postSigned(events, { secret: SECRET, body, contentType });
const command = async (text: string, channel: string) =>
  (await post(slashCommandBody({ text, channel_id: channel, response_url: standin.responseUrl() }), FORM)).json();

describe('gaps stay in the channel they were asked in', () => {
  it('GIVEN an unanswerable question in a DM and another in the channel THEN the channel’s digest lists only its own', async () => {
    await command('digest daily 09:00 UTC --gaps', 'C0PUBLIC');
    await new Promise((r) => setTimeout(r, 5)); // misses count from after the subscription
    await post(
      eventBody({
        type: 'message',
        channel_type: 'im',
        channel: 'D0SECRET',
        user: 'U0ASKER',
        text: 'what did Zephyr-Orca 13B cost to train for our secret project?',
        ts: '1700000800.000100',
      }),
      JSON_TYPE,
    );
    await post(
      eventBody({
        type: 'app_mention',
        channel: 'C0PUBLIC',
        user: 'U0ASKER',
        text: `<@${STANDIN_BOT.user_id}> what did Quokka-X 9B cost?`,
        ts: '1700000801.000100',
        event_ts: '1700000801.000100',
      }),
      JSON_TYPE,
    );
    await standin.waitFor('chat.postMessage', 2);

    const preview = JSON.stringify((await command('digest preview', 'C0PUBLIC')).blocks);
    expect(preview).toContain('Quokka-X 9B');
    expect(preview).not.toMatch(/Zephyr|secret project/);
    const dmFeedback = JSON.stringify((await command('feedback', 'D0SECRET')).blocks);
    expect(dmFeedback).toContain('Zephyr-Orca 13B');
  });
});

describe('private channels with C ids', () => {
  const mention = (channel: string, text: string, ts: string) =>
    post(
      eventBody({
        type: 'app_mention',
        channel,
        user: 'U0ASKER',
        text: `<@${STANDIN_BOT.user_id}> ${text}`,
        ts,
        event_ts: ts,
      }),
      JSON_TYPE,
    );

  it('GIVEN workspace-wide gaps THEN a question from a private channel whose id starts with C (conversations.info says so) or one Slack cannot describe is not listed, a public channel’s is', async () => {
    await digest.store.putSetting('gaps-workspace:slack:T0STANDIN', 'on');
    standin.setPrivateChannel('C0STAFF');
    standin.reset();
    await mention('C0STAFF', 'what did Tapir-L 9B cost for the staff budget?', '1700000900.000100');
    await standin.waitFor('chat.postMessage', 1);
    await mention('C0OPEN', 'what did Wallaby-Q 9B cost?', '1700000901.000100');
    await standin.waitFor('chat.postMessage', 2);
    standin.failNext('conversations.info', 200, undefined, { ok: false, error: 'channel_not_found' });
    await mention('C0UNKNOWN', 'what did Dugong-P 9B cost for the hidden team?', '1700000902.000100');
    await standin.waitFor('chat.postMessage', 3);
    // Asked once per channel; the private one's answer is remembered.
    await mention('C0STAFF', 'what did Tapir-L 9B cost again?', '1700000903.000100');
    await standin.waitFor('chat.postMessage', 4);
    expect(standin.callsTo('conversations.info').map((c) => c.body.channel)).toEqual([
      'C0STAFF',
      'C0OPEN',
      'C0UNKNOWN',
    ]);

    const preview = JSON.stringify((await command('digest preview', 'C0PUBLIC')).blocks);
    expect(preview).toContain('Wallaby-Q 9B');
    expect(preview).not.toMatch(/Tapir|staff budget|Dugong|hidden team/);
    await digest.store.putSetting('gaps-workspace:slack:T0STANDIN', 'off');
  });
});
