// Starts Slack from configuration: HTTP (Bolt's HTTPReceiver on PORT) or Socket Mode when an app token is set.

import { LogLevel, webApi } from '@slack/bolt';
import type { Dispatcher } from '../../app/dispatcher.js';
import type { Health } from '../../app/health.js';
import type { InFlight } from '../../app/in-flight.js';
import { type Config, ConfigError } from '../../config.js';
import type { FeedbackService } from '../../feedback/index.js';
import { log, registerSecret } from '../../log.js';
import { type Store, subscriptionId } from '../../storage/store.js';
import {
  createSlackApp,
  SLACK_EVENTS_PATH,
  SLACK_INSTALL_PATH,
  type SlackBotIdentity,
  type SlackOAuthOptions,
} from './app.js';
import { boltLogger } from './bolt-logger.js';
import { type InstallationRecords, installedBotToken, manifestBotScopes } from './installations.js';
import { createSlackChannelPoster, type SlackChannelPoster, type TokenForChannel } from './poster.js';

/** How long start-up waits for auth.test before saying Slack could not be reached. */
export const AUTH_CHECK_TIMEOUT_MS = 10_000;

/**
 * Asks Slack whether the bot token works (auth.test) before serving: a refused or unverifiable token stops
 * start-up with a ConfigError naming SLACK_BOT_TOKEN, instead of a process that listens and fails every request.
 */
export async function checkSlackToken(token: string, apiUrl?: string): Promise<SlackBotIdentity> {
  const client = new webApi.WebClient(token, {
    slackApiUrl: apiUrl ? apiUrl.replace(/\/?$/, '/') : undefined,
    retryConfig: { retries: 0 },
    timeout: AUTH_CHECK_TIMEOUT_MS,
    logger: boltLogger(LogLevel.ERROR),
  });
  try {
    const r = await client.auth.test();
    return { botUserId: String(r.user_id ?? ''), botId: String(r.bot_id ?? '') };
  } catch (err) {
    const e = err as { data?: { error?: unknown }; statusCode?: unknown; code?: unknown };
    if (typeof e.data?.error === 'string')
      throw new ConfigError([
        `SLACK_BOT_TOKEN was refused by Slack (auth.test): ${e.data.error}; copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page`,
      ]);
    const why = typeof e.statusCode === 'number' ? `HTTP ${e.statusCode}` : String(e.code ?? 'no answer');
    throw new ConfigError([
      `SLACK_BOT_TOKEN: could not be checked, the Slack API did not accept the call (${why}); check the token, the network and SLACK_API_URL`,
    ]);
  }
}

/** What OAuth mode needs from the Store: installations, and subscriptions to find a channel's workspace. */
export type SlackWorkspaceStore = InstallationRecords & Pick<Store, 'getSubscription'>;

/**
 * A digest channel's bot token in OAuth mode: the workspace its subscription was made in, that workspace's
 * installation. A subscription from single-token days names no workspace and gets none (README: subscribe again).
 */
export function workspaceTokenForChannel(store: SlackWorkspaceStore): TokenForChannel {
  return async (channelId) => {
    const sub = await store.getSubscription(subscriptionId('slack', channelId));
    if (!sub?.teamId && !sub?.enterpriseId) return undefined;
    return installedBotToken(store, { teamId: sub.teamId, enterpriseId: sub.enterpriseId });
  };
}

/** What main.ts gets back: the digest's poster and a stop function. */
export interface RunningSlack {
  poster: SlackChannelPoster;
  mode: 'http' | 'socket';
  auth: 'token' | 'oauth';
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
  feedback,
  workspaces,
  subscriptions,
}: {
  config: Config;
  dispatcher: Dispatcher;
  /** The store's event log, so retried events are answered once (SlackAppOptions.eventLog). */
  eventLog?: Pick<Store, 'firstSighting'>;
  /** OAuth mode: where installations are kept (the Store). */
  workspaces?: SlackWorkspaceStore;
  health?: Health;
  inFlight?: InFlight;
  feedback?: FeedbackService;
  /** The digest store, so the App Home tab lists the digests of the user's channels. */
  subscriptions?: Pick<Store, 'listSubscriptions'>;
}): Promise<RunningSlack> {
  if (!config.slack || (!config.SLACK_BOT_TOKEN && config.slack.auth === 'token'))
    throw new Error('Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)');
  const oauth = config.slack.auth === 'oauth' ? oauthOptions(config, workspaces) : undefined;
  // OAuth has no token to check at start: each workspace's is checked by Slack when it installs.
  const identity = oauth ? undefined : await checkSlackToken(config.SLACK_BOT_TOKEN!, config.SLACK_API_URL);
  const slack = createSlackApp({
    botToken: oauth ? undefined : config.SLACK_BOT_TOKEN,
    identity,
    oauth,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.slack.mode === 'socket' ? config.SLACK_APP_TOKEN : undefined,
    apiUrl: config.SLACK_API_URL,
    dispatcher,
    eventLog,
    health,
    inFlight,
    feedback,
    subscriptions,
  });
  // Slack accepted the token above; start() reuses that answer, so auth.test is asked once.
  let authChecked = false;
  health?.check('slack', () => authChecked);
  let port: number | undefined;
  try {
    ({ port } = await slack.start(config.PORT));
  } catch (err) {
    await slack.stop().catch(() => undefined);
    if (oauth) throw err;
    const code = (err as { data?: { error?: string } }).data?.error;
    throw new Error(`SLACK_BOT_TOKEN was refused by Slack (auth.test): ${code ?? (err as Error).message}`);
  }
  authChecked = true;
  log.info(
    slack.mode === 'http' ? `slack listening on :${port}${SLACK_EVENTS_PATH}` : 'slack connected over Socket Mode',
    { mode: slack.mode, ...(oauth && { install: `:${port}${SLACK_INSTALL_PATH}` }) },
  );
  // The digest posts on its own clients: no client retries (it owns them), its own timeout.
  const poster = createSlackChannelPoster(oauth ? workspaceTokenForChannel(workspaces!) : config.SLACK_BOT_TOKEN!, {
    apiUrl: config.SLACK_API_URL,
  });
  return { poster, mode: slack.mode, auth: config.slack.auth, port, stop: () => slack.stop() };
}

/** OAuth options from configuration; the secrets are registered with the logger before Bolt sees them. */
function oauthOptions(config: Config, workspaces: SlackWorkspaceStore | undefined): SlackOAuthOptions {
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret } = config;
  if (!clientId || !clientSecret || !stateSecret || !workspaces)
    throw new Error('Slack OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and a store');
  // The install flow's debug lines include oauth.v2.access's request body, which carries the client secret.
  registerSecret(clientSecret);
  registerSecret(stateSecret);
  return { clientId, clientSecret, stateSecret, scopes: manifestBotScopes(), installations: workspaces };
}
