// Routes one incoming message: registered sub-commands (e.g. `digest …`) go to their handler, everything
// else to the engine. Adapters call only `dispatch`; it never throws for user input.

import type { CommandSpec } from '../core/commands.js';
import type { Engine, Query, Reply } from '../core/types.js';
import { log } from '../log.js';

/** What an adapter knows about who asked and where. */
export interface MessageContext {
  surface: Query['surface'];
  channelId?: string;
  userId?: string;
  /** IANA timezone of the asker when the platform tells it (Slack users.info). */
  userTimezone?: string;
  /** Whether the asker may manage the channel (Discord: Manage Channels). Undefined = not checked. */
  canManageChannel?: boolean;
}

/** A sub-command handler: gets the text after its name. */
export interface SubcommandHandler {
  spec: CommandSpec;
  handle(args: string, ctx: MessageContext): Promise<Reply> | Reply;
}

/** Replied when something unexpected fails; details go to the log, never to the user. */
export const APOLOGY: Reply = {
  kind: 'error',
  title: 'Sorry — something went wrong on my side.',
  lines: ['The problem has been logged. Please try again in a moment.'],
  fields: [],
  notes: [],
  sources: [],
  suggestions: [],
};

/** The dispatcher adapters call; `register` adds a sub-command such as `digest`. */
export class Dispatcher {
  private readonly subcommands = new Map<string, SubcommandHandler>();

  /** `onReply` sees every question and its reply (the digest records misses from it). */
  constructor(
    private engine: Engine,
    private readonly onReply?: (text: string, ctx: MessageContext, reply: Reply) => void,
  ) {}

  register(handler: SubcommandHandler): this {
    this.subcommands.set(handler.spec.name, handler);
    return this;
  }

  /** Swaps the engine (knowledge reload): questions already being answered finish on the old one. */
  replaceEngine(engine: Engine): void {
    this.engine = engine;
  }

  /** Specs of registered sub-commands, for help. */
  extraCommands(): CommandSpec[] {
    return [...this.subcommands.values()].map((h) => h.spec);
  }

  async dispatch(text: string, ctx: MessageContext): Promise<Reply> {
    try {
      const m = /^\s*\/?(?:aiecon\s+)?([a-z]+)\b\s*([\s\S]*)$/i.exec(text);
      const handler = m ? this.subcommands.get(m[1]!.toLowerCase()) : undefined;
      if (handler && m) return await handler.handle(m[2] ?? '', ctx);
      const reply = this.engine.answer({ text, surface: ctx.surface, userId: ctx.userId, channelId: ctx.channelId });
      try {
        this.onReply?.(text, ctx, reply);
      } catch (err) {
        log.warn('onReply observer failed', { err });
      }
      return reply;
    } catch (err) {
      log.error('dispatch failed', { err, surface: ctx.surface, channel: ctx.channelId });
      return APOLOGY;
    }
  }
}
