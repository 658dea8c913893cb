// Composition root: config → knowledge → engine → dispatcher → adapters. With no chat credentials the
// terminal bot runs on the same dispatcher.

import { startDiscord } from './adapters/discord/index.js';
import { startSlack } from './adapters/slack/index.js';
import { runTerminal } from './adapters/terminal/terminal.js';
import type { ChannelPoster } from './app/channel-poster.js';
import { Dispatcher } from './app/dispatcher.js';
import { ConfigError, loadConfig } from './config.js';
import { createEngine } from './core/engine.js';
import { createDigest } from './digest/index.js';
import { TerminalPoster } from './digest/terminal-poster.js';
import { KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { log, registerSecret, setLogLevel } from './log.js';

async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.LOG_LEVEL ?? (config.slack || config.discord ? 'info' : 'warn'));
  for (const s of [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, config.DISCORD_TOKEN])
    registerSecret(s);
  const knowledge = loadKnowledge(config.AIECON_KNOWLEDGE_DIR);
  const digest = createDigest({ knowledge, dbPath: config.AIECON_DB, graceMinutes: config.DIGEST_GRACE_MINUTES });
  const dispatcher: Dispatcher = new Dispatcher(
    createEngine(knowledge, { extraCommands: () => dispatcher.extraCommands() }),
    digest.recordMiss,
  ).register(digest.command);
  const posters: ChannelPoster[] = [];
  const stops: Array<() => Promise<void>> = [];

  // Chat adapters register here (each starts only when its credentials are configured).
  if (config.slack) {
    const slack = await startSlack({ config, dispatcher, eventLog: digest.store });
    stops.push(slack.stop);
    posters.push(slack.poster);
  }
  if (config.discord) {
    const discord = await startDiscord({ config, dispatcher });
    stops.push(discord.stop);
    posters.push(discord.poster);
  }

  if (stops.length === 0) {
    await digest.start([new TerminalPoster()]);
    await runTerminal(dispatcher);
    await digest.stop();
    return;
  }
  await digest.start(posters);
  stops.push(() => digest.stop());
  const shutdown = async (signal: string) => {
    log.info('shutting down', { signal });
    await Promise.allSettled(stops.map((s) => s()));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof KnowledgeError) {
    console.error(err.message);
    process.exit(1);
  }
  log.error('fatal', { err });
  process.exit(1);
});
