// /aiecon sub-commands and suggestion buttons: option values (or the button's question) become dispatcher text,
// the answer comes back as the interaction response, ephemeral when the asker set `private` (or clicked under an
// answer only they see). The answer's message continues the conversation, so a reply to it or a 👍/👎 on it
// knows the question.
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { MessageContext } from '../../app/dispatcher.js';
import { APOLOGY } from '../../app/dispatcher.js';
import type { Reply, StructuredCommand } from '../../core/types.js';
import { serverContext } from './audience.js';
import { renderWithChart } from './chart.js';
import { COMMAND_NAME, findSubcommand, PRIVATE_OPTION } from './commands/index.js';
import { ASK_PREFIX, type ButtonRow } from './components.js';
import { isPayloadRejected, reportFailure } from './failure.js';
import { DISCORD_INTERACTION_ACK_MS } from './limits.js';
import { type MessageDispatcher, messageConversation, NO_MENTIONS } from './mention.js';
import { type DiscordMessagePayload, renderPlainContent } from './render.js';

/** An interaction answered with a message: a slash command or a suggestion button. */
type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/** What answering an interaction needs besides the dispatcher: the buttons under an answer, how long before deferring. */
export interface InteractionOptions {
  components?: (reply: Reply) => ButtonRow[];
  deferAfterMs?: number;
}

/** Answer directly if the dispatcher is this quick; otherwise defer first, keeping a margin under Discord's 3 s. */
export const DEFER_AFTER_MS = DISCORD_INTERACTION_ACK_MS - 1_000;

/** Sub-commands the engine answers; their options go to it structured. */
const ENGINE_COMMAND_NAMES = new Set<string>(['ask', 'compare', 'calc'] satisfies StructuredCommand['name'][]);

const UNKNOWN_SUBCOMMAND: Reply = {
  kind: 'error',
  title: 'I do not know that command.',
  lines: ['Try /aiecon help.'],
  fields: [],
  notes: [],
  sources: [],
  suggestions: [],
};

/** The dispatcher text for a slash interaction, or undefined for a sub-command this build does not know. */
export function textFromInteraction(interaction: ChatInputCommandInteraction): string | undefined {
  const sub = findSubcommand(interaction.options.getSubcommand(false) ?? '');
  if (!sub) return undefined;
  const values = Object.fromEntries(sub.options.map((o) => [o.name, interaction.options.getString(o.name) ?? '']));
  return sub.toText(values);
}

/** The engine command a slash interaction is, with its options as Discord separated them; undefined for the bot's
 * own sub-commands (help, digest, feedback, gaps), which read text. */
export function commandFromInteraction(interaction: ChatInputCommandInteraction): StructuredCommand | undefined {
  const name = interaction.options.getSubcommand(false);
  const sub = findSubcommand(name ?? '');
  if (!sub || !ENGINE_COMMAND_NAMES.has(name!)) return undefined;
  const options = Object.fromEntries(sub.options.map((o) => [o.name, interaction.options.getString(o.name) ?? '']));
  return { name: name as StructuredCommand['name'], options };
}

/** The conversation an interaction's answer belongs to: a DM or thread is one; in a channel, `fallback`. */
function conversationFor(interaction: Answerable, fallback: string): string {
  return !interaction.inGuild() || interaction.channel?.isThread() ? `discord:${interaction.channelId}` : fallback;
}

function contextOf(interaction: Answerable, conversationId: string, command?: StructuredCommand): MessageContext {
  return {
    ...(command ? { command } : {}),
    surface: 'discord',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels),
    conversationId,
    ...serverContext(interaction.guildId, interaction.channel, interaction.memberPermissions),
  };
}

/** Sends the reply as the interaction's response (or its edit after a deferral); resolves with the message id. */
async function respond(
  interaction: Answerable,
  reply: Reply,
  ephemeral: boolean,
  rows: ButtonRow[] = [],
): Promise<string | undefined> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const components = rows.length ? { components: rows } : {};
  const send = async (p: DiscordMessagePayload) => {
    if (interaction.deferred)
      return (await interaction.editReply({ ...p, ...components, allowedMentions: NO_MENTIONS })).id;
    const sent = await interaction.reply({
      ...p,
      ...components,
      allowedMentions: NO_MENTIONS,
      withResponse: true,
      ...(flags ? { flags } : {}),
    });
    return sent.resource?.message?.id ?? sent.interaction.responseMessageId ?? undefined;
  };
  try {
    // An interaction reply is a webhook message, but Discord still applies the app's channel permissions to files.
    const attach = interaction.appPermissions?.has(PermissionFlagsBits.AttachFiles) !== false;
    return await send(await renderWithChart(reply, { embed: true, attach }));
  } catch (err) {
    if (!isPayloadRejected(err)) throw err;
    reportFailure(err, {
      where: 'interaction',
      channelId: interaction.channelId,
      detail: 'embed refused; sent plain content',
    });
    return send(renderPlainContent(reply));
  }
}

/** Dispatches `text`, answers within the 3 s window (deferring when slow or charting), and carries the conversation
 * on under the answer's message id. */
async function answerWith(
  interaction: Answerable,
  text: string,
  conversationId: string,
  ephemeral: boolean,
  dispatcher: MessageDispatcher,
  options: InteractionOptions,
): Promise<void> {
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const command = interaction.isChatInputCommand() ? commandFromInteraction(interaction) : undefined;
  const answer = dispatcher.dispatch(text, contextOf(interaction, conversationId, command));
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(resolve, deferAfterMs, 'slow')));
  const first = await Promise.race([answer, slow]);
  clearTimeout(timer);
  const reply = first === 'slow' ? await answer : first;
  // Rendering a chart takes a moment that the 3 s answer window cannot spare: defer first.
  if (first === 'slow' || reply.chart) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const messageId = await respond(interaction, reply, ephemeral, options.components?.(reply));
  if (messageId)
    await dispatcher.continueConversation?.(conversationId, messageConversation(interaction.channelId, messageId));
}

/** One brief apology, so the user does not see "The application did not respond"; it may fail too. */
async function apologise(interaction: Answerable, err: unknown): Promise<void> {
  reportFailure(err, { where: 'interaction', channelId: interaction.channelId, userId: interaction.user.id });
  await respond(interaction, APOLOGY, true).catch((again) =>
    reportFailure(again, { where: 'interaction', channelId: interaction.channelId, detail: 'apology not delivered' }),
  );
}

/** Answers one /aiecon interaction; ignores other interactions; never throws. */
export async function answerInteraction(
  interaction: Interaction,
  dispatcher: MessageDispatcher,
  options: InteractionOptions = {},
): Promise<void> {
  if (!interaction.isChatInputCommand() || interaction.commandName !== COMMAND_NAME) return;
  const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
  try {
    const text = textFromInteraction(interaction);
    if (text === undefined) return void (await respond(interaction, UNKNOWN_SUBCOMMAND, true));
    // In a channel each command starts a conversation, which replies to its answer continue.
    const conversationId = conversationFor(interaction, `discord:${interaction.channelId}:slash:${interaction.id}`);
    await answerWith(interaction, text, conversationId, ephemeral, dispatcher, options);
  } catch (err) {
    await apologise(interaction, err);
  }
}

/** Answers a click on a suggestion button with the question it carries, where the answer it sat under was:
 * in the channel (or only to the clicker, under an ephemeral answer). Ignores other interactions; never throws. */
export async function answerSuggestion(
  interaction: Interaction,
  dispatcher: MessageDispatcher,
  options: InteractionOptions = {},
): Promise<void> {
  if (!interaction.isButton() || !interaction.customId.startsWith(ASK_PREFIX)) return;
  const question = interaction.customId.slice(ASK_PREFIX.length).trim();
  if (!question) return;
  try {
    const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
    const conversationId = conversationFor(
      interaction,
      messageConversation(interaction.channelId, interaction.message.id),
    );
    await answerWith(interaction, question, conversationId, ephemeral, dispatcher, options);
  } catch (err) {
    await apologise(interaction, err);
  }
}
