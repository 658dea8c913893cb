// Entry point main.ts calls: log the client in, wait until the gateway is ready, hand back the poster the
// digest uses and a stop function.
import { type Client, Events, type RESTOptions } from 'discord.js';
import type { Health } from '../../app/health.js';
import type { InFlight } from '../../app/in-flight.js';
import type { Config } from '../../config.js';
import type { FeedbackService } from '../../feedback/index.js';
import { createDiscordClient } from './client.js';
import type { MessageDispatcher } from './mention.js';
import { DiscordChannelPoster, digestRest } from './poster.js';

/** A running Discord adapter. */
export interface DiscordAdapter {
  client: Client;
  poster: DiscordChannelPoster;
  stop(): Promise<void>;
}

/** Options beyond config; `rest` is for tests and the bench (limiter, retries). */
export interface StartDiscordOptions {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  dispatcher: MessageDispatcher;
  rest?: Partial<RESTOptions>;
  deferAfterMs?: number;
  /** Readiness gets a `discord` check: the gateway session is up (the token was accepted). */
  health?: Health;
  inFlight?: InFlight;
  feedback?: FeedbackService;
}

/** Connects to Discord (or DISCORD_API_URL's stand-in) and resolves once the client is ready. */
export async function startDiscord(options: StartDiscordOptions): Promise<DiscordAdapter> {
  const token = options.config.DISCORD_TOKEN;
  if (!token)
    throw new Error(
      'Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see README, Discord section).',
    );
  const client = createDiscordClient({
    dispatcher: options.dispatcher,
    apiUrl: options.config.DISCORD_API_URL,
    rest: options.rest,
    deferAfterMs: options.deferAfterMs,
    inFlight: options.inFlight,
    feedback: options.feedback,
  });
  options.health?.check('discord', () => client.isReady());
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  const poster = new DiscordChannelPoster(digestRest(token, options.config.DISCORD_API_URL, options.rest));
  return { client, poster, stop: () => client.destroy() };
}
