// Composition root: config → knowledge → engine → dispatcher → adapters, plus health, signals and shutdown.
// With no chat credentials the terminal bot runs on the same dispatcher. Chat SDKs are imported only when
// configured: Bolt and discord.js together cost about a second of start-up the terminal does not need.

import type { ChannelPoster } from './app/channel-poster.js';
import { Dispatcher } from './app/dispatcher.js';
import { Health, startHealthServer } from './app/health.js';
import { InFlight } from './app/in-flight.js';
import { engineFor, reloadKnowledge, type ShutdownPlan, shutdown } from './app/lifecycle.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { createGapsCommand } from './digest/gaps.js';
import { createDigest } from './digest/index.js';
import { TerminalPoster } from './digest/terminal-poster.js';
import { createFeedback } from './feedback/index.js';
import { KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { installCrashHandlers, log, redact, registerSecret, setLogLevel } from './log.js';

async function main(): Promise<void> {
  installCrashHandlers();
  loadDotEnv();
  const config = loadConfig();
  /** What started, for the one start-up line. */
  const modes: string[] = [];
  setLogLevel(config.LOG_LEVEL ?? (config.slack || config.discord ? 'info' : 'warn'));
  for (const s of [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, config.DISCORD_TOKEN])
    registerSecret(s);
  const health = new Health();
  const inFlight = new InFlight();
  const knowledge = loadKnowledge(config.AIECON_KNOWLEDGE_DIR);
  if (config.DATABASE_URL) registerSecret(new URL(config.DATABASE_URL).password);
  const digest = await createDigest({
    knowledge,
    databaseUrl: config.DATABASE_URL,
    dbPath: config.AIECON_DB,
    graceMinutes: config.DIGEST_GRACE_MINUTES,
  });
  const dispatcher: Dispatcher = new Dispatcher(
    engineFor(knowledge, () => dispatcher),
    digest.recordMiss,
    { conversations: digest.store, conversationTtlMs: config.CONVERSATION_TTL_HOURS * 3_600_000 },
  ).register(digest.command);
  const feedback = createFeedback({
    store: digest.store,
    engine: { answer: (q) => dispatcher.currentEngine.answer(q) },
  });
  dispatcher.register(feedback.command);
  dispatcher.register(createGapsCommand({ store: digest.store }));
  // `started` keeps /readyz at 503 until every configured platform has been checked and connected.
  let started = false;
  health
    .check('started', () => started)
    .check('knowledge', () => true)
    .check('store', () => digest.store.ping());
  process.on('SIGHUP', () => void reloadKnowledge(config.AIECON_KNOWLEDGE_DIR, dispatcher, digest.reload));

  const plan: ShutdownPlan = {
    health,
    inFlight,
    stopIntake: [],
    closeAfter: [],
    graceMs: config.SHUTDOWN_GRACE_SECONDS * 1000,
  };
  if (config.HEALTH_PORT !== undefined) {
    const server = await startHealthServer(health, config.HEALTH_PORT);
    log.info(`health on :${server.port}/healthz and /readyz`);
    plan.closeAfter.push(server.close);
  }
  const posters: ChannelPoster[] = [];

  // Chat adapters start here, each only when its credentials are configured.
  if (config.slack) {
    const { startSlack } = await import('./adapters/slack/index.js');
    const slack = await startSlack({
      config,
      dispatcher,
      eventLog: digest.store,
      workspaces: digest.store,
      subscriptions: digest.store,
      health,
      inFlight,
      feedback,
    });
    plan.stopIntake.push(slack.stop);
    posters.push(slack.poster);
    const oauth = slack.auth === 'oauth' ? ' (OAuth: Add to Slack at /slack/install)' : '';
    modes.push(slack.mode === 'http' ? `Slack HTTP on :${slack.port}${oauth}` : 'Slack Socket Mode');
  }
  if (config.discord && config.DATABASE_URL) {
    // Replicas share the database: one of them, elected, holds the gateway.
    const { startElectedDiscord } = await import('./adapters/discord/leader.js');
    const discord = startElectedDiscord({
      config,
      databaseUrl: config.DATABASE_URL,
      dispatcher,
      health,
      inFlight,
      feedback,
    });
    plan.closeAfter.unshift(discord.stop);
    posters.push(discord.poster);
  } else if (config.discord) {
    const { startDiscord } = await import('./adapters/discord/index.js');
    const discord = await startDiscord({ config, dispatcher, health, inFlight, feedback });
    // The gateway carries both intake and replies, so it closes after the drain (new questions are ignored).
    plan.closeAfter.unshift(discord.stop);
    posters.push(discord.poster);
    modes.push(`Discord as ${discord.client.user?.tag ?? 'unknown bot'}`);
  }

  if (posters.length === 0) {
    const { runTerminal } = await import('./adapters/terminal/terminal.js');
    await digest.start([new TerminalPoster()]);
    process.stderr.write('aiecon started: terminal\n');
    await runTerminal(dispatcher);
    await Promise.allSettled(plan.closeAfter.map((close) => close()));
    await digest.stop();
    return;
  }
  await digest.start(posters);
  plan.closeAfter.push(() => digest.stop());
  started = true;
  process.stderr.write(`aiecon started: ${modes.join('; ')}\n`);
  const onSignal = (signal: string) => void shutdown(plan, signal).then((ok) => process.exit(ok ? 0 : 1));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof KnowledgeError) {
    console.error(redact(err.message));
    process.exit(1);
  }
  log.error('fatal', { err });
  process.exit(1);
});
