// Whether a Slack channel is private, so its questions never show in another channel's digest. A channel id's
// first letter is not enough: D is a DM and G an older private channel or group DM, but private channels made
// since 2021 have C ids like public ones, so those are looked up (conversations.info, needs channels:read and
// groups:read) and remembered for a while.
import type { webApi } from '@slack/bolt';
import { log } from '../../log.js';
import { BoundedCache } from './bounded-cache.js';

/** Channels remembered at once; one entry is a few dozen bytes. */
const MAX_CACHED_CHANNELS = 10_000;
/** Longest wait for conversations.info before the channel counts as private for this question. */
export const CHANNEL_PRIVACY_LOOKUP_MS = 2_000;
/** How long an answer is trusted: a channel can be made private (or public) later. */
export const CHANNEL_PRIVACY_TTL_MS = 10 * 60_000;

/** Looks up and remembers whether channels are private; a failed lookup counts as private. */
export class ChannelPrivacy {
  private readonly known = new BoundedCache<string, { private: boolean; until: number }>(MAX_CACHED_CHANNELS);
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(
    private readonly timeoutMs = CHANNEL_PRIVACY_LOOKUP_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** True for the Home tab (no channel), DMs, group DMs and private channels, and whenever Slack cannot say. */
  async isPrivate(client: webApi.WebClient, channelId: string | undefined): Promise<boolean> {
    if (channelId === undefined || /^[DG]/.test(channelId)) return true;
    const cached = this.known.get(channelId);
    if (cached && cached.until > this.now()) return cached.private;
    // Questions arriving together in a new channel share one lookup.
    const lookup = this.pending.get(channelId) ?? this.lookUp(client, channelId);
    // The client retries a 5xx for minutes; the answer does not wait for that. A late answer is still remembered.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, this.timeoutMs, true)));
    try {
      return await Promise.race([lookup, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private lookUp(client: webApi.WebClient, channelId: string): Promise<boolean> {
    const lookup = client.conversations.info({ channel: channelId }).then(
      ({ channel: c }) => {
        const isPrivate = Boolean(c?.is_private || c?.is_im || c?.is_mpim || c?.is_group);
        this.known.set(channelId, { private: isPrivate, until: this.now() + CHANNEL_PRIVACY_TTL_MS });
        return isPrivate;
      },
      (err: unknown) => {
        // Not remembered, so the next question asks again; meanwhile nothing from it can leak.
        log.warn('slack conversations.info failed; the channel counts as private', { err, channel: channelId });
        return true;
      },
    );
    this.pending.set(channelId, lookup);
    void lookup.finally(() => this.pending.delete(channelId));
    return lookup;
  }
}
