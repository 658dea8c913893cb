// One side of bench:slack in its own process: `bare` (Bolt that only acks) or `full` (the aiecon
// Slack app). Reports its bound port to the parent over IPC; exits when the parent says so.
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { createSlackApp } from '../src/adapters/slack/app.js';
import { boltLogger } from '../src/adapters/slack/bolt-logger.js';
import { Dispatcher } from '../src/app/dispatcher.js';
import { createEngine } from '../src/core/engine.js';
import type { Engine } from '../src/core/types.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { echoEngine } from '../tests/slack/fixture.js';

/** Messages a target sends its parent: ready (or failed) at start, its CPU time since `mark` at `stop`. */
export type TargetMessage = { ready: true; port: number; engine: string } | { failed: string } | { cpuMicros: number };

const [side, secret, token, apiUrl] = process.argv.slice(2) as ['bare' | 'full', string, string, string];

function engineFor(dispatcher: () => Dispatcher): { engine: Engine; label: string } {
  if (process.env.BENCH_ENGINE === 'echo') return { engine: echoEngine, label: 'echo engine (BENCH_ENGINE=echo)' };
  try {
    return {
      engine: createEngine(loadKnowledge(), { extraCommands: () => dispatcher().extraCommands() }),
      label: 'real engine over knowledge/',
    };
  } catch (err) {
    return {
      engine: echoEngine,
      label: `echo engine (knowledge/ did not load: ${(err as Error).message.split('\n')[0]})`,
    };
  }
}

async function main(): Promise<TargetMessage> {
  if (side === 'bare') {
    const logger = boltLogger(LogLevel.ERROR);
    const app = new App({
      token,
      receiver: new HTTPReceiver({ signingSecret: secret, processBeforeResponse: false, logger }),
      logger,
      clientOptions: { slackApiUrl: apiUrl },
    });
    app.command('/aiecon', async ({ ack }) => ack());
    const server = (await app.start(0)) as unknown as { address(): AddressInfo };
    return { ready: true, port: server.address().port, engine: 'none' };
  }
  let dispatcher: Dispatcher;
  const { engine, label } = engineFor(() => dispatcher);
  dispatcher = new Dispatcher(engine);
  const { port } = await createSlackApp({ botToken: token, signingSecret: secret, apiUrl, dispatcher }).start(0);
  return { ready: true, port: port!, engine: label };
}

main().then(
  (msg) => process.send?.(msg),
  (err: Error) => process.send?.({ failed: err.message }),
);
// CPU time per request is steadier than req/s on a shared machine; `mark` starts the measured window.
let mark = process.cpuUsage();
process.on('message', (m) => {
  if (m === 'mark') mark = process.cpuUsage();
  if (m !== 'stop') return;
  const used = process.cpuUsage(mark);
  process.send?.({ cpuMicros: used.user + used.system }, () => process.exit(0));
});
