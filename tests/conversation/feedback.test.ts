// 👍/👎 end to end: the real Bolt app and the real discord.js client against the stand-ins, a real SQLite
// file, the real engine. A 👎 with a reason is stored and listed by `/aiecon feedback` and the channel's --gaps
// digest, in that channel only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.js';
import { FEEDBACK_ACTION_ID, FEEDBACK_REASON_ACTION_PREFIX } from '../../src/adapters/slack/render.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { createDigestComposer } from '../../src/digest/composer.js';
import { createFeedback } from '../../src/feedback/index.js';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/load.js';
import { setLogLevel } from '../../src/log.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store, Subscription } from '../../src/storage/store.js';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';
import {
  eventBody,
  FORM,
  interactivityBody,
  JSON_TYPE,
  postSigned,
  slashCommandBody,
} from '../support/slack-requests.js';
import { type SlackStandin, STANDIN_BOT, start as startSlackStandin } from '../support/slack-standin.js';

const SECRET = 'feedback-signing-secret';
let store: Store;
let dispatcher: Dispatcher;
let feedback: ReturnType<typeof createFeedback>;
let knowledge: Knowledge;

beforeAll(() => {
  setLogLevel('warn');
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'aiecon-feedback-')), 'aiecon.db'));
  knowledge = loadKnowledge('knowledge');
  const engine = createEngine(knowledge);
  dispatcher = new Dispatcher(engine, undefined, { conversations: store });
  feedback = createFeedback({ store, engine });
  dispatcher.register(feedback.command);
});
afterAll(() => store.close());

describe('Slack feedback', () => {
  let standin: SlackStandin;
  let events: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    standin = await startSlackStandin();
    const slack = createSlackApp({
      botToken: 'xoxb-fb',
      signingSecret: SECRET,
      apiUrl: standin.url,
      dispatcher,
      feedback,
    });
    const { port } = await slack.start(0);
    events = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
    stop = async () => {
      await slack.stop();
      await standin.close();
    };
  });
  afterAll(async () => stop());

  const post = (body: string, contentType: string) => postSigned(events, { secret: SECRET, body, contentType });
  const click = (action: Record<string, unknown>, channel = 'C0FEED') =>
    post(
      interactivityBody({
        type: 'block_actions',
        team: { id: 'T0STANDIN', domain: 'standin' },
        user: { id: 'U0ASKER', username: 'asker', team_id: 'T0STANDIN' },
        api_app_id: 'A0STANDIN',
        token: 'legacy-verification-token',
        container: { type: 'message', message_ts: '1700000700.000200', channel_id: channel },
        trigger_id: '1.2.3',
        channel: { id: channel, name: 'feed' },
        response_url: standin.responseUrl(`feedback-${channel}`),
        actions: [{ block_id: 'fb', action_ts: '1700000701.000100', ...action }],
      }),
      FORM,
    );

  it('GIVEN an answer in a thread, a 👎 and a reason THEN the vote is stored and /aiecon feedback lists it there only', async () => {
    await post(
      eventBody({
        type: 'app_mention',
        text: `<@${STANDIN_BOT.user_id}> what did GPT-4 cost?`,
        user: 'U0ASKER',
        channel: 'C0FEED',
        ts: '1700000700.000100',
        event_ts: '1700000700.000100',
      }),
      JSON_TYPE,
    );
    const [answer] = await standin.waitFor('chat.postMessage', 1);
    const buttons = answer!.body.blocks.at(-1);
    expect(buttons).toMatchObject({
      type: 'context_actions',
      elements: [
        {
          type: 'feedback_buttons',
          action_id: FEEDBACK_ACTION_ID,
          positive_button: { value: 'up:what did GPT-4 cost?' },
          negative_button: { value: 'down:what did GPT-4 cost?' },
        },
      ],
    });

    await click({
      type: 'feedback_buttons',
      action_id: FEEDBACK_ACTION_ID,
      value: buttons.elements[0].negative_button.value,
    });
    const [prompt] = await standin.waitFor('response_url', 1);
    expect(prompt!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const wrongFigure = prompt!.body.blocks[1].elements.find((b: { value: string }) =>
      b.value.endsWith(':wrong_figure'),
    );
    await click({ type: 'button', action_id: wrongFigure.action_id, value: wrongFigure.value });
    const calls = await standin.waitFor('response_url', 2);
    expect(calls[1]!.body).toMatchObject({ replace_original: true, text: 'Thanks — noted: wrong figure.' });
    expect(wrongFigure.action_id.startsWith(FEEDBACK_REASON_ACTION_PREFIX)).toBe(true);

    const listed = await (
      await post(
        slashCommandBody({ text: 'feedback', channel_id: 'C0FEED', response_url: standin.responseUrl() }),
        FORM,
      )
    ).json();
    const text = JSON.stringify(listed.blocks);
    expect(text).toContain('“what did GPT-4 cost?” — wrong figure (entity; showed ');
    const elsewhere = await (
      await post(
        slashCommandBody({ text: 'feedback', channel_id: 'C0OTHER', response_url: standin.responseUrl() }),
        FORM,
      )
    ).json();
    expect(JSON.stringify(elsewhere.blocks)).not.toContain('GPT-4');
  });

  it('GIVEN that 👎 THEN the channel’s --gaps digest lists it for the people who keep the knowledge; other digests do not', async () => {
    const composer = await createDigestComposer(knowledge, store);
    const digestOf = async (channelId: string, gaps: boolean) => {
      const sub: Subscription = {
        id: `slack:${channelId}`,
        platform: 'slack',
        channelId,
        schedule: { kind: 'daily', pattern: '0 9 * * *', timezone: 'UTC', label: 'daily 09:00' },
        options: { gaps, skipEmpty: true },
        createdAt: new Date(Date.now() - 3_600_000),
      };
      const { reply, empty } = await composer.compose(sub, new Date());
      return { text: reply.lines.join('\n'), empty };
    };
    const withGaps = await digestOf('C0FEED', true);
    expect(withGaps.text).toMatch(
      /Answers voted down in this channel since .*:\n• “what did GPT-4 cost\?” — wrong figure/,
    );
    expect(withGaps.empty).toBe(false);
    expect((await digestOf('C0FEED', false)).text).not.toContain('GPT-4');
    expect((await digestOf('C0OTHER', true)).text).not.toContain('GPT-4');
  });
});

describe('Discord feedback', () => {
  let standIn: DiscordStandIn;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    const adapter = await startDiscord({
      config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
      dispatcher,
      feedback,
      rest: { globalRequestsPerSecond: 100_000, retries: 0 },
    });
    stop = async () => {
      await adapter.stop();
      await standIn.close();
    };
  });
  afterAll(async () => stop());

  it('GIVEN an answer to a mention, a 👎 and a reason THEN /aiecon feedback lists the question with its reason', async () => {
    const asked = standIn.dispatchMessage({ content: `<@${standIn.ids.bot}> how much did Mistral raise?` });
    const answer = await standIn.waitFor(
      () => standIn.messages.find((m) => m.body.message_reference?.message_id === asked),
      'the answer',
    );
    expect(answer.body.components.at(-1).components.map((b: { custom_id: string }) => b.custom_id)).toEqual([
      'aiecon_fb:up',
      'aiecon_fb:down',
    ]);

    const down = standIn.dispatchComponent({ customId: 'aiecon_fb:down', messageId: answer.id });
    const prompt = await standIn.waitFor(() => standIn.callbacks.find((c) => c.interactionId === down.id), 'prompt');
    expect(prompt.body.data).toMatchObject({ flags: 64, content: 'Thanks — what was wrong with it? (optional)' });
    const missing = prompt.body.data!.components[0].components.find((b: { custom_id: string }) =>
      b.custom_id.endsWith(':missing'),
    );
    const why = standIn.dispatchComponent({ customId: missing.custom_id, messageId: answer.id });
    const noted = await standIn.waitFor(() => standIn.callbacks.find((c) => c.interactionId === why.id), 'noted');
    expect(noted.body).toMatchObject({
      type: 7,
      data: { content: 'Thanks — noted: something is missing.', components: [] },
    });

    const list = standIn.dispatchInteraction({ subcommand: 'feedback' });
    const listed = await standIn.waitFor(() => standIn.callbacks.find((c) => c.interactionId === list.id), 'list');
    expect(JSON.stringify(listed.body.data)).toContain('how much did Mistral raise?');
    expect(JSON.stringify(listed.body.data)).toContain('something is missing');
  });
});
