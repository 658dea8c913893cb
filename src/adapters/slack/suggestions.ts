// Suggestion buttons ask their question. Where the answer goes follows where the button was: under an
// ephemeral /aiecon answer → another ephemeral answer (response_url); under a message in a channel → in that
// message's thread; in a DM → the DM (its thread if it was in one); on the App Home tab → the user's DM with the app.
import type { App, Context, webApi } from '@slack/bolt';
import type { Reply } from '../../core/types.js';
import { ASK_ACTION_PREFIX, type SlackMessage } from './render.js';
import { postToResponseUrl } from './response-url.js';

/** Where an answer lands, for the chart upload after it. */
export interface AnswerPlace {
  channel: string;
  threadTs?: string;
}

/** Who asked where, with the workspace's client (each workspace has its own token). */
export interface SuggestionOrigin {
  channelId?: string;
  userId: string;
  conversationId?: string;
  client: webApi.WebClient;
  context: Pick<Context, 'teamId' | 'enterpriseId'>;
}

/** What the listener needs from the app: answering, rendering, remembering threads, charts. */
export interface SuggestionDeps {
  answer(question: string, origin: SuggestionOrigin): Promise<Reply>;
  render(reply: Reply, question: string): SlackMessage;
  /** A thread the bot answered in, so follow-ups there are answered without a mention. */
  rememberThread(conversationId: string): void;
  chartInto(client: webApi.WebClient, reply: Reply, where: AnswerPlace): Promise<void>;
  chartVia(client: webApi.WebClient, reply: Reply, responseUrl: string): Promise<void>;
  conversationOf(channel: string, threadTs: string | undefined): string;
}

/** Link previews off: answers cite sources, and a preview would bury the figures. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

interface Container {
  type?: string;
  is_ephemeral?: boolean;
  channel_id?: string;
  message_ts?: string;
  thread_ts?: string;
}

/** Registers the listener for every button whose action id starts with ASK_ACTION_PREFIX. */
export function registerSuggestions(app: App, deps: SuggestionDeps): void {
  app.action(new RegExp(`^${ASK_ACTION_PREFIX}`), async ({ ack, body, action, client, context }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    const question = 'value' in action && typeof action.value === 'string' ? action.value.trim() : '';
    if (!question) return;
    const user = body.user.id;
    const container = (body.container ?? {}) as Container;
    const channel = body.channel?.id ?? container.channel_id;

    if (container.type === 'view' || !channel) {
      // The Home tab has no channel: the answer goes to the user's DM with the app (chat.postMessage to a user id).
      const reply = await deps.answer(question, { userId: user, client, context });
      await client.chat.postMessage({ channel: user, ...deps.render(reply, question), ...NO_UNFURL });
      return;
    }
    if (container.is_ephemeral) {
      // Only the asker saw the answer, so only they see this one.
      if (!body.response_url) return;
      const reply = await deps.answer(question, { channelId: channel, userId: user, client, context });
      await postToResponseUrl(body.response_url, {
        response_type: 'ephemeral',
        replace_original: false,
        ...deps.render(reply, question),
        ...NO_UNFURL,
      });
      await deps.chartVia(client, reply, body.response_url);
      return;
    }
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const isDm = channel.startsWith('D');
    const threadTs =
      message?.thread_ts ?? container.thread_ts ?? (isDm ? undefined : (message?.ts ?? container.message_ts));
    const conversationId = deps.conversationOf(channel, threadTs);
    const reply = await deps.answer(question, { channelId: channel, userId: user, conversationId, client, context });
    if (threadTs) deps.rememberThread(conversationId);
    await client.chat.postMessage({ channel, thread_ts: threadTs, ...deps.render(reply, question), ...NO_UNFURL });
    await deps.chartInto(client, reply, { channel, threadTs });
  });
}
