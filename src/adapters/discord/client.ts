// The discord.js client aiecon runs: the fewest intents that still see mentions and DMs, handlers for
// messages and /aiecon, and every client-level error logged instead of thrown.
import { Client, Events, GatewayIntentBits, Partials, type RESTOptions } from 'discord.js';
import type { InFlight } from '../../app/in-flight.js';
import type { Reply } from '../../core/types.js';
import type { FeedbackService } from '../../feedback/index.js';
import { log } from '../../log.js';
import { answerAutocomplete } from './autocomplete.js';
import { ASK_PREFIX, answerComponents } from './components.js';
import { reportFailure } from './failure.js';
import { answerFeedbackButton } from './feedback.js';
import { answerMessage, type MessageDispatcher, NO_MENTIONS } from './mention.js';
import { answerInteraction, answerSuggestion, DEFER_AFTER_MS } from './slash.js';

/**
 * Guilds: channel and role cache (permissions); GuildMessages / DirectMessages: MESSAGE_CREATE.
 * No MessageContent: Discord still sends the content of messages that mention the bot and of DMs, the
 * only ones we answer, so the privileged intent (and its review) is not needed.
 * https://discord.com/developers/docs/events/gateway#message-content-intent
 */
export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

/** What the client needs; `rest` lets tests raise the limiter and turn retries off. */
export interface DiscordClientOptions {
  dispatcher: MessageDispatcher;
  /** Feedback on answers: when set, answers to mentions and DMs carry 👍/👎 buttons. */
  feedback?: FeedbackService;
  /** REST base without the version segment (discord.js appends /v10); the gateway URL then comes from its /gateway/bot. */
  apiUrl?: string;
  rest?: Partial<RESTOptions>;
  deferAfterMs?: number;
  /** Answers run inside it (a shutdown waits for them); once it stops accepting, new questions are left alone. */
  inFlight?: InFlight;
}

type PacketHandling = { handlePacket(packet?: unknown, shard?: unknown): boolean };

/**
 * discord.js parses a dispatch inside an async gateway callback; a malformed payload (MESSAGE_CREATE with
 * `d: null`) throws there and becomes an unhandled rejection, which ends a Node 20 process. The packet
 * is dropped and logged instead. (WebSocketManager#handlePacket is internal; checked at start-up.)
 */
export function guardPacketHandling(client: Client): void {
  const ws = client.ws as unknown as PacketHandling;
  if (typeof ws.handlePacket !== 'function') {
    log.warn('discord.js internals changed: malformed gateway packets are not guarded');
    return;
  }
  const original = ws.handlePacket.bind(ws);
  ws.handlePacket = (packet, shard) => {
    try {
      return original(packet, shard);
    } catch (err) {
      const t = (packet as { t?: unknown } | undefined)?.t;
      reportFailure(err, { where: 'gateway', detail: `dropped malformed ${typeof t === 'string' ? t : 'packet'}` });
      return true;
    }
  };
}

/** Builds (does not log in) the client with aiecon's handlers attached. */
export function createDiscordClient(options: DiscordClientOptions): Client {
  const client = new Client({
    intents: [...DISCORD_INTENTS],
    partials: [Partials.Channel], // DM channels are never cached up front; without this DMs are dropped
    allowedMentions: NO_MENTIONS, // client-wide default; every send also passes it explicitly
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), ...options.rest },
  });
  guardPacketHandling(client);
  const deferAfter = options.deferAfterMs ?? DEFER_AFTER_MS;
  const { inFlight } = options;
  const run = (work: () => Promise<unknown>) => {
    if (!inFlight) return void work();
    if (inFlight.accepting) void inFlight.track(work());
  };
  const { feedback, dispatcher } = options;
  // Suggestions as buttons on every answer; 👍/👎 too when feedback is on.
  const components = (reply: Reply) => answerComponents(reply, Boolean(feedback));
  const answering = { components, deferAfterMs: deferAfter };
  client.on(Events.MessageCreate, (message) => run(() => answerMessage(message, dispatcher, { components })));
  client.on(Events.InteractionCreate, (interaction) => {
    // Autocomplete must answer within 3 s and never waits behind a shutdown: it changes nothing.
    if (interaction.isAutocomplete()) {
      const current = dispatcher.currentEngine;
      if (current) void answerAutocomplete(interaction, () => current);
      return;
    }
    run(() => {
      if (interaction.isButton() && interaction.customId.startsWith(ASK_PREFIX))
        return answerSuggestion(interaction, dispatcher, answering);
      if (feedback && interaction.isButton() && dispatcher.lastQuestion)
        return answerFeedbackButton(interaction, { lastQuestion: dispatcher.lastQuestion.bind(dispatcher) }, feedback);
      return answerInteraction(interaction, dispatcher, answering);
    });
  });
  // discord.js has no logger option; its debug stream joins ours only when someone asked for debug.
  if (log.enabled('debug')) client.on(Events.Debug, (message) => log.debug(message, { component: 'discord' }));
  client.on(Events.Error, (err) => reportFailure(err, { where: 'client' }));
  client.on(Events.ShardError, (err, shardId) => reportFailure(err, { where: 'gateway', detail: `shard ${shardId}` }));
  client.on(Events.Warn, (message) => log.warn('discord warning', { message }));
  // discord.js retries a 429 after Retry-After by itself but only says so in debug; `route` is the bucket
  // template (no interaction token), unlike `path`.
  client.rest.on('response', (request, response) => {
    if (response.status === 429)
      log.warn('discord rate limited', {
        route: request.route,
        method: request.method,
        retryAfterMs: Number(response.headers.get('retry-after') ?? 0) * 1000,
        global: response.headers.has('x-ratelimit-global'),
        scope: response.headers.get('x-ratelimit-scope'),
      });
  });
  client.rest.on('rateLimited', (info) =>
    log.warn('discord rate limit wait', {
      route: info.route,
      method: info.method,
      waitMs: info.timeToReset,
      global: info.global,
    }),
  );
  client.rest.on('invalidRequestWarning', (info) =>
    log.warn('discord invalid requests piling up', { count: info.count, remainingMs: info.remainingTime }),
  );
  client.once(Events.ClientReady, (c) =>
    log.info('discord connected', { user: c.user.tag, guilds: c.guilds.cache.size }),
  );
  return client;
}
