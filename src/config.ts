// The only reader of process.env: parsed once by a zod schema, empty strings count as unset, and
// every bad or missing variable is named in one error.
import { z } from 'zod';

const optional = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const optionalUrl = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.url().optional());
const port = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).default(3000));

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: optional,
    SLACK_SIGNING_SECRET: optional,
    SLACK_APP_TOKEN: optional,
    SLACK_API_URL: optionalUrl,
    PORT: port,
    DISCORD_TOKEN: optional,
    DISCORD_APPLICATION_ID: optional,
    DISCORD_GUILD_ID: optional,
    DISCORD_API_URL: optionalUrl,
    AIECON_DB: optional,
    AIECON_KNOWLEDGE_DIR: optional,
    DIGEST_GRACE_MINUTES: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.coerce.number().int().min(0).max(1440).default(60)),
    /** Unset: info when serving chat platforms, warn in the terminal so logs do not interleave with answers. */
    LOG_LEVEL: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.enum(['debug', 'info', 'warn', 'error']).optional()),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET)
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)' });
    if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set' });
    if (env.SLACK_APP_TOKEN && !env.SLACK_APP_TOKEN.startsWith('xapp-'))
      ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'must be an app-level token starting with xapp-' });
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID)
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'required when DISCORD_TOKEN is set' });
    if (env.DISCORD_APPLICATION_ID && !env.DISCORD_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'required when DISCORD_APPLICATION_ID is set' });
  });

/** Validated configuration. */
export type Config = z.infer<typeof envSchema> & {
  slack?: { mode: 'http' | 'socket' };
  discord: boolean;
};

/** A configuration error naming every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration is invalid:\n  ${problems.join('\n  ')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0] ?? '(env)')}: ${i.message}`));
  const c = parsed.data;
  return {
    ...c,
    slack: c.SLACK_BOT_TOKEN ? { mode: c.SLACK_APP_TOKEN ? 'socket' : 'http' } : undefined,
    discord: Boolean(c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID),
  };
}
