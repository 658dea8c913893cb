// The digest's way into Slack: post a Reply into a channel tagged with an idempotency key in message
// metadata, and after a crash find whether that key already landed.
import { LogLevel, webApi } from '@slack/bolt';
import type { ChannelPoster } from '../../app/channel-poster.js';
import type { Chart, Reply } from '../../core/types.js';
import { boltLogger } from './bolt-logger.js';
import { BoundedCache } from './bounded-cache.js';
import { uploadChart } from './chart.js';
import { renderBlockKit } from './render.js';

/** Metadata event type our posts carry; findPosted matches only these. https://docs.slack.dev/messaging/message-metadata */
export const DIGEST_METADATA_EVENT_TYPE = 'aiecon_digest';
/** History pages read when looking for a key; a digest channel rarely holds more since `since`. */
export const MAX_HISTORY_PAGES = 10;
/** Messages per conversations.history page (Slack's maximum is 999, it recommends ≤ 200). https://docs.slack.dev/reference/methods/conversations.history */
export const HISTORY_PAGE_SIZE = 200;

/** Per-call timeout of the digest's Slack calls: far inside the claim lease (DEFAULT_LEASE_MS), so a hung call
 * ends, and follows the digest's retry rules, long before another process may take the slot over. */
export const DIGEST_CALL_TIMEOUT_MS = 20_000;

/** Workspaces whose digest clients are kept; each client holds one workspace's token. */
const MAX_WORKSPACE_CLIENTS = 1_000;

/** The bot token to post into a channel with: its workspace's (OAuth installs); undefined when it has none. */
export type TokenForChannel = (channelId: string) => Promise<string | undefined>;

/** The Web API client that reaches a channel. */
type ClientForChannel = (channelId: string) => Promise<webApi.WebClient>;

/** A post that can never succeed as things stand: not retried, recorded as failed (classifyPostError). */
class NoWorkspaceTokenError extends Error {
  readonly permanent = true;
}

/**
 * The digest's poster on WebClients of its own: the clients' retries are off because a retried
 * chat.postMessage after a 5xx or timeout that had landed posts twice; the digest retries instead and looks
 * the key up first. `token` is the one bot token (single workspace) or finds each channel's workspace token.
 */
export function createSlackChannelPoster(
  token: string | TokenForChannel,
  options: { apiUrl?: string; timeoutMs?: number } = {},
): SlackChannelPoster {
  const clientFor = (t: string) =>
    new webApi.WebClient(t, {
      slackApiUrl: options.apiUrl ? options.apiUrl.replace(/\/?$/, '/') : undefined,
      retryConfig: { retries: 0 },
      timeout: options.timeoutMs ?? DIGEST_CALL_TIMEOUT_MS,
      logger: boltLogger(LogLevel.WARN),
    });
  if (typeof token === 'string') return new SlackChannelPoster(clientFor(token));
  const clients = new BoundedCache<string, webApi.WebClient>(MAX_WORKSPACE_CLIENTS);
  return new SlackChannelPoster(async (channelId) => {
    const t = await token(channelId);
    if (!t) throw new NoWorkspaceTokenError(`no Slack installation for the workspace of channel ${channelId}`);
    const known = clients.get(t);
    if (known) return known;
    const client = clientFor(t);
    clients.set(t, client);
    return client;
  });
}

interface MetadataMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** ChannelPoster over the Slack Web API (chat.postMessage + conversations.history). */
export class SlackChannelPoster implements ChannelPoster {
  readonly platform = 'slack' as const;

  private readonly clientFor: ClientForChannel;

  /** One client for every channel (one workspace), or a way to find the client of a channel's workspace. */
  constructor(client: webApi.WebClient | ClientForChannel) {
    this.clientFor = typeof client === 'function' ? client : async () => client;
  }

  async post(channelId: string, reply: Reply, key: string): Promise<string> {
    const client = await this.clientFor(channelId);
    const res = await client.chat.postMessage({
      channel: channelId,
      ...renderBlockKit(reply),
      metadata: { event_type: DIGEST_METADATA_EVENT_TYPE, event_payload: { key } },
      unfurl_links: false,
      unfurl_media: false,
    });
    if (!res.ts) throw new Error(`chat.postMessage returned no ts for channel ${channelId}`);
    return res.ts;
  }

  /** The chart goes into the channel right under the digest, with its caption citing the sources (files:write). */
  async postChart(channelId: string, chart: Chart): Promise<void> {
    await uploadChart(await this.clientFor(channelId), chart, { channel: channelId }, 'shared');
  }

  async findPosted(channelId: string, key: string, since: Date): Promise<string | undefined> {
    const client = await this.clientFor(channelId);
    let cursor: string | undefined;
    for (let page = 0; page < MAX_HISTORY_PAGES; page += 1) {
      const res = await client.conversations.history({
        channel: channelId,
        oldest: (since.getTime() / 1000).toFixed(6),
        include_all_metadata: true,
        limit: HISTORY_PAGE_SIZE,
        cursor,
      });
      const hit = (res.messages as MetadataMessage[] | undefined)?.find(
        (m) => m.metadata?.event_type === DIGEST_METADATA_EVENT_TYPE && m.metadata.event_payload?.key === key,
      );
      if (hit?.ts) return hit.ts;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!res.has_more || !cursor) return undefined;
    }
    return undefined;
  }
}
