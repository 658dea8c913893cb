// Charts on Slack through the real Bolt app and the real engine: uploads go through files.uploadV2's three
// steps against the stand-in (upload URL, bytes, completion), and the text answer never waits on them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/adapters/slack/app.js';
import { CHART_FILENAME } from '../../src/adapters/slack/chart.js';
import { SHARE_ACTION_ID } from '../../src/adapters/slack/render.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { InFlight } from '../../src/app/in-flight.js';
import { createEngine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import {
  buttonClick,
  eventBody,
  FORM,
  interactivityBody,
  JSON_TYPE,
  postSigned,
  slashCommandBody,
} from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start } from '../support/slack-standin.js';
import { BOT_TOKEN, FAST_RETRIES, SECRET, untilHandled } from './fixture.js';

const CHART_Q = 'chart the training costs of the most expensive models';
const engine = createEngine(loadKnowledge());
const chart = engine.answer({ text: CHART_Q }).chart!;
/** The tallest bar's value as the text answer states it. */
const topValue = chart.points[0]!.display;

let standin: SlackStandin;
let slack: SlackApp;
let events: string;
/** The app's handling of each event, chart upload included: once empty, nothing more will be posted. */
const inFlight = new InFlight();
beforeAll(async () => {
  standin = await start();
  slack = createSlackApp({
    botToken: BOT_TOKEN,
    signingSecret: SECRET,
    apiUrl: standin.url,
    dispatcher: new Dispatcher(engine),
    retryConfig: FAST_RETRIES,
    inFlight,
  });
  events = `http://127.0.0.1:${(await slack.start(0)).port}${SLACK_EVENTS_PATH}`;
});
afterAll(async () => {
  await slack.stop();
  await standin.close();
});
beforeEach(async () => {
  await untilHandled(inFlight); // a previous test's chart work never lands in the next one
  standin.reset();
});

const send = (body: string, contentType = JSON_TYPE) => postSigned(events, { secret: SECRET, body, contentType });
const mention = (text: string, ts: string) =>
  send(
    eventBody({
      type: 'app_mention',
      text: `<@${STANDIN_BOT.user_id}> ${text}`,
      user: 'U0ASKER',
      channel: 'C0CHARTS',
      ts,
      event_ts: ts,
    }),
  );
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const postedByApp = () => standin.callsTo('response_url').filter((c) => c.via !== 'ack');

describe('Slack charts', () => {
  it('GIVEN a mention asking for a chart THEN the text answer lands in the thread, then the PNG is uploaded into that thread with the caption', async () => {
    await mention(CHART_Q, '1700000100.000100');
    const [completed] = await standin.waitFor('files.completeUploadExternal', 1, 15_000);
    const [answer] = standin.callsTo('chat.postMessage');
    expect(answer!.body.thread_ts).toBe('1700000100.000100');
    expect(answer!.body.text).toContain(topValue);
    expect(answer!.at).toBeLessThanOrEqual(standin.callsTo('files.getUploadURLExternal')[0]!.at);
    expect(completed!.body).toMatchObject({ channel_id: 'C0CHARTS', thread_ts: '1700000100.000100' });
    expect(completed!.body.initial_comment).toBe(chart.caption);
    const file = standin.uploads().at(-1);
    expect(file).toMatchObject({ filename: CHART_FILENAME, completed: true, title: chart.title, alt_text: chart.alt });
    expect(file!.bytes!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(file!.bytes!).width).toBeGreaterThanOrEqual(600);
    expect(pngSize(file!.bytes!).height).toBeGreaterThanOrEqual(300);
  });

  it('GIVEN /aiecon asking for a chart THEN the ack carries the text answer and a second ephemeral shows the privately uploaded PNG in an image block', async () => {
    const res = await send(slashCommandBody({ text: CHART_Q, response_url: standin.responseUrl('cmd') }), FORM);
    const ack = (await res.json()) as { text: string };
    expect(ack.text).toContain(topValue);
    await standin.waitFor('files.completeUploadExternal', 1, 15_000);
    const [image] = await waitForPosted(1);
    const file = standin.uploads().at(-1);
    expect(file!.completed).toBe(true);
    expect(file!.channel_id).toBeUndefined();
    expect(image!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(image!.body.blocks[0]).toEqual({
      type: 'image',
      slack_file: { id: file!.id },
      alt_text: chart.alt,
      title: { type: 'plain_text', text: chart.title },
    });
    expect(JSON.stringify(image!.body.blocks[1])).toContain('Sources: ');
  });

  it('GIVEN a chart answer shared to the channel THEN the channel gets the answer, then the chart as an image block, then the ephemeral is removed', async () => {
    await send(
      interactivityBody(
        buttonClick({ action_id: SHARE_ACTION_ID, value: CHART_Q, response_url: standin.responseUrl('share') }),
      ),
      FORM,
    );
    const [answer, image, removed] = await waitForPosted(3);
    expect(answer!.body.response_type).toBe('in_channel');
    expect(answer!.body.text).toContain(topValue);
    expect(image!.body.response_type).toBe('in_channel');
    expect(image!.body.blocks[0].type).toBe('image');
    expect(image!.body.blocks[0].slack_file.id).toMatch(/^F/);
    expect(removed!.body).toEqual({ delete_original: true });
  });

  it('GIVEN the app lacks files:write THEN the text answer still arrives and no image is posted', async () => {
    standin.failNext(
      'files.getUploadURLExternal',
      200,
      {},
      { ok: false, error: 'missing_scope', needed: 'files:write' },
    );
    await mention(CHART_Q, '1700000200.000100');
    await standin.waitFor('chat.postMessage', 1, 10_000);
    // The refused upload comes after the PNG is drawn, which takes seconds on a busy machine: wait for it, not a fixed time.
    await standin.waitFor('files.getUploadURLExternal', 1, 15_000);
    await untilHandled(inFlight);
    expect(standin.callsTo('files.completeUploadExternal')).toHaveLength(0);
    expect(standin.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('GIVEN a question without a chart THEN nothing is uploaded', async () => {
    await mention('what did deepseek v3 cost?', '1700000300.000100');
    await standin.waitFor('chat.postMessage', 1, 10_000);
    await untilHandled(inFlight);
    expect(standin.calls.filter((c) => c.method.startsWith('files.'))).toHaveLength(0);
  });
});

/** Waits until the app itself made `count` response_url posts. */
async function waitForPosted(count: number, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (postedByApp().length < count) {
    if (Date.now() > until) throw new Error(`expected ${count} response_url posts, saw ${postedByApp().length}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return postedByApp();
}
