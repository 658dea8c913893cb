// Routes one incoming message: registered sub-commands (e.g. `digest …`) go to their handler, everything
// else to the engine. Adapters call only `dispatch`; it never throws for user input.

import type { CommandSpec } from '../core/commands.js';
import { nextContext } from '../core/conversation/context.js';
import type { Engine, Query, Reply, StructuredCommand } from '../core/types.js';
import { log } from '../log.js';
import type { Store } from '../storage/store.js';

/** How long a conversation's context lasts after its last turn unless configured otherwise. */
export const DEFAULT_CONVERSATION_TTL_MS = 24 * 60 * 60_000;

/** Where conversation context is kept (the Store). */
export type ConversationMemory = Pick<Store, 'getConversation' | 'putConversation'>;

/** Optional parts of the dispatcher: conversation memory and how long a conversation lasts. */
export interface DispatcherOptions {
  conversations?: ConversationMemory;
  conversationTtlMs?: number;
  now?: () => Date;
}

/** What an adapter knows about who asked and where. */
export interface MessageContext {
  surface: Query['surface'];
  channelId?: string;
  userId?: string;
  /** IANA timezone of the asker when the platform tells it (Slack users.info). */
  userTimezone?: string;
  /** Whether the asker is a workspace admin or owner (Slack users.info; Discord Manage Server); undefined = not checked. */
  isWorkspaceAdmin?: boolean;
  /** Whether the asker may manage the channel (Discord: Manage Channels). Undefined = not checked. */
  canManageChannel?: boolean;
  /** The conversation this message continues (a thread, a DM, a reply chain); its context is read and updated. */
  conversationId?: string;
  /** Asked in a DM or a private channel: the question is never shown in another channel. */
  private?: boolean;
  /** The Slack workspace (and Enterprise Grid org) asked in: a digest posts with that workspace's token. On Discord
   * the server (guild): what workspace-wide gaps are switched for. */
  teamId?: string;
  enterpriseId?: string;
  /** An engine command whose options the platform already separated (Discord slash options): the engine reads
   * these, not the text, which is only the readable form kept for the conversation and the logs. */
  command?: StructuredCommand;
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

/**
 * Longest question handed to the engine. Real questions are a sentence or two; a pasted page would cost engine
 * time every other request waits for, so it gets TOO_LONG instead.
 */
export const MAX_QUESTION_CHARS = 1_000;

/** Replied to a question longer than MAX_QUESTION_CHARS. */
export const TOO_LONG: Reply = {
  kind: 'error',
  title: 'That question is too long for me.',
  lines: [
    `Please ask in under ${MAX_QUESTION_CHARS.toLocaleString('en-US')} characters — one question at a time works best.`,
  ],
  fields: [],
  notes: [],
  sources: [],
  suggestions: ['what did DeepSeek V3 cost?'],
};

/** The dispatcher adapters call; `register` adds a sub-command such as `digest`. */
export class Dispatcher {
  private readonly subcommands = new Map<string, SubcommandHandler>();

  /** `onReply` sees every question and its reply (the digest records misses from it). */
  constructor(
    private engine: Engine,
    private readonly onReply?: (text: string, ctx: MessageContext, reply: Reply) => void,
    private readonly options: DispatcherOptions = {},
  ) {}

  register(handler: SubcommandHandler): this {
    this.subcommands.set(handler.spec.name, handler);
    return this;
  }

  /** The engine answering now (it changes on a knowledge reload). */
  get currentEngine(): Engine {
    return this.engine;
  }

  /** Swaps the engine (knowledge reload): questions already being answered finish on the old one. */
  replaceEngine(engine: Engine): void {
    this.engine = engine;
  }

  /** Specs of registered sub-commands, for help. */
  extraCommands(): CommandSpec[] {
    return [...this.subcommands.values()].map((h) => h.spec);
  }

  /** Whether `conversationId` has live context: a thread the bot answered in, even before a restart. */
  async hasConversation(conversationId: string): Promise<boolean> {
    return Boolean(await this.options.conversations?.getConversation(conversationId, this.now()));
  }

  /** The newest question answered in a conversation (what feedback on its newest answer is about). */
  async lastQuestion(conversationId: string): Promise<string | undefined> {
    return (await this.options.conversations?.getConversation(conversationId, this.now()))?.asked;
  }

  /** Carries a conversation on under another key (Discord: the bot's reply, which the next reply points at). */
  async continueConversation(fromId: string, toId: string): Promise<void> {
    const memory = this.options.conversations;
    const context = await memory?.getConversation(fromId, this.now());
    if (memory && context) await memory.putConversation(toId, context, this.expiry());
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private expiry(): Date {
    return new Date(this.now().getTime() + (this.options.conversationTtlMs ?? DEFAULT_CONVERSATION_TTL_MS));
  }

  /** The engine's answer, read against the conversation's context, which it then updates. */
  private async answer(text: string, ctx: MessageContext): Promise<Reply> {
    const query: Query = {
      text,
      surface: ctx.surface,
      userId: ctx.userId,
      channelId: ctx.channelId,
      ...(ctx.command ? { command: ctx.command } : {}),
    };
    const memory = this.options.conversations;
    if (!memory || !ctx.conversationId) return this.engine.answer(query);
    const before = await memory.getConversation(ctx.conversationId, this.now());
    const reply = this.engine.answer(query, before);
    await memory.putConversation(
      ctx.conversationId,
      nextContext(before, reply, reply.about?.question ?? text),
      this.expiry(),
    );
    return reply;
  }

  /** Whether `dispatch(text, ctx)` answers without computing: too long, or remembered by the engine. A sub-command or
   * a conversation (read from the store) never counts. */
  answersAtOnce(text: string, ctx: MessageContext): boolean {
    if (typeof text !== 'string' || text.trim().length > MAX_QUESTION_CHARS) return true;
    const m = /^\s*\/?(?:aiecon\s+)?([a-z]+)\b/i.exec(text);
    if ((m && !ctx.command && this.subcommands.has(m[1]!.toLowerCase())) || ctx.conversationId) return false;
    return this.engine.isMemoized?.({ text, ...(ctx.command ? { command: ctx.command } : {}) }) ?? false;
  }

  async dispatch(text: string, ctx: MessageContext): Promise<Reply> {
    try {
      if (typeof text !== 'string') text = '';
      if (text.trim().length > MAX_QUESTION_CHARS) return TOO_LONG;
      const m = /^\s*\/?(?:aiecon\s+)?([a-z]+)\b\s*([\s\S]*)$/i.exec(text);
      // A structured engine command is the engine's, whatever word its question starts with ("digest …").
      const handler = m && !ctx.command ? this.subcommands.get(m[1]!.toLowerCase()) : undefined;
      if (handler && m) return await handler.handle(m[2] ?? '', ctx);
      const reply = await this.answer(text, ctx);
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
