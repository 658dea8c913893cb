// Shared set-up for Discord end-to-end tests: a stand-in, a real discord.js client logged into it, and a
// Dispatcher over an engine that echoes the question (the worst case for mention safety).
import { vi } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../src/adapters/discord/index.js';
import { Dispatcher, type MessageContext } from '../../src/app/dispatcher.js';
import type { Engine, Query, Reply } from '../../src/core/types.js';
import { type DiscordStandIn, type StandInOptions, startDiscordStandIn } from '../support/discord-standin.js';

/** An engine that repeats the question verbatim in its title, hostile text included. */
export const echoEngine: Engine = {
  answer: (q): Reply => ({
    kind: 'answer',
    title: `You asked: ${q.text}`,
    lines: [`Echo: ${q.text}`],
    fields: [{ label: 'Length', value: String(q.text.length) }],
    notes: [],
    sources: [{ id: 'echo', title: 'Echo', asOf: '2025-01-01' }],
    suggestions: [],
  }),
};

export interface Harness {
  standIn: DiscordStandIn;
  adapter: DiscordAdapter;
  dispatcher: Dispatcher;
  /** Every (text, context) the dispatcher saw, digest sub-commands included. */
  seen: Array<{ text: string; ctx: MessageContext }>;
  /** Every query the engine received, as the dispatcher built it (structured command included). */
  queries: Query[];
  /** Everything logged to stderr since start, one parsed JSON line each. */
  logs: () => Array<Record<string, any>>;
  close(): Promise<void>;
}

/** Starts stand-in + client with the REST limiter raised and retries off, so failures surface at once. */
export async function startHarness(
  options: { engine?: Engine; standIn?: StandInOptions; deferAfterMs?: number; digestDelayMs?: number } = {},
): Promise<Harness> {
  const standIn = await startDiscordStandIn(options.standIn);
  const seen: Harness['seen'] = [];
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  const queries: Query[] = [];
  const engine = options.engine ?? echoEngine;
  const recording: Engine = {
    ...engine,
    answer: (q, c) => {
      queries.push(q);
      return engine.answer(q, c);
    },
  };
  const dispatcher = new Dispatcher(recording, (text, ctx) => seen.push({ text, ctx }));
  dispatcher.register({
    spec: { name: 'digest', usage: '<schedule>', summary: 'digest', examples: [] },
    async handle(args, ctx) {
      seen.push({ text: `digest ${args}`, ctx });
      if (options.digestDelayMs) await new Promise((r) => setTimeout(r, options.digestDelayMs));
      return {
        kind: 'notice',
        title: `Digest: ${args}`,
        lines: [],
        fields: [],
        notes: [],
        sources: [],
        suggestions: [],
      };
    },
  });
  const adapter = await startDiscord({
    config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
    dispatcher,
    rest: { globalRequestsPerSecond: 100_000, retries: 0 },
    deferAfterMs: options.deferAfterMs,
  });
  return {
    standIn,
    adapter,
    dispatcher,
    seen,
    queries,
    logs: () =>
      lines
        .join('')
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, any>),
    async close() {
      await adapter.stop();
      await standIn.close();
      spy.mockRestore();
    },
  };
}
