// What the digest needs from a chat platform: post into a channel exactly once per key, and after a
// crash find out whether a post with that key already landed. Each adapter implements it.
import type { Chart, Reply } from '../core/types.js';

/** A platform's way of posting replies into channels, idempotently per key. */
export interface ChannelPoster {
  readonly platform: 'slack' | 'discord' | 'terminal';
  /** Posts `reply` into `channelId` tagged with `key` (Slack: message metadata; Discord: nonce + embed marker). Returns the platform's message id. */
  post(channelId: string, reply: Reply, key: string): Promise<string>;
  /** Looks for a message posted since `since` that carries `key`; returns its id, or undefined if none. */
  findPosted(channelId: string, key: string, since: Date): Promise<string | undefined>;
  /** Posts a digest's chart as an image under the digest message `messageId` (once: never retried, since an
   * upload that failed late may have landed). Platforms without images leave it out. */
  postChart?(channelId: string, chart: Chart, key: string, messageId: string): Promise<void>;
}
