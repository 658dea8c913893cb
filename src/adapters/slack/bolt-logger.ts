// Bolt and the Slack SDKs log through this bridge so their lines land in our redacting stderr logger.
import { type Logger, LogLevel } from '@slack/bolt';
import { log } from '../../log.js';

const LEVELS: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

function text(parts: unknown[]): string {
  return parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
}

/** A Bolt Logger writing to src/log.ts; Bolt's info chatter is demoted to debug, warnings and errors pass through. */
export function boltLogger(level: LogLevel = LogLevel.WARN): Logger {
  let threshold = level;
  let name = 'slack';
  const on = (l: LogLevel) => LEVELS[l] >= LEVELS[threshold];
  return {
    debug: (...m: unknown[]) => void (on(LogLevel.DEBUG) && log.debug(text(m), { component: name })),
    info: (...m: unknown[]) => void (on(LogLevel.INFO) && log.debug(text(m), { component: name })),
    warn: (...m: unknown[]) => void (on(LogLevel.WARN) && log.warn(text(m), { component: name })),
    error: (...m: unknown[]) => void (on(LogLevel.ERROR) && log.error(text(m), { component: name })),
    setLevel: (l: LogLevel) => {
      threshold = l;
    },
    getLevel: () => threshold,
    setName: (n: string) => {
      name = n;
    },
  };
}
