// The /aiecon slash command as data: the bot routes with it and the deploy script registers exactly it.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import { ask } from './ask.js';
import { calc } from './calc.js';
import { type Subcommand, subcommandSchema } from './command.js';
import { compare } from './compare.js';
import { digest } from './digest.js';
import { feedback } from './feedback.js';
import { gaps } from './gaps.js';
import { help } from './help.js';

/** Top-level command name users type after the slash. */
export const COMMAND_NAME = 'aiecon';

/** Boolean option on every sub-command: answer only the asker (ephemeral). */
export const PRIVATE_OPTION = 'private';

/** Every sub-command, validated once at import so a bad definition fails start-up and deploy alike. */
export const SUBCOMMANDS: readonly Subcommand[] = [ask, compare, calc, help, digest, feedback, gaps].map((s) =>
  subcommandSchema.parse(s),
);

/** The sub-command called `name`, if any. */
export function findSubcommand(name: string): Subcommand | undefined {
  return SUBCOMMANDS.find((s) => s.name === name);
}

/** The JSON body Discord's "create/overwrite commands" endpoints take. */
export function buildCommandJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const root = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Answers about the economics of open AI, with sources.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  for (const sub of SUBCOMMANDS) {
    root.addSubcommand((b) => {
      b.setName(sub.name).setDescription(sub.description);
      for (const o of sub.options)
        b.addStringOption((s) => {
          s.setName(o.name)
            .setDescription(o.description)
            .setRequired(o.required)
            .setMaxLength(o.maxLength ?? 6_000)
            .setAutocomplete(o.autocomplete !== undefined);
          return o.choices ? s.addChoices(...o.choices.map((c) => ({ name: c, value: c }))) : s;
        });
      return b.addBooleanOption((o) =>
        o.setName(PRIVATE_OPTION).setDescription('Only you see the answer').setRequired(false),
      );
    });
  }
  return root.toJSON();
}
