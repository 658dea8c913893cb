// ChannelPoster for Discord: posts a Reply into a channel at most once per key. Discord itself drops a
// second create with the same nonce (enforce_nonce), and the embed footer carries "ref <hash>" so that,
// after a crash, findPosted can still recognise the post among the channel's recent messages.
import { createHash } from 'node:crypto';
import { type APIMessage, REST, type RESTOptions, Routes } from 'discord.js';
import type { ChannelPoster } from '../../app/channel-poster.js';
import type { Chart, Reply } from '../../core/types.js';
import { CHART_ATTACHMENT } from './chart.js';
import { isPayloadRejected, reportFailure } from './failure.js';
import {
  DISCORD_MAX_ATTACHMENT_DESCRIPTION_CHARS,
  DISCORD_MAX_EMBED_DESCRIPTION_CHARS,
  DISCORD_MAX_EMBED_TITLE_CHARS,
  DISCORD_MAX_MESSAGES_PER_FETCH,
  DISCORD_MAX_NONCE_CHARS,
} from './limits.js';
import { clip, type DiscordMessagePayload, markerText, renderEmbed, renderPlainContent } from './render.js';

/** Pages of history findPosted reads before giving up; bounds the cost of one crash recovery. */
export const FIND_POSTED_MAX_PAGES = 5;

/** The nonce and marker for a key: a stable hash short enough for Discord's 25-character nonce. */
export function keyRef(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, Math.min(20, DISCORD_MAX_NONCE_CHARS));
}

function carriesMarker(message: APIMessage, tag: string): boolean {
  return message.content.endsWith(tag) || message.embeds.some((e) => e.footer?.text.endsWith(tag));
}

/** Per-call timeout of the digest's Discord calls; a timed-out post follows the digest's retry rules. */
export const DIGEST_REST_TIMEOUT_MS = 20_000;

/**
 * The REST client digest posts go through: its own retries off (discord.js retries a POST three times after a 5xx
 * or a timeout, without looking first), so the digest retries itself and looks its key up before posting again.
 */
export function digestRest(token: string, apiUrl?: string, overrides: Partial<RESTOptions> = {}): REST {
  return new REST({
    ...(apiUrl ? { api: apiUrl } : {}),
    ...overrides,
    retries: 0,
    timeout: DIGEST_REST_TIMEOUT_MS,
  }).setToken(token);
}

/** Posts with raw REST so it works for any channel id, cached by the gateway or not. */
export class DiscordChannelPoster implements ChannelPoster {
  readonly platform = 'discord' as const;

  constructor(private readonly rest: REST) {}

  async post(channelId: string, reply: Reply, key: string): Promise<string> {
    const ref = keyRef(key);
    const send = async (p: DiscordMessagePayload) =>
      (await this.rest.post(Routes.channelMessages(channelId), {
        body: { ...p, nonce: ref, enforce_nonce: true, allowed_mentions: { parse: [] } },
      })) as APIMessage;
    try {
      return (await send(renderEmbed(reply, { marker: ref }))).id;
    } catch (err) {
      if (!isPayloadRejected(err)) throw err;
      reportFailure(err, { where: 'poster', channelId, detail: 'embed refused; sent plain content' });
      return (await send(renderPlainContent(reply, { marker: ref }))).id;
    }
  }

  /** The chart as a reply to the digest message: an embed showing the attached PNG, its caption citing the sources.
   * Needs Attach Files; without it Discord refuses (403) and the digest stands alone. */
  async postChart(channelId: string, chart: Chart, key: string, messageId: string): Promise<void> {
    const png = await (await loadRenderer()).renderChartPngShared(chart);
    await this.rest.post(Routes.channelMessages(channelId), {
      body: {
        embeds: [
          {
            title: clip(chart.title, DISCORD_MAX_EMBED_TITLE_CHARS),
            description: clip(chart.caption, DISCORD_MAX_EMBED_DESCRIPTION_CHARS),
            image: { url: `attachment://${CHART_ATTACHMENT}` },
          },
        ],
        attachments: [
          { id: 0, filename: CHART_ATTACHMENT, description: clip(chart.alt, DISCORD_MAX_ATTACHMENT_DESCRIPTION_CHARS) },
        ],
        message_reference: { message_id: messageId, fail_if_not_exists: false },
        // Its own nonce: Discord drops a second create of the same chart within minutes.
        nonce: keyRef(`${key}#chart`),
        enforce_nonce: true,
        allowed_mentions: { parse: [] },
      },
      files: [{ name: CHART_ATTACHMENT, data: png, contentType: 'image/png' }],
    });
  }

  async findPosted(channelId: string, key: string, since: Date): Promise<string | undefined> {
    const tag = markerText(keyRef(key));
    let before: string | undefined;
    for (let page = 0; page < FIND_POSTED_MAX_PAGES; page++) {
      const query = new URLSearchParams({
        limit: String(DISCORD_MAX_MESSAGES_PER_FETCH),
        ...(before ? { before } : {}),
      });
      const messages = (await this.rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
      const recent = messages.filter((m) => Date.parse(m.timestamp) >= since.getTime());
      const hit = recent.find((m) => carriesMarker(m, tag));
      if (hit) return hit.id;
      // Newest first: once a page reaches back past `since`, older pages cannot hold the post.
      if (messages.length < DISCORD_MAX_MESSAGES_PER_FETCH || recent.length < messages.length) return undefined;
      before = messages[messages.length - 1]!.id;
    }
    return undefined;
  }
}

/** vega and resvg load with the first chart, not at start-up: a bot that never draws one never pays for them. */
const loadRenderer = () => import('../../chart/render.js');
