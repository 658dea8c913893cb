// Pure parsing of the text after `digest`: an action, schedule words and flags. Wording lives in commands.ts.
import { type Result, type ScheduleError, tokenize } from './schedule.js';

/** What the user asked the digest command to do. */
export type DigestCommand =
  | { action: 'subscribe'; scheduleTokens: string[]; gaps: boolean; skipEmpty: boolean }
  | { action: 'preview'; gaps: boolean }
  | { action: 'list' }
  | { action: 'off' }
  | { action: 'help' };

/** Why the command text was refused before its schedule was looked at. */
export type CommandError = 'unknown-action' | 'unknown-flag' | 'extra-words';

/** Every error a digest command can produce. */
export type DigestError = CommandError | ScheduleError;

const FLAGS = new Set(['--gaps', '--skip-empty']);

/** Parses `daily 09:00 Europe/Berlin --gaps`, `list`, `preview`, `off`, `help`. */
export function parseDigestCommand(args: string): Result<DigestCommand, CommandError> {
  // Chat clients turn "--" into an em or en dash; accept those too.
  const tokens = tokenize(args.replace(/(^|\s)[—–](?=[a-z])/gi, '$1--'));
  const flags = tokens.filter((t) => t.startsWith('--')).map((t) => t.toLowerCase());
  const words = tokens.filter((t) => !t.startsWith('--'));
  const unknown = flags.find((f) => !FLAGS.has(f));
  if (unknown) return { ok: false, error: 'unknown-flag', detail: unknown };
  const action = words[0]?.toLowerCase();
  const gaps = flags.includes('--gaps');
  const skipEmpty = flags.includes('--skip-empty');
  const single = (command: DigestCommand): Result<DigestCommand, CommandError> =>
    words.length > 1
      ? { ok: false, error: 'extra-words', detail: words.slice(1).join(' ') }
      : { ok: true, value: command };
  switch (action) {
    case undefined:
    case 'help':
      return single({ action: 'help' });
    case 'list':
      return single({ action: 'list' });
    case 'preview':
      return single({ action: 'preview', gaps });
    case 'off':
    case 'stop':
    case 'unsubscribe':
      return single({ action: 'off' });
    case 'daily':
    case 'weekly':
    case 'cron':
      return { ok: true, value: { action: 'subscribe', scheduleTokens: words, gaps, skipEmpty } };
    default:
      return { ok: false, error: 'unknown-action', detail: words[0] };
  }
}
