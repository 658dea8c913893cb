// The one logger: pino writing JSON lines to stderr (stdout belongs to answers). Every line passes through
// `redact` on its way out, so a token is removed wherever it hides (a message, an error's stack, a URL);
// Bolt and discord.js log through the same instance (adapters/slack/bolt-logger.ts, discord/client.ts).
import { pino } from 'pino';

const SECRET_PATTERNS: RegExp[] = [
  /xox[abposr]-[A-Za-z0-9-]+/g, // Slack bot/user/app tokens
  /xapp-[A-Za-z0-9-]+/g, // Slack app-level tokens
  /[MNO][A-Za-z\d_-]{22,}\.[A-Za-z\d_-]{6,}\.[A-Za-z\d_-]{20,}/g, // Discord bot tokens
  /(Bot|Bearer)\s+[A-Za-z0-9._-]{16,}/g,
  /(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g, // a database URL's password
];
const secrets = new Set<string>();

/** Registers configured secret values so they are redacted wherever they appear. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) secrets.add(value);
}

/** Replaces tokens and registered secrets with a marker. */
export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[redacted]');
  for (const rx of SECRET_PATTERNS)
    out = out.replace(rx, (match, keep: unknown) =>
      typeof keep === 'string' && match.startsWith('postgres') ? `${keep}[redacted]@` : '[redacted]',
    );
  return out;
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/** The pino instance; `logger.child({component})` for libraries that take a logger. */
export const logger = pino(
  {
    // Until main applies the configured level; config.ts stays the only reader of process.env.
    level: 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Key-based redaction first (cheap, exact); the line filter below catches values anywhere else.
    redact: {
      paths: ['token', 'botToken', 'clientSecret', 'authorization', 'headers.authorization', '*.token'],
      censor: '[redacted]',
    },
  },
  { write: (line: string) => void process.stderr.write(redact(line)) },
);

/** Sets the lowest level written. */
export function setLogLevel(level: Level): void {
  logger.level = level;
}

/** Errors anywhere in the context are serialised (name, message, stack), not dropped as `{}`. */
function fields(context?: Record<string, unknown>): Record<string, unknown> {
  if (!context) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(context)) out[k] = v instanceof Error ? pino.stdSerializers.err(v) : v;
  return out;
}

/** Structured logger: `log.info('message', {context})`; every line goes to stderr, redacted. */
export const log = {
  debug: (msg: string, ctx?: Record<string, unknown>) => logger.debug(fields(ctx), msg),
  info: (msg: string, ctx?: Record<string, unknown>) => logger.info(fields(ctx), msg),
  warn: (msg: string, ctx?: Record<string, unknown>) => logger.warn(fields(ctx), msg),
  error: (msg: string, ctx?: Record<string, unknown>) => logger.error(fields(ctx), msg),
  /** Whether a level would be written (skip building costly context otherwise). */
  enabled: (level: Level) => logger.isLevelEnabled(level),
};

/**
 * Routes unhandled rejections and uncaught exceptions through the redacting logger: Node's default handler
 * prints the whole error object, and a Web API network error carries the request's bearer token. An uncaught
 * exception still ends the process (its state is unknown); a stray rejection is logged and the bot runs on.
 */
export function installCrashHandlers(): void {
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled rejection', { err: reason instanceof Error ? reason : String(reason) });
  });
  process.on('uncaughtException', (err) => {
    log.error('uncaught exception; exiting', { err });
    process.exit(1);
  });
}
