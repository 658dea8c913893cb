import { describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { Health } from '../../src/app/health.js';
import { InFlight } from '../../src/app/in-flight.js';
import { shutdown } from '../../src/app/lifecycle.js';
import { echoEngine, SECRET } from '../slack/fixture.js';
import { eventBody, JSON_TYPE, postSigned } from '../support/slack-requests.js';
import { STANDIN_BOT, start as startStandin } from '../support/slack-standin.js';

const SLOW_MS = 600;

/** A Slack app whose `slow` sub-command takes SLOW_MS, with the shutdown plan main.ts would build. */
async function slowApp() {
  const standin = await startStandin();
  const dispatcher = new Dispatcher(echoEngine).register({
    spec: { name: 'slow', usage: '', summary: 'slow', examples: [] },
    async handle() {
      await new Promise((r) => setTimeout(r, SLOW_MS));
      return {
        kind: 'answer',
        title: 'Slow answer',
        lines: ['done'],
        fields: [],
        notes: [],
        sources: [],
        suggestions: [],
      };
    },
  });
  const health = new Health();
  const inFlight = new InFlight();
  const slack = createSlackApp({
    botToken: 'xoxb-drain-1',
    signingSecret: SECRET,
    apiUrl: standin.url,
    dispatcher,
    health,
    inFlight,
  });
  const { port } = await slack.start(0);
  const mention = (text: string, ts: string) =>
    postSigned(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, {
      secret: SECRET,
      contentType: JSON_TYPE,
      body: eventBody({
        type: 'app_mention',
        text: `<@${STANDIN_BOT.user_id}> ${text}`,
        user: 'U0ASKER',
        channel: 'C0DRAIN',
        ts,
        event_ts: ts,
      }),
    });
  return { standin, slack, health, inFlight, mention, port };
}

describe('graceful shutdown', () => {
  it('GIVEN an answer still being computed WHEN the bot shuts down THEN the answer is posted before it stops', async () => {
    const { standin, slack, health, inFlight, mention } = await slowApp();
    try {
      expect((await mention('slow', '100.1')).status).toBe(200);
      expect(inFlight.size).toBe(1);
      const finished = await shutdown(
        { health, inFlight, stopIntake: [slack.stop], closeAfter: [], graceMs: 5_000 },
        'SIGTERM',
      );
      expect(finished).toBe(true);
      const posts = standin.callsTo('chat.postMessage');
      expect(posts).toHaveLength(1);
      expect(posts[0]!.body).toMatchObject({
        channel: 'C0DRAIN',
        thread_ts: '100.1',
        text: expect.stringContaining('Slow'),
      });
    } finally {
      await standin.close();
    }
  });

  it('GIVEN shutdown has begun THEN a new question is not taken and readiness says draining', async () => {
    const { standin, slack, health, inFlight, mention } = await slowApp();
    try {
      await mention('slow', '200.1');
      const done = shutdown({ health, inFlight, stopIntake: [slack.stop], closeAfter: [], graceMs: 5_000 }, 'SIGTERM');
      expect((await health.readiness()).draining).toBe(true);
      await expect(mention('slow', '200.2')).rejects.toThrow();
      await done;
      expect(standin.callsTo('chat.postMessage').map((c) => c.body.thread_ts)).toEqual(['200.1']);
    } finally {
      await standin.close();
    }
  });

  it('GIVEN an answer that outlasts the grace THEN shutdown stops waiting and reports it', async () => {
    const { standin, slack, health, inFlight, mention } = await slowApp();
    try {
      await mention('slow', '300.1');
      const started = Date.now();
      const finished = await shutdown(
        { health, inFlight, stopIntake: [slack.stop], closeAfter: [], graceMs: 50 },
        'SIGTERM',
      );
      expect(finished).toBe(false);
      expect(Date.now() - started).toBeLessThan(SLOW_MS);
    } finally {
      await standin.close();
    }
  });
});
