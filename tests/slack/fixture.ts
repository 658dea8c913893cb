// Shared setup for Slack tests: the real Bolt app on a random loopback port, wired to a stand-in
// Slack and to a dispatcher over a tiny engine (transport tests must not depend on the knowledge).

import {
  ACK_ANSWER_BUDGET_MS,
  createSlackApp,
  SLACK_EVENTS_PATH,
  type SlackApp,
  type SlackAppOptions,
} from '../../src/adapters/slack/app.js';
import { Dispatcher, type MessageContext } from '../../src/app/dispatcher.js';
import { InFlight } from '../../src/app/in-flight.js';
import type { Engine, Reply } from '../../src/core/types.js';
import { type SlackStandin, start as startStandin } from '../support/slack-standin.js';

export const SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-0000-standin';

/** Retries fast so a 429 test waits only for Retry-After. */
export const FAST_RETRIES = { retries: 2, factor: 1, minTimeout: 5, maxTimeout: 10 };

/** The tiny engine's reply: echoes the raw question everywhere, the worst case for the renderer. */
export function echoReply(text: string): Reply {
  if (/^help$/i.test(text))
    return {
      kind: 'help',
      title: 'aiecon help',
      lines: ['ask <question>'],
      fields: [],
      notes: [],
      sources: [],
      suggestions: [],
    };
  return {
    kind: 'answer',
    title: `Answer: ${text}`,
    lines: [`You asked: ${text}`],
    fields: [{ label: 'Training cost', value: '$5.6M (final run only, H800 rental at $2/h)' }],
    notes: ['Excludes research & ablations <before> the final run.'],
    sources: [{ id: 'deepseek-v3-report', title: 'DeepSeek-V3 Technical Report', asOf: '2024-12' }],
    suggestions: ['compare deepseek v3 gpt-4'],
  };
}

export const echoEngine: Engine = { answer: (q) => echoReply(q.text) };

/** A running app plus what tests need to drive it. */
export interface SlackFixture {
  standin: SlackStandin;
  slack: SlackApp;
  events: string;
  digestContexts: MessageContext[];
  /** Resolves once the app has finished handling every request it took (answers, retries, uploads). */
  handled(): Promise<void>;
  close(): Promise<void>;
}

/** Milliseconds the `slow` sub-command takes: past the app's answer budget, so it is acked empty and answered via response_url. */
export const SLOW_COMMAND_MS = ACK_ANSWER_BUDGET_MS + 300;

/** Starts stand-in + app in HTTP mode (or Socket Mode with `socket: true`); close() stops both. */
export async function startFixture(
  opts: { socket?: boolean; eventLog?: SlackAppOptions['eventLog'] } = {},
): Promise<SlackFixture> {
  const standin = await startStandin();
  const digestContexts: MessageContext[] = [];
  const inFlight = new InFlight();
  const dispatcher = new Dispatcher(echoEngine)
    .register({
      spec: { name: 'digest', usage: '<sub-command>', summary: 'digest stand-in', examples: [] },
      async handle(args, ctx) {
        digestContexts.push(ctx);
        return {
          kind: 'notice',
          title: `digest ${args}`.trim(),
          lines: [`timezone: ${ctx.userTimezone ?? 'unknown'}`],
          fields: [],
          notes: [],
          sources: [],
          suggestions: [],
        };
      },
    })
    .register({
      spec: { name: 'slow', usage: '', summary: 'answers after SLOW_COMMAND_MS', examples: [] },
      async handle() {
        await new Promise((r) => setTimeout(r, SLOW_COMMAND_MS));
        return {
          kind: 'answer',
          title: 'Slow answer',
          lines: ['computed slowly'],
          fields: [],
          notes: [],
          sources: [],
          suggestions: [],
        };
      },
    });
  const slack = createSlackApp({
    botToken: BOT_TOKEN,
    signingSecret: opts.socket ? undefined : SECRET,
    appToken: opts.socket ? 'xapp-1-test-standin' : undefined,
    apiUrl: standin.url,
    dispatcher,
    retryConfig: FAST_RETRIES,
    eventLog: opts.eventLog,
    inFlight,
  });
  const { port } = await slack.start(0);
  return {
    standin,
    slack,
    events: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
    digestContexts,
    handled: () => untilHandled(inFlight),
    async close() {
      await slack.stop().catch(() => undefined);
      await standin.close();
    },
  };
}

/**
 * Waits until an app given `inFlight` has finished handling every request it took: what proves nothing more
 * arrives after a request, without guessing how long the app might take on a busy machine. A request refused
 * before the listeners (bad signature, unknown workspace) was never in flight: its response ends it.
 */
export async function untilHandled(inFlight: InFlight, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (inFlight.size > 0) {
    if (Date.now() > end) throw new Error(`the app was still handling ${inFlight.size} request(s)`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
