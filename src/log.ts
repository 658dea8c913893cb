// The one logger: JSON lines on stderr (stdout belongs to answers), with secrets redacted.

const SECRET_PATTERNS: RegExp[] = [
  /xox[abposr]-[A-Za-z0-9-]+/g, // Slack bot/user/app tokens
  /xapp-[A-Za-z0-9-]+/g, // Slack app-level tokens
  /[MNO][A-Za-z\d_-]{22,}\.[A-Za-z\d_-]{6,}\.[A-Za-z\d_-]{20,}/g, // Discord bot tokens
  /(Bot|Bearer)\s+[A-Za-z0-9._-]{16,}/g,
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
  for (const rx of SECRET_PATTERNS) out = out.replace(rx, '[redacted]');
  return out;
}

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
// Until main applies the configured level; config.ts stays the only reader of process.env.
let threshold: Level = 'info';

/** Sets the lowest level written. */
export function setLogLevel(level: Level): void {
  threshold = level;
}

function write(level: Level, msg: string, context?: Record<string, unknown>): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const ctx = context
    ? Object.fromEntries(
        Object.entries(context).map(([k, v]) => [
          k,
          v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v,
        ]),
      )
    : undefined;
  let line: string;
  try {
    line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...ctx });
  } catch {
    line = JSON.stringify({ t: new Date().toISOString(), level, msg });
  }
  process.stderr.write(`${redact(line)}\n`);
}

/** Structured logger; every line goes to stderr, redacted. */
export const log = {
  debug: (msg: string, ctx?: Record<string, unknown>) => write('debug', msg, ctx),
  info: (msg: string, ctx?: Record<string, unknown>) => write('info', msg, ctx),
  warn: (msg: string, ctx?: Record<string, unknown>) => write('warn', msg, ctx),
  error: (msg: string, ctx?: Record<string, unknown>) => write('error', msg, ctx),
};
