// A ChannelPoster for the terminal: prints the digest as plain text, so digests can be tried without a chat platform.
import type { ChannelPoster } from '../app/channel-poster.js';
import { renderPlainText } from '../core/render-text.js';
import type { Reply } from '../core/types.js';

/** Prints posts to `output`; remembers keys for this process only (a terminal has no history to search). */
export class TerminalPoster implements ChannelPoster {
  readonly platform = 'terminal' as const;
  private readonly posted = new Map<string, string>();
  private seq = 0;

  constructor(private readonly output: NodeJS.WritableStream = process.stdout) {}

  async post(channelId: string, reply: Reply, key: string): Promise<string> {
    const existing = this.posted.get(key);
    if (existing) return existing;
    this.output.write(`\n[digest for #${channelId}]\n${renderPlainText(reply)}\n`);
    const id = `terminal-${++this.seq}`;
    this.posted.set(key, id);
    return id;
  }

  async findPosted(_channelId: string, key: string): Promise<string | undefined> {
    return this.posted.get(key);
  }
}
