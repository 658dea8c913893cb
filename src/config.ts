// The only reader of process.env: parsed once by a zod schema, empty strings count as unset, and
// every bad or missing variable is named in one error.
import { existsSync } from 'node:fs';
import { z } from 'zod';

const optional = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().optional(),
);
const optionalUrl = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.url().optional());
const port = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.coerce.number().int().min(0).max(65535).default(3000),
);
const optionalPort = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.coerce.number().int().min(0).max(65535).optional(),
);

const envSchema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optionalUrl,
  /** OAuth distribution (many workspaces): the app's Client ID, Client Secret and a secret that signs the state. */
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  PORT: port,
  /** /healthz and /readyz on their own port (Socket Mode, Discord-only); in Slack HTTP mode they are on PORT too. */
  HEALTH_PORT: optionalPort,
  /** How long SIGTERM waits for answers in flight before closing anyway; inside Docker's 10 s stop timeout. */
  SHUTDOWN_GRACE_SECONDS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().min(0).max(600).default(8),
  ),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: optionalUrl,
  AIECON_DB: optional,
  /** postgres://user:password@host:5432/db selects the Postgres store (several replicas); unset: SQLite at AIECON_DB. */
  DATABASE_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  AIECON_KNOWLEDGE_DIR: optional,
  DIGEST_GRACE_MINUTES: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int().min(0).max(1440).default(60),
  ),
  /** How long a thread or DM remembers what it was about after its last question. */
  CONVERSATION_TTL_HOURS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(24),
  ),
  /** Unset: info when serving chat platforms, warn in the terminal so logs do not interleave with answers. */
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.enum(['debug', 'info', 'warn', 'error']).optional(),
  ),
});

/** Rules between variables, checked on the raw values so they are reported alongside any field errors. */
function crossChecks(raw: NodeJS.ProcessEnv): string[] {
  const v = (k: string) => {
    const x = raw[k];
    return typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;
  };
  const out: string[] = [];
  const oauthVars = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  if (oauthVars.some(v)) {
    out.push(...oauthProblems(v, oauthVars));
    return out.concat(discordProblems(v));
  }
  if (v('SLACK_BOT_TOKEN') && !v('SLACK_APP_TOKEN') && !v('SLACK_SIGNING_SECRET'))
    out.push('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)');
  if ((v('SLACK_APP_TOKEN') || v('SLACK_SIGNING_SECRET')) && !v('SLACK_BOT_TOKEN'))
    out.push('SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  if (v('SLACK_APP_TOKEN') && !v('SLACK_APP_TOKEN')!.startsWith('xapp-'))
    out.push('SLACK_APP_TOKEN: must be an app-level token starting with xapp-');
  return out.concat(discordProblems(v));
}

/** Shortest SLACK_STATE_SECRET accepted: it signs the OAuth state, so a guessable one lets a forged install through. */
export const MIN_STATE_SECRET_CHARS = 16;

/** OAuth mode: all three variables, HTTP (the install pages are served on PORT), and no single bot token. */
function oauthProblems(v: (k: string) => string | undefined, vars: readonly string[]): string[] {
  const out = vars.filter((k) => !v(k)).map((k) => `${k}: required when ${vars.filter(v).join(' or ')} is set`);
  const state = v('SLACK_STATE_SECRET');
  if (state && state.length < MIN_STATE_SECRET_CHARS)
    out.push(
      `SLACK_STATE_SECRET: must be at least ${MIN_STATE_SECRET_CHARS} random characters (e.g. \`openssl rand -hex 32\`)`,
    );
  if (!v('SLACK_SIGNING_SECRET')) out.push('SLACK_SIGNING_SECRET: required with OAuth (SLACK_CLIENT_ID)');
  if (v('SLACK_BOT_TOKEN'))
    out.push('SLACK_BOT_TOKEN: leave it unset with OAuth; each workspace gets its own token when it installs the app');
  if (v('SLACK_APP_TOKEN'))
    out.push('SLACK_APP_TOKEN: OAuth installs are served over HTTP; unset SLACK_APP_TOKEN (Socket Mode)');
  return out;
}

function discordProblems(v: (k: string) => string | undefined): string[] {
  const out: string[] = [];
  if (v('DISCORD_TOKEN') && !v('DISCORD_APPLICATION_ID'))
    out.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  if (v('DISCORD_APPLICATION_ID') && !v('DISCORD_TOKEN'))
    out.push('DISCORD_TOKEN: required when DISCORD_APPLICATION_ID is set');
  return out;
}

/** Validated configuration. */
export type Config = z.infer<typeof envSchema> & {
  /** `auth`: one workspace's bot token, or OAuth installs in many workspaces (each with its own token). */
  slack?: { mode: 'http' | 'socket'; auth: 'token' | 'oauth' };
  discord: boolean;
};

/** A configuration error naming every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration is invalid:\n  ${problems.join('\n  ')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/**
 * Loads `.env` into process.env with Node's own loader (Node 20.12+) when the file exists; variables already
 * set in the environment win. Returns whether a file was loaded.
 */
export function loadDotEnv(path = '.env'): boolean {
  if (typeof process.loadEnvFile !== 'function' || !existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

/** Parses the environment once; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0] ?? '(env)')}: ${i.message}`)),
    ...crossChecks(env),
  ];
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const c = parsed.data;
  return {
    ...c,
    slack: c.SLACK_CLIENT_ID
      ? { mode: 'http', auth: 'oauth' }
      : c.SLACK_BOT_TOKEN
        ? { mode: c.SLACK_APP_TOKEN ? 'socket' : 'http', auth: 'token' }
        : undefined,
    discord: Boolean(c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID),
  };
}
