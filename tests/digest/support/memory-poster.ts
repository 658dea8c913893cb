// An in-memory ChannelPoster that records every post and can fail on demand (503s, 429s, timeouts after landing).
import type { ChannelPoster } from '../../../src/app/channel-poster.js';
import type { Reply } from '../../../src/core/types.js';

/** One message the poster "posted". */
export interface Posted {
  channelId: string;
  key: string;
  reply: Reply;
  id: string;
  at: number;
}

/** Error shaped like the ones adapters throw, with an HTTP status. */
export class PostError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${status}`);
  }
}

/** A poster whose failures are scripted per channel: `failNext(channel, n, status)`; status 0 = lands, then times out. */
export class MemoryPoster implements ChannelPoster {
  readonly posted: Posted[] = [];
  attempts = 0;
  private readonly failures = new Map<string, Array<number>>();
  private seq = 0;
  constructor(readonly platform: 'slack' | 'discord' | 'terminal' = 'slack') {}

  failNext(channelId: string, times: number, status = 503): void {
    this.failures.set(channelId, [...(this.failures.get(channelId) ?? []), ...Array<number>(times).fill(status)]);
  }

  async post(channelId: string, reply: Reply, key: string): Promise<string> {
    this.attempts++;
    const status = this.failures.get(channelId)?.shift();
    if (status === 0) {
      this.record(channelId, key, reply);
      throw Object.assign(new Error('socket hang up'), { code: 'ETIMEDOUT' });
    }
    if (status !== undefined) throw new PostError(status, status === 429 ? 1 : undefined);
    return this.record(channelId, key, reply);
  }

  async findPosted(channelId: string, key: string): Promise<string | undefined> {
    return this.posted.find((p) => p.channelId === channelId && p.key === key)?.id;
  }

  private record(channelId: string, key: string, reply: Reply): string {
    const id = `M${++this.seq}`;
    this.posted.push({ channelId, key, reply, id, at: Date.now() });
    return id;
  }
}
