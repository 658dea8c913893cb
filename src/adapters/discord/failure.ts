// The Discord adapter's one failure handler: every handler's unexpected error ends here, is logged with
// where it happened and what Discord said, and never with a token (interaction tokens sit in URLs).
import { DiscordAPIError, HTTPError } from 'discord.js';
import { log } from '../../log.js';

// Interaction and webhook tokens are path segments; they let anyone answer in our name for 15 minutes.
const TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[^/?]+/g;

/** An error as a loggable record: status and Discord's code when it is an API error, no request body. */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof DiscordAPIError)
    return {
      name: 'DiscordAPIError',
      status: err.status,
      code: err.code,
      message: err.message,
      method: err.method,
      url: err.url.replace(TOKEN_IN_PATH, '/$1/$2/[token]'),
    };
  if (err instanceof HTTPError)
    return {
      name: 'HTTPError',
      status: err.status,
      message: err.message,
      method: err.method,
      url: err.url.replace(TOKEN_IN_PATH, '/$1/$2/[token]'),
    };
  if (err instanceof Error)
    return {
      name: err.name,
      message: err.message.replace(TOKEN_IN_PATH, '/$1/$2/[token]'),
      stack: err.stack?.replace(TOKEN_IN_PATH, '/$1/$2/[token]'),
    };
  return { message: String(err) };
}

/** Where a failure happened: which handler and, when known, the channel and user. */
export interface FailureContext {
  where: 'message' | 'interaction' | 'gateway' | 'client' | 'poster';
  channelId?: string | null;
  userId?: string;
  detail?: string;
}

/** Logs an unexpected failure; callers decide whether the user can still be told. */
export function reportFailure(err: unknown, ctx: FailureContext): void {
  log.error(`discord ${ctx.where} failed`, { ...ctx, err: describeError(err) });
}

/** Whether Discord refused the payload itself (a limit or a form rule), so plain content may still go through. */
export function isPayloadRejected(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.status === 400;
}
