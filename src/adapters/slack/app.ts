// The Slack adapter: one Bolt App, fed by HTTP or Socket Mode, that turns /aiecon, @mentions, DMs,
// thread follow-ups and the share button into `dispatcher.dispatch` calls and renders the Reply.
// /aiecon answers inside its acknowledgement when the app is idle and the reply is ready within
// ACK_ANSWER_BUDGET_MS, and through response_url otherwise; every other listener acknowledges first and answers
// afterwards. During a burst, answers wait in an AnswerScheduler so the engine's CPU never delays an ack.
import type { Server } from 'node:net';
import { App, type Context, HTTPReceiver, LogLevel, type Receiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Dispatcher, MessageContext } from '../../app/dispatcher.js';
import type { Health } from '../../app/health.js';
import type { InFlight } from '../../app/in-flight.js';
import { ENGINE_COMMANDS } from '../../core/commands.js';
import { stripMentions } from '../../core/safe-text.js';
import type { Reply, ReplyKind } from '../../core/types.js';
import { log } from '../../log.js';
import type { Store } from '../../storage/store.js';
import { AnswerScheduler } from './answer-scheduler.js';
import { boltLogger } from './bolt-logger.js';
import { BoundedCache } from './bounded-cache.js';
import { ChannelPrivacy } from './channel-privacy.js';
import { type ChartDestination, PrivateChartUploads, uploadChart } from './chart.js';
import { type FeedbackService, registerFeedback } from './feedback.js';
import { registerHome } from './home.js';
import { capConnections, DEFAULT_HTTP_LIMITS, guardReceiver, type HttpLimits, serverOptions } from './http-guard.js';
import { createInstallationStore, type InstallationRecords, registerUninstall } from './installations.js';
import { renderBlockKit, renderChartBlocks, SHARE_ACTION_ID, type SlackMessage } from './render.js';
import { postToResponseUrl } from './response-url.js';
import { registerSuggestions } from './suggestions.js';

/** Path Slack posts events, commands and interactivity to (the manifest's request URLs end with it). */
export const SLACK_EVENTS_PATH = '/slack/events';
/** OAuth mode: the page with the "Add to Slack" button (it sets the state cookie). */
export const SLACK_INSTALL_PATH = '/slack/install';
/** OAuth mode: where Slack sends the installer back with a code; the manifest's redirect URL ends with it. */
export const SLACK_OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';
/** The slash command this app answers; must match slack/manifest.json. */
export const SLASH_COMMAND = '/aiecon';
/** Threads the bot answered in, remembered so follow-ups there are answered without a new mention. */
export const MAX_TRACKED_THREADS = 5_000;
/** Users whose timezone we looked up (users.info), kept so `digest` commands cost one API call per user. */
export const MAX_CACHED_TIMEZONES = 5_000;
/** How long /aiecon waits for its reply before acking empty and answering via response_url; well inside Slack's 3 s (SLACK_ACK_DEADLINE_MS). */
export const ACK_ANSWER_BUDGET_MS = 1_000;
/** How long an event id is remembered: Slack retries a delivery three times within about five minutes. https://docs.slack.dev/apis/events-api/#retries */
export const SLACK_EVENT_TTL_MS = 60 * 60_000;
/** Event ids remembered in memory when no store is given. */
const MAX_REMEMBERED_EVENTS = 10_000;
/** Per-call timeout of the app's Web API calls (WebClient's default is none, so a hung call would never end). */
export const SLACK_API_TIMEOUT_MS = 10_000;
/** Distinct phrasings kept per rendered reply (the share button carries the asker's wording). */
const MAX_RENDERS_PER_REPLY = 8;
/** Replies worth showing the whole channel; notices and digest commands are the asker's own business. */
const SHAREABLE_KINDS: ReadonlySet<ReplyKind> = new Set(['answer', 'comparison', 'calculation']);
/** Replies people can rate: everything that tried to answer a question. */
const RATEABLE_KINDS: ReadonlySet<ReplyKind> = new Set(['answer', 'comparison', 'calculation', 'clarify', 'unknown']);
/** Link previews off everywhere: answers cite sources, and a preview would bury the figures. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** Who the bot is, as auth.test reported it. */
export interface SlackBotIdentity {
  botUserId: string;
  botId: string;
}

/** OAuth distribution: Bolt serves the install pages and keeps each workspace's installation in `installations`. */
export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Signs the state parameter Bolt puts in the install link and the browser's cookie (CSRF protection). */
  stateSecret: string;
  /** Bot scopes the install asks for (the manifest's). */
  scopes: string[];
  installations: InstallationRecords;
}

/** How the adapter reaches Slack: HTTP needs the signing secret, Socket Mode the app-level token. */
export interface SlackAppOptions {
  /** One workspace's bot token; unset with `oauth`, where each workspace's token comes from its installation. */
  botToken?: string;
  /** Many workspaces (HTTP only): /slack/install and /slack/oauth_redirect, tokens per workspace. */
  oauth?: SlackOAuthOptions;
  /** The bot's ids from an auth.test already made (start-up's token check); without them start() asks Slack. */
  identity?: SlackBotIdentity;
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL (Bolt's clientOptions.slackApiUrl); tests point it at a stand-in. */
  apiUrl?: string;
  dispatcher: Dispatcher;
  /** Where event ids are remembered so a retried or replayed event is answered once, across processes sharing it. */
  eventLog?: Pick<Store, 'firstSighting'>;
  /** HTTP mode: body size, header and body deadlines, connection cap (DEFAULT_HTTP_LIMITS); tests shrink them. */
  httpLimits?: Partial<HttpLimits>;
  /** When answers are computed (tests give one that defers every request); a new AnswerScheduler by default. */
  answerScheduler?: AnswerScheduler;
  /** Feedback on answers: when set, answers carry 👍/👎 buttons and votes are stored. */
  feedback?: FeedbackService;
  /** Web API retry policy; defaults to five retries in five minutes. 429 Retry-After is always honoured. */
  retryConfig?: webApi.RetryOptions;
  /** Serves /healthz and /readyz next to the events path (HTTP mode). */
  health?: Health;
  /** Every listener runs inside it, so a shutdown waits for answers being computed or posted. */
  inFlight?: InFlight;
  /** Where the App Home tab reads the digests of the user's channels; without it the tab lists none. */
  subscriptions?: Pick<Store, 'listSubscriptions'>;
}

/** An ephemeral /aiecon answer: Block Kit, its text fallback, link previews off. */
type EphemeralMessage = SlackMessage & typeof NO_UNFURL & { response_type: 'ephemeral' };

/** How a promise stood when the budget ran out: settled (value or reason) or still pending. */
type Settled<T> = { state: 'fulfilled'; value: T } | { state: 'rejected'; reason: unknown } | { state: 'pending' };

const STILL_PENDING = { state: 'pending' } as const;

/** Waits for `promise` at most `ms`; never rejects. Answers computed in memory settle before the next
 * event-loop turn, so those are caught with setImmediate and never arm a timer. */
async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  const settled = promise.then(
    (value): Settled<T> => ({ state: 'fulfilled', value }),
    (reason: unknown): Settled<T> => ({ state: 'rejected', reason }),
  );
  const quick = await Promise.race([
    settled,
    new Promise<Settled<T>>((resolve) => setImmediate(resolve, STILL_PENDING)),
  ]);
  if (quick.state !== 'pending') return quick;
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms, STILL_PENDING);
    void settled.then((s) => {
      clearTimeout(timer);
      resolve(s);
    });
  });
}

/** A payload's `text` as a string: signed payloads can still lack it or carry another type, which is read as empty. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The in-process fallback: remembers recent event ids in a bounded map. */
function memoryEventLog(): Pick<Store, 'firstSighting'> {
  const seen = new BoundedCache<string, number>(MAX_REMEMBERED_EVENTS);
  return {
    async firstSighting(id, now, ttlMs) {
      const at = seen.get(id);
      if (at !== undefined && now.getTime() - at < ttlMs) return false;
      seen.set(id, now.getTime());
      return true;
    },
  };
}

/** The conversation a thread is: its channel and the timestamp of its first message. */
function threadConversation(channel: string, threadTs: string): string {
  return `slack:${channel}:${threadTs}`;
}

/** A built app and its lifecycle. `start` resolves with the bound port in HTTP mode. */
export interface SlackApp {
  app: App;
  mode: 'http' | 'socket';
  start(port?: number): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

/** Builds the Bolt app and registers every listener; fails early naming the variable that is missing. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { dispatcher } = options;
  // Bolt and its Web API clients speak up only at LOG_LEVEL=debug (their request lines then pass the redaction too).
  const logger = boltLogger(log.enabled('debug') ? LogLevel.DEBUG : LogLevel.WARN);
  const clientOptions = {
    slackApiUrl: options.apiUrl ? options.apiUrl.replace(/\/?$/, '/') : undefined,
    retryConfig: options.retryConfig ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
    timeout: SLACK_API_TIMEOUT_MS,
    logger,
  };
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.httpLimits };
  let receiver: Receiver;
  let mode: 'http' | 'socket';
  if (options.oauth && (options.appToken || !options.signingSecret))
    throw new Error('Slack OAuth needs SLACK_SIGNING_SECRET and HTTP mode (unset SLACK_APP_TOKEN)');
  if (!options.oauth && !options.botToken) throw new Error('Slack needs SLACK_BOT_TOKEN, or OAuth (SLACK_CLIENT_ID)');
  const { oauth } = options;
  if (options.appToken) {
    mode = 'socket';
    receiver = new SocketModeReceiver({ appToken: options.appToken, logger, installerOptions: { clientOptions } });
  } else if (options.signingSecret) {
    mode = 'http';
    const http = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      processBeforeResponse: false,
      logger,
      customRoutes: options.health?.boltRoutes(),
      ...(oauth && {
        clientId: oauth.clientId,
        clientSecret: oauth.clientSecret,
        stateSecret: oauth.stateSecret,
        scopes: oauth.scopes,
        installationStore: createInstallationStore(oauth.installations),
        // Our own receiver gets none of App's options: the install flow's oauth.v2.access and auth.test calls
        // need the same API base and timeout, and its logger the redacting one.
        installerOptions: {
          installPath: SLACK_INSTALL_PATH,
          redirectUriPath: SLACK_OAUTH_REDIRECT_PATH,
          stateVerification: true,
          clientOptions,
        },
      }),
    });
    guardReceiver(http, limits);
    receiver = http;
  } else {
    throw new Error(
      'Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) next to SLACK_BOT_TOKEN',
    );
  }
  // convoStore off: no listener reads context.conversation, and the store costs a map write per request.
  const app = new App({
    // OAuth: no token, so Bolt authorizes each request through the installation store (its team's bot token).
    token: oauth ? undefined : options.botToken,
    receiver,
    logger,
    // Bolt resets its logger to this level (INFO when unset), so it is given the one chosen above.
    logLevel: logger.getLevel(),
    clientOptions,
    processBeforeResponse: false,
    convoStore: false,
    // init() in start() runs auth.test and can be awaited: a refused token fails start-up instead of becoming
    // an unhandled rejection from the constructor, and the bot's ids come from that one call. Ids already known
    // (the start-up check asked) skip it: Bolt calls auth.test only when one of them is missing.
    deferInitialization: true,
    ...(options.identity?.botUserId && options.identity.botId
      ? { botUserId: options.identity.botUserId, botId: options.identity.botId, tokenVerificationEnabled: false }
      : {}),
  });

  const { inFlight } = options;
  if (inFlight) app.use(({ next }) => inFlight.track(next()));

  const threads = new BoundedCache<string, true>(MAX_TRACKED_THREADS);
  const scheduler = options.answerScheduler ?? new AnswerScheduler();
  /** Answers now when the app is idle, else once the answers queued before it have run (acks go out meanwhile). */
  const whenIdle = <T>(task: () => Promise<T>): Promise<T> =>
    scheduler.shouldDefer() ? scheduler.later(task) : task();
  const privateCharts = new PrivateChartUploads();

  /** Delivers a chart after its text answer; a failure (no files:write, a Slack error) leaves the text answer standing. */
  async function deliverChart(chart: Reply['chart'], send: (chart: NonNullable<Reply['chart']>) => Promise<unknown>) {
    if (!chart) return;
    try {
      await send(chart);
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      log.warn('slack chart not delivered; the text answer stands', { code, err });
    }
  }
  /** Uploads into the channel or thread the answer went to, with the workspace's client. */
  const chartInto = (client: webApi.WebClient, reply: Reply, where: ChartDestination) =>
    deliverChart(reply.chart, (chart) => uploadChart(client, chart, where));
  /** Posts an image block of a privately uploaded chart to a response_url, as the asker alone or the channel sees it. */
  const chartVia = (
    client: webApi.WebClient,
    reply: Reply,
    responseUrl: string,
    responseType: 'ephemeral' | 'in_channel',
  ) =>
    deliverChart(reply.chart, async (chart) =>
      postToResponseUrl(responseUrl, {
        response_type: responseType,
        replace_original: false,
        ...renderChartBlocks(chart, await privateCharts.fileId(client, chart)),
        ...NO_UNFURL,
      }),
    );
  const eventLog = options.eventLog ?? memoryEventLog();

  // Events are acked before middleware runs; a retry (x-slack-retry-num) or a replay of an event already
  // handled stops here, so it is answered once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await eventLog.firstSighting(eventId, new Date(), SLACK_EVENT_TTL_MS))) {
      log.info('slack event seen before; not answered again', { eventId });
      return;
    }
    await next();
  });
  const timezones = new BoundedCache<string, string>(MAX_CACHED_TIMEZONES);
  const privacy = new ChannelPrivacy();

  /** Where a question came from: channel, asker, thread, and the workspace (Bolt's context) with its client. */
  interface Origin {
    channelId?: string;
    userId?: string;
    conversationId?: string;
    client: webApi.WebClient;
    context: Pick<Context, 'teamId' | 'enterpriseId'>;
  }

  /** Adds the asker's timezone (users.info, with the asker's workspace client) for `digest …`, whose schedule is local. */
  async function withTimezone(ctx: MessageContext, client: webApi.WebClient): Promise<MessageContext> {
    const { userId } = ctx;
    if (!userId) return ctx;
    const cached = timezones.get(userId);
    if (cached) return { ...ctx, userTimezone: cached };
    try {
      const info = await client.users.info({ user: userId });
      const tz = info.user?.tz;
      if (tz) timezones.set(userId, tz);
      return { ...ctx, userTimezone: tz };
    } catch (err) {
      log.warn('slack users.info failed; digest uses its default timezone', { err, user: userId });
      return ctx;
    }
  }

  /** Adds whether the asker is a workspace admin or owner (users.info); a failed lookup leaves it unknown, which
   * the gaps command treats as no. */
  async function withAdminRole(ctx: MessageContext, client: webApi.WebClient): Promise<MessageContext> {
    try {
      const info = await client.users.info({ user: ctx.userId! });
      return { ...ctx, isWorkspaceAdmin: Boolean(info.user?.is_admin || info.user?.is_owner) };
    } catch (err) {
      log.warn('slack users.info failed; the asker counts as no admin', { err, user: ctx.userId });
      return ctx;
    }
  }

  /** `question` must already be stripped of mentions and trimmed. */
  function answerQuestion(question: string, origin: Origin): Promise<Reply> {
    const { channelId, userId, conversationId, context } = origin;
    // The workspace a digest subscription belongs to, so it posts with that workspace's token.
    const workspace = { teamId: context.teamId, enterpriseId: context.enterpriseId };
    // `gaps …` asks whether the asker is a workspace admin or owner: one users.info call, never cached, since a
    // role can be taken away.
    if (userId && /^\s*gaps\b/i.test(question))
      return withAdminRole({ surface: 'slack', channelId, userId, ...workspace }, origin.client).then((ctx) =>
        dispatcher.dispatch(question, ctx),
      );
    // Only `digest …` needs the asker's timezone (an API call); everything else skips the extra await.
    if (!userId || !/^\s*digest\b/i.test(question)) {
      // Questions from DMs, private channels and the Home tab never show in another channel.
      return privacy.isPrivate(origin.client, channelId).then((isPrivate) =>
        dispatcher.dispatch(question, {
          surface: 'slack',
          channelId,
          userId,
          conversationId,
          private: isPrivate || undefined,
          ...workspace,
        }),
      );
    }
    return withTimezone({ surface: 'slack', channelId, userId, ...workspace }, origin.client).then((ctx) =>
      dispatcher.dispatch(question, ctx),
    );
  }

  const answer = (text: string, origin: Origin) => answerQuestion(stripMentions(text).trim(), origin);

  /** 👍/👎 for an answer when feedback is on: about the question as the engine answered it (a follow-up filled in). */
  const rating = (reply: Reply, question: string) =>
    options.feedback && RATEABLE_KINDS.has(reply.kind) ? { question: reply.about?.question ?? question } : undefined;

  /** The asker-only message for a /aiecon reply; the same body goes in the ack or to response_url. */
  // Rendered messages per reply object: the engine returns the same (never mutated) Reply for a repeated
  // question, so a channel asking "help" or the same figure again skips rendering.
  const rendered = new WeakMap<Reply, Map<string, EphemeralMessage>>();
  function ephemeralAnswer(reply: Reply, question: string): EphemeralMessage {
    const shareable = SHAREABLE_KINDS.has(reply.kind) ? { question } : undefined;
    const feedback = rating(reply, question);
    const key = shareable || feedback ? question : '';
    const byQuestion = rendered.get(reply) ?? new Map<string, EphemeralMessage>();
    const cached = byQuestion.get(key);
    if (cached) return cached;
    const message: EphemeralMessage = {
      response_type: 'ephemeral',
      ...renderBlockKit(reply, { shareable, feedback }),
      ...NO_UNFURL,
    };
    if (byQuestion.size >= MAX_RENDERS_PER_REPLY) byQuestion.clear();
    byQuestion.set(key, message);
    rendered.set(reply, byQuestion);
    return message;
  }

  app.command(SLASH_COMMAND, async ({ command, ack, client, context }) => {
    const question = stripMentions(textOf(command.text)).trim();
    const origin: Origin = { channelId: command.channel_id, userId: command.user_id, client, context };
    // A remembered (or refused) question costs nothing to answer: it rides in the ack even during a burst.
    if (!dispatcher.answersAtOnce(question, { surface: 'slack' }) && scheduler.shouldDefer()) {
      // A burst: ack now, answer when the queue reaches this question.
      await ack();
      const reply = await scheduler.later(() => answerQuestion(question, origin));
      await postToResponseUrl(command.response_url, ephemeralAnswer(reply, question));
      await chartVia(client, reply, command.response_url, 'ephemeral');
      return;
    }
    const answering = answerQuestion(question, origin);
    const pending = answering.then((reply) => ephemeralAnswer(reply, question));
    // Slack shows an ack body like a response_url post, one round trip sooner. https://docs.slack.dev/interactivity/implementing-slash-commands
    const early = await settledWithin(pending, ACK_ANSWER_BUDGET_MS);
    if (early.state === 'fulfilled') await ack(early.value);
    else {
      await ack();
      if (early.state === 'rejected') throw early.reason;
      await postToResponseUrl(command.response_url, await pending);
    }
    // An ephemeral message cannot carry an upload; an image block of a private file can, right after the answer.
    await chartVia(client, await answering, command.response_url, 'ephemeral');
  });

  app.action(SHARE_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    const question = action.type === 'button' ? (action.value ?? '') : '';
    const first = /^\s*\/?([a-z]+)/i.exec(question)?.[1]?.toLowerCase();
    if (!question || dispatcher.extraCommands().some((c) => c.name === first)) return;
    const reply = await dispatcher.dispatch(question, {
      surface: 'slack',
      channelId: body.channel?.id,
      userId: body.user.id,
    });
    if (!SHAREABLE_KINDS.has(reply.kind)) return;
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    if (!responseUrl) return;
    // response_url posts into the channel even when the bot is not a member, which chat.postMessage cannot.
    await postToResponseUrl(responseUrl, {
      response_type: 'in_channel',
      replace_original: false,
      ...renderBlockKit(reply, { sharedBy: body.user.id }),
      ...NO_UNFURL,
    });
    await chartVia(client, reply, responseUrl, 'in_channel');
    await postToResponseUrl(responseUrl, { delete_original: true }).catch((err: unknown) =>
      log.debug('slack could not remove the ephemeral answer', { err }),
    );
  });

  app.event('app_mention', async ({ event, client, context }) => {
    // DMs arrive as message.im; answering the mention too would reply twice.
    if (event.channel.startsWith('D') || event.bot_id) return;
    const threadTs = event.thread_ts ?? event.ts;
    const conversationId = threadConversation(event.channel, threadTs);
    const text = textOf(event.text);
    const origin = { channelId: event.channel, userId: event.user, conversationId, client, context };
    const reply = await whenIdle(() => answer(text, origin));
    threads.set(conversationId, true);
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: threadTs,
      ...renderBlockKit(reply, { feedback: rating(reply, stripMentions(text).trim()) }),
      ...NO_UNFURL,
    });
    await chartInto(client, reply, { channel: event.channel, threadTs });
  });

  app.event('message', async ({ event, client, context }) => {
    if (event.subtype !== undefined || ('bot_id' in event && event.bot_id)) return;
    const text = textOf('text' in event ? event.text : undefined);
    const isDm = event.channel_type === 'im';
    const threadTs = event.thread_ts;
    // A DM is one conversation, and so is each thread in it.
    const conversationId = threadTs ? threadConversation(event.channel, threadTs) : `slack:${event.channel}`;
    if (!isDm) {
      // The bot answered in this thread: remembered here, or in the store from before a restart.
      const followUp =
        threadTs !== undefined &&
        threadTs !== event.ts &&
        (threads.has(conversationId) || (await dispatcher.hasConversation(conversationId)));
      // A mention inside the thread is answered by the app_mention listener.
      if (!followUp || (context.botUserId && text.includes(`<@${context.botUserId}>`))) return;
    }
    const userId = 'user' in event ? event.user : undefined;
    const reply = await whenIdle(() =>
      answer(text, { channelId: event.channel, userId, conversationId, client, context }),
    );
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: threadTs,
      ...renderBlockKit(reply, { feedback: rating(reply, stripMentions(text).trim()) }),
      ...NO_UNFURL,
    });
    await chartInto(client, reply, { channel: event.channel, threadTs });
  });

  if (options.feedback) registerFeedback(app, options.feedback, privacy);
  if (oauth) registerUninstall(app, oauth.installations);
  registerSuggestions(app, {
    answer: (question, origin) => answerQuestion(stripMentions(question).trim(), origin),
    render: (reply, question) => renderBlockKit(reply, { feedback: rating(reply, question) }),
    rememberThread: (id) => threads.set(id, true),
    chartInto,
    chartVia: (client, reply, responseUrl) => chartVia(client, reply, responseUrl, 'ephemeral'),
    conversationOf: (channel, threadTs) => (threadTs ? threadConversation(channel, threadTs) : `slack:${channel}`),
  });
  const subscriptions = options.subscriptions;
  registerHome(app, {
    commands: () => [...ENGINE_COMMANDS, ...dispatcher.extraCommands()],
    subscriptions: async () => (subscriptions ? subscriptions.listSubscriptions() : []),
  });

  // The one error handler: listener failures land here with Bolt's error code; tokens never reach the log.
  app.error(async (error) => {
    const original = (error as { original?: unknown }).original;
    log.error('slack listener failed', { code: error.code, err: original instanceof Error ? original : error });
  });

  return {
    app,
    mode,
    async start(port = 3000) {
      await app.init();
      if (mode === 'socket') {
        await app.start();
        return {};
      }
      const server = (await app.start(port, serverOptions(limits))) as Server;
      capConnections(server, limits);
      const address = server.address();
      return { port: address && typeof address === 'object' ? address.port : undefined };
    },
    stop: () => app.stop() as Promise<void>,
  };
}
