// /aiecon sub-commands: option values become dispatcher text (each sub-command module says how), the
// answer comes back as the interaction response, ephemeral when the asker set `private`.
import { type ChatInputCommandInteraction, type Interaction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { Dispatcher, MessageContext } from '../../app/dispatcher.js';
import { APOLOGY } from '../../app/dispatcher.js';
import type { Reply } from '../../core/types.js';
import { renderWithChart } from './chart.js';
import { COMMAND_NAME, findSubcommand, PRIVATE_OPTION } from './commands/index.js';
import { isPayloadRejected, reportFailure } from './failure.js';
import { DISCORD_INTERACTION_ACK_MS } from './limits.js';
import { NO_MENTIONS } from './mention.js';
import { type DiscordMessagePayload, renderPlainContent } from './render.js';

/** Answer directly if the dispatcher is this quick; otherwise defer first, keeping a margin under Discord's 3 s. */
export const DEFER_AFTER_MS = DISCORD_INTERACTION_ACK_MS - 1_000;

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

function contextOf(interaction: ChatInputCommandInteraction): MessageContext {
  return {
    surface: 'discord',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels),
  };
}

async function respond(interaction: ChatInputCommandInteraction, reply: Reply, ephemeral: boolean): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const send = (p: DiscordMessagePayload) =>
    interaction.deferred
      ? interaction.editReply({ ...p, allowedMentions: NO_MENTIONS })
      : interaction.reply({ ...p, allowedMentions: NO_MENTIONS, ...(flags ? { flags } : {}) });
  try {
    // An interaction reply is a webhook message, but Discord still applies the app's channel permissions to files.
    const attach = interaction.appPermissions?.has(PermissionFlagsBits.AttachFiles) !== false;
    await send(await renderWithChart(reply, { embed: true, attach }));
  } catch (err) {
    if (!isPayloadRejected(err)) throw err;
    reportFailure(err, {
      where: 'interaction',
      channelId: interaction.channelId,
      detail: 'embed refused; sent plain content',
    });
    await send(renderPlainContent(reply));
  }
}

/** Answers one /aiecon interaction; ignores other interactions; never throws. */
export async function answerInteraction(
  interaction: Interaction,
  dispatcher: Pick<Dispatcher, 'dispatch'>,
  deferAfterMs = DEFER_AFTER_MS,
): Promise<void> {
  if (!interaction.isChatInputCommand() || interaction.commandName !== COMMAND_NAME) return;
  const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
  try {
    const text = textFromInteraction(interaction);
    if (text === undefined) return await respond(interaction, UNKNOWN_SUBCOMMAND, true);
    const answer = dispatcher.dispatch(text, contextOf(interaction));
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(resolve, deferAfterMs, 'slow')));
    const first = await Promise.race([answer, slow]);
    clearTimeout(timer);
    const reply = first === 'slow' ? await answer : first;
    // Rendering a chart takes a moment that the 3 s answer window cannot spare: defer first.
    if (first === 'slow' || reply.chart)
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    await respond(interaction, reply, ephemeral);
  } catch (err) {
    reportFailure(err, { where: 'interaction', channelId: interaction.channelId, userId: interaction.user.id });
    // One brief apology, so the user does not see "The application did not respond"; it may fail too.
    await respond(interaction, APOLOGY, true).catch((again) =>
      reportFailure(again, { where: 'interaction', channelId: interaction.channelId, detail: 'apology not delivered' }),
    );
  }
}
