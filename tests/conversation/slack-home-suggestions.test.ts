// Slack App Home and suggestion buttons end to end: the real Bolt app fed correctly signed requests, the real
// engine, a real SQLite file, the Web API played by the loopback stand-in.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.js';
import { ASK_ACTION_PREFIX } from '../../src/adapters/slack/render.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { setLogLevel } from '../../src/log.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store } from '../../src/storage/store.js';
import {
  eventBody,
  FORM,
  interactivityBody,
  JSON_TYPE,
  postSigned,
  slashCommandBody,
} from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start as startStandin } from '../support/slack-standin.js';

const SECRET = 'home-signing-secret';
let store: Store;
let standin: SlackStandin;
let events: string;
let stop: () => Promise<void>;
let engine: ReturnType<typeof createEngine>;

beforeAll(async () => {
  setLogLevel('warn');
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'aiecon-home-')), 'aiecon.db'));
  engine = createEngine(loadKnowledge('knowledge'));
  const dispatcher = new Dispatcher(engine, undefined, { conversations: store });
  standin = await startStandin();
  const slack = createSlackApp({
    botToken: 'xoxb-home',
    signingSecret: SECRET,
    apiUrl: standin.url,
    dispatcher,
    subscriptions: store,
  });
  const { port } = await slack.start(0);
  events = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  stop = async () => {
    await slack.stop();
    await standin.close();
    await store.close();
  };
});
afterAll(async () => stop());
beforeEach(() => standin.reset());

const post = (body: string, contentType: string) => postSigned(events, { secret: SECRET, body, contentType });
const subscribe = (channelId: string, label: string, gaps: boolean) =>
  store.upsertSubscription({
    id: `slack:${channelId}`,
    platform: 'slack',
    channelId,
    schedule: { kind: 'daily', pattern: '0 9 * * *', timezone: 'Europe/Berlin', label },
    options: { gaps, skipEmpty: false },
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
/** A click on a button, from a message (channel, thread, ephemeral) or the Home tab (a view). */
const click = (action_id: string, value: string, where: Record<string, unknown>) =>
  post(
    interactivityBody({
      type: 'block_actions',
      team: { id: 'T0STANDIN', domain: 'standin' },
      user: { id: 'U0ASKER', username: 'asker', team_id: 'T0STANDIN' },
      api_app_id: 'A0STANDIN',
      token: 'legacy-verification-token',
      trigger_id: '1.2.3',
      ...where,
      actions: [{ type: 'button', action_id, block_id: 'b1', value, action_ts: '1700000901.000100' }],
    }),
    FORM,
  );
const buttonsOf = (blocks: Array<Record<string, any>>) =>
  blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements)
    .filter((e: { action_id: string }) => e.action_id.startsWith(ASK_ACTION_PREFIX));

describe('Slack App Home', () => {
  it('GIVEN a user opens the Home tab THEN views.publish shows what the bot does, clickable examples and the digests of their channels only', async () => {
    await subscribe('C0MINE', 'daily 09:00', true);
    await subscribe('C0OTHER', 'weekly mon 09:00', false);
    standin.setUserChannels('U0ASKER', ['C0MINE', 'C0ELSE']);
    await post(
      eventBody({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0HOME', tab: 'home', event_ts: '1700000900.1' }),
      JSON_TYPE,
    );
    const [call] = await standin.waitFor('views.publish', 1);
    expect(call!.body.user_id).toBe('U0ASKER');
    const view = standin.homeViews('U0ASKER').at(-1)!;
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Digests in your channels');
    expect(text).toContain('<#C0MINE> — daily 09:00 Europe/Berlin, with the questions I could not answer');
    expect(text).not.toContain('C0OTHER');
    const examples = buttonsOf(view.blocks);
    expect(examples.map((b: { value: string }) => b.value)).toContain('what did DeepSeek V3 cost?');
    for (const b of examples) expect(b.text.text.length).toBeLessThanOrEqual(75);
  });

  it('GIVEN a user with no subscribed channels THEN the Home tab says how to start a digest', async () => {
    standin.setUserChannels('U0NEW', []);
    await post(
      eventBody({ type: 'app_home_opened', user: 'U0NEW', channel: 'D0NEW', tab: 'home', event_ts: '1700000902.1' }),
      JSON_TYPE,
    );
    await standin.waitFor('views.publish', 1);
    expect(JSON.stringify(standin.homeViews('U0NEW').at(-1))).toContain('/aiecon digest daily 09:00 Europe/Berlin');
  });

  it('GIVEN an example clicked on the Home tab THEN its answer is posted in the user’s DM with the app', async () => {
    await click(`${ASK_ACTION_PREFIX}home_ask_0`, 'what did DeepSeek V3 cost?', {
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home' },
    });
    const [answer] = await standin.waitFor('chat.postMessage', 1);
    expect(answer!.body.channel).toBe('U0ASKER');
    expect(answer!.body.blocks[0].text.text).toBe('DeepSeek V3 — training cost');
  });
});

describe('Slack suggestion buttons', () => {
  it('GIVEN an answer in a thread THEN its suggestions are buttons, and a click answers that question in the thread', async () => {
    await post(
      eventBody({
        type: 'app_mention',
        text: `<@${STANDIN_BOT.user_id}> what did DeepSeek V3 cost?`,
        user: 'U0ASKER',
        channel: 'C0SUGGEST',
        ts: '1700000950.000100',
        event_ts: '1700000950.000100',
      }),
      JSON_TYPE,
    );
    const [first] = await standin.waitFor('chat.postMessage', 1);
    const buttons = buttonsOf(first!.body.blocks);
    expect(buttons.length).toBeGreaterThan(0);
    const pick = buttons[0];
    await click(pick.action_id, pick.value, {
      container: { type: 'message', message_ts: '1700000951.000100', channel_id: 'C0SUGGEST' },
      channel: { id: 'C0SUGGEST', name: 'suggest' },
      message: { ts: '1700000951.000100', thread_ts: '1700000950.000100', type: 'message' },
      response_url: standin.responseUrl('suggest'),
    });
    const posts = await standin.waitFor('chat.postMessage', 2);
    expect(posts[1]!.body).toMatchObject({ channel: 'C0SUGGEST', thread_ts: '1700000950.000100' });
    const expected = engine.answer({ text: pick.value }).title;
    expect(posts[1]!.body.blocks[0].text.text).toBe(expected);
  });

  it('GIVEN a suggestion under an ephemeral /aiecon answer THEN the click answers only the asker, through response_url', async () => {
    await post(
      slashCommandBody({
        text: 'what did DeepSeek V3 cost?',
        channel_id: 'C0SUGGEST',
        response_url: standin.responseUrl('slash'),
      }),
      FORM,
    );
    const [answered] = await standin.waitFor('response_url', 1);
    const pick = buttonsOf(answered!.body.blocks)[0];
    expect(pick).toBeDefined();
    standin.reset();
    await click(pick.action_id, pick.value, {
      container: { type: 'message', message_ts: '1700000960.000100', channel_id: 'C0SUGGEST', is_ephemeral: true },
      channel: { id: 'C0SUGGEST', name: 'suggest' },
      response_url: standin.responseUrl('ephemeral-suggest'),
    });
    const [reply] = await standin.waitFor('response_url', 1);
    expect(reply!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(standin.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
