// Mentions and DMs: a message that @-mentions the bot (or any DM to it) becomes one dispatched question
// and one reply to that message. Bots, webhooks and system messages are never answered.
import { ChannelType, type Message, PermissionFlagsBits } from 'discord.js';
import type { Dispatcher, MessageContext } from '../../app/dispatcher.js';
import type { Reply } from '../../core/types.js';
import { serverContext } from './audience.js';
import { renderWithChart } from './chart.js';
import type { ButtonRow } from './components.js';
import { isPayloadRejected, reportFailure } from './failure.js';
import { type DiscordMessagePayload, renderPlainContent } from './render.js';

/** What answering a message needs from the dispatcher; `continueConversation` keeps reply chains going. */
export type MessageDispatcher = Pick<Dispatcher, 'dispatch'> &
  Partial<Pick<Dispatcher, 'continueConversation' | 'lastQuestion' | 'currentEngine'>>;

/** No reply may ping anyone: not @everyone/@here, not a role, not a user, not the person replied to. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** The question in a message: the bot's own mention tokens removed; the dispatcher cleans the rest. */
export function questionFrom(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether this message is addressed to the bot: a DM, or a direct user mention (not @everyone, not a role). */
export function isForBot(message: Message): boolean {
  const me = message.client.user;
  if (message.author.bot || message.webhookId || message.system || message.author.id === me.id) return false;
  return message.channel.type === ChannelType.DM || message.mentions.users.has(me.id);
}

/** The conversation a message belongs to: its DM or thread, else the reply chain it continues (or starts). */
export function conversationOf(message: Message): string {
  if (!message.inGuild() || message.channel.isThread()) return `discord:${message.channelId}`;
  return messageConversation(message.channelId, message.reference?.messageId ?? message.id);
}

/** The conversation a reply to message `messageId` continues. */
export function messageConversation(channelId: string, messageId: string): string {
  return `discord:${channelId}:${messageId}`;
}

function contextOf(message: Message): MessageContext {
  const manage =
    message.inGuild() && message.member
      ? message.channel.permissionsFor(message.member)?.has(PermissionFlagsBits.ManageChannels)
      : undefined;
  return {
    surface: 'discord',
    channelId: message.channelId,
    userId: message.author.id,
    canManageChannel: manage,
    conversationId: conversationOf(message),
    ...serverContext(message.guildId, message.channel, message.member?.permissions),
  };
}

// Without Embed Links in a guild channel Discord drops the embed, so such channels get plain content;
// without Attach Files an upload is refused, so a chart is left out and the text says so.
function can(message: Message, flag: bigint): boolean {
  if (!message.inGuild()) return true;
  return message.channel.permissionsFor(message.client.user)?.has(flag) !== false;
}

/** Answers one message if it is for the bot; never throws (failures go to reportFailure). */
export async function answerMessage(
  message: Message,
  dispatcher: MessageDispatcher,
  options: { components?: (reply: Reply) => ButtonRow[] } = {},
): Promise<void> {
  try {
    if (!isForBot(message)) return;
    const ctx = contextOf(message);
    const reply = await dispatcher.dispatch(questionFrom(message.content, message.client.user.id) || 'help', ctx);
    const rows = options.components?.(reply) ?? [];
    const send = (p: DiscordMessagePayload) =>
      message.reply({
        ...p,
        ...(rows.length ? { components: rows } : {}),
        allowedMentions: NO_MENTIONS,
        failIfNotExists: false,
      });
    const payload = await renderWithChart(reply, {
      embed: can(message, PermissionFlagsBits.EmbedLinks),
      attach: can(message, PermissionFlagsBits.AttachFiles),
    });
    let sent: Message;
    try {
      sent = await send(payload);
    } catch (err) {
      if (!isPayloadRejected(err) || payload.embeds.length === 0) throw err;
      reportFailure(err, {
        where: 'message',
        channelId: message.channelId,
        detail: 'embed refused; sent plain content',
      });
      sent = await send(renderPlainContent(reply));
    }
    // A reply to this answer continues the conversation, so it is kept under the answer's id too.
    await dispatcher.continueConversation?.(ctx.conversationId!, messageConversation(sent.channelId, sent.id));
  } catch (err) {
    reportFailure(err, { where: 'message', channelId: message.channelId, userId: message.author?.id });
  }
}
