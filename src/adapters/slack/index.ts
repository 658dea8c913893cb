// Starts Slack from configuration: HTTP (Bolt's HTTPReceiver on PORT) or Socket Mode when an app token is set.

import type { Dispatcher } from '../../app/dispatcher.js';
import type { Health } from '../../app/health.js';
import type { InFlight } from '../../app/in-flight.js';
import type { Config } from '../../config.js';
import { log } from '../../log.js';
import type { Store } from '../../storage/store.js';
import { createSlackApp, SLACK_EVENTS_PATH } from './app.js';
import { createSlackChannelPoster, type SlackChannelPoster } from './poster.js';

/** What main.ts gets back: the digest's poster and a stop function. */
export interface RunningSlack {
  poster: SlackChannelPoster;
  mode: 'http' | 'socket';
  /** Bound HTTP port (HTTP mode only). */
  port?: number;
  stop(): Promise<void>;
}

/** Starts the Slack adapter when config.slack is set; throws naming the variable to set otherwise. */
export async function startSlack({
  config,
  dispatcher,
  eventLog,
  health,
  inFlight,
}: {
  config: Config;
  dispatcher: Dispatcher;
  /** The store's event log, so retried events are answered once (SlackAppOptions.eventLog). */
  eventLog?: Pick<Store, 'firstSighting'>;
  health?: Health;
  inFlight?: InFlight;
}): Promise<RunningSlack> {
  if (!config.slack || !config.SLACK_BOT_TOKEN)
    throw new Error('Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)');
  const slack = createSlackApp({
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.slack.mode === 'socket' ? config.SLACK_APP_TOKEN : undefined,
    apiUrl: config.SLACK_API_URL,
    dispatcher,
    eventLog,
    health,
    inFlight,
  });
  // start() runs auth.test first: once it resolved, Slack accepted the token.
  let authChecked = false;
  health?.check('slack', () => authChecked);
  let port: number | undefined;
  try {
    ({ port } = await slack.start(config.PORT));
  } catch (err) {
    await slack.stop().catch(() => undefined);
    const code = (err as { data?: { error?: string } }).data?.error;
    throw new Error(`SLACK_BOT_TOKEN was refused by Slack (auth.test): ${code ?? (err as Error).message}`);
  }
  authChecked = true;
  log.info(
    slack.mode === 'http' ? `slack listening on :${port}${SLACK_EVENTS_PATH}` : 'slack connected over Socket Mode',
    { mode: slack.mode },
  );
  // The digest posts on its own client: no client retries (it owns them), its own timeout.
  const poster = createSlackChannelPoster(config.SLACK_BOT_TOKEN, { apiUrl: config.SLACK_API_URL });
  return { poster, mode: slack.mode, port, stop: () => slack.stop() };
}
